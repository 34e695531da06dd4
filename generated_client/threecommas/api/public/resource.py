"""Operations tagged Public: :class:`PublicApi` and :class:`AsyncPublicApi`.

The client imports this module the first time ``client.public`` is used, so importing the
package costs the same whatever the number of chapters.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from ..._api import AsyncApi, SyncApi, awaitable
from ..._response import async_raw_response_method, raw_response_method
from ...models.pong_entity import PongEntity
from ...models.time_entity import TimeEntity
from . import get_time, ping


class PublicApi(SyncApi):
    """Operations tagged Public.

    Every method also takes the per-call options:

    - ``timeout``: seconds for this call, overriding the client's timeout: a deadline for each
      attempt as a whole (connect, send, headers, body);
    - ``extra_headers``: headers to add to this call (signed like the rest);
    - ``extra_query``: query parameters to add, for ones the reference does not list yet;
    - ``extra_body``: JSON body fields to add, for ones the reference does not list yet (they
      are not checked against the spec).

    Every method raises :class:`~threecommas.RequestValidationError` when an argument breaks a
    rule of the spec (nothing was sent), :class:`~threecommas.ApiError` when the API answered
    with an error (a subclass per status) and :class:`~threecommas.ApiConnectionError` when the
    API could not be reached or did not answer in time.
    """

    @cached_property
    def with_raw_response(self) -> PublicApiWithRawResponse:
        """The same methods, returning a :class:`~threecommas.RawResponse` (status, headers, ``.parse()``)."""
        return PublicApiWithRawResponse(PublicApi(self._transport, raw=True))

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
        return self._transport.call(
            ping.build_request(),
            ping.parse_response,
            raw=self._raw,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    def get_time(
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
        return self._transport.call(
            get_time.build_request(),
            get_time.parse_response,
            raw=self._raw,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncPublicApi(AsyncApi):
    """Operations tagged Public, awaited: each method is :class:`PublicApi`'s."""

    @cached_property
    def with_raw_response(self) -> AsyncPublicApiWithRawResponse:
        """The same methods, returning a :class:`~threecommas.RawResponse` (status, headers, ``.parse()``)."""
        return AsyncPublicApiWithRawResponse(AsyncPublicApi(self._transport, raw=True))

    ping = awaitable(PublicApi.ping)
    get_time = awaitable(PublicApi.get_time)


class PublicApiWithRawResponse:
    """:class:`PublicApi`'s methods, each returning a :class:`~threecommas.RawResponse`."""

    def __init__(self, api: PublicApi) -> None:
        self.ping = raw_response_method(api.ping)
        self.get_time = raw_response_method(api.get_time)


class AsyncPublicApiWithRawResponse:
    """:class:`AsyncPublicApi`'s methods, each returning a :class:`~threecommas.RawResponse`."""

    def __init__(self, api: AsyncPublicApi) -> None:
        self.ping = async_raw_response_method(api.ping)
        self.get_time = async_raw_response_method(api.get_time)
