"""A paged list whose answer is an object holding the records (``{"smart_trades": [...]}``, the
spec's ``x-paging.items``) returns the same page as every other paged list, its items typed.

The seed's list answers a bare array; this spec makes it answer an object holding it, once
described in place and once as a component (the current site's ``GET /ver1/trades`` answers
``{"trades": [...]}``; tests/client/test_current_client.py walks that one).
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from generator import extensions
from tests.support.built_client import build_client, run_with, seed_spec

LIST = "/ver1/smart_trades"
ITEM = {"$ref": "#/components/schemas/SmartTradeEntity"}

USE = """
import asyncio
import httpx
from threecommas import APIResponseValidationError, AsyncClient, AsyncPage, Client, SyncPage
from threecommas.models import SmartTradeEntity

TOTAL = 25
seen = []
def answer(request: httpx.Request) -> httpx.Response:
    offset = int(request.url.params.get("offset", "0"))
    limit = int(request.url.params.get("limit", "10"))
    seen.append((offset, request.url.params.get("limit")))
    records = [{"id": i, "pair": "USDT_BTC"} for i in range(offset, min(offset + limit, TOTAL))]
    return httpx.Response(200, json={"smart_trades": records, "total": TOTAL})

client = Client(api_key="k", api_secret="s", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
page = client.smart_trades.list(limit=10)
assert isinstance(page, SyncPage), type(page)
assert all(type(t) is SmartTradeEntity for t in page.items) and [t.id for t in page.items] == list(range(10))
assert page.has_next_page()
assert [t.id for t in page] == list(range(TOTAL))
assert seen == [(0, "10"), (10, "10"), (20, "10")], seen  # the third page (5 < 10) is the last

seen.clear()
second = client.smart_trades.list(limit=10).next_page()
assert [t.id for t in second.items] == list(range(10, 20))
pages = list(second.iter_pages())
assert [len(p.items) for p in pages] == [10, 5] and not pages[-1].has_next_page()
assert seen == [(0, "10"), (10, "10"), (20, "10")], seen

seen.clear()
short = client.smart_trades.list(limit=100)  # one short page: the last, no request after it
assert len(short.items) == TOTAL and not short.has_next_page() and len(list(short)) == TOTAL
assert seen == [(0, "100")], seen

async def walk() -> tuple[list[int], list[int]]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    async with AsyncClient(api_key="k", api_secret="s", http_client=http) as aclient:
        first = await aclient.smart_trades.list(limit=10)
        assert isinstance(first, AsyncPage)
        sizes = [len(p.items) async for p in first.iter_pages()]
        return [t.id async for t in aclient.smart_trades.list(limit=10)], sizes

ids, sizes = asyncio.run(walk())
assert ids == list(range(TOTAL)) and sizes == [10, 10, 5], (ids, sizes)

wrong = Client(
    api_key="k", api_secret="s",
    http_client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"smart_trades": 3}))),
)
try:
    wrong.smart_trades.list()
except APIResponseValidationError as error:
    assert "expected a JSON array in 'smart_trades'" in str(error), error
else:
    raise AssertionError("an answer whose list is not a list was read")

# The envelope does not require its list: an answer without it is a page of no records, the last.
empty = Client(
    api_key="k", api_secret="s",
    http_client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"total": 0}))),
).smart_trades.list()
assert empty.items == [] and not empty.has_next_page() and list(empty) == [], empty.items
print("ok")
"""


def _held(spec: dict[str, Any], *, as_component: bool) -> dict[str, Any]:
    spec = copy.deepcopy(spec)
    envelope = {
        "type": "object",
        "properties": {"smart_trades": {"type": "array", "items": ITEM}, "total": {"type": "integer"}},
    }
    schema: dict[str, Any] = envelope
    if as_component:
        spec["components"]["schemas"]["SmartTradesPage"] = envelope
        schema = {"$ref": "#/components/schemas/SmartTradesPage"}
    operation = spec["paths"][LIST]["get"]
    operation["responses"]["200"]["content"]["application/json"]["schema"] = schema
    operation[extensions.PAGING] = {**operation[extensions.PAGING], "items": "smart_trades"}
    return spec


@pytest.mark.parametrize("as_component", [False, True], ids=["in-place", "component"])
def test_a_held_list_pages_as_every_list(as_component: bool, tmp_path: Path) -> None:
    client = build_client(_held(seed_spec(), as_component=as_component), tmp_path)
    run = run_with(client, USE)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ok"
    source = (client / "threecommas" / "resources" / "smart_trades.py").read_text()
    method = re.search(r"    def list\(.*?\n        \)\n", source, re.S)
    assert method is not None
    assert ") -> SyncPage[SmartTradeEntity]:" in method.group(0)
    assert 'parse=partial(SmartTradeEntity.list_from_response, within="smart_trades")' in method.group(0)
