"""What every resource class shares: its transport, list pages, and the async twin of a method.

A resource's methods are written once, on the blocking class: the signature (the only place
an operation's parameters are written), the docstring, and
``return self._call(<operation>.ENDPOINT, locals())``. ``locals()`` at the top of a method is
exactly its arguments, by name, as Python bound them (defaults included), so nothing repeats
them; :func:`~threecommas._endpoint.build_request` writes them into the request. With the
blocking transport ``_call`` returns the answer, with the asynchronous one an awaitable of it:
the asynchronous class takes the same functions, wrapped by :func:`awaitable` (a coroutine
function, typed with the blocking method's parameters and an awaitable of its result). A
paged list returns ``self._page(...)``: a :class:`~threecommas._pagination.SyncPage` on the
blocking class, an :class:`~threecommas._pagination.AsyncPaginator` on the asynchronous one,
which takes the method through :func:`paginated`.
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar, cast

from ._endpoint import Endpoint, build_request, call_options_of
from ._pagination import AsyncPage, AsyncPaginator, SyncPage

if TYPE_CHECKING:
    from ._transport import AsyncTransport, PreparedRequest, SyncTransport

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class SyncApi:
    """The blocking base of a resource class."""

    def __init__(self, transport: SyncTransport, *, raw: bool = False) -> None:
        self._transport = transport
        self._raw = raw  # True only behind with_raw_response

    def _call(self, endpoint: Endpoint[R], arguments: Mapping[str, Any]) -> R:
        """Check the call's arguments, send its request and read the answer."""
        request, read = build_request(endpoint, arguments), endpoint.reader(arguments)
        return self._transport.call(request, read, raw=self._raw, **call_options_of(arguments))

    def _page(self, endpoint: Endpoint[list[T]], arguments: Mapping[str, Any]) -> SyncPage[T]:
        """The page of records from the call's offset (one request), later ones fetched when reached.

        The first request is built (and checked) now, before anything is sent.
        """
        first, build, start = _pages(endpoint, arguments)
        options, state = call_options_of(arguments), _first_state(endpoint, arguments, start)

        def records(later: int) -> list[T]:
            return self._transport.call(build(later), endpoint.parse, **options)

        return self._transport.call(
            first,
            lambda response: SyncPage(endpoint.parse(response), fetch=records, **state),
            raw=self._raw,
            **options,
        )


class AsyncApi:
    """The asynchronous base of a resource class."""

    def __init__(self, transport: AsyncTransport, *, raw: bool = False) -> None:
        self._transport = transport
        self._raw = raw

    def _call(self, endpoint: Endpoint[R], arguments: Mapping[str, Any]) -> Awaitable[R]:
        """As :meth:`SyncApi._call`: the answer, awaited."""
        request, read = build_request(endpoint, arguments), endpoint.reader(arguments)
        return self._transport.call(request, read, raw=self._raw, **call_options_of(arguments))

    def _page(self, endpoint: Endpoint[list[T]], arguments: Mapping[str, Any]) -> AsyncPaginator[T]:
        """As :meth:`SyncApi._page`: awaiting the result sends the first request."""
        first, build, start = _pages(endpoint, arguments)
        options, state = call_options_of(arguments), _first_state(endpoint, arguments, start)

        def records(later: int) -> Awaitable[list[T]]:
            return self._transport.call(build(later), endpoint.parse, **options)

        return AsyncPaginator(
            lambda: self._transport.call(
                first,
                lambda response: AsyncPage(endpoint.parse(response), fetch=records, **state),
                raw=self._raw,
                **options,
            )
        )


def _pages(
    endpoint: Endpoint[Any], arguments: Mapping[str, Any]
) -> tuple[PreparedRequest, Callable[[int], PreparedRequest], int]:
    """The first page's request, the request of the page at another position, and where the first starts."""
    paging = endpoint.paging
    assert paging is not None, "a paged list names the arguments that page it"
    start: int = arguments[paging.position]

    def build(at: int) -> PreparedRequest:
        return build_request(endpoint, {**arguments, paging.position: at})

    return build(start), build, start


def _first_state(endpoint: Endpoint[Any], arguments: Mapping[str, Any], start: int) -> dict[str, Any]:
    """What the first page knows: where it starts, how it counts, and its full size if the call asked one."""
    paging = endpoint.paging
    assert paging is not None
    return {
        "position": start,
        "page_size": paging.expected_size(arguments),
        "counts_pages": paging.counts_pages,
    }


def awaitable(
    method: Callable[Concatenate[Any, P], R],
) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, R]]:
    """The asynchronous twin of a blocking API method: same parameters and docstring, awaited."""

    async def call(api: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
        # On an AsyncApi the method returns the async transport's awaitable.
        return await cast(Awaitable[R], method(api, *args, **kwargs))

    functools.update_wrapper(call, method)  # its name, docstring and signature
    return call


def paginated(
    method: Callable[Concatenate[Any, P], SyncPage[T]],
) -> Callable[Concatenate[Any, P], AsyncPaginator[T]]:
    """The asynchronous twin of a paged list: on an AsyncApi, ``self._page`` gives an AsyncPaginator.

    Its annotations and signature say so, for ``help()`` and ``inspect`` (read when the
    resource's module is first imported, from the blocking method's own).
    """

    def call(api: Any, /, *args: P.args, **kwargs: P.kwargs) -> AsyncPaginator[T]:
        return cast(AsyncPaginator[T], method(api, *args, **kwargs))

    functools.update_wrapper(call, method)  # its name, docstring and parameters
    hints = typing.get_type_hints(method)
    hints["return"] = AsyncPaginator[typing.get_args(hints["return"])[0]]  # type: ignore[misc]
    call.__annotations__ = hints
    signature = inspect.signature(method).replace(return_annotation=hints["return"])
    setattr(call, "__signature__", signature)  # noqa: B010 (not an attribute mypy knows of functions)
    return call
