"""Sending: signing, timeouts, retries and error mapping, for both clients.

The retry rule a trading client lives by: a request that may have reached the server is never
sent again unless it is a read. Reads (``GET``) are retried on 429, 5xx and connection errors,
with exponential backoff and jitter, honouring ``Retry-After``. Anything else (every ``POST``
and ``PATCH`` here creates or changes a trade) is retried only when the connection could not
even be opened. Nothing is retried after 418: the IP is banned, and retrying extends the ban.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

import attrs
import httpx

from ._signing import sign
from .errors import ApiConnectionError, ApiError, ApiTimeoutError, error_from_response

logger = logging.getLogger("threecommas")

DEFAULT_BASE_URL = "https://api.3commas.io/public/api"
USER_AGENT = "threecommas-client"
#: Connection pool bounds: many concurrent calls share at most this many connections.
DEFAULT_LIMITS = httpx.Limits(max_connections=64, max_keepalive_connections=64)
_IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})
#: Errors raised before a single byte of the request could have been sent.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


@attrs.frozen
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


@attrs.frozen
class RetryPolicy:
    """When to send a request again, and how long to wait first.

    Attributes:
        max_retries: Retries after the first attempt (0 turns retrying off).
        backoff_base: Seconds before the first retry; doubled for each further one.
        backoff_max: The longest wait, whatever ``Retry-After`` says.
        jitter: Each wait varies by up to this fraction, so that clients spread out.
        retry_statuses: Statuses a read is retried on.
    """

    max_retries: int = attrs.field(default=2, validator=attrs.validators.ge(0))
    backoff_base: float = 0.5
    backoff_max: float = 30.0
    jitter: float = 0.25
    retry_statuses: frozenset[int] = frozenset({429, 500, 502, 503, 504})

    def retry_status(self, status_code: int, request: PreparedRequest) -> bool:
        """Only reads are retried on an error status: any answer means the request arrived."""
        return status_code != 418 and request.idempotent and status_code in self.retry_statuses

    def retry_error(self, error: ApiConnectionError, request: PreparedRequest) -> bool:
        return request.idempotent or not error.may_have_reached_server

    def delay(self, retry: int, retry_after: float | None, rng: random.Random) -> float:
        """Seconds to wait before retry number ``retry`` (0-based)."""
        if retry_after is not None:
            return max(0.0, min(retry_after, self.backoff_max))
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


class _Secret:
    """Holds the API secret; its repr never shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not value:
            raise ValueError("api_secret must not be empty")
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"


class _Core:
    """What both transports share: building and signing requests, reading answers."""

    def __init__(
        self,
        *,
        api_key: str,
        api_secret: str,
        base_url: str,
        timeout: float | httpx.Timeout,
        retry: RetryPolicy,
        rng: random.Random | None,
    ) -> None:
        if not api_key:
            raise ValueError("api_key must not be empty")
        self._api_key = api_key
        self._secret = _Secret(api_secret)
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.retry = retry
        self._rng = rng or random.Random()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, retry={self.retry!r})"

    def build(
        self, client: httpx.Client | httpx.AsyncClient, request: PreparedRequest, timeout: float | None
    ) -> httpx.Request:
        url = self.base_url + request.path
        if request.query:
            url += "?" + urlencode(request.query)
        headers = {"APIKEY": self._api_key, "Accept": "application/json", "User-Agent": USER_AGENT}
        if request.body is not None:
            headers["Content-Type"] = "application/json"
        effective = self.timeout if timeout is None else httpx.Timeout(timeout)
        built = client.build_request(
            request.method,
            url,
            content=request.body,
            headers=headers,
            extensions={"timeout": effective.as_dict()},
        )
        # Sign the path and query exactly as they go on the wire, then the exact body bytes.
        message = built.url.raw_path + (request.body or b"")
        built.headers["Signature"] = sign(self._secret.reveal(), message)
        return built

    def connection_error(self, error: httpx.TransportError, request: PreparedRequest) -> ApiConnectionError:
        reached = not isinstance(error, _NEVER_SENT)
        kind = ApiTimeoutError if isinstance(error, httpx.TimeoutException) else ApiConnectionError
        message = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        return kind(message, method=request.method, path=request.path, may_have_reached_server=reached)

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
            if not self.retry.retry_status(failure.status_code, request):
                return None
            return self.retry.delay(retry, failure.retry_after, self._rng)
        if isinstance(failure, ApiConnectionError) and self.retry.retry_error(failure, request):
            return self.retry.delay(retry, None, self._rng)
        return None

    @staticmethod
    def log(request: PreparedRequest, outcome: str, attempt: int) -> None:
        logger.debug("%s %s (%s) attempt %d: %s", request.method, request.path, request.operation_id, attempt, outcome)


class SyncTransport(_Core):
    """Sends prepared requests with a blocking ``httpx.Client``."""

    def __init__(
        self,
        *,
        api_key: str,
        api_secret: str,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = 30.0,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], Any] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            retry=retry or RetryPolicy(),
            rng=rng,
        )
        self._owns_client = http_client is None
        self._client = http_client or httpx.Client(limits=DEFAULT_LIMITS)
        self._sleep = sleep

    def send(self, request: PreparedRequest, *, timeout: float | None = None) -> httpx.Response:
        """Send ``request``; return the success response or raise the matching error."""
        retry = 0
        while True:
            failure: ApiError | ApiConnectionError
            try:
                response = self._client.send(self.build(self._client, request, timeout))
                body = response.read()
            except httpx.TransportError as error:
                failure = self.connection_error(error, request)
            else:
                if response.is_success:
                    self.log(request, str(response.status_code), retry + 1)
                    return response
                failure = self.error(response, body, request)
            self.log(request, str(failure), retry + 1)
            delay = self.next_delay(failure, request, retry)
            if delay is None:
                raise failure
            self._sleep(delay)
            retry += 1

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
        api_secret: str,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float | httpx.Timeout = 30.0,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Any] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            retry=retry or RetryPolicy(),
            rng=rng,
        )
        self._owns_client = http_client is None
        self._client = http_client or httpx.AsyncClient(limits=DEFAULT_LIMITS)
        self._sleep = sleep if sleep is not None else _asyncio_sleep

    async def send(self, request: PreparedRequest, *, timeout: float | None = None) -> httpx.Response:
        """Send ``request``; return the success response or raise the matching error."""
        retry = 0
        while True:
            failure: ApiError | ApiConnectionError
            try:
                response = await self._client.send(self.build(self._client, request, timeout))
                body = await response.aread()
            except httpx.TransportError as error:
                failure = self.connection_error(error, request)
            else:
                if response.is_success:
                    self.log(request, str(response.status_code), retry + 1)
                    return response
                failure = self.error(response, body, request)
            self.log(request, str(failure), retry + 1)
            delay = self.next_delay(failure, request, retry)
            if delay is None:
                raise failure
            await self._sleep(delay)
            retry += 1

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()
