"""`list()` returns a page that walks every page with limit/offset, lazily, sync and async."""

from __future__ import annotations

import httpx
import pytest
from threecommas import AsyncClient, Client

from tests.client.conftest import Script


def _pages(total: int) -> object:
    def reply(request: httpx.Request) -> httpx.Response:
        limit, offset = int(request.url.params["limit"]), int(request.url.params["offset"])
        ids = list(range(offset, min(offset + limit, total)))
        return httpx.Response(200, json=[{"id": i} for i in ids])

    return reply


def test_iterates_every_record_then_stops(client: Client, script: Script) -> None:
    script.replies = [_pages(23)]  # type: ignore[list-item]
    ids = [t.id for t in client.smart_trades.list(limit=10, scope="finished")]
    assert ids == list(range(23))
    assert [(r.url.params["offset"], r.url.params["scope"]) for r in script.requests] == [
        ("0", "finished"),
        ("10", "finished"),
        ("20", "finished"),
    ]


def test_exact_multiple_asks_once_more_and_stops_on_empty(client: Client, script: Script) -> None:
    script.replies = [_pages(20)]  # type: ignore[list-item]
    assert len(list(client.smart_trades.list(limit=10))) == 20
    assert len(script.requests) == 3


def test_is_lazy(client: Client, script: Script) -> None:
    script.replies = [_pages(1000)]  # type: ignore[list-item]
    iterator = iter(client.smart_trades.list(limit=5))
    assert [next(iterator).id for _ in range(6)] == [0, 1, 2, 3, 4, 5]
    assert len(script.requests) == 2


def test_a_limit_the_spec_allows_is_sent_and_paging_still_ends(client: Client, script: Script) -> None:
    # The reference sets no bound on limit: 0 goes to the server, whose answer ends the walk.
    script.replies = [httpx.Response(200, json=[{"id": 1}])] * 3
    assert [t.id for t in client.smart_trades.list(limit=0)] == [1]
    assert [r.url.params["limit"] for r in script.requests] == ["0", "0"]  # the repeat stops it


async def test_async_iterates_every_record(async_client: AsyncClient, script: Script) -> None:
    script.replies = [_pages(12)]  # type: ignore[list-item]
    ids = [t.id async for t in async_client.smart_trades.list(limit=5, offset=2)]
    assert ids == list(range(2, 12))


def test_a_page_has_its_items_and_pages_by_hand(client: Client, script: Script) -> None:
    script.replies = [_pages(7)]  # type: ignore[list-item]
    page = client.smart_trades.list(limit=3)
    assert [t.id for t in page.items] == [0, 1, 2] and len(script.requests) == 1
    assert page.has_next_page()
    second = page.next_page()
    assert [t.id for t in second.items] == [3, 4, 5]
    third = second.next_page()
    assert [t.id for t in third.items] == [6]
    assert not third.has_next_page()  # shorter than the size the server used: the end, no request
    with pytest.raises(RuntimeError, match="has_next_page"):
        third.next_page()
    assert len(script.requests) == 3
    assert [len(p.items) for p in page.iter_pages()] == [3, 3, 1]


async def test_async_list_is_awaitable_and_async_iterable(async_client: AsyncClient, script: Script) -> None:
    script.replies = [_pages(5)]  # type: ignore[list-item]
    page = await async_client.smart_trades.list(limit=2)
    assert [t.id for t in page.items] == [0, 1]
    assert page.has_next_page()
    assert [t.id for t in (await page.next_page()).items] == [2, 3]
    # Without ``await``: ``async for`` sends the first request itself and walks every page.
    assert [t.id async for t in async_client.smart_trades.list(limit=2)] == [0, 1, 2, 3, 4]


async def test_async_raw_response_of_a_list(async_client: AsyncClient, script: Script) -> None:
    script.replies = [_pages(2)]  # type: ignore[list-item]
    raw = await async_client.smart_trades.with_raw_response.list(limit=5)
    assert raw.status_code == 200
    assert [t.id for t in raw.parse().items] == [0, 1]


def test_a_page_shorter_than_the_size_asked_is_the_last(client: Client, script: Script) -> None:
    # 357 records left, 1,000 asked: the server has no more, so no request follows (rate limits).
    script.replies = [_pages(357)]  # type: ignore[list-item]
    page = client.smart_trades.list(limit=1000)
    assert len(page.items) == 357 and not page.has_next_page()
    assert len(list(page)) == 357
    assert len(script.requests) == 1


async def test_async_a_page_shorter_than_the_size_asked_is_the_last(
    async_client: AsyncClient, script: Script
) -> None:
    script.replies = [_pages(357)]  # type: ignore[list-item]
    assert len([t async for t in async_client.smart_trades.list(limit=1000)]) == 357
    assert len(script.requests) == 1


@pytest.mark.parametrize(
    ("asked", "maximum", "expected"),
    [({"limit": 1000}, None, 1000), ({"limit": 1000}, 100, 100), ({}, 100, None), ({"limit": 0}, None, None)],
)
def test_the_size_a_full_page_holds(asked: dict[str, int], maximum: int | None, expected: int | None) -> None:
    from threecommas._pagination import Paging

    assert Paging("limit", "offset", False, maximum).expected_size(asked) == expected
