"""Lists paged by page number (``page``/``per_page``), as the spec's ``x-paging`` says, not by name.

The seed's list pages by record offset; this spec gives it the current site's parameters: a page
number with a documented first page, and a page size with a documented maximum.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator import extensions
from tests.support.built_client import build_client, run_with, seed_spec

LIST = "/ver1/smart_trades"

USE = """
import asyncio
import httpx
from threecommas import AsyncClient, Client, SyncPage

TOTAL = 250
seen = []
def answer(request: httpx.Request) -> httpx.Response:
    page = int(request.url.params["page"])
    size = int(request.url.params.get("per_page", "10"))
    seen.append((page, request.url.params.get("per_page")))
    start = (page - 1) * size
    return httpx.Response(200, json=[{"id": i} for i in range(start, min(start + size, TOTAL))])

client = Client(api_key="k", api_secret="s", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
page = client.smart_trades.list(per_page=100)
assert isinstance(page, SyncPage)
assert [t.id for t in page] == list(range(TOTAL))
assert seen == [(1, "100"), (2, "100"), (3, "100")], seen  # the last page (50 < 100) ends it

seen.clear()
first = client.smart_trades.list(per_page=100, page=2)
assert [t.id for t in first.items] == list(range(100, 200)) and first.has_next_page()
last = first.next_page()
assert [t.id for t in last.items] == list(range(200, 250)) and not last.has_next_page()
assert seen == [(2, "100"), (3, "100")], seen

seen.clear()
# No size asked: the size the server used is learned from the first page.
assert len(list(client.smart_trades.list())) == TOTAL
assert seen[0] == (1, None) and len(seen) == 26, seen

async def walk() -> list[int]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    async with AsyncClient(api_key="k", api_secret="s", http_client=http) as aclient:
        return [t.id async for t in aclient.smart_trades.list(per_page=100)]

assert asyncio.run(walk()) == list(range(TOTAL))
print("ok")
"""


def _paged_by_page_number(spec: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(spec)
    operation = spec["paths"][LIST]["get"]
    kept = [p for p in operation["parameters"] if p["name"] not in {"limit", "offset"}]
    operation["parameters"] = [
        {"name": "page", "in": "query", "schema": {"type": "integer", "default": 1}},
        {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
        *kept,
    ]
    operation[extensions.PAGING] = {"size": "per_page", "position": "page", "counts": "pages"}
    return spec


@pytest.fixture(scope="module")
def page_number_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_client(_paged_by_page_number(seed_spec()), tmp_path_factory.mktemp("pages"))


def test_page_numbers_walk_every_page_and_stop_at_a_short_one(page_number_client: Path) -> None:
    run = run_with(page_number_client, USE)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "ok"


def test_without_x_paging_a_list_is_a_list_whatever_its_parameters_are_called(tmp_path: Path) -> None:
    spec = seed_spec()
    del spec["paths"][LIST]["get"][extensions.PAGING]  # limit and offset are still there
    client = build_client(spec, tmp_path)
    run = run_with(
        client,
        "import httpx\nfrom threecommas import Client\n"
        "http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=[{'id': 1}])))\n"
        "answer = Client(api_key='k', api_secret='s', http_client=http).smart_trades.list(limit=5)\n"
        "print(type(answer).__name__)",
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "list"


def test_a_required_page_number_stays_required(tmp_path: Path) -> None:
    spec = _paged_by_page_number(seed_spec())
    spec["paths"][LIST]["get"]["parameters"][0]["required"] = True
    client = build_client(spec, tmp_path)
    run = run_with(
        client,
        "import inspect\nfrom threecommas import Client\n"
        "parameter = inspect.signature(Client(api_key='k', api_secret='s').smart_trades.list).parameters['page']\n"
        "print(parameter.default is inspect.Parameter.empty, parameter.kind.name)",
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["True", "KEYWORD_ONLY"]
