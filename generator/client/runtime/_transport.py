"""Sending: building and signing requests, timeouts, retries and error mapping, for both clients.

Credentials and signing (HMAC or RSA) live in ``_credentials``, the settings and their defaults in
``_config``.

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
import functools
import json
import logging
import random
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast
from urllib.parse import urlencode

import httpx

from ._config import (
    DEFAULT_BASE_URL,
    DEFAULT_LIMITS,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    NO_OPTIONS,
    SIGNED_HEADERS,
    USER_AGENT,
    CallOptions,
    RetryPolicy,
    check_header,
    checked_default_headers,
    checked_default_query,
    parse_retry_after,
    query_text,
)
from ._credentials import Signer, check_credential, signer
from ._deadline import Budget, deadline, passed
from ._response import RawResponse
from ._values import dumps_body
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    PlanLimitError,
    error_from_response,
)

T = TypeVar("T")

logger = logging.getLogger("threecommas")

_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})
#: Errors raised before a single byte of the request could have been sent.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


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


class _BaseTransport:
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
        headers: Mapping[str, str] | None = None,
        query: Mapping[str, object] | None = None,
    ) -> None:
        self._api_key = check_credential("api_key", api_key)
        self._signer: Signer = signer(api_secret, private_key)
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.retry = retry
        self._rng = rng or random.Random()
        if max_response_bytes < 1:
            raise ValueError("max_response_bytes must be at least 1")
        self.max_response_bytes = max_response_bytes
        self.default_headers = checked_default_headers(headers)
        self.default_query = checked_default_query(query)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, retry={self.retry!r})"

    def _replace(
        self,
        *,
        api_key: str | None,
        api_secret: str | None,
        private_key: str | bytes | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        retry: RetryPolicy | None,
        headers: Mapping[str, str] | None,
        query: Mapping[str, object] | None,
    ) -> Any:
        """A copy with these settings changed, sending through the same connection pool.

        ``headers`` and ``query`` are added to the defaults this transport has (a name given
        again takes the new value), as openai-python's ``with_options`` does.
        """
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._owns_client = False  # the pool stays this client's to close
        if api_key is not None:
            clone._api_key = check_credential("api_key", api_key)
        if api_secret is not None or private_key is not None:
            # A new secret or key replaces the way of signing (RSA client + api_secret= -> HMAC).
            clone._signer = signer(api_secret, private_key)
        if timeout is not None:
            clone.timeout = timeout
        if retry is not None:
            clone.retry = retry
        if base_url is not None:
            clone.base_url = base_url.rstrip("/")
        if headers:
            clone.default_headers = {**self.default_headers, **checked_default_headers(headers)}
        if query:
            added = checked_default_query(query)
            names = {name for name, _ in added}
            clone.default_query = tuple(p for p in self.default_query if p[0] not in names) + added
        return clone

    def build(
        self, client: httpx.Client | httpx.AsyncClient, request: PreparedRequest, options: CallOptions
    ) -> tuple[httpx.Request, float | None]:
        """The signed request, and the seconds its attempt may take (None: per-phase timeouts only)."""
        url = self.base_url + request.path
        query: tuple[tuple[str, Any], ...] = request.query
        if self.default_query:
            # A name the call sets itself (an argument or extra_query) keeps the call's value.
            given = {name for name, _ in query} | set(options.extra_query or ())
            query += tuple(p for p in self.default_query if p[0] not in given)
        if options.extra_query:
            query += tuple((name, query_text(value)) for name, value in options.extra_query.items())
        if query:
            url += "?" + urlencode(query)
        body = request.body
        if options.extra_body:
            body = _merge_body(body, options.extra_body)
        headers = {"APIKEY": self._api_key, "Accept": "application/json", "User-Agent": USER_AGENT}
        if self.default_headers:
            headers.update(self.default_headers)  # checked at construction; never the signing ones
        if body is not None:
            headers["Content-Type"] = "application/json"
        if options.extra_headers:
            for name, value in options.extra_headers.items():
                check_header(name, value)
                if name.lower() not in SIGNED_HEADERS:
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

    def connection_error(self, error: httpx.TransportError, request: PreparedRequest) -> APIConnectionError:
        reached = not isinstance(error, _NEVER_SENT)
        kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        text = str(error)
        # Defence in depth: the key is checked at construction, so no library error should quote it.
        text = self._signer.redact(text.replace(self._api_key, "***"))
        message = f"{type(error).__name__}: {text}" if text else type(error).__name__
        return kind(message, method=request.method, path=request.path, may_have_reached_server=reached)

    def deadline_error(self, request: PreparedRequest) -> APITimeoutError:
        return APITimeoutError(
            "the call's timeout passed while the answer was arriving",
            method=request.method,
            path=request.path,
            may_have_reached_server=True,
        )

    def too_large(self, response: httpx.Response, request: PreparedRequest) -> APIResponseValidationError:
        return APIResponseValidationError(
            response.status_code,
            request.method,
            request.path,
            f"response body larger than max_response_bytes ({self.max_response_bytes} bytes); not read",
        )

    def declared_too_large(self, response: httpx.Response) -> bool:
        declared = response.headers.get("Content-Length", "")
        return declared.isdigit() and int(declared) > self.max_response_bytes

    def error(self, response: httpx.Response, request: PreparedRequest) -> APIStatusError:
        return error_from_response(
            status_code=response.status_code,
            method=request.method,
            path=request.path,
            body=response.content,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
            response=response,
        )

    def next_delay(self, failure: Exception, request: PreparedRequest, retry: int) -> float | None:
        """Seconds to wait before retrying after ``failure``, or None to give up."""
        if retry >= self.retry.max_retries:
            return None
        if isinstance(failure, APIStatusError):
            if isinstance(failure, PlanLimitError):
                return None  # a 429 that waiting does not lift
            if not self.retry.retry_status(failure.status_code, request):
                return None
            return self.retry.delay(retry, failure.retry_after, self._rng)
        if isinstance(failure, APIConnectionError) and self.retry.retry_error(failure, request):
            return self.retry.delay(retry, None, self._rng)
        return None

    @staticmethod
    def log(request: PreparedRequest, outcome: str, attempt: int, started: float, final: bool) -> None:
        level = logging.INFO if final else logging.DEBUG
        if not logger.isEnabledFor(level):
            return  # most clients log nothing: no clock read, no formatting
        elapsed = (time.monotonic() - started) * 1000
        logger.log(
            level,
            "%s %s -> %s (attempt %d, %.1f ms)",
            request.method,
            request.path,
            outcome,
            attempt,
            elapsed,
        )


def _outcome(failure: APIStatusError | APIConnectionError, request: PreparedRequest) -> str:
    """``503 InternalServerError`` or ``ReadTimeout: ...`` for a log line (its method and path come first)."""
    if isinstance(failure, APIStatusError):
        return f"{failure.status_code} {type(failure).__name__}"
    return f"{type(failure).__name__}: " + str(failure).removeprefix(f"{request.method} {request.path}: ")


class _TooLarge(Exception):
    """The body went past ``max_response_bytes`` while it was arriving."""


class _Metered:
    """What :class:`_HeldBody` and :class:`_AsyncHeldBody` share: the count of a body's bytes
    against the cap, and the attempt's deadline."""

    def __init__(self, limit: int, at: Budget | None) -> None:
        self._size = 0
        self._limit = limit
        self._at = at

    def _count(self, chunk: bytes) -> bytes:
        self._size += len(chunk)
        if self._size > self._limit:
            raise _TooLarge
        return chunk


class _HeldBody(_Metered, httpx.SyncByteStream):
    """A streamed answer's body as it arrives, refused past the size cap or the attempt's deadline.

    An answer without ``Content-Encoding`` holds what arrives, so counting the bytes as httpx
    reads them caps what it holds: wrapped in this, ``response.read()`` reads the body into the
    response httpx made (no second one is built), and stops at the first chunk over the cap. The
    deadline is checked between chunks, for a client you passed in whose reads are not clamped.
    """

    def __init__(
        self, stream: httpx.SyncByteStream | httpx.AsyncByteStream, limit: int, at: Budget | None
    ) -> None:
        super().__init__(limit, at)
        self._stream = cast(httpx.SyncByteStream, stream)

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            yield self._count(chunk)
            if passed(self._at):
                raise _DeadlinePassed

    def close(self) -> None:
        self._stream.close()


class _AsyncHeldBody(_Metered, httpx.AsyncByteStream):
    """:class:`_HeldBody` for the asynchronous client."""

    def __init__(
        self, stream: httpx.SyncByteStream | httpx.AsyncByteStream, limit: int, at: Budget | None
    ) -> None:
        super().__init__(limit, at)
        self._stream = cast(httpx.AsyncByteStream, stream)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield self._count(chunk)
            if passed(self._at):
                raise _DeadlinePassed

    async def aclose(self) -> None:
        await self._stream.aclose()


def _with_body(response: httpx.Response, body: bytes) -> httpx.Response:
    """A compressed answer whose body has been read (decoded, and capped: what a compressed
    body decodes to is only known by decoding it) by us, as a response holding that body, made
    with httpx's public constructor: the same status, headers, request, history and extensions.
    Its ``Content-Encoding`` header is left out: it described the bytes on the wire, and the
    body held is already decoded (httpx would decode it a second time)."""
    headers = response.headers
    if "Content-Encoding" in headers:
        headers = httpx.Headers([(k, v) for k, v in headers.multi_items() if k.lower() != "content-encoding"])
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=body,
        request=response.request,
        extensions=response.extensions,
        history=response.history,
        default_encoding=response.default_encoding,
    )


@functools.lru_cache(maxsize=512)
def _parsed_url(text: str) -> httpx.URL:
    """``httpx.URL(text)``, remembered: parsing costs about as much as building the rest of a
    request, and most calls go to a few URLs (``create_smart_trade``, the first pages of a list).
    URLs are immutable, so one parsed URL serves every request and thread."""
    return httpx.URL(text)


def _merge_body(body: bytes | None, extra: Mapping[str, object]) -> bytes:
    """The JSON body with ``extra_body``'s fields added (or replaced); exact decimals kept."""
    payload = json.loads(body, parse_float=Decimal) if body else {}
    if not isinstance(payload, dict):
        raise TypeError("extra_body needs a JSON object body")
    payload.update(extra)
    return dumps_body(payload)


class SyncTransport(_BaseTransport):
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
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
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
            headers=default_headers,
            query=default_query,
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
        api_key: str | None = None,
        api_secret: str | None = None,
        private_key: str | bytes | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
    ) -> SyncTransport:
        return cast(
            SyncTransport,
            self._replace(
                api_key=api_key,
                api_secret=api_secret,
                private_key=private_key,
                base_url=base_url,
                timeout=timeout,
                retry=retry,
                headers=default_headers,
                query=default_query,
            ),
        )

    def call(
        self,
        request: PreparedRequest,
        parse: Callable[[httpx.Response], T],
        options: CallOptions = NO_OPTIONS,
        *,
        raw: bool = False,
    ) -> T:
        """Send ``request`` with the call's ``options`` and read the answer with ``parse`` (or
        wrap it, for a raw response)."""
        response = self.send(request, options=options)
        if raw:
            return cast(T, RawResponse(response, parse))
        return parse(response)

    def send(self, request: PreparedRequest, *, options: CallOptions = NO_OPTIONS) -> httpx.Response:
        """Send ``request``; return the success response (body read) or raise the matching error."""
        retry = 0
        while True:
            failure: APIStatusError | APIConnectionError
            started = time.monotonic()
            built, seconds = self.build(self._client, request, options)
            try:
                with deadline(seconds) as at:
                    if at is not None and not self._clamps_io:
                        at.start()
                    streamed = self._client.send(built, stream=True)
                    try:
                        response = self._read(streamed, request, at)
                    finally:
                        streamed.close()
            except httpx.TransportError as error:
                failure = self.connection_error(error, request)
            except _DeadlinePassed:
                failure = self.deadline_error(request)
            else:
                if response.is_success:
                    self.log(request, str(response.status_code), retry + 1, started, final=True)
                    return response
                failure = self.error(response, request)
            delay = self.next_delay(failure, request, retry)
            self.log(request, _outcome(failure, request), retry + 1, started, final=delay is None)
            if delay is None:
                raise failure
            self._sleep(delay)
            retry += 1

    def _read(self, response: httpx.Response, request: PreparedRequest, at: Budget | None) -> httpx.Response:
        """The answer with its whole (decoded) body, read within the size cap and the attempt's
        deadline (see :class:`_HeldBody` and :func:`_with_body`)."""
        if self.declared_too_large(response):
            raise self.too_large(response, request)
        if "Content-Encoding" not in response.headers:
            response.stream = _HeldBody(response.stream, self.max_response_bytes, at)
            try:
                response.read()
            except _TooLarge:
                raise self.too_large(response, request) from None
            return response
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_response_bytes:
                raise self.too_large(response, request)
            chunks.append(chunk)
            if passed(at):  # a client you passed in has no deadline on its own reads
                raise _DeadlinePassed
        return _with_body(response, b"".join(chunks))

    def close(self) -> None:
        if self._owns_client:
            self._client.close()


async def _asyncio_sleep(seconds: float) -> None:
    # asyncio is imported on the first async retry, not with the package: sync users never pay for it.
    import asyncio

    await asyncio.sleep(seconds)


class AsyncTransport(_BaseTransport):
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
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
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
            headers=default_headers,
            query=default_query,
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
        api_key: str | None = None,
        api_secret: str | None = None,
        private_key: str | bytes | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
    ) -> AsyncTransport:
        return cast(
            AsyncTransport,
            self._replace(
                api_key=api_key,
                api_secret=api_secret,
                private_key=private_key,
                base_url=base_url,
                timeout=timeout,
                retry=retry,
                headers=default_headers,
                query=default_query,
            ),
        )

    async def call(
        self,
        request: PreparedRequest,
        parse: Callable[[httpx.Response], T],
        options: CallOptions = NO_OPTIONS,
        *,
        raw: bool = False,
    ) -> T:
        """Send ``request`` with the call's ``options`` and read the answer with ``parse`` (or
        wrap it, for a raw response)."""
        response = await self.send(request, options=options)
        if raw:
            return cast(T, RawResponse(response, parse))
        return parse(response)

    async def send(self, request: PreparedRequest, *, options: CallOptions = NO_OPTIONS) -> httpx.Response:
        """Send ``request``; return the success response (body read) or raise the matching error."""
        retry = 0
        while True:
            failure: APIStatusError | APIConnectionError
            started = time.monotonic()
            built, seconds = self.build(self._client, request, options)
            try:
                with deadline(seconds) as at:
                    if at is not None and not self._clamps_io:
                        at.start()
                    streamed = await self._client.send(built, stream=True)
                    try:
                        response = await self._read(streamed, request, at)
                    finally:
                        await streamed.aclose()
            except httpx.TransportError as error:
                failure = self.connection_error(error, request)
            except _DeadlinePassed:
                failure = self.deadline_error(request)
            else:
                if response.is_success:
                    self.log(request, str(response.status_code), retry + 1, started, final=True)
                    return response
                failure = self.error(response, request)
            delay = self.next_delay(failure, request, retry)
            self.log(request, _outcome(failure, request), retry + 1, started, final=delay is None)
            if delay is None:
                raise failure
            await self._sleep(delay)
            retry += 1

    async def _read(
        self, response: httpx.Response, request: PreparedRequest, at: Budget | None
    ) -> httpx.Response:
        """The answer with its whole (decoded) body, read within the size cap and the attempt's
        deadline (see :class:`_HeldBody` and :func:`_with_body`)."""
        if self.declared_too_large(response):
            raise self.too_large(response, request)
        if "Content-Encoding" not in response.headers:
            response.stream = _AsyncHeldBody(response.stream, self.max_response_bytes, at)
            try:
                await response.aread()
            except _TooLarge:
                raise self.too_large(response, request) from None
            return response
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self.max_response_bytes:
                raise self.too_large(response, request)
            chunks.append(chunk)
            if passed(at):
                raise _DeadlinePassed
        return _with_body(response, b"".join(chunks))

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()


class _DeadlinePassed(Exception):
    """The attempt's deadline passed between two reads of the body."""
