"""What every resource class shares: its transport, list pages, and the async twin of a method.

A resource's methods are written once, on the blocking class. Each builds its request and
returns ``self._transport.call(...)``: with the blocking transport that is the answer, with
the asynchronous one an awaitable of it. So the asynchronous class takes the same functions,
wrapped by :func:`awaitable` (a coroutine function, typed with the blocking method's
parameters and an awaitable of its result). A paged list returns ``self._page(...)``: a
:class:`~threecommas._pagination.SyncPage` on the blocking class, an
:class:`~threecommas._pagination.AsyncPaginator` on the asynchronous one, which takes the
method through :func:`paginated`. The signature, the docstring and the request building exist
once.
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar, cast

import httpx

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

    def _page(
        self,
        build: Callable[[int], PreparedRequest],
        parse: Callable[[httpx.Response], list[T]],
        offset: int,
        *,
        timeout: float | httpx.Timeout | None,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
        extra_body: Mapping[str, object] | None,
    ) -> SyncPage[T]:
        """The page of records from ``offset`` (one request), later ones fetched when reached.

        ``build(offset)`` is the call's request from another offset: the first one is built
        (and checked) now, before anything is sent.
        """
        first = build(offset)
        options: dict[str, Any] = {
            "timeout": timeout,
            "extra_headers": extra_headers,
            "extra_query": extra_query,
            "extra_body": extra_body,
        }

        def records(later: int) -> list[T]:
            return self._transport.call(build(later), parse, **options)

        return self._transport.call(
            first,
            lambda response: SyncPage(parse(response), fetch=records, offset=offset),
            raw=self._raw,
            **options,
        )


class AsyncApi:
    """The asynchronous base of a resource class."""

    def __init__(self, transport: AsyncTransport, *, raw: bool = False) -> None:
        self._transport = transport
        self._raw = raw

    def _page(
        self,
        build: Callable[[int], PreparedRequest],
        parse: Callable[[httpx.Response], list[T]],
        offset: int,
        *,
        timeout: float | httpx.Timeout | None,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, object] | None,
        extra_body: Mapping[str, object] | None,
    ) -> AsyncPaginator[T]:
        """As :meth:`SyncApi._page`: awaiting the result sends the first request."""
        first = build(offset)
        options: dict[str, Any] = {
            "timeout": timeout,
            "extra_headers": extra_headers,
            "extra_query": extra_query,
            "extra_body": extra_body,
        }

        def records(later: int) -> Awaitable[list[T]]:
            return self._transport.call(build(later), parse, **options)

        return AsyncPaginator(
            lambda: self._transport.call(
                first,
                lambda response: AsyncPage(parse(response), fetch=records, offset=offset),
                raw=self._raw,
                **options,
            )
        )


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
