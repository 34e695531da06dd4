"""Every operation through the real client, sync and async: method, path, query, body, reply."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from ruamel.yaml import YAML
from threecommas import AsyncClient, AsyncPage, Client, SyncPage
from threecommas.models import PongEntity, SmartTradeEntity, TimeEntity

from tests.client.conftest import TRADE, Script
from tests.client.operations import CALLS
from tests.support.surface import client_method

SPEC = YAML(typ="safe").load(Path(__file__).resolve().parents[2].joinpath("spec", "openapi.yaml").read_text())
REPLIES = {
    "ping": {"pong": "pong"},
    "get_time": {"server_time": 1525533222},
    "list_smart_trades": [TRADE, TRADE],
}


def test_every_spec_operation_has_a_call_here() -> None:
    ids = {op["operationId"] for item in SPEC["paths"].values() for op in item.values()}
    assert ids == set(CALLS)


def _check_request(script: Script, operation_id: str) -> None:
    _, _, method, path, body = CALLS[operation_id]
    assert len(script.requests) == 1
    request = script.requests[0]
    assert request.method == method
    assert request.url.path == path
    assert request.headers["APIKEY"]
    assert len(request.headers["Signature"]) == 64
    if body is None:
        assert request.content == b""
    else:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content, parse_float=Decimal) == body


def _check_result(operation_id: str, result: object) -> None:
    if operation_id == "ping":
        assert isinstance(result, PongEntity) and result.pong == "pong"
    elif operation_id == "get_time":
        assert isinstance(result, TimeEntity) and result.server_time == 1525533222
    elif operation_id == "list_smart_trades":
        # A page; its own records only (walking it would ask for the next page).
        assert isinstance(result, SyncPage | AsyncPage) and [t.id for t in result.items] == [7, 7]
    else:
        assert isinstance(result, SmartTradeEntity)
        assert result.id == 7 and result.buy_price == Decimal("101.12")


@pytest.mark.parametrize("operation_id", sorted(CALLS))
def test_sync_call(operation_id: str, client: Client, script: Script) -> None:
    _, arguments, *_ = CALLS[operation_id]
    script.replies = [_reply(operation_id)]
    result = client_method(client, operation_id)(**arguments)
    _check_request(script, operation_id)
    _check_result(operation_id, result)


@pytest.mark.parametrize("operation_id", sorted(CALLS))
async def test_async_call(operation_id: str, async_client: AsyncClient, script: Script) -> None:
    _, arguments, *_ = CALLS[operation_id]
    script.replies = [_reply(operation_id)]
    result = await client_method(async_client, operation_id)(**arguments)
    _check_request(script, operation_id)
    _check_result(operation_id, result)


def _reply(operation_id: str):  # type: ignore[no-untyped-def]
    import httpx

    return httpx.Response(200, json=REPLIES.get(operation_id, TRADE))


def test_query_string_carries_typed_values(client: Client, script: Script) -> None:
    script.replies = [_reply("list_smart_trades")]
    client.smart_trades.list(limit=5, offset=10, account_id=3, type_="SmartTrade::Classic")
    assert script.requests[0].url.params.multi_items() == [
        ("limit", "5"),
        ("offset", "10"),
        ("account_id", "3"),
        ("type", "SmartTrade::Classic"),
    ]
