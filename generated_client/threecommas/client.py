"""The clients: :class:`Client` (blocking) and :class:`AsyncClient`, one attribute per API tag.

Each tag's operations live in ``api/<tag>/resource.py``, imported the first time the attribute
is used: importing the package does not grow with the number of chapters.
"""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING

import httpx

from ._transport import AsyncTransport, RetryPolicy, SyncTransport

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
        api_key: Your API key.
        api_secret: Your API secret; used for signing only, never logged or shown.
        base_url: The API's base URL.
        timeout: Seconds per request (each call's ``timeout=`` overrides it).
        retry: When and how often to retry; see :class:`RetryPolicy`.
        http_client: An ``httpx.Client`` to send with; you keep ownership of it.
    """

    def __init__(
        self,
        *,
        api_key: str,
        api_secret: str,
        base_url: str = BASE_URL,
        timeout: float | httpx.Timeout = 30.0,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._transport = SyncTransport(
            api_key=api_key,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            retry=retry if retry is not None else RetryPolicy(),
            http_client=http_client,
        )

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
        api_key: Your API key.
        api_secret: Your API secret; used for signing only, never logged or shown.
        base_url: The API's base URL.
        timeout: Seconds per request (each call's ``timeout=`` overrides it).
        retry: When and how often to retry; see :class:`RetryPolicy`.
        http_client: An ``httpx.AsyncClient`` to send with; you keep ownership of it.
    """

    def __init__(
        self,
        *,
        api_key: str,
        api_secret: str,
        base_url: str = BASE_URL,
        timeout: float | httpx.Timeout = 30.0,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._transport = AsyncTransport(
            api_key=api_key,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            retry=retry if retry is not None else RetryPolicy(),
            http_client=http_client,
        )

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
