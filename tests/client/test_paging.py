"""The history iterator pages with limit/offset, lazily, sync and async."""

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
    ids = [t.id for t in client.smart_trades.iter_smart_trades(limit=10, scope="finished")]
    assert ids == list(range(23))
    assert [(r.url.params["offset"], r.url.params["scope"]) for r in script.requests] == [
        ("0", "finished"),
        ("10", "finished"),
        ("20", "finished"),
    ]


def test_exact_multiple_asks_once_more_and_stops_on_empty(client: Client, script: Script) -> None:
    script.replies = [_pages(20)]  # type: ignore[list-item]
    assert len(list(client.smart_trades.iter_smart_trades(limit=10))) == 20
    assert len(script.requests) == 3


def test_is_lazy(client: Client, script: Script) -> None:
    script.replies = [_pages(1000)]  # type: ignore[list-item]
    iterator = client.smart_trades.iter_smart_trades(limit=5)
    assert [next(iterator).id for _ in range(6)] == [0, 1, 2, 3, 4, 5]
    assert len(script.requests) == 2


def test_limit_must_be_positive(client: Client) -> None:
    with pytest.raises(ValueError, match="limit"):
        next(client.smart_trades.iter_smart_trades(limit=0))


async def test_async_iterates_every_record(async_client: AsyncClient, script: Script) -> None:
    script.replies = [_pages(12)]  # type: ignore[list-item]
    ids = [t.id async for t in async_client.smart_trades.iter_smart_trades(limit=5, offset=2)]
    assert ids == list(range(2, 12))
