"""Sending: signing, timeouts, retries and error mapping, for both clients.

The retry rule a trading client lives by: a request that may have reached the server is never
sent again unless it is a read. Reads (``GET``) are retried on 429, 5xx and connection errors,
with exponential backoff and jitter, honouring ``Retry-After`` (and giving up at once when the
server asks for longer than the backoff cap: retrying early on this API leads to an IP ban).
Anything else (every ``POST`` and ``PATCH`` here creates or changes a trade) is retried only
when the connection could not even be opened. Nothing is retried after 418: the IP is banned,
and retrying extends the ban.

A float ``timeout`` is a deadline for each whole attempt (connect, send, headers, body); see
``_deadline``. A response body larger than ``max_response_bytes`` is refused.
"""

from __future__ import annotations

import dataclasses
import email.utils
import functools
import inspect
import json
import logging
import os
import random
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Protocol, TypeVar, cast
from urllib.parse import urlencode

import httpx

from ._deadline import Budget, deadline, passed
from ._response import RawResponse
from ._signing import sign
from ._values import dumps_body
from .errors import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    PlanLimitError,
    UnexpectedResponseError,
    error_from_response,
)

T = TypeVar("T")
_C = TypeVar("_C")

logger = logging.getLogger("threecommas")

DEFAULT_BASE_URL = "https://api.3commas.io/public/api"
USER_AGENT = "threecommas-client"
#: Connection pool bounds: many concurrent calls share at most this many connections, and the
#: pool keeps every one it opened. Idle ones are kept 30 s, not httpx's 5 s: a burst of calls on
#: a busy event loop (or a pause between bursts) leaves connections idle for seconds, and at 5 s
#: they were closed and reopened mid-burst (66-79 opened for a cap of 64). 30 s stays under the
#: idle timeouts usual in front of web APIs (nginx 75 s, AWS load balancers 60 s), so the server
#: rarely closes first; if it does, httpcore sees the closed socket and opens a new one.
DEFAULT_LIMITS = httpx.Limits(max_connections=64, max_keepalive_connections=64, keepalive_expiry=30.0)
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})
#: Errors raised before a single byte of the request could have been sent.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
#: The largest response body read by default: far above any answer of this API, far below harm.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
DEFAULT_TIMEOUT = 30.0
ENV_API_KEY = "THREECOMMAS_API_KEY"
ENV_API_SECRET = "THREECOMMAS_API_SECRET"
ENV_BASE_URL = "THREECOMMAS_BASE_URL"
ENV_PRIVATE_KEY = "THREECOMMAS_PRIVATE_KEY"


@dataclasses.dataclass(frozen=True, slots=True, weakref_slot=True)
class PreparedRequest:
    """A request, built and checked, not yet sent.

    Attributes:
        method: ``GET``, ``POST``...
        path: The path below the base URL, parameters filled in (``/ver1/smart_trades/5/cancel``).
        query: Query parameters, in order.
        body: The exact JSON bytes to send, or None.
        operation_id: The spec's id of the operation, for logs and errors.
    """

    method: str
    path: str
    query: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None
    operation_id: str = ""

    @property
    def idempotent(self) -> bool:
        return self.method.upper() in _IDEMPOTENT


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

    def retry_error(self, error: ApiConnectionError, request: PreparedRequest) -> bool:
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


def check_header(name: str, value: object) -> None:
    """Refuse a per-call header that httpx would reject with the raw header in its message."""
    if not isinstance(name, str) or not name or not all("!" <= c <= "~" and c != ":" for c in name):
        raise ValueError("extra_headers: a header name must be a non-empty printable ASCII token")
    if not isinstance(value, str) or not all(" " <= c <= "~" or c == "\t" for c in value):
        raise ValueError(f"extra_headers: the value of {name} must be printable ASCII on one line")


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


class _Secret:
    """Holds the API secret; its repr never shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = check_credential("api_secret", value)

    def reveal(self) -> str:
        return self._value

    def sign(self, message: bytes) -> str:
        return sign(self._value, message)

    def redact(self, text: str) -> str:
        return text.replace(self._value, "***")

    def __repr__(self) -> str:
        return "Secret('***')"


class _Signer(Protocol):
    """Makes the ``Signature`` header of a message: HMAC (:class:`_Secret`) or RSA (``_rsa``)."""

    def sign(self, message: bytes) -> str: ...

    def redact(self, text: str) -> str: ...


def _signer(api_secret: str | None, private_key: str | bytes | None) -> _Signer:
    if (api_secret is None) == (private_key is None):
        raise ValueError("pass either api_secret= (HMAC) or private_key= (RSA)")
    if private_key is not None:
        from ._rsa import RsaSigner  # cryptography, for RSA users only

        return RsaSigner(private_key)
    return _Secret(cast(str, api_secret))


@dataclasses.dataclass(frozen=True, slots=True, weakref_slot=True)
class _Options:
    """One call's options: its timeout and the extra headers, query and body fields it sends."""

    timeout: float | httpx.Timeout | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, object] | None = None
    extra_body: Mapping[str, object] | None = None


_NO_OPTIONS = _Options()


class _Core:
    """What both transports share: building and signing requests, reading answers."""

    _owns_client: bool

    def __init__(
        self,
        *,
        api_key: str,
        api_secret: str | None,
        private_key: str | bytes | None,
        base_url: str,
        timeout: float | httpx.Timeout,
        retry: RetryPolicy,
        rng: random.Random | None,
        max_response_bytes: int,
    ) -> None:
        self._api_key = check_credential("api_key", api_key)
        self._signer = _signer(api_secret, private_key)
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.retry = retry
        self._rng = rng or random.Random()
        if max_response_bytes < 1:
            raise ValueError("max_response_bytes must be at least 1")
        self.max_response_bytes = max_response_bytes

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, retry={self.retry!r})"

    def _replace(
        self, timeout: float | httpx.Timeout | None, retry: RetryPolicy | None, base_url: str | None
    ) -> Any:
        """A copy with these settings changed, sending through the same connection pool."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._owns_client = False  # the pool stays this client's to close
        if timeout is not None:
            clone.timeout = timeout
        if retry is not None:
            clone.retry = retry
        if base_url is not None:
            clone.base_url = base_url.rstrip("/")
        return clone

    def build(
        self, client: httpx.Client | httpx.AsyncClient, request: PreparedRequest, options: _Options
    ) -> tuple[httpx.Request, float | None]:
        """The signed request, and the seconds its attempt may take (None: per-phase timeouts only)."""
        url = self.base_url + request.path
        query: tuple[tuple[str, Any], ...] = request.query
        if options.extra_query:
            query += tuple((name, _query_text(value)) for name, value in options.extra_query.items())
        if query:
            url += "?" + urlencode(query)
        body = request.body
        if options.extra_body:
            body = _merge_body(body, options.extra_body)
        headers = {"APIKEY": self._api_key, "Accept": "application/json", "User-Agent": USER_AGENT}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if options.extra_headers:
            for name, value in options.extra_headers.items():
                check_header(name, value)
                if name.lower() not in ("apikey", "signature"):
                    headers[name] = value
        timeout = self.timeout if options.timeout is None else options.timeout
        phases = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        built = client.build_request(
            request.method,
            _parsed_url(url),
            content=body,
            headers=headers,
            extensions={"timeout": phases.as_dict()},
        )
        # Sign the path and query exactly as they go on the wire, then the exact body bytes.
        message = built.url.raw_path + (body or b"")
        built.headers["Signature"] = self._signer.sign(message)
        return built, None if isinstance(timeout, httpx.Timeout) else float(timeout)

    def connection_error(self, error: httpx.TransportError, request: PreparedRequest) -> ApiConnectionError:
        reached = not isinstance(error, _NEVER_SENT)
        kind = ApiTimeoutError if isinstance(error, httpx.TimeoutException) else ApiConnectionError
        text = str(error)
        # Defence in depth: the key is checked at construction, so no library error should quote it.
        text = self._signer.redact(text.replace(self._api_key, "***"))
        message = f"{type(error).__name__}: {text}" if text else type(error).__name__
        return kind(message, method=request.method, path=request.path, may_have_reached_server=reached)

    def deadline_error(self, request: PreparedRequest) -> ApiTimeoutError:
        return ApiTimeoutError(
            "the call's timeout passed while the answer was arriving",
            method=request.method,
            path=request.path,
            may_have_reached_server=True,
        )

    def too_large(self, response: httpx.Response, request: PreparedRequest) -> UnexpectedResponseError:
        return UnexpectedResponseError(
            response.status_code,
            request.method,
            request.path,
            f"response body larger than max_response_bytes ({self.max_response_bytes} bytes); not read",
        )

    def declared_too_large(self, response: httpx.Response) -> bool:
        declared = response.headers.get("Content-Length", "")
        return declared.isdigit() and int(declared) > self.max_response_bytes

    def error(self, response: httpx.Response, body: bytes, request: PreparedRequest) -> ApiError:
        return error_from_response(
            status_code=response.status_code,
            method=request.method,
            path=request.path,
            body=body,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
        )

    def next_delay(self, failure: Exception, request: PreparedRequest, retry: int) -> float | None:
        """Seconds to wait before retrying after ``failure``, or None to give up."""
        if retry >= self.retry.max_retries:
            return None
        if isinstance(failure, ApiError):
            if isinstance(failure, PlanLimitError) or not self.retry.retry_status(
                failure.status_code, request
            ):
                return None
            return self.retry.delay(retry, failure.retry_after, self._rng)
        if isinstance(failure, ApiConnectionError) and self.retry.retry_error(failure, request):
            return self.retry.delay(retry, None, self._rng)
        return None

    @staticmethod
    def log(request: PreparedRequest, outcome: str, attempt: int, started: float, final: bool) -> None:
        elapsed = (time.monotonic() - started) * 1000
        logger.log(
            logging.INFO if final else logging.DEBUG,
            "%s %s -> %s (attempt %d, %.1f ms)",
            request.method,
            request.path,
            outcome,
            attempt,
            elapsed,
        )


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


def _outcome(failure: ApiError | ApiConnectionError, request: PreparedRequest) -> str:
    """``503 ServerError`` or ``ReadTimeout: ...`` for a log line (its method and path come first)."""
    if isinstance(failure, ApiError):
        return f"{failure.status_code} {type(failure).__name__}"
    return f"{type(failure).__name__}: " + str(failure).removeprefix(f"{request.method} {request.path}: ")


@functools.lru_cache(maxsize=512)
def _parsed_url(text: str) -> httpx.URL:
    """``httpx.URL(text)``, remembered: parsing costs about as much as building the rest of a
    request, and most calls go to a few URLs (``create_smart_trade``, the first pages of a list).
    URLs are immutable, so one parsed URL serves every request and thread."""
    return httpx.URL(text)


def _query_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _merge_body(body: bytes | None, extra: Mapping[str, object]) -> bytes:
    """The JSON body with ``extra_body``'s fields added (or replaced); exact decimals kept."""
    payload = json.loads(body, parse_float=Decimal) if body else {}
    if not isinstance(payload, dict):
        raise TypeError("extra_body needs a JSON object body")
    payload.update(extra)
    return dumps_body(payload)


def _options(
    timeout: float | httpx.Timeout | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, object] | None,
    extra_body: Mapping[str, object] | None,
) -> _Options:
    if timeout is None and not extra_headers and not extra_query and not extra_body:
        return _NO_OPTIONS
    return _Options(timeout, extra_headers, extra_query, extra_body)


class SyncTransport(_Core):
    """Sends prepared requests with a blocking ``httpx.Client``."""

    def __init__(
        self,
        *,
        api_key: str,
        api_secret: str | None = None,
        private_key: str | bytes | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], Any] = time.sleep,
        rng: random.Random | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(
            api_key=api_key,
            api_secret=api_secret,
            private_key=private_key,
            base_url=base_url,
            timeout=timeout,
            retry=retry or RetryPolicy(),
            rng=rng,
            max_response_bytes=max_response_bytes,
        )
        from ._pools import add_deadlines  # httpcore, with the first client

        self._owns_client = http_client is None
        if http_client is None:
            http_client = httpx.Client(limits=DEFAULT_LIMITS)
        self._client = http_client
        # Every pool on every route clamps each socket operation; a transport that cannot be
        # wrapped starts the clock at sending and is checked between the body's reads.
        self._clamps_io = add_deadlines(http_client)
        self._sleep = sleep

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        base_url: str | None = None,
    ) -> SyncTransport:
        return cast(SyncTransport, self._replace(timeout, retry, base_url))

    def call(
        self,
        request: PreparedRequest,
        parse: Callable[[httpx.Response], T],
        *,
        raw: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> T:
        """Send ``request`` and read the answer with ``parse`` (or wrap it, for a raw response)."""
        response = self.send(request, options=_options(timeout, extra_headers, extra_query, extra_body))
        if raw:
            return cast(T, RawResponse(response, parse))
        return parse(response)

    def send(
        self, request: PreparedRequest, *, timeout: float | None = None, options: _Options | None = None
    ) -> httpx.Response:
        """Send ``request``; return the success response (body read) or raise the matching error."""
        if options is None:
            options = _options(timeout, None, None, None)
        retry = 0
        while True:
            failure: ApiError | ApiConnectionError
            started = time.monotonic()
            built, seconds = self.build(self._client, request, options)
            try:
                with deadline(seconds) as at:
                    if at is not None and not self._clamps_io:
                        at.start()
                    response = self._client.send(built, stream=True)
                    try:
                        body = self._read(response, request, at)
                    finally:
                        response.close()
            except httpx.TransportError as error:
                failure = self.connection_error(error, request)
            except _DeadlinePassed:
                failure = self.deadline_error(request)
            else:
                if response.is_success:
                    self.log(request, str(response.status_code), retry + 1, started, final=True)
                    return response
                failure = self.error(response, body, request)
            delay = self.next_delay(failure, request, retry)
            self.log(request, _outcome(failure, request), retry + 1, started, final=delay is None)
            if delay is None:
                raise failure
            self._sleep(delay)
            retry += 1

    def _read(self, response: httpx.Response, request: PreparedRequest, at: Budget | None) -> bytes:
        """The whole (decoded) body, within the size cap and the attempt's deadline."""
        if self.declared_too_large(response):
            raise self.too_large(response, request)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_response_bytes:
                raise self.too_large(response, request)
            chunks.append(chunk)
            if passed(at):  # a client you passed in has no deadline on its own reads
                raise _DeadlinePassed
        body = b"".join(chunks)
        response._content = body  # what httpx's own read() stores; the body is read exactly once
        return body

    def close(self) -> None:
        if self._owns_client:
            self._client.close()


async def _asyncio_sleep(seconds: float) -> None:
    # asyncio is imported on the first async retry, not with the package: sync users never pay for it.
    import asyncio

    await asyncio.sleep(seconds)


class AsyncTransport(_Core):
    """Sends prepared requests with an ``httpx.AsyncClient``."""

    def __init__(
        self,
        *,
        api_key: str,
        api_secret: str | None = None,
        private_key: str | bytes | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Any] | None = None,
        rng: random.Random | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        super().__init__(
            api_key=api_key,
            api_secret=api_secret,
            private_key=private_key,
            base_url=base_url,
            timeout=timeout,
            retry=retry or RetryPolicy(),
            rng=rng,
            max_response_bytes=max_response_bytes,
        )
        from ._pools import add_deadlines  # httpcore, with the first client

        self._owns_client = http_client is None
        if http_client is None:
            http_client = httpx.AsyncClient(limits=DEFAULT_LIMITS)
        self._client = http_client
        # Every pool on every route clamps each socket operation; a transport that cannot be
        # wrapped starts the clock at sending and is checked between the body's reads.
        self._clamps_io = add_deadlines(http_client)
        self._sleep = sleep if sleep is not None else _asyncio_sleep

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        base_url: str | None = None,
    ) -> AsyncTransport:
        return cast(AsyncTransport, self._replace(timeout, retry, base_url))

    async def call(
        self,
        request: PreparedRequest,
        parse: Callable[[httpx.Response], T],
        *,
        raw: bool = False,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> T:
        """Send ``request`` and read the answer with ``parse`` (or wrap it, for a raw response)."""
        response = await self.send(request, options=_options(timeout, extra_headers, extra_query, extra_body))
        if raw:
            return cast(T, RawResponse(response, parse))
        return parse(response)

    async def send(
        self, request: PreparedRequest, *, timeout: float | None = None, options: _Options | None = None
    ) -> httpx.Response:
        """Send ``request``; return the success response (body read) or raise the matching error."""
        if options is None:
            options = _options(timeout, None, None, None)
        retry = 0
        while True:
            failure: ApiError | ApiConnectionError
            started = time.monotonic()
            built, seconds = self.build(self._client, request, options)
            try:
                with deadline(seconds) as at:
                    if at is not None and not self._clamps_io:
                        at.start()
                    response = await self._client.send(built, stream=True)
                    try:
                        body = await self._read(response, request, at)
                    finally:
                        await response.aclose()
            except httpx.TransportError as error:
                failure = self.connection_error(error, request)
            except _DeadlinePassed:
                failure = self.deadline_error(request)
            else:
                if response.is_success:
                    self.log(request, str(response.status_code), retry + 1, started, final=True)
                    return response
                failure = self.error(response, body, request)
            delay = self.next_delay(failure, request, retry)
            self.log(request, _outcome(failure, request), retry + 1, started, final=delay is None)
            if delay is None:
                raise failure
            await self._sleep(delay)
            retry += 1

    async def _read(self, response: httpx.Response, request: PreparedRequest, at: Budget | None) -> bytes:
        """The whole (decoded) body, within the size cap and the attempt's deadline."""
        if self.declared_too_large(response):
            raise self.too_large(response, request)
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self.max_response_bytes:
                raise self.too_large(response, request)
            chunks.append(chunk)
            if passed(at):
                raise _DeadlinePassed
        body = b"".join(chunks)
        response._content = body  # what httpx's own aread() stores; the body is read exactly once
        return body

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()


class _DeadlinePassed(Exception):
    """The attempt's deadline passed between two reads of the body."""
