"""Operations tagged Public: :class:`PublicApi` and :class:`AsyncPublicApi`.

The client imports this module the first time ``client.public`` is used, so importing the
package costs the same whatever the number of chapters.
"""

from __future__ import annotations

from ..._transport import AsyncTransport, SyncTransport
from ...models.pong_entity import PongEntity
from ...models.time_entity import TimeEntity
from . import get_time, ping


class PublicApi:
    """Operations tagged Public."""

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def ping(
        self,
        *,
        timeout: float | None = None,
    ) -> PongEntity:
        """Check that the API answers.

        ``GET /ver1/ping``

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = ping.build_request()
        _response = self._transport.send(_request, timeout=timeout)
        return ping.parse_response(_response)

    def get_time(
        self,
        *,
        timeout: float | None = None,
    ) -> TimeEntity:
        """Read the server's clock.

        ``GET /ver1/time``

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = get_time.build_request()
        _response = self._transport.send(_request, timeout=timeout)
        return get_time.parse_response(_response)


class AsyncPublicApi:
    """Operations tagged Public (async)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def ping(
        self,
        *,
        timeout: float | None = None,
    ) -> PongEntity:
        """Check that the API answers.

        ``GET /ver1/ping``

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = ping.build_request()
        _response = await self._transport.send(_request, timeout=timeout)
        return ping.parse_response(_response)

    async def get_time(
        self,
        *,
        timeout: float | None = None,
    ) -> TimeEntity:
        """Read the server's clock.

        ``GET /ver1/time``

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = get_time.build_request()
        _response = await self._transport.send(_request, timeout=timeout)
        return get_time.parse_response(_response)
