"""The clients: :class:`Client` (blocking) and :class:`AsyncClient`, one attribute per API tag.

Each tag's operations live in ``api/<tag>/resource.py``, imported the first time the attribute
is used: importing the package does not grow with the number of chapters.
"""

from __future__ import annotations

import dataclasses
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from ._transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    AsyncTransport,
    RetryPolicy,
    SyncTransport,
    copy_without_cache,
    settings_from_environment,
)

if TYPE_CHECKING:
    from .api.public.resource import AsyncPublicApi, PublicApi
    from .api.smart_trades.resource import AsyncSmartTradesApi, SmartTradesApi

#: The production API.
BASE_URL = "https://api.3commas.io/public/api"


class Client:
    """Blocking client for the 3Commas Public REST API.

    Every request is signed (``APIKEY`` and ``Signature`` headers), checked against the spec
    before it is sent, and retried only where that cannot place an order twice.

    Args:
        api_key: Your API key; by default ``THREECOMMAS_API_KEY``.
        api_secret: Your API secret, to sign with HMAC-SHA256; used for signing only, never
            logged or shown; by default ``THREECOMMAS_API_SECRET``.
        private_key: Instead of ``api_secret``: your RSA private key (PEM text), to sign with
            RSA (PKCS#1 v1.5, SHA-256); never logged or shown; by default
            ``THREECOMMAS_PRIVATE_KEY``. Pass one of the two.
        base_url: The API's base URL; by default ``THREECOMMAS_BASE_URL``, else production.
        timeout: Seconds per attempt, a deadline for the whole of it (connect, send, headers,
            body); each call's ``timeout=`` overrides it. An ``httpx.Timeout`` instead sets
            httpx's limits per phase, with no overall deadline.
        max_retries: Retries after the first attempt (shorthand for ``retry``'s).
        retry: When and how often to retry; see :class:`RetryPolicy`.
        max_response_bytes: The largest response body read; a larger one raises
            :class:`~threecommas.UnexpectedResponseError`.
        http_client: An ``httpx.Client`` to send with (proxies, certificates...); you keep
            ownership of it.

    Raises:
        ValueError: The key or secret is missing, empty, or not a plain ASCII token (a trailing
            newline...), both a secret and a private key were given, or the private key is not
            a readable RSA key; the message says what is wrong, never the value.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        private_key: str | bytes | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.Client | None = None,
    ) -> None:
        key, secret, pem, url = settings_from_environment(
            api_key, api_secret, base_url, BASE_URL, private_key
        )
        policy = retry if retry is not None else RetryPolicy()
        if max_retries is not None:
            policy = dataclasses.replace(policy, max_retries=max_retries)
        self._bind(
            SyncTransport(
                api_key=key,
                api_secret=secret,
                private_key=pem,
                base_url=url,
                timeout=timeout,
                retry=policy,
                max_response_bytes=max_response_bytes,
                http_client=http_client,
            )
        )

    def _bind(self, transport: SyncTransport) -> None:
        self._transport = transport

    @cached_property
    def public(self) -> PublicApi:
        """Operations tagged Public."""
        from .api.public.resource import PublicApi

        return PublicApi(self._transport)

    @cached_property
    def smart_trades(self) -> SmartTradesApi:
        """Operations tagged SmartTrades."""
        from .api.smart_trades.resource import SmartTradesApi

        return SmartTradesApi(self._transport)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        base_url: str | None = None,
    ) -> Self:
        """A client like this one with these settings changed, sharing its connection pool.

        ``client.with_options(timeout=5, max_retries=0).smart_trades.list_smart_trades()``.
        Closing the copy leaves the pool open; close the original when done.
        """
        policy = retry if retry is not None else self._transport.retry
        if max_retries is not None:
            policy = dataclasses.replace(policy, max_retries=max_retries)
        clone = copy_without_cache(self)  # a subclass comes back as itself
        clone._bind(self._transport.with_options(timeout=timeout, retry=policy, base_url=base_url))
        return clone

    def __repr__(self) -> str:
        return f"Client(base_url={self._transport.base_url!r})"

    def close(self) -> None:
        """Close the connections this client opened (not a client you passed in)."""
        self._transport.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient:
    """Asynchronous client for the 3Commas Public REST API.

    Every request is signed (``APIKEY`` and ``Signature`` headers), checked against the spec
    before it is sent, and retried only where that cannot place an order twice.

    Args:
        api_key: Your API key; by default ``THREECOMMAS_API_KEY``.
        api_secret: Your API secret, to sign with HMAC-SHA256; used for signing only, never
            logged or shown; by default ``THREECOMMAS_API_SECRET``.
        private_key: Instead of ``api_secret``: your RSA private key (PEM text), to sign with
            RSA (PKCS#1 v1.5, SHA-256); never logged or shown; by default
            ``THREECOMMAS_PRIVATE_KEY``. Pass one of the two.
        base_url: The API's base URL; by default ``THREECOMMAS_BASE_URL``, else production.
        timeout: Seconds per attempt, a deadline for the whole of it (connect, send, headers,
            body); each call's ``timeout=`` overrides it. An ``httpx.Timeout`` instead sets
            httpx's limits per phase, with no overall deadline.
        max_retries: Retries after the first attempt (shorthand for ``retry``'s).
        retry: When and how often to retry; see :class:`RetryPolicy`.
        max_response_bytes: The largest response body read; a larger one raises
            :class:`~threecommas.UnexpectedResponseError`.
        http_client: An ``httpx.AsyncClient`` to send with (proxies, certificates...); you keep
            ownership of it.

    Raises:
        ValueError: The key or secret is missing, empty, or not a plain ASCII token (a trailing
            newline...), both a secret and a private key were given, or the private key is not
            a readable RSA key; the message says what is wrong, never the value.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        private_key: str | bytes | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        key, secret, pem, url = settings_from_environment(
            api_key, api_secret, base_url, BASE_URL, private_key
        )
        policy = retry if retry is not None else RetryPolicy()
        if max_retries is not None:
            policy = dataclasses.replace(policy, max_retries=max_retries)
        self._bind(
            AsyncTransport(
                api_key=key,
                api_secret=secret,
                private_key=pem,
                base_url=url,
                timeout=timeout,
                retry=policy,
                max_response_bytes=max_response_bytes,
                http_client=http_client,
            )
        )

    def _bind(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @cached_property
    def public(self) -> AsyncPublicApi:
        """Operations tagged Public."""
        from .api.public.resource import AsyncPublicApi

        return AsyncPublicApi(self._transport)

    @cached_property
    def smart_trades(self) -> AsyncSmartTradesApi:
        """Operations tagged SmartTrades."""
        from .api.smart_trades.resource import AsyncSmartTradesApi

        return AsyncSmartTradesApi(self._transport)

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        base_url: str | None = None,
    ) -> Self:
        """A client like this one with these settings changed, sharing its connection pool.

        ``client.with_options(timeout=5, max_retries=0).smart_trades.list_smart_trades()``.
        Closing the copy leaves the pool open; close the original when done.
        """
        policy = retry if retry is not None else self._transport.retry
        if max_retries is not None:
            policy = dataclasses.replace(policy, max_retries=max_retries)
        clone = copy_without_cache(self)  # a subclass comes back as itself
        clone._bind(self._transport.with_options(timeout=timeout, retry=policy, base_url=base_url))
        return clone

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={self._transport.base_url!r})"

    async def aclose(self) -> None:
        """Close the connections this client opened (not a client you passed in)."""
        await self._transport.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
