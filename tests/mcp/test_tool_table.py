"""Specs the committed one does not exercise: a method name too long for MCP, a body field named
like a path parameter. Made by editing a copy of the committed spec."""

from __future__ import annotations

import json
import re
from pathlib import Path

from generator import extensions
from generator.client.mcp_tools import tool_table
from generator.client.surface import build_surface
from generator.client.view import build_client_plan
from tests.mcp.conftest import server_env, stdio_session
from tests.support.built_client import build_client, seed_spec
from tests.support.fault_server import Fault, FaultServer


async def test_a_name_too_long_for_mcp_is_cut_and_still_called(tmp_path: Path) -> None:
    spec = seed_spec()
    spec["paths"]["/ver1/ping"]["get"][extensions.SDK_METHOD] = "ping_" + "very_long_" * 8
    client = build_client(spec, tmp_path)
    with FaultServer() as api:
        api.script(then=Fault(body={"pong": "pong"}))
        async with stdio_session(env=server_env(api.url, pythonpath=client)) as session:
            names = [tool.name for tool in (await session.list_tools()).tools]
            (long_name,) = [name for name in names if name.startswith("public_ping_very_long")]
            answer = await session.call_tool(long_name, {})
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{1,64}", name) for name in names), names
    assert len(long_name) == 64
    assert not answer.isError and json.loads(answer.content[0].text) == {"pong": "pong"}  # type: ignore[union-attr]


def test_a_body_field_named_like_a_parameter_goes_under_body() -> None:
    # The client generator itself refuses such a spec today (a method cannot take the name
    # twice), so this is the table alone: the flat input could not hold both.
    spec = seed_spec()
    spec["components"]["schemas"]["CancelSmartTradeOrderRequest"]["properties"]["smart_trade_id"] = {
        "type": "integer"
    }
    plan = build_client_plan(spec)
    (tool,) = [
        t
        for t in tool_table(spec, plan, build_surface(spec, plan))
        if t["name"] == "smart_trades_cancel_order"
    ]
    schema = tool["input_schema"]
    assert set(schema["properties"]) == {"smart_trade_id", "body"}
    assert set(schema["required"]) == {"smart_trade_id", "body"}
    assert schema["properties"]["body"]["properties"]["smart_trade_id"] == {"type": "integer"}
    assert tool["body_argument"] == "body" and tool["arguments"] == ["body", "smart_trade_id"]
    assert set(tool["body_fields"]) == {"step_id", "smart_trade_id"}


def test_the_server_reads_a_body_given_under_its_argument() -> None:
    import dataclasses

    import pytest
    from threecommas import RequestValidationError
    from threecommas.mcp import ArgumentError, call_arguments, load_tools

    (flat,) = [t for t in load_tools() if t.name == "smart_trades_cancel_order"]
    nested = dataclasses.replace(flat, arguments=frozenset({"smart_trade_id", "body"}), body_argument="body")
    assert call_arguments(nested, {"smart_trade_id": 5, "body": {"step_id": "s1"}}) == {
        "smart_trade_id": 5,
        "step_id": "s1",
    }
    with pytest.raises(ArgumentError, match="'stepid'"):
        call_arguments(nested, {"smart_trade_id": 5, "body": {"stepid": "s1"}})
    with pytest.raises(ArgumentError, match="must be a JSON object"):
        call_arguments(nested, {"smart_trade_id": 5, "body": ["s1"]})
    with pytest.raises(RequestValidationError, match="step_id"):
        call_arguments(nested, {"smart_trade_id": 5, "body": {}})
