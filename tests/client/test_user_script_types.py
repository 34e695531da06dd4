"""A user's script type-checks under ``mypy --strict`` against the client (issue 28).

The script pages (``for trade in client.smart_trades.list()``, ``.iter_pages()``, sync and async),
reads one trade back (``retrieve``) and creates one with rule-group variant classes and step
orders. The committed chapter has no single read, so ``retrieve`` is checked against the
committed spec with one made-up ``GET /ver1/smart_trades/{smart_trade_id}``; the rest against the
committed package itself. A second script holding one wrong line must fail, at that line: the
test can fail. The scripts also run, against a mock transport.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.support.built_client import build_client, run_with, seed_spec

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "generated_client"

SCRIPT = """\
from __future__ import annotations

from decimal import Decimal

from threecommas import AsyncClient, Client
from threecommas.models import (
    BuyLimit,
    SmartTradeEntity,
    StopLossEnabled,
    TakeProfitStepOrder,
    TakeProfitStepSell,
    TrailingBuyEnabled,
)


def trade_ids(client: Client) -> list[int]:
    ids: list[int] = []
    for trade in client.smart_trades.list(limit=2):  # every page
        if trade.id is not None:
            ids.append(trade.id)
    return ids


def page_sizes(client: Client) -> list[int]:
    return [len(page.items) for page in client.smart_trades.list(limit=2).iter_pages()]


def place(client: Client) -> SmartTradeEntity:
    steps = [
        TakeProfitStepOrder(percent=50, price="33000", price_method="bid"),
        TakeProfitStepOrder(percent=50, price_percentage=Decimal("12.5"), price_method="last"),
    ]
    return client.smart_trades.create(
        account_id=1,
        pair="USDT_BTC",
        units_to_buy="0.01",
        buy_price="30000",
        take_profit=TakeProfitStepSell(take_profit_step_orders=steps),
        stop_loss=StopLossEnabled(stop_loss_price_condition="27000", stop_loss_percentage_condition="-10"),
        buy_method=BuyLimit(),
        trailing_buy=TrailingBuyEnabled(trailing_buy_step="0.5"),
    )


async def async_ids(client: AsyncClient) -> list[int]:
    ids = [trade.id async for trade in client.smart_trades.list(limit=2) if trade.id is not None]
    first = await client.smart_trades.list(limit=2)
    async for page in first.iter_pages():
        assert all(isinstance(trade, SmartTradeEntity) for trade in page.items)
    return ids
"""

RETRIEVE = """

def show(client: Client, trade_id: int) -> Decimal | None:
    trade: SmartTradeEntity = client.smart_trades.retrieve(trade_id)
    return trade.buy_price
"""

#: One wrong line: a page's items are trades, not texts.
WRONG = """

def wrong(client: Client) -> list[str]:
    texts: list[str] = client.smart_trades.list().items
    return texts
"""

#: Runs the script's functions against a mock API (two trades a page, five in all).
RUN = """
import asyncio, json
import httpx
from threecommas import AsyncClient, Client
import user_script

def answer(request):
    if request.method == "GET" and request.url.path.endswith("/smart_trades"):
        offset, limit = int(request.url.params.get("offset", "0")), int(request.url.params["limit"])
        return httpx.Response(200, json=[{"id": i} for i in range(offset, min(offset + limit, 5))])
    return httpx.Response(200, json={"id": 9, "buy_price": "30000.5"})

transport = httpx.MockTransport(answer)
client = Client(api_key="k", api_secret="s", http_client=httpx.Client(transport=transport))
aclient = AsyncClient(api_key="k", api_secret="s", http_client=httpx.AsyncClient(transport=transport))
out = {
    "ids": user_script.trade_ids(client),
    "sizes": user_script.page_sizes(client),
    "created": user_script.place(client).id,
    "async": asyncio.run(user_script.async_ids(aclient)),
}
if hasattr(user_script, "show"):
    out["shown"] = str(user_script.show(client, 9))
print(json.dumps(out))
"""


def _with_retrieve(spec: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(spec)
    entity = {"$ref": "#/components/schemas/SmartTradeEntity"}
    spec["paths"]["/ver1/smart_trades/{smart_trade_id}"] = {
        "get": {
            "summary": "Show smart trade",
            "tags": ["SmartTrades"],
            "parameters": [
                {"name": "smart_trade_id", "in": "path", "required": True, "schema": {"type": "integer"}}
            ],
            "responses": {
                "200": {"description": "Success.", "content": {"application/json": {"schema": entity}}}
            },
        }
    }
    return spec


@pytest.fixture(scope="module")
def with_retrieve(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_client(_with_retrieve(seed_spec()), tmp_path_factory.mktemp("retrieve"))


def _mypy(script: str, package: Path, work: Path) -> subprocess.CompletedProcess[str]:
    (work / "user_script.py").write_text(script)
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(work / ".cache"), "user_script.py"],
        cwd=work,
        env={**os.environ, "MYPYPATH": str(package)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _run(script: str, package: Path, work: Path) -> str:
    (work / "user_script.py").write_text(script)
    done = subprocess.run(
        [sys.executable, "-c", RUN],
        cwd=work,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(package), str(work)])},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_script_passes_mypy_strict_against_the_committed_client(tmp_path: Path) -> None:
    done = _mypy(SCRIPT, COMMITTED, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert '"ids": [0, 1, 2, 3, 4]' in _run(SCRIPT, COMMITTED, tmp_path)


def test_the_script_with_retrieve_passes_mypy_strict(with_retrieve: Path, tmp_path: Path) -> None:
    done = _mypy(SCRIPT + RETRIEVE, with_retrieve, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    printed = run_with(with_retrieve, f"import sys; sys.path.insert(0, {str(tmp_path)!r})\n{RUN}")
    assert printed.returncode == 0, printed.stderr
    assert '"sizes": [2, 2, 1]' in printed.stdout and '"shown": "30000.5"' in printed.stdout


def test_a_wrong_line_fails_mypy_strict_at_that_line(tmp_path: Path) -> None:
    script = SCRIPT + WRONG
    line = script.splitlines().index("    texts: list[str] = client.smart_trades.list().items") + 1
    done = _mypy(script, COMMITTED, tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    errors = [row for row in done.stdout.splitlines() if ": error:" in row]
    assert len(errors) == 1, done.stdout
    assert errors[0].startswith(f"user_script.py:{line}: error: Incompatible types in assignment")
    assert "list[SmartTradeEntity]" in errors[0]
