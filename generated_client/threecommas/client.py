"""The clients: :class:`Client` (blocking) and :class:`AsyncClient`, one attribute per resource.

Each resource's methods live in ``resources/<resource>.py``, imported the first time the
attribute is used: importing the package does not grow with the number of resources.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from ._config import DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, RetryPolicy, copy_without_cache
from ._credentials import settings_from_environment
from ._transport import AsyncTransport, SyncTransport

if TYPE_CHECKING:
    from .resources.public import AsyncPublic, Public
    from .resources.smart_trades import AsyncSmartTrades, SmartTrades

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
            :class:`~threecommas.APIResponseValidationError`.
        http_client: An ``httpx.Client`` to send with (proxies, certificates...); you keep
            ownership of it.
        default_headers: Headers every request carries (``APIKEY`` and ``Signature`` are the
            client's own); a call's ``extra_headers`` override them.
        default_query: Query parameters every request carries, unless the call sets the name.

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
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
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
                default_headers=default_headers,
                default_query=default_query,
            )
        )

    def _bind(self, transport: SyncTransport) -> None:
        self._transport = transport

    @cached_property
    def public(self) -> Public:
        """``client.public``: ``ping``, ``time``."""
        from .resources.public import Public

        return Public(self._transport)

    @cached_property
    def smart_trades(self) -> SmartTrades:
        """``client.smart_trades``: ``create_simple_sell``, ``create_simple_buy``, ``create_smart_sell``, ``create_smart_cover``, ``create``, ``cancel_order``, ``add_funds``, ``step_panic_sell``, ``update``, ``cancel``, ``panic_sell``, ``force_process``, ``list``."""
        from .resources.smart_trades import SmartTrades

        return SmartTrades(self._transport)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        private_key: str | bytes | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
    ) -> Self:
        """A client like this one with these settings changed, sharing its connection pool.

        ``client.with_options(timeout=5, max_retries=0).smart_trades.list()``. Headers and
        query parameters are added to this client's defaults. ``api_secret=`` or ``private_key=``
        replaces the way of signing (HMAC or RSA). Closing the copy leaves the pool open; close
        the original when done.
        """
        policy = retry if retry is not None else self._transport.retry
        if max_retries is not None:
            policy = dataclasses.replace(policy, max_retries=max_retries)
        clone = copy_without_cache(self)  # a subclass comes back as itself
        clone._bind(
            self._transport.with_options(
                api_key=api_key,
                api_secret=api_secret,
                private_key=private_key,
                base_url=base_url,
                timeout=timeout,
                retry=policy,
                default_headers=default_headers,
                default_query=default_query,
            )
        )
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
            :class:`~threecommas.APIResponseValidationError`.
        http_client: An ``httpx.AsyncClient`` to send with (proxies, certificates...); you keep
            ownership of it.
        default_headers: Headers every request carries (``APIKEY`` and ``Signature`` are the
            client's own); a call's ``extra_headers`` override them.
        default_query: Query parameters every request carries, unless the call sets the name.

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
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
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
                default_headers=default_headers,
                default_query=default_query,
            )
        )

    def _bind(self, transport: AsyncTransport) -> None:
        self._transport = transport

    @cached_property
    def public(self) -> AsyncPublic:
        """``client.public``: ``ping``, ``time``."""
        from .resources.public import AsyncPublic

        return AsyncPublic(self._transport)

    @cached_property
    def smart_trades(self) -> AsyncSmartTrades:
        """``client.smart_trades``: ``create_simple_sell``, ``create_simple_buy``, ``create_smart_sell``, ``create_smart_cover``, ``create``, ``cancel_order``, ``add_funds``, ``step_panic_sell``, ``update``, ``cancel``, ``panic_sell``, ``force_process``, ``list``."""
        from .resources.smart_trades import AsyncSmartTrades

        return AsyncSmartTrades(self._transport)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        private_key: str | bytes | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
    ) -> Self:
        """A client like this one with these settings changed, sharing its connection pool.

        ``client.with_options(timeout=5, max_retries=0).smart_trades.list()``. Headers and
        query parameters are added to this client's defaults. ``api_secret=`` or ``private_key=``
        replaces the way of signing (HMAC or RSA). Closing the copy leaves the pool open; close
        the original when done.
        """
        policy = retry if retry is not None else self._transport.retry
        if max_retries is not None:
            policy = dataclasses.replace(policy, max_retries=max_retries)
        clone = copy_without_cache(self)  # a subclass comes back as itself
        clone._bind(
            self._transport.with_options(
                api_key=api_key,
                api_secret=api_secret,
                private_key=private_key,
                base_url=base_url,
                timeout=timeout,
                retry=policy,
                default_headers=default_headers,
                default_query=default_query,
            )
        )
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
