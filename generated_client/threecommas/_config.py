"""Configuration: defaults, the retry policy, and the options of a client and of a call.

A client's settings (timeout, retries, base URL, default headers and query) are fixed at
construction and changed only by ``with_options``, which makes a copy; a call's options
(``timeout``, ``extra_headers``, ``extra_query``, ``extra_body``) apply to that call alone.
"""

from __future__ import annotations

import dataclasses
import email.utils
import functools
import inspect
import random
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypeVar

import httpx

if TYPE_CHECKING:
    from ._transport import PreparedRequest
    from .errors import APIConnectionError

_C = TypeVar("_C")

DEFAULT_BASE_URL = "https://api.3commas.io/public/api"
USER_AGENT = "threecommas-client"
#: Connection pool bounds: many concurrent calls share at most this many connections, and the
#: pool keeps every one it opened. Idle ones are kept 30 s, not httpx's 5 s: a burst of calls on
#: a busy event loop (or a pause between bursts) leaves connections idle for seconds, and at 5 s
#: they were closed and reopened mid-burst (66-79 opened for a cap of 64). 30 s stays under the
#: idle timeouts usual in front of web APIs (nginx 75 s, AWS load balancers 60 s), so the server
#: rarely closes first; if it does, httpcore sees the closed socket and opens a new one.
DEFAULT_LIMITS = httpx.Limits(max_connections=64, max_keepalive_connections=64, keepalive_expiry=30.0)
#: The largest response body read by default: far above any answer of this API, far below harm.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
DEFAULT_TIMEOUT = 30.0


@dataclasses.dataclass(frozen=True, slots=True, weakref_slot=True)
class RetryPolicy:
    """When to send a request again, and how long to wait first.

    Attributes:
        max_retries: Retries after the first attempt (0 turns retrying off).
        backoff_base: Seconds before the first retry; doubled for each further one.
        backoff_max: The longest wait, whatever ``Retry-After`` says.
        jitter: Each wait varies by up to this fraction, so that clients spread out.
        retry_statuses: Statuses a read is retried on.
    """

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    jitter: float = 0.25
    retry_statuses: frozenset[int] = frozenset({429, 500, 502, 503, 504})

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"'max_retries' must be >= 0: {self.max_retries}")

    def retry_status(self, status_code: int, request: PreparedRequest) -> bool:
        """Only reads are retried on an error status: any answer means the request arrived."""
        return status_code != 418 and request.idempotent and status_code in self.retry_statuses

    def retry_error(self, error: APIConnectionError, request: PreparedRequest) -> bool:
        return request.idempotent or not error.may_have_reached_server

    def delay(self, retry: int, retry_after: float | None, rng: random.Random) -> float | None:
        """Seconds to wait before retry number ``retry`` (0-based), or None not to retry.

        A server that asks for longer than ``backoff_max`` is not retried at all: waiting less
        than it asked means retrying early, and early retries on this API end in an IP ban.
        """
        if retry_after is not None:
            return None if retry_after > self.backoff_max else max(0.0, retry_after)
        base = min(self.backoff_max, self.backoff_base * (2.0**retry))
        return max(0.0, base * (1 + rng.uniform(-self.jitter, self.jitter)))


def parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` in seconds, from either of its forms (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def check_header(name: str, value: object, option: str = "extra_headers") -> None:
    """Refuse a header that httpx would reject with the raw header in its message."""
    if not isinstance(name, str) or not name or not all("!" <= c <= "~" and c != ":" for c in name):
        raise ValueError(f"{option}: a header name must be a non-empty printable ASCII token")
    if not isinstance(value, str) or not all(" " <= c <= "~" or c == "\t" for c in value):
        raise ValueError(f"{option}: the value of {name} must be printable ASCII on one line")


#: Headers the client writes itself: a default or per-call header cannot replace them.
SIGNED_HEADERS = frozenset({"apikey", "signature"})


def checked_default_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    """``default_headers=`` checked once, at construction; the signing headers are refused."""
    checked: dict[str, str] = {}
    for name, value in (headers or {}).items():
        check_header(name, value, "default_headers")
        if name.lower() in SIGNED_HEADERS:
            raise ValueError(f"default_headers: {name} is written by the client (it signs each request)")
        checked[name] = value
    return checked


def query_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def checked_default_query(query: Mapping[str, object] | None) -> tuple[tuple[str, str], ...]:
    """``default_query=`` as the query pairs every request gets (unless it sets the name itself)."""
    return tuple((str(name), query_text(value)) for name, value in (query or {}).items())


@dataclasses.dataclass(frozen=True, slots=True, weakref_slot=True)
class CallOptions:
    """One call's options: its timeout and the extra headers, query and body fields it sends."""

    timeout: float | httpx.Timeout | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None


NO_OPTIONS = CallOptions()


def call_options(
    timeout: float | httpx.Timeout | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, object] | None,
    extra_body: Mapping[str, object] | None,
) -> CallOptions:
    if timeout is None and not extra_headers and not extra_query and not extra_body:
        return NO_OPTIONS
    return CallOptions(timeout, extra_headers, extra_query, extra_body)


def copy_without_cache(client: _C) -> _C:
    """A shallow copy of ``client``, of its own class (a subclass stays one), built without ``__init__``.

    Values cached by ``functools.cached_property`` (the clients' API attributes, bound to the old
    transport, and any of a subclass) are left out, to be computed again for the copy; every
    other attribute, the subclass's own included, is carried over.
    """
    cls = type(client)
    clone = object.__new__(cls)
    clone.__dict__.update(
        (name, value)
        for name, value in vars(client).items()
        if not isinstance(inspect.getattr_static(cls, name, None), functools.cached_property)
    )
    return clone
