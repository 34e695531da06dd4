"""Credentials in recordings are never printed or written.

Two nets, both applied to every text that leaves the command (the report, ``--json``, the
overlay's descriptions): a value under a credential's name (the ``APIKEY`` and ``Signature``
headers, ``Authorization``, cookies, a query or body field named like a key, secret, token or
password) is shown as ``<redacted>``; and each such value found anywhere in the exchange is cut
out of any other text too (an error message that echoes the key, a URL that carries it).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from generator.answers.recordings import Exchange

REDACTED = "<redacted>"
#: Names whose values are credentials: the 3Commas headers and the usual others.
_SECRET_NAME = re.compile(
    r"api[-_]?key|secret|signature|passw(?:or)?d|passphrase|token|private[-_]?key|authorization|cookie|session",
    re.IGNORECASE,
)
#: Samples are cut to this many characters: enough to recognise, never a whole document.
SAMPLE_CHARACTERS = 80


def is_secret_name(name: object) -> bool:
    return isinstance(name, str) and _is_secret_text(name)


@functools.lru_cache(maxsize=4096)  # the same few hundred keys, in every answer
def _is_secret_text(name: str) -> bool:
    return _SECRET_NAME.search(name) is not None


def exchange_secrets(
    exchange: Exchange, request_body: Any = None, response_body: Any = None
) -> frozenset[str]:
    """Every credential value the exchange holds, wherever it is."""
    found: set[str] = set()
    for key, value in (*exchange.request_headers, *exchange.response_headers):
        if is_secret_name(key):
            found.add(value)
            # "Bearer x", "name=value; ...": the parts are credentials too.
            found.update(part for part in re.split(r"[\s;,=]+", value) if len(part) >= 8)
    query = urlsplit(exchange.url).query
    found.update(value for key, value in parse_qsl(query, keep_blank_values=True) if is_secret_name(key))
    for body in (request_body, response_body):
        found.update(_secret_values(body))
    if exchange.request_body and request_body is None:
        found.update(
            value
            for key, value in parse_qsl(exchange.request_body, keep_blank_values=True)
            if is_secret_name(key)
        )
    return frozenset(value for value in found if value)


def _secret_values(value: Any, secret: bool = False) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _secret_values(item, secret or is_secret_name(key))
    elif isinstance(value, list):
        for item in value:
            yield from _secret_values(item, secret)
    elif secret and value is not None and not isinstance(value, bool):
        yield str(value)


def scrub(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every credential value cut out (longest first, so no part of one survives)."""
    for secret in sorted(secrets, key=len, reverse=True):
        if secret:
            text = text.replace(secret, REDACTED)
    return text


def sample(value: Any, pointer: Iterable[str | int], secrets: Iterable[str]) -> str:
    """A value as JSON text for a report: redacted under a credential's name, scrubbed, cut short."""
    if any(is_secret_name(token) for token in pointer):
        return REDACTED
    text = scrub(json.dumps(redacted(value), ensure_ascii=False, default=str), secrets)
    # A lone surrogate (valid in JSON text, not in UTF-8) is shown escaped: every output is UTF-8.
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= SAMPLE_CHARACTERS else text[: SAMPLE_CHARACTERS - 1] + "…"


def redacted(value: Any) -> Any:
    """``value`` with the values under credential names replaced (objects nested in a sample)."""
    if isinstance(value, dict):
        return {k: REDACTED if is_secret_name(k) else redacted(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redacted(v) for v in value]
    return value
