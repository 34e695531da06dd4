"""What every chapter's API class shares: its transport, paging, and the async twin of a method.

A chapter's methods are written once, on the blocking class. Each builds its request and
returns ``self._transport.call(...)``: with the blocking transport that is the answer, with
the asynchronous one an awaitable of it. So the asynchronous class takes the same functions,
wrapped by :func:`awaitable` (a coroutine function, typed with the blocking method's
parameters and an awaitable of its result), and their paging iterators by
:func:`async_iterator`: the signature, the docstring and the request building exist once.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar, cast

if TYPE_CHECKING:
    from ._transport import AsyncTransport, SyncTransport

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


class SyncApi:
    """The blocking base of a chapter's API class."""

    def __init__(self, transport: SyncTransport, *, raw: bool = False) -> None:
        self._transport = transport
        self._raw = raw  # True only behind with_raw_response

    def _pages(self, fetch: Callable[[int, int], list[T]], limit: int, offset: int) -> Iterator[T]:
        """Every record of the pages ``fetch(limit, offset)`` gives, requested lazily.

        A server may answer fewer than ``limit`` records per page (it caps the page size): the
        size it used is learned from the first page, and iteration stops at an empty page, at a
        page shorter than that size, or at a page equal to the one before (a server that
        ignores ``offset``).
        """
        if limit < 1:
            raise ValueError("limit must be at least 1")
        page_size: int | None = None
        previous: object = None
        while True:
            page = fetch(limit, offset)
            if page and page == previous:
                return  # the server ignored ``offset`` and sent the same page again: do not loop
            yield from page
            if not page or (page_size is not None and len(page) < page_size):
                return
            page_size = page_size or len(page)
            offset += len(page)
            previous = page


class AsyncApi:
    """The asynchronous base of a chapter's API class."""

    def __init__(self, transport: AsyncTransport, *, raw: bool = False) -> None:
        self._transport = transport
        self._raw = raw

    async def _pages(
        self, fetch: Callable[[int, int], Awaitable[list[T]]], limit: int, offset: int
    ) -> AsyncIterator[T]:
        """As :meth:`SyncApi._pages`, each page awaited."""
        if limit < 1:
            raise ValueError("limit must be at least 1")
        page_size: int | None = None
        previous: object = None
        while True:
            page = await fetch(limit, offset)
            if page and page == previous:
                return
            for record in page:
                yield record
            if not page or (page_size is not None and len(page) < page_size):
                return
            page_size = page_size or len(page)
            offset += len(page)
            previous = page


def awaitable(
    method: Callable[Concatenate[Any, P], R],
) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, R]]:
    """The asynchronous twin of a blocking API method: same parameters and docstring, awaited."""

    async def call(api: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
        # On an AsyncApi the method returns the async transport's awaitable.
        return await cast(Awaitable[R], method(api, *args, **kwargs))

    functools.update_wrapper(call, method)  # its name, docstring and signature
    return call


def async_iterator(
    method: Callable[Concatenate[Any, P], Iterator[T]],
) -> Callable[Concatenate[Any, P], AsyncIterator[T]]:
    """The asynchronous twin of a paging iterator: on an AsyncApi, ``self._pages`` is async."""
    return cast(Callable[Concatenate[Any, P], AsyncIterator[T]], method)
