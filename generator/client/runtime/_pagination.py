"""Pages of a list operation: ``for trade in client.smart_trades.list(): ...``.

``list(...)`` sends one request and returns its page; iterating the page walks every record of
every later page, fetching each when it is reached. Which parameters page an operation, and
whether its position counts records (``limit``/``offset``) or pages (``per_page``/``page``),
the spec says (``x-paging``); each operation's :class:`Paging` carries it. ``.items`` is the
page's own records; ``.has_next_page()`` / ``.next_page()`` page by hand, as in openai-python.
On the async client ``list(...)`` returns an :class:`AsyncPaginator`: ``await`` it for the
first page, or ``async for`` over it directly.

A page shorter than the size asked for (capped at the documented maximum, which a server
answers at most) is the last: no request follows it. Where the call asks no size, the size
the server used is learned from the first page. Paging also stops at an empty page, and at a
page equal to the one before (a server that ignores the position, as a mock does): that
repeated page is not returned again.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import Any, Generic, NamedTuple, TypeVar

T = TypeVar("T")


class Paging(NamedTuple):
    """Which arguments of a list operation page it (the spec's ``x-paging``)."""

    size: str  #: the argument that sets how many records a page holds
    position: str  #: the argument that says where a page starts
    counts_pages: bool  #: the position is a page number (else a record offset)
    maximum: int | None = None  #: the documented largest size

    def expected_size(self, arguments: Mapping[str, Any]) -> int | None:
        """How many records a full page holds, when the call says (None: learned from the first)."""
        asked = arguments.get(self.size)
        if not isinstance(asked, int) or isinstance(asked, bool) or asked <= 0:
            return None
        return asked if self.maximum is None else min(asked, self.maximum)


_NO_NEXT_PAGE = "no next page: check has_next_page() first"


class _PageState(Generic[T]):
    """What both page classes know: the records, where they start, the size the server uses."""

    __slots__ = ("_counts_pages", "_page_size", "_position", "items")

    def __init__(self, items: list[T], *, position: int, page_size: int | None, counts_pages: bool) -> None:
        self.items = items
        self._position = position  # where this page starts: a record offset or a page number
        self._page_size = page_size  # None on a first page whose size the call did not ask
        self._counts_pages = counts_pages

    def has_next_page(self) -> bool:
        """Whether another page may hold records (answered without a request)."""
        if not self.items:
            return False
        return self._page_size is None or len(self.items) >= self._page_size

    def _next_position(self) -> int:
        return self._position + (1 if self._counts_pages else len(self.items))

    def _next_state(self, items: list[T]) -> dict[str, Any]:
        if items and items == self.items:
            items = []  # the server ignored the position and sent the same page again
        return {
            "items": items,
            "position": self._next_position(),
            "page_size": self._page_size or len(self.items),
            "counts_pages": self._counts_pages,
        }

    def __repr__(self) -> str:
        return f"<{type(self).__name__} position={self._position} items={len(self.items)}>"


class SyncPage(_PageState[T]):
    """One page of records; iterating it walks this page and every later one."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        items: list[T],
        *,
        fetch: Callable[[int], list[T]],
        position: int = 0,
        page_size: int | None = None,
        counts_pages: bool = False,
    ) -> None:
        super().__init__(items, position=position, page_size=page_size, counts_pages=counts_pages)
        self._fetch = fetch  # the records from a position: the same call, another page

    def next_page(self) -> SyncPage[T]:
        """The page after this one (one request); raises ``RuntimeError`` if there is none."""
        if not self.has_next_page():
            raise RuntimeError(_NO_NEXT_PAGE)
        return SyncPage(fetch=self._fetch, **self._next_state(self._fetch(self._next_position())))

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
        position: int = 0,
        page_size: int | None = None,
        counts_pages: bool = False,
    ) -> None:
        super().__init__(items, position=position, page_size=page_size, counts_pages=counts_pages)
        self._fetch = fetch

    async def next_page(self) -> AsyncPage[T]:
        """The page after this one (one request); raises ``RuntimeError`` if there is none."""
        if not self.has_next_page():
            raise RuntimeError(_NO_NEXT_PAGE)
        fetched = await self._fetch(self._next_position())
        return AsyncPage(fetch=self._fetch, **self._next_state(fetched))

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
