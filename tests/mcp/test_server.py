"""The MCP server against Prism and against a scripted loopback API, over both transports."""

from __future__ import annotations

import json
import os
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
from mcp import ClientSession
from mcp.types import CallToolResult

from generator import extensions
from tests.mcp.conftest import (
    KEY,
    SECRET,
    expected_tools,
    http_server,
    http_session,
    load_spec,
    printed_token,
    server_env,
    stdio_session,
)
from tests.support.fault_server import Fault, FaultServer

SPEC = load_spec()
TOOLS = expected_tools(SPEC)
READS = sorted(name for name, writes in TOOLS.items() if not writes)

#: A body the spec accepts for ``smart_trades_create`` (the rule groups' selectors flat, as sent).
VALID_TRADE = {
    "account_id": 1,
    "pair": "USDT_BTC",
    "units_to_buy": 0.01,
    "buy_price": 30000,
    "take_profit_enabled": True,
    "take_profit_type": "classic",
    "take_profit_price_condition": 33000,
    "stop_loss_enabled": False,
}


def text(result: CallToolResult) -> str:
    assert len(result.content) == 1 and result.content[0].type == "text", result.content
    return result.content[0].text


async def listed(session: ClientSession) -> list[str]:
    return sorted(tool.name for tool in (await session.list_tools()).tools)


def test_the_spec_has_reads_and_writes() -> None:
    # What the listing tests below compare with: both kinds present, 15 operations.
    assert len(TOOLS) == 15 and READS and len(READS) < len(TOOLS)


async def test_read_only_by_default_lists_no_write_tool(prism_url: str) -> None:
    async with stdio_session(env=server_env(prism_url)) as session:
        tools = (await session.list_tools()).tools
    assert sorted(tool.name for tool in tools) == READS
    assert all(tool.annotations and tool.annotations.readOnlyHint for tool in tools)


async def test_allow_writes_lists_every_operation(prism_url: str) -> None:
    async with stdio_session("--allow-writes", env=server_env(prism_url)) as session:
        tools = (await session.list_tools()).tools
    assert sorted(tool.name for tool in tools) == sorted(TOOLS)
    writes = {tool.name for tool in tools if tool.annotations and tool.annotations.destructiveHint}
    assert writes == {name for name, write in TOOLS.items() if write}


async def test_the_variable_allows_writes_and_read_only_overrides_it(prism_url: str) -> None:
    env = server_env(prism_url, THREECOMMAS_MCP_ALLOW_WRITES="1")
    async with stdio_session(env=env) as session:
        assert await listed(session) == sorted(TOOLS)
    async with stdio_session("--read-only", env=env) as session:
        assert await listed(session) == READS


async def test_tools_and_exclude_select_by_resource_and_name(prism_url: str) -> None:
    env = server_env(prism_url)
    async with stdio_session(
        "--allow-writes", "--tools", "smart_trades", "--exclude", "smart_trades_create", env=env
    ) as s:
        names = await listed(s)
    assert names == sorted(n for n in TOOLS if n.startswith("smart_trades_") and n != "smart_trades_create")
    async with stdio_session("--tools", "public_ping,smart_trades_create", env=env) as s:
        assert await listed(s) == ["public_ping"]  # a write tool stays off without --allow-writes


def test_the_input_schema_is_the_specs_request_with_its_rule_groups() -> None:
    from threecommas.mcp import load_tools

    tool = next(t for t in load_tools() if t.name == "smart_trades_create")
    schema = tool.input_schema
    assert "$ref" not in json.dumps(schema)
    selectors: dict[str, Any] = {extensions.SELECTOR: [], "oneOf": 0}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if extensions.SELECTOR in node:
                selectors[extensions.SELECTOR].append(node[extensions.SELECTOR])
            selectors["oneOf"] += "oneOf" in node
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    assert {"take_profit_enabled", "stop_loss_enabled"} <= set(selectors[extensions.SELECTOR])
    # The same verdicts a validator of the spec gives.
    jsonschema.validate(VALID_TRADE, schema)
    broken = {k: v for k, v in VALID_TRADE.items() if k != "take_profit_price_condition"}
    assert not jsonschema.Draft202012Validator(schema).is_valid(broken)


async def test_a_read_tool_answers_the_apis_json_as_received(prism_url: str) -> None:
    from threecommas import Client

    async with stdio_session(env=server_env(prism_url)) as session:
        result = await session.call_tool("smart_trades_list", {"limit": 2, "scope": "active"})
    assert not result.isError, text(result)
    with Client(api_key=KEY, api_secret=SECRET, base_url=prism_url) as client:
        direct = client.smart_trades.with_raw_response.list(limit=2, scope="active").content
    answer = json.loads(text(result), parse_float=Decimal)
    assert answer == json.loads(direct, parse_float=Decimal)
    assert isinstance(answer, list) and answer and isinstance(answer[0], dict)


async def test_decimals_come_back_as_the_api_wrote_them() -> None:
    # Written by hand: a JSON number with a trailing zero, one no double holds, a 23-digit integer.
    body = b'{"id": 7, "buy_price": "30000.00000001", "profit": {"usd": "0.10"}, "units": 0.10, "fine": 0.1000000000000000055511151231257827, "n": 12345678901234567890123}'
    with FaultServer() as api:
        api.script(then=Fault(body=body))
        async with stdio_session(env=server_env(api.url)) as session:
            result = await session.call_tool("public_time", {})
    assert not result.isError, text(result)
    assert json.loads(text(result), parse_float=Decimal) == json.loads(body, parse_float=Decimal)
    answer = text(result).replace(" ", "")
    assert '"units":0.10' in answer and '"fine":0.1000000000000000055511151231257827' in answer
    assert '"buy_price":"30000.00000001"' in answer


async def test_a_broken_rule_is_a_tool_error_naming_the_field_and_nothing_is_sent() -> None:
    broken = {k: v for k, v in VALID_TRADE.items() if k != "take_profit_price_condition"}
    with FaultServer(api_key=KEY, secret=SECRET) as api:
        async with stdio_session("--allow-writes", env=server_env(api.url)) as session:
            missing = await session.call_tool("smart_trades_create", broken)
            negative = await session.call_tool("smart_trades_create", {**VALID_TRADE, "units_to_buy": "x"})
            misspelt = await session.call_tool("smart_trades_create", {**VALID_TRADE, "pari": "USDT_ETH"})
            no_path = await session.call_tool("smart_trades_cancel", {})
        assert api.attempts == 0 and api.requests == []
    assert missing.isError and "take_profit_price_condition" in text(missing)
    assert "take_profit_type = classic" in text(missing)  # the rule, as the client words it
    assert negative.isError and "units_to_buy" in text(negative)
    assert misspelt.isError and "'pari'" in text(misspelt)
    assert no_path.isError and "smart_trade_id" in text(no_path)


async def test_a_write_tool_is_refused_when_writes_are_off() -> None:
    with FaultServer(api_key=KEY, secret=SECRET) as api:
        async with stdio_session(env=server_env(api.url)) as session:
            result = await session.call_tool("smart_trades_create", VALID_TRADE)
            cancel = await session.call_tool("smart_trades_cancel", {"smart_trade_id": 5})
        assert api.attempts == 0
    for refused in (result, cancel):
        assert refused.isError and "--allow-writes" in text(refused)


async def test_a_write_tool_sends_once_signed_and_is_never_sent_twice() -> None:
    with FaultServer(api_key=KEY, secret=SECRET) as api:
        api.script(Fault(body={"id": 9, "status": {"type": "created"}}), Fault(kind="drop_after_read"))
        async with stdio_session("--allow-writes", env=server_env(api.url)) as session:
            created = await session.call_tool("smart_trades_create", VALID_TRADE)
            dropped = await session.call_tool("smart_trades_create", VALID_TRADE)
        assert api.bad_signatures == 0
        assert api.attempts == 2  # one each: the dropped one may have arrived, so it is not re-sent
    assert not created.isError and json.loads(text(created))["id"] == 9
    sent = json.loads(api.requests[0].body, parse_float=Decimal)
    assert sent["units_to_buy"] == Decimal("0.01") and sent["take_profit_type"] == "classic"
    assert dropped.isError


async def test_a_read_is_retried_by_the_client() -> None:
    with FaultServer(api_key=KEY, secret=SECRET) as api:
        api.script(Fault(kind="status", status=503, body=b"busy"), then=Fault(body={"pong": "pong"}))
        async with stdio_session(env=server_env(api.url)) as session:
            result = await session.call_tool("public_ping", {})
        assert api.attempts == 2  # a GET: the client's retry rules, unchanged
    assert not result.isError and json.loads(text(result)) == {"pong": "pong"}


async def test_a_valid_write_goes_through_prism(prism_url: str) -> None:
    async with stdio_session("--allow-writes", env=server_env(prism_url)) as session:
        result = await session.call_tool("smart_trades_create", VALID_TRADE)
    assert not result.isError, text(result)
    assert isinstance(json.loads(text(result)), dict)


async def test_streamable_http_lists_and_calls(prism_url: str, tmp_path: Path) -> None:
    import httpx

    with http_server(env=server_env(prism_url), stderr=tmp_path / "stderr") as url:
        assert url.startswith("http://127.0.0.1:")
        token = printed_token(tmp_path / "stderr")
        assert token is not None and len(token) >= 32
        async with http_session(url, token) as session:
            assert await listed(session) == READS
            result = await session.call_tool("public_ping", {})
            refused = await session.call_tool("smart_trades_cancel", {"smart_trade_id": 1})
        # A page of another site (DNS rebinding) cannot reach it, even holding the token.
        async with httpx.AsyncClient(headers={"Authorization": f"Bearer {token}"}) as http:
            foreign = await http.post(url, headers={"Host": "evil.example:80"}, json={})
    assert not result.isError and isinstance(json.loads(text(result)), dict)
    assert refused.isError and "--allow-writes" in text(refused)
    assert foreign.status_code in (403, 421)


async def test_http_refuses_a_caller_without_the_token(prism_url: str, tmp_path: Path) -> None:
    """127.0.0.1 keeps other machines out, not this machine's other users: the token does."""
    import httpx

    initialize = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {
            "protocolVersion": "2025-03-26",
            "capabilities": {},
            "clientInfo": {"name": "x", "version": "1"},
        },
    }
    accept = {"Accept": "application/json, text/event-stream"}
    with http_server(env=server_env(prism_url), stderr=tmp_path / "stderr") as url:
        token = printed_token(tmp_path / "stderr")
        async with httpx.AsyncClient(headers=accept) as http:
            answers = {
                guess: await http.post(
                    url, headers={"Authorization": guess} if guess else {}, json=initialize
                )
                for guess in (
                    "",
                    "Basic dXNlcjpwYXNz",
                    f"Bearer {token}x",
                    f"Bearer {str(token)[:-1]}",
                    f"bearer {token}",
                )
            }
            granted = await http.post(url, headers={"Authorization": f"Bearer {token}"}, json=initialize)
    assert {guess: a.status_code for guess, a in answers.items()} == dict.fromkeys(answers, 401)
    assert all(a.headers["www-authenticate"] == "Bearer" for a in answers.values())
    assert str(token) not in "".join(a.text for a in answers.values())
    assert granted.status_code == 200, granted.text


async def test_http_takes_its_token_from_the_environment_and_never_prints_it(
    prism_url: str, tmp_path: Path
) -> None:
    import httpx

    token = "a-token-the-user-chose-0123456789"
    with http_server(
        env={**server_env(prism_url), "THREECOMMAS_MCP_TOKEN": token}, stderr=tmp_path / "stderr"
    ) as url:
        async with http_session(url, token) as session:
            result = await session.call_tool("public_ping", {})
        async with httpx.AsyncClient() as http:
            made_up = await http.post(url, headers={"Authorization": "Bearer made-up"}, json={})
    assert not result.isError, text(result)
    assert made_up.status_code == 401
    assert token not in (tmp_path / "stderr").read_text(encoding="utf-8")
    assert printed_token(tmp_path / "stderr") is None


async def test_the_assistant_is_told_when_writes_are_held_back(prism_url: str) -> None:
    from mcp import StdioServerParameters
    from mcp.client.stdio import stdio_client

    told = {}
    for arguments in ([], ["--allow-writes"]):
        parameters = StdioServerParameters(
            command=sys.executable, args=["-m", "threecommas.mcp", *arguments], env=server_env(prism_url)
        )
        with open(os.devnull, "w") as quiet:
            async with (
                stdio_client(parameters, errlog=quiet) as (read, write),
                ClientSession(read, write) as session,
            ):
                told[bool(arguments)] = (await session.initialize()).instructions or ""
    writes = sum(TOOLS.values())
    assert f"read-only: {writes} tools" in told[False] and "--allow-writes" in told[False]
    assert "read-only" not in told[True] and "3Commas API" in told[True]
