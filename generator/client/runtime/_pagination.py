"""Pages of a list operation: ``for trade in client.smart_trades.list(): ...``.

``list(...)`` sends one request and returns its page; iterating the page walks every record of
every later page, fetching each when it is reached (``limit`` records at a time, from
``offset``). ``.items`` is the page's own records; ``.has_next_page()`` / ``.next_page()`` page
by hand, as in openai-python. On the async client ``list(...)`` returns an
:class:`AsyncPaginator`: ``await`` it for the first page, or ``async for`` over it directly.

A server may answer fewer records than ``limit`` (it caps the page size, or has its own default
when no ``limit`` is sent): the size it used is learned from the first page, and paging stops at
an empty page, at a page shorter than that size, or at a page equal to the one before (a server
that ignores ``offset``, as a mock does): that repeated page is not returned again.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_NO_NEXT_PAGE = "no next page: check has_next_page() first"


class _PageState(Generic[T]):
    """What both page classes know: the records, where they start, the size the server uses."""

    __slots__ = ("_offset", "_page_size", "items")

    def __init__(self, items: list[T], *, offset: int, page_size: int | None) -> None:
        self.items = items
        self._offset = offset
        self._page_size = page_size  # None on the first page: learned from it

    def has_next_page(self) -> bool:
        """Whether another page may hold records (answered without a request)."""
        if not self.items:
            return False
        return self._page_size is None or len(self.items) >= self._page_size

    def _next_state(self, items: list[T]) -> tuple[list[T], int, int]:
        if items and items == self.items:
            items = []  # the server ignored ``offset`` and sent the same page again
        return items, self._offset + len(self.items), self._page_size or len(self.items)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} offset={self._offset} items={len(self.items)}>"


class SyncPage(_PageState[T]):
    """One page of records; iterating it walks this page and every later one."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        items: list[T],
        *,
        fetch: Callable[[int], list[T]],
        offset: int = 0,
        page_size: int | None = None,
    ) -> None:
        super().__init__(items, offset=offset, page_size=page_size)
        self._fetch = fetch  # the records from an offset: the same call, another page

    def next_page(self) -> SyncPage[T]:
        """The page after this one (one request); raises ``RuntimeError`` if there is none."""
        if not self.has_next_page():
            raise RuntimeError(_NO_NEXT_PAGE)
        fetched = self._fetch(self._offset + len(self.items))
        items, offset, size = self._next_state(fetched)
        return SyncPage(items, fetch=self._fetch, offset=offset, page_size=size)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page and every later one, each fetched when reached."""
        page = self
        yield page
        while page.has_next_page():
            page = page.next_page()
            yield page

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_PageState[T]):
    """One page of records; ``async for`` walks this page and every later one."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        items: list[T],
        *,
        fetch: Callable[[int], Awaitable[list[T]]],
        offset: int = 0,
        page_size: int | None = None,
    ) -> None:
        super().__init__(items, offset=offset, page_size=page_size)
        self._fetch = fetch

    async def next_page(self) -> AsyncPage[T]:
        """The page after this one (one request); raises ``RuntimeError`` if there is none."""
        if not self.has_next_page():
            raise RuntimeError(_NO_NEXT_PAGE)
        fetched = await self._fetch(self._offset + len(self.items))
        items, offset, size = self._next_state(fetched)
        return AsyncPage(items, fetch=self._fetch, offset=offset, page_size=size)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page and every later one, each fetched when reached."""
        page = self
        yield page
        while page.has_next_page():
            page = await page.next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPaginator(Generic[T]):
    """What the async client's ``list(...)`` returns: awaitable (the first page) and async-iterable.

    ``page = await client.smart_trades.list()`` or ``async for trade in client.smart_trades.list()``;
    the request is sent when it is awaited or iterated, not before.
    """

    __slots__ = ("_first",)

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self
        async for item in page:
            yield item
