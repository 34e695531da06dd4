"""Reading answers: their JSON, and raw responses (``client.<resource>.with_raw_response.<method>(...)``).

The raw variant of a method takes the same arguments, sends the same request with the same
retries, and returns a :class:`RawResponse` instead of the typed result: status, headers (the
rate-limit headers live there) and the ``httpx.Response``, with :meth:`RawResponse.parse` for
the typed result. Only successful answers come back this way; an error status still raises.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

from ._read import loads_json
from .errors import APIResponseValidationError

T = TypeVar("T")
P = ParamSpec("P")

_UNPARSED = object()


class RawResponse(Generic[T]):
    """A successful answer as received, and its typed reading on demand.

    Attributes:
        http_response: The ``httpx.Response``; its body is already read.
    """

    __slots__ = ("_parse", "_parsed", "http_response")

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], T]) -> None:
        self.http_response = http_response
        self._parse = parse
        self._parsed: object = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> T:
        """The typed result the plain method returns (read once, then kept)."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parse(self.http_response)
        return cast(T, self._parsed)

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse [{self.status_code}] {request.method} {request.url.path}>"


def raw_response_method(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """Type a resource's method bound in raw mode: same arguments, a :class:`RawResponse` back."""
    return cast(Callable[P, RawResponse[T]], method)


def async_raw_response_method(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """The asynchronous twin of :func:`raw_response_method`."""
    return cast(Callable[P, Awaitable[RawResponse[T]]], method)


def read_json(response: httpx.Response) -> Any:
    """A successful answer's JSON; :class:`APIResponseValidationError` when it is not JSON."""
    try:
        return loads_json(response.content)
    except (ValueError, RecursionError) as error:  # not JSON, or nested too deep to read
        raise _unexpected(response, f"response is not JSON: {error}") from None


def read_json_object(response: httpx.Response) -> Mapping[str, Any]:
    """A successful answer's JSON object; :class:`APIResponseValidationError` when it is not one."""
    data = read_json(response)
    if not isinstance(data, Mapping):
        raise _unexpected(response, "expected a JSON object")
    return data


def read_json_objects(response: httpx.Response, within: str | None = None) -> list[Mapping[str, Any]]:
    """A JSON array's objects (items that are not objects are skipped); ``within`` names the
    property of an answering object that holds the array (``{"trades": [...]}``); an object
    without it holds no records (the pages do not require the property: ``{}`` is a valid answer)."""
    data = read_json(response) if within is None else read_json_object(response).get(within, [])
    if not isinstance(data, list):
        where = "" if within is None else f" in {within!r}"
        raise _unexpected(response, f"expected a JSON array{where}")
    return [item for item in data if isinstance(item, Mapping)]


def _unexpected(response: httpx.Response, message: str) -> APIResponseValidationError:
    return APIResponseValidationError(
        response.status_code, response.request.method, response.request.url.path, message
    )
