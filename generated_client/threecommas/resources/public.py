"""``client.public``: :class:`Public` and :class:`AsyncPublic`.

The client imports this module the first time ``client.public`` is used, so importing
the package costs the same whatever the number of resources.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from .._api import AsyncApi, SyncApi, awaitable
from .._config import CallOptions
from .._response import async_raw_response_method, raw_response_method
from ..models.pong_entity import PongEntity
from ..models.time_entity import TimeEntity


class Public(SyncApi):
    """``client.public``: Public.

    Every method also takes the per-call options:

    - ``timeout``: seconds for this call, overriding the client's timeout: a deadline for each
      attempt as a whole (connect, send, headers, body);
    - ``extra_headers``: headers to add to this call (signed like the rest);
    - ``extra_query``: query parameters to add, for ones the reference does not list yet;
    - ``extra_body``: JSON body fields to add, for ones the reference does not list yet (they
      are not checked against the spec).

    Every method raises :class:`~threecommas.RequestValidationError` when an argument breaks a
    rule of the spec (nothing was sent), :class:`~threecommas.APIStatusError` when the API
    answered with an error (a subclass per common status) and
    :class:`~threecommas.APIConnectionError` when the API could not be reached or did not answer
    in time.
    """

    @cached_property
    def with_raw_response(self) -> PublicWithRawResponse:
        """The same methods, returning a :class:`~threecommas.RawResponse` (status, headers, ``.parse()``)."""
        return PublicWithRawResponse(Public(self._transport, raw=True))

    def ping(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PongEntity:
        """Check that the API answers.

        ``GET /ver1/ping``
        """
        return self._request(
            "GET",
            "/ver1/ping",
            operation="ping",
            parse=PongEntity.from_response,
            options=CallOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def time(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TimeEntity:
        """Read the server's clock.

        ``GET /ver1/time``
        """
        return self._request(
            "GET",
            "/ver1/time",
            operation="get_time",
            parse=TimeEntity.from_response,
            options=CallOptions(timeout, extra_headers, extra_query, extra_body),
        )


class AsyncPublic(AsyncApi):
    """``client.public`` on the async client: each method is :class:`Public`'s, awaited."""

    @cached_property
    def with_raw_response(self) -> AsyncPublicWithRawResponse:
        """The same methods, returning a :class:`~threecommas.RawResponse` (status, headers, ``.parse()``)."""
        return AsyncPublicWithRawResponse(AsyncPublic(self._transport, raw=True))

    ping = awaitable(Public.ping)
    time = awaitable(Public.time)


class PublicWithRawResponse:
    """:class:`Public`'s methods, each returning a :class:`~threecommas.RawResponse`."""

    def __init__(self, api: Public) -> None:
        self.ping = raw_response_method(api.ping)
        self.time = raw_response_method(api.time)


class AsyncPublicWithRawResponse:
    """:class:`AsyncPublic`'s methods, each returning a :class:`~threecommas.RawResponse`."""

    def __init__(self, api: AsyncPublic) -> None:
        self.ping = async_raw_response_method(api.ping)
        self.time = async_raw_response_method(api.time)
