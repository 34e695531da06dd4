"""Credentials: the API key and the signing secret, where they come from, and how they are kept.

A request is signed one of two ways: HMAC-SHA256 with the API secret, or RSA with a private
key (``_rsa``). A key goes into a header and key and secret are ASCII tokens, so each is
checked once, at construction, with an error that says what is wrong and never the value. The
secret is kept in a :class:`Secret` (the private key in ``_rsa.RsaSigner``), whose ``repr``
never shows it; it is used for signing only.
"""

from __future__ import annotations

import os
from typing import Protocol, cast

from ._signing import sign

ENV_API_KEY = "THREECOMMAS_API_KEY"
ENV_API_SECRET = "THREECOMMAS_API_SECRET"
ENV_PRIVATE_KEY = "THREECOMMAS_PRIVATE_KEY"
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
    api_key: str | None,
    api_secret: str | None,
    base_url: str | None,
    default_base_url: str,
    private_key: str | bytes | None = None,
) -> tuple[str, str | None, str | bytes | None, str]:
    """Key, secret or private key, and base URL: the arguments given, else the environment.

    ``THREECOMMAS_API_KEY``, ``THREECOMMAS_API_SECRET`` (HMAC) or ``THREECOMMAS_PRIVATE_KEY``
    (RSA, the PEM text), ``THREECOMMAS_BASE_URL``. Exactly one way of signing is used: both
    given (as arguments, or both in the environment) is an error rather than a silent choice.
    """
    key = api_key if api_key is not None else os.environ.get(ENV_API_KEY)
    if key is None:
        raise ValueError(f"no API key: pass api_key= or set the {ENV_API_KEY} environment variable")
    if api_secret is not None and private_key is not None:
        raise ValueError("pass either api_secret= (HMAC) or private_key= (RSA), not both")
    secret, pem = api_secret, private_key
    if secret is None and pem is None:
        secret, pem = os.environ.get(ENV_API_SECRET), os.environ.get(ENV_PRIVATE_KEY)
        if secret is not None and pem is not None:
            raise ValueError(
                f"both {ENV_API_SECRET} and {ENV_PRIVATE_KEY} are set; keep the one you sign with"
            )
    if secret is None and pem is None:
        raise ValueError(
            f"no API secret: pass api_secret= or private_key=, or set the {ENV_API_SECRET} "
            f"or {ENV_PRIVATE_KEY} environment variable"
        )
    url = base_url if base_url is not None else os.environ.get(ENV_BASE_URL) or default_base_url
    checked = check_credential("api_secret", secret) if secret is not None else None
    return check_credential("api_key", key), checked, pem, url


class Secret:
    """Holds the API secret; its repr never shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = check_credential("api_secret", value)

    def sign(self, message: bytes) -> str:
        return sign(self._value, message)

    def redact(self, text: str) -> str:
        return text.replace(self._value, "***")

    def __repr__(self) -> str:
        return "Secret('***')"


class Signer(Protocol):
    """Makes the ``Signature`` header of a message: HMAC (:class:`Secret`) or RSA (``_rsa``)."""

    def sign(self, message: bytes) -> str: ...

    def redact(self, text: str) -> str: ...


def signer(api_secret: str | None, private_key: str | bytes | None) -> Signer:
    """The signer of exactly one of ``api_secret`` (HMAC) and ``private_key`` (RSA)."""
    if (api_secret is None) == (private_key is None):
        raise ValueError("pass either api_secret= (HMAC) or private_key= (RSA)")
    if private_key is not None:
        from ._rsa import RsaSigner  # cryptography, for RSA users only

        return RsaSigner(private_key)
    return Secret(cast(str, api_secret))
