"""What every resource class shares: its transport, one call, one paged list, and async twins.

A resource's methods are written once, on the blocking class: the signature (the only place an
operation's parameters are written), the docstring, and one call that shows where everything
goes, as openai-python's resources do::

    return self._request(
        "POST",
        "/ver1/smart_trades/{smart_trade_id:int}/add_funds",
        operation="add_smart_trade_funds",
        path_values={"smart_trade_id": smart_trade_id},
        body=partial(AddSmartTradeFundsRequest, quantity=quantity, order_type=order_type),
        check=_checks.check_add_smart_trade_funds_request,
        parse=SmartTradeEntity.from_response,
        options=CallOptions(timeout, extra_headers, extra_query, extra_body),
    )

:func:`~threecommas._request.build_request` checks the arguments and writes the request; the
transport sends it with the call's options and reads the answer with ``parse``. With the
blocking transport ``_request`` returns the answer, with the asynchronous one an awaitable of
it: the asynchronous class takes the same functions, wrapped by :func:`awaitable` (a coroutine
function, typed with the blocking method's parameters and an awaitable of its result). A paged
list calls ``self._page(...)``: a :class:`~threecommas._pagination.SyncPage` on the blocking
class, an :class:`~threecommas._pagination.AsyncPaginator` on the asynchronous one, which takes
the method through :func:`paginated`.
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar, cast

from ._pagination import AsyncPage, AsyncPaginator, Paging, SyncPage
from ._request import build_request

if TYPE_CHECKING:
    import httpx

    from ._body import RequestBody
    from ._config import CallOptions
    from ._transport import AsyncTransport, PreparedRequest, SyncTransport
    from ._validation import Check

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class SyncApi:
    """The blocking base of a resource class."""

    def __init__(self, transport: SyncTransport, *, raw: bool = False) -> None:
        self._transport = transport
        self._raw = raw  # True only behind with_raw_response

    def _request(
        self,
        method: str,
        path: str,
        *,
        operation: str,
        path_values: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        query_check: Check | None = None,
        decimals: tuple[str, ...] = (),
        body: Callable[[], RequestBody] | None = None,
        check: Check | None = None,
        parse: Callable[[httpx.Response], R],
        options: CallOptions,
    ) -> R:
        """Check the call's arguments, send its request and read the answer with ``parse``."""
        request = build_request(
            operation,
            method,
            path,
            path_values=path_values,
            query=query,
            query_check=query_check,
            decimals=decimals,
            body=body,
            check=check,
        )
        return self._transport.call(request, parse, options, raw=self._raw)

    def _page(
        self,
        path: str,
        *,
        operation: str,
        path_values: Mapping[str, object] | None = None,
        query: Mapping[str, object],
        query_check: Check | None = None,
        parse: Callable[[httpx.Response], list[T]],
        options: CallOptions,
        paging: Paging,
    ) -> SyncPage[T]:
        """The page of records from the query's position (one ``GET``), later ones fetched when
        reached: the same query at another position (``paging`` names the query parameters).
        The first request is built (and checked) now, before anything is sent."""
        build = _pages(operation, path, path_values, query, query_check, paging.position)

        def records(later: int) -> list[T]:
            return self._transport.call(build(later), parse, options)

        start, state = _first_state(query, paging)
        return self._transport.call(
            build(start),
            lambda response: SyncPage(parse(response), fetch=records, **state),
            options,
            raw=self._raw,
        )


class AsyncApi:
    """The asynchronous base of a resource class."""

    def __init__(self, transport: AsyncTransport, *, raw: bool = False) -> None:
        self._transport = transport
        self._raw = raw

    def _request(
        self,
        method: str,
        path: str,
        *,
        operation: str,
        path_values: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        query_check: Check | None = None,
        decimals: tuple[str, ...] = (),
        body: Callable[[], RequestBody] | None = None,
        check: Check | None = None,
        parse: Callable[[httpx.Response], R],
        options: CallOptions,
    ) -> Awaitable[R]:
        """As :meth:`SyncApi._request`: the answer, awaited."""
        request = build_request(
            operation,
            method,
            path,
            path_values=path_values,
            query=query,
            query_check=query_check,
            decimals=decimals,
            body=body,
            check=check,
        )
        return self._transport.call(request, parse, options, raw=self._raw)

    def _page(
        self,
        path: str,
        *,
        operation: str,
        path_values: Mapping[str, object] | None = None,
        query: Mapping[str, object],
        query_check: Check | None = None,
        parse: Callable[[httpx.Response], list[T]],
        options: CallOptions,
        paging: Paging,
    ) -> AsyncPaginator[T]:
        """As :meth:`SyncApi._page`: awaiting the result sends the first request."""
        build = _pages(operation, path, path_values, query, query_check, paging.position)

        def records(later: int) -> Awaitable[list[T]]:
            return self._transport.call(build(later), parse, options)

        start, state = _first_state(query, paging)
        first = build(start)
        return AsyncPaginator(
            lambda: self._transport.call(
                first,
                lambda response: AsyncPage(parse(response), fetch=records, **state),
                options,
                raw=self._raw,
            )
        )


def _pages(
    operation: str,
    path: str,
    path_values: Mapping[str, object] | None,
    query: Mapping[str, object],
    check: Check | None,
    position: str,
) -> Callable[[int], PreparedRequest]:
    """The request of the page at a position: the call's path and query, ``position`` replaced."""

    def build(at: int) -> PreparedRequest:
        query_at = {**query, position: at}
        return build_request(
            operation, "GET", path, path_values=path_values, query=query_at, query_check=check
        )

    return build


def _first_state(query: Mapping[str, object], paging: Paging) -> tuple[int, dict[str, Any]]:
    """Where the first page starts, and what it knows: that, how it counts, and its full size if
    the call asked one."""
    start = query[paging.position]
    assert isinstance(start, int), "a paged list's position is an integer keyword"
    state = {"position": start, "page_size": paging.expected_size(query), "counts_pages": paging.counts_pages}
    return start, state


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
