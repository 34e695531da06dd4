"""Credentials: the API key and secret, where they come from, and how they are kept.

A key goes into a header and both are ASCII tokens, so each is checked once, at construction,
with an error that says what is wrong and never the value. The secret is kept in a
:class:`Secret`, whose ``repr`` never shows it; it is used for signing only.
"""

from __future__ import annotations

import os

ENV_API_KEY = "THREECOMMAS_API_KEY"
ENV_API_SECRET = "THREECOMMAS_API_SECRET"
ENV_BASE_URL = "THREECOMMAS_BASE_URL"


def check_credential(name: str, value: object) -> str:
    """``value`` if it can be a key or secret; else an error saying what is wrong, never the value.

    A key goes into a header and both are ASCII tokens: a trailing newline (from a file or the
    environment), surrounding spaces or a non-ASCII character would otherwise fail deep inside
    httpx with the raw header, key included, in the error text and in the libraries' logs.
    """
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{name} is empty")
    if value != value.strip():
        raise ValueError(f"{name} has leading or trailing whitespace (a newline read from a file?); strip it")
    for position, char in enumerate(value):
        if not "!" <= char <= "~":
            what = "a space" if char == " " else "a character that is not printable ASCII"
            raise ValueError(f"{name} contains {what} at position {position}; keys and secrets are ASCII")
    return value


def settings_from_environment(
    api_key: str | None, api_secret: str | None, base_url: str | None, default_base_url: str
) -> tuple[str, str, str]:
    """The arguments given, or else ``THREECOMMAS_API_KEY``, ``..._SECRET``, ``..._BASE_URL``."""
    key = api_key if api_key is not None else os.environ.get(ENV_API_KEY)
    if key is None:
        raise ValueError(f"no API key: pass api_key= or set the {ENV_API_KEY} environment variable")
    secret = api_secret if api_secret is not None else os.environ.get(ENV_API_SECRET)
    if secret is None:
        raise ValueError(f"no API secret: pass api_secret= or set the {ENV_API_SECRET} environment variable")
    url = base_url if base_url is not None else os.environ.get(ENV_BASE_URL) or default_base_url
    return check_credential("api_key", key), check_credential("api_secret", secret), url


class Secret:
    """Holds the API secret; its repr never shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = check_credential("api_secret", value)

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"
