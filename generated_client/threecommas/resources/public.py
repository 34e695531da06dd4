"""``client.public``: :class:`Public` and :class:`AsyncPublic`.

The client imports this module the first time ``client.public`` is used, so importing
the package costs the same whatever the number of resources.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from .._response import async_raw_response_method, raw_response_method
from .._transport import AsyncTransport, SyncTransport
from ..api.public import get_time, ping
from ..models.pong_entity import PongEntity
from ..models.time_entity import TimeEntity


class Public:
    """``client.public``: Public."""

    def __init__(self, transport: SyncTransport, *, raw: bool = False) -> None:
        self._transport = transport
        self._raw = raw  # True only behind with_raw_response

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

        Args:
            timeout: Seconds for this call, overriding the client's timeout: a deadline for each
                attempt as a whole (connect, send, headers, body).
            extra_headers: Headers to add to this call (signed like the rest).
            extra_query: Query parameters to add, for ones the reference does not list yet.
            extra_body: JSON body fields to add, for ones the reference does not list yet; they
                are not checked against the spec.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            APIStatusError: The API answered with an error (a subclass per common status).
            APIConnectionError: The API could not be reached or did not answer in time.
        """

        _request = ping.build_request()
        return self._transport.call(
            _request,
            ping.parse_response,
            raw=self._raw,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
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

        Args:
            timeout: Seconds for this call, overriding the client's timeout: a deadline for each
                attempt as a whole (connect, send, headers, body).
            extra_headers: Headers to add to this call (signed like the rest).
            extra_query: Query parameters to add, for ones the reference does not list yet.
            extra_body: JSON body fields to add, for ones the reference does not list yet; they
                are not checked against the spec.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            APIStatusError: The API answered with an error (a subclass per common status).
            APIConnectionError: The API could not be reached or did not answer in time.
        """

        _request = get_time.build_request()
        return self._transport.call(
            _request,
            get_time.parse_response,
            raw=self._raw,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class PublicWithRawResponse:
    """:class:`Public`'s methods, each returning a :class:`~threecommas.RawResponse`."""

    def __init__(self, api: Public) -> None:
        self.ping = raw_response_method(api.ping)
        self.time = raw_response_method(api.time)


class AsyncPublic:
    """``client.public`` (async): Public."""

    def __init__(self, transport: AsyncTransport, *, raw: bool = False) -> None:
        self._transport = transport
        self._raw = raw  # True only behind with_raw_response

    @cached_property
    def with_raw_response(self) -> AsyncPublicWithRawResponse:
        """The same methods, returning a :class:`~threecommas.RawResponse` (status, headers, ``.parse()``)."""
        return AsyncPublicWithRawResponse(AsyncPublic(self._transport, raw=True))

    async def ping(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> PongEntity:
        """Check that the API answers.

        ``GET /ver1/ping``

        Args:
            timeout: Seconds for this call, overriding the client's timeout: a deadline for each
                attempt as a whole (connect, send, headers, body).
            extra_headers: Headers to add to this call (signed like the rest).
            extra_query: Query parameters to add, for ones the reference does not list yet.
            extra_body: JSON body fields to add, for ones the reference does not list yet; they
                are not checked against the spec.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            APIStatusError: The API answered with an error (a subclass per common status).
            APIConnectionError: The API could not be reached or did not answer in time.
        """

        _request = ping.build_request()
        return await self._transport.call(
            _request,
            ping.parse_response,
            raw=self._raw,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )

    async def time(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> TimeEntity:
        """Read the server's clock.

        ``GET /ver1/time``

        Args:
            timeout: Seconds for this call, overriding the client's timeout: a deadline for each
                attempt as a whole (connect, send, headers, body).
            extra_headers: Headers to add to this call (signed like the rest).
            extra_query: Query parameters to add, for ones the reference does not list yet.
            extra_body: JSON body fields to add, for ones the reference does not list yet; they
                are not checked against the spec.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            APIStatusError: The API answered with an error (a subclass per common status).
            APIConnectionError: The API could not be reached or did not answer in time.
        """

        _request = get_time.build_request()
        return await self._transport.call(
            _request,
            get_time.parse_response,
            raw=self._raw,
            timeout=timeout,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
        )


class AsyncPublicWithRawResponse:
    """:class:`AsyncPublic`'s methods, each returning a :class:`~threecommas.RawResponse`."""

    def __init__(self, api: AsyncPublic) -> None:
        self.ping = async_raw_response_method(api.ping)
        self.time = async_raw_response_method(api.time)
