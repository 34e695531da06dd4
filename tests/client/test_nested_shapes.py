"""The shapes of the current reference, on a small made-up spec (issue 23): request bodies with
objects inside objects (``position.units.value``) and lists of objects (``take_profit.steps[]``),
bodies and answers written in place (no ``$ref``), keys ending in ``?``, answers documented as
``201``, and a capped ``limit``. The client is generated into a temporary folder and used in a
fresh interpreter (its package is also called ``threecommas``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import extensions
from tests.support.built_client import build_client, run_with

ROOT = Path(__file__).resolve().parents[2]

DECIMAL_TEXT = {"type": ["string", "null"], "format": "decimal"}
ERROR = {"description": "Error.", "content": {"application/json": {"schema": {"type": "object"}}}}
SECURITY = [{"APIKEY": [], "Signature": []}]


def _answer(schema: dict[str, Any], status: str = "200") -> dict[str, Any]:
    return {
        status: {"description": "Success.", "content": {"application/json": {"schema": schema}}},
        "4XX": ERROR,
    }


def nested_spec() -> dict[str, Any]:
    position = {
        "type": "object",
        "required": ["type", "units"],
        "properties": {
            "type": {"type": "string", "enum": ["buy", "sell"]},
            "units": {"type": "object", "required": ["value"], "properties": {"value": {"type": "number"}}},
            "price": {"type": "object", "properties": {"value": {"type": "number", "exclusiveMinimum": 0}}},
        },
    }
    step = {
        "type": "object",
        "required": ["volume"],
        "properties": {
            "volume": {"type": "number", "exclusiveMinimum": 0, "maximum": 100},
            "price": {
                "type": "object",
                "properties": {
                    "value": {"type": "number"},
                    "type": {"type": "string", "enum": ["bid", "ask", "last"]},
                },
            },
        },
    }
    body = {
        "type": "object",
        "required": ["account_id", "pair", "position"],
        "properties": {
            "account_id": {"type": "integer"},
            "pair": {"type": "string", "maxLength": 20},
            "position": position,
            "take_profit": {
                "type": "object",
                "properties": {
                    "enabled": {"type": "boolean"},
                    "steps": {"type": "array", "maxItems": 4, "items": step},
                },
            },
        },
    }
    trade = {
        "type": "object",
        "properties": {
            "id": {"type": ["integer", "null"]},
            "finished?": {"type": ["boolean", "null"]},
            "cancellable?": {"type": ["boolean", "null"]},
            "created_at": {"type": ["string", "null"], "format": "date-time"},
            "profit": {
                "type": ["object", "null"],
                "properties": {"usd": DECIMAL_TEXT, "percent": DECIMAL_TEXT},
            },
            "steps": {
                "type": ["array", "null"],
                "items": {
                    "type": "object",
                    "properties": {"price": DECIMAL_TEXT, "status": {"type": "string"}},
                },
            },
            "data": {"type": ["object", "null"]},
        },
    }
    market = {"type": "object", "properties": {"field": {"type": "string"}, "name": {"type": "string"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Made-up current API", "version": "2.0.0"},
        "servers": [{"url": "https://api.example.test/public/api"}],
        "components": {
            "schemas": {"TradeEntity": trade},
            "securitySchemes": {
                "APIKEY": {"type": "apiKey", "in": "header", "name": "APIKEY"},
                "Signature": {"type": "apiKey", "in": "header", "name": "Signature"},
            },
        },
        "paths": {
            "/v2/trades": {
                "post": {
                    "operationId": "create_trade",
                    "summary": "Create a trade",
                    "tags": ["Trades"],
                    "security": SECURITY,
                    "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
                    "responses": _answer({"$ref": "#/components/schemas/TradeEntity"}, "201"),
                },
                "get": {
                    "operationId": "list_trades",
                    "summary": "List trades",
                    "tags": ["Trades"],
                    "security": SECURITY,
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 20}},
                        {"name": "offset", "in": "query", "schema": {"type": "integer"}},
                    ],
                    # What the spec stage writes from "Limit records" / "Offset records".
                    extensions.PAGING: {"size": "limit", "position": "offset", "counts": "records"},
                    "responses": _answer(
                        {"type": "array", "items": {"$ref": "#/components/schemas/TradeEntity"}}
                    ),
                },
            },
            "/v2/markets": {
                "get": {
                    "operationId": "list_markets",
                    "summary": "Markets",
                    "tags": ["Market data"],
                    "responses": _answer({"type": "array", "items": market}),
                }
            },
        },
    }


#: Runs in the generated package's interpreter; prints what it saw as one JSON object.
USE = r"""
import json
from decimal import Decimal

import httpx
from threecommas import AsyncClient, Client, RequestValidationError
from threecommas.models import (
    Position, PositionUnits, TakeProfit, TakeProfitStep,
    TakeProfitStepPrice,
)

TRADE = {"id": 5, "finished?": False, "cancellable?": True, "created_at": "2025-07-23T02:51:11.184Z",
         "profit": {"usd": "12.123456789012345678901234567890", "percent": None, "extra": {"a": 1}},
         "steps": [{"price": "1.000000000000000000000000000001", "status": "new", "more": {"x": 1}}, None]}
seen = {"queries": [], "bodies": []}

def answer(request):
    seen["queries"].append(str(request.url.query, "ascii"))
    if request.method == "POST":
        seen["bodies"].append(request.content.decode())
        return httpx.Response(201, json=TRADE)
    if request.url.path.endswith("/markets"):
        return httpx.Response(200, json=[{"field": "api_key", "name": "Key"}])
    offset = int(request.url.params.get("offset", "0"))
    return httpx.Response(200, json=[dict(TRADE, id=offset + i) for i in range(20 if offset < 40 else 3)])

client = Client(api_key="k", api_secret="s", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
trade = client.trades.create(
    account_id=1,
    pair="USDT_BTC",
    position=Position(type_="buy", units=PositionUnits(value=Decimal("0.5"))),
    take_profit=TakeProfit(enabled=True, steps=[TakeProfitStep(
        volume=Decimal("50"), price=TakeProfitStepPrice(value=Decimal("101.5"), type_="bid"))]),
)
out = {
    "body": seen["bodies"][0],
    "finished": trade.finished, "cancellable": trade.cancellable,
    "created_at": trade.created_at.isoformat(),
    "profit_class": type(trade.profit).__name__, "profit_usd": str(trade.profit.usd),
    "profit_raw": trade.profit.raw,
    "steps": [[type(s).__name__, str(s.price), s.status] for s in trade.steps],
    "steps_raw_length": len(trade.raw["steps"]),
}
refused = []
for steps in ([TakeProfitStep(volume=Decimal("-1"))], [TakeProfitStep(volume=1)] * 5):
    try:
        client.trades.create(account_id=1, pair="USDT_BTC", position=Position(
            type_="buy", units=PositionUnits(value=1)), take_profit=TakeProfit(steps=steps))
    except RequestValidationError as error:
        refused.append(str(error))
try:
    client.trades.create(account_id=1, pair="X" * 21, position=Position(
        type_="buy", units=PositionUnits(value=1)))
except RequestValidationError as error:
    refused.append(str(error))
out["refused"] = refused
out["sent_after_refusals"] = len(seen["bodies"])
seen["queries"].clear()
out["paged"] = len(list(client.trades.list(limit=20)))
out["page_queries"] = list(seen["queries"])
try:
    client.trades.list(limit=21)
except RequestValidationError as error:
    out["over_limit"] = str(error)
market = client.markets.list()[0]
out["market"] = [type(market).__name__, market.field_, market.name]

async def main():
    async with AsyncClient(api_key="k", api_secret="s",
                           http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer))) as aclient:
        return (await aclient.trades.create(account_id=1, pair="USDT_BTC", position=Position(
            type_="sell", units=PositionUnits(value=2)))).id

import asyncio
out["async_id"] = asyncio.run(main())
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def nested_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_client(nested_spec(), tmp_path_factory.mktemp("nested"))


@pytest.fixture(scope="module")
def used(nested_client: Path) -> dict[str, Any]:
    completed = run_with(nested_client, USE)
    assert completed.returncode == 0, completed.stderr
    result: dict[str, Any] = json.loads(completed.stdout)
    return result


def test_nested_objects_and_lists_of_objects_are_typed_and_sent_as_written(used: dict[str, Any]) -> None:
    assert json.loads(used["body"]) == {
        "account_id": 1,
        "pair": "USDT_BTC",
        "position": {"type": "buy", "units": {"value": 0.5}},
        "take_profit": {"enabled": True, "steps": [{"volume": 50, "price": {"value": 101.5, "type": "bid"}}]},
    }
    assert used["async_id"] == 5


def test_nested_rules_are_checked_before_sending(used: dict[str, Any]) -> None:
    assert used["refused"] == [
        "create_trade: take_profit.steps[0].volume must be > 0",
        "create_trade: take_profit.steps has 5 items; at most 4 allowed",
        "create_trade: pair has more than 20 characters",
    ]
    assert used["sent_after_refusals"] == 1  # only the first, valid call went out


def test_answers_read_question_mark_keys_nested_objects_and_a_201(used: dict[str, Any]) -> None:
    assert (used["finished"], used["cancellable"]) == (False, True)
    assert used["created_at"] == "2025-07-23T02:51:11.184000+00:00"
    assert used["profit_class"] == "TradeProfit"
    assert used["profit_usd"] == "12.123456789012345678901234567890"
    assert used["profit_raw"]["extra"] == {"a": 1}  # what no page describes stays in raw
    assert used["steps"] == [["TradeStep", "1.000000000000000000000000000001", "new"]]
    assert used["steps_raw_length"] == 2


def test_paging_keeps_to_the_documented_limit(used: dict[str, Any]) -> None:
    assert used["paged"] == 43
    assert used["page_queries"] == ["limit=20&offset=0", "limit=20&offset=20", "limit=20&offset=40"]
    assert used["over_limit"] == "list_trades: limit must be <= 20"


def test_an_answer_written_in_place_gets_a_class_and_attrs_names_stay_free(used: dict[str, Any]) -> None:
    assert used["market"] == ["ListMarketsItem", "api_key", "Key"]


@pytest.mark.slow
def test_the_nested_package_passes_ruff_and_mypy_strict(nested_client: Path) -> None:
    tools = Path(sys.executable).parent
    for command in (
        [tools / "ruff", "check", "."],
        [tools / "ruff", "format", "--check", "."],
        [tools / "mypy", "--strict", "--no-incremental", "threecommas"],
    ):
        completed = subprocess.run(
            command, cwd=nested_client, capture_output=True, text=True, timeout=600, check=False
        )
        assert completed.returncode == 0, completed.stdout + completed.stderr
