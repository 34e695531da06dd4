"""The server as part of the package: the optional extra, the command, the import cost, selection."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from generator import extensions
from tests.mcp.conftest import ROOT, expected_tools, load_spec, server_env, stdio_session
from tests.support.fault_server import FaultServer


def test_the_extra_and_the_command_are_declared() -> None:
    project = tomllib.loads((ROOT / "generated_client" / "pyproject.toml").read_text())["project"]
    (pin,) = project["optional-dependencies"]["mcp"]
    assert pin.startswith("mcp==")
    assert project["scripts"]["threecommas-mcp"] == "threecommas.mcp:main"
    # The same version the repository's tests and mypy run with.
    dev = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]["dev"]
    assert pin in dev
    assert "mcp/tools.json" in json.dumps(
        tomllib.loads((ROOT / "generated_client" / "pyproject.toml").read_text())["tool"]["setuptools"]
    )


def test_importing_the_package_does_not_import_the_server() -> None:
    code = (
        "import sys, threecommas\n"
        "threecommas.Client(api_key='k', api_secret='s').smart_trades\n"
        "print([m for m in sys.modules if m == 'mcp' or m.startswith(('mcp.', 'threecommas.mcp'))])\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert completed.stdout.strip() == "[]"


def test_every_operation_is_one_tool_named_after_its_client_method() -> None:
    from threecommas.mcp import load_tools

    tools = load_tools()
    assert {tool.name: tool.writes for tool in tools} == expected_tools(load_spec())
    for tool in tools:
        assert tool.name == "_".join(tool.call)
        assert tool.input_schema["type"] == "object" and "$ref" not in json.dumps(tool.input_schema)


def test_descriptions_carry_the_references_summary_permission_and_weight() -> None:
    from threecommas.mcp import load_tools

    spec = load_spec()
    by_id = {
        op["operationId"]: op
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict)
    }
    for tool in load_tools():
        operation = by_id[tool.operation_id]
        assert tool.description.startswith(operation["summary"])
        assert f"Permission: {operation[extensions.PERMISSION]}." in tool.description
        assert f"Weight: {operation[extensions.WEIGHT]}." in tool.description


def test_selection() -> None:
    from threecommas.mcp import SelectionError, load_tools, select_tools

    tools = load_tools()
    writes = {tool.name for tool in tools if tool.writes}

    def names(**options: object) -> set[str]:
        return {tool.name for tool in select_tools(tools, **options)}  # type: ignore[arg-type]

    assert names(allow_writes=False) == {tool.name for tool in tools} - writes
    assert names(allow_writes=True, include=["public"]) == {"public_ping", "public_time"}
    assert names(allow_writes=True, exclude=["smart_trades"]) == {"public_ping", "public_time"}
    assert names(allow_writes=False, include=["smart_trades_create"]) == set()
    with pytest.raises(SelectionError, match=r"smart_trade\b"):
        select_tools(tools, allow_writes=True, include=["smart_trade"])  # a typo is not "nothing"


def _snippet(readme: Path, heading: str) -> dict[str, Any]:
    """The assistant configuration (the ```json block) of ``readme``'s section ``heading``."""
    section = readme.read_text(encoding="utf-8").split(heading, 1)[1].split("\n## ", 1)[0]
    (block,) = re.findall(r"```json\n(.*?)```", section, re.S)
    server: dict[str, Any] = json.loads(block)["mcpServers"]["threecommas"]
    return server


@pytest.mark.parametrize(
    ("readme", "heading"),
    [
        (ROOT / "README.md", "## For AI assistants: the MCP server"),
        (ROOT / "generated_client" / "README.md", "## MCP server, for AI assistants"),
        (ROOT / "docs" / "mcp.md", "## Install and start"),
    ],
    ids=["README", "client README", "docs/mcp.md"],
)
async def test_the_documented_configuration_starts_the_server(readme: Path, heading: str) -> None:
    server = _snippet(readme, heading)
    assert set(server["env"]) == {"THREECOMMAS_API_KEY", "THREECOMMAS_API_SECRET"}
    # As an assistant runs it: the command found on PATH (this interpreter's scripts folder).
    scripts = str(Path(sys.executable).parent)
    with FaultServer() as api:
        env = server_env(api.url, PATH=scripts + os.pathsep + os.environ.get("PATH", ""))
        async with stdio_session(*server["args"], env=env, command=[server["command"]]) as session:
            names = {tool.name for tool in (await session.list_tools()).tools}
    expected = {name for name, writes in expected_tools(load_spec()).items() if not writes}
    if "--tools" in server["args"]:
        expected = {name for name in expected if name.startswith("smart_trades_")}
    assert names == expected


def test_list_and_a_selection_typo_on_the_command_line() -> None:
    def run(*arguments: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("THREECOMMAS_")}
        command = [sys.executable, "-m", "threecommas.mcp", *arguments]
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)

    tools = expected_tools(load_spec())
    listed = run("--list")
    assert listed.returncode == 0 and sorted(listed.stdout.split()) == sorted(
        n for n, w in tools.items() if not w
    )
    assert sorted(run("--list", "--allow-writes").stdout.split()) == sorted(tools)
    typo = run("--tools", "smart_trade", "--list")
    assert typo.returncode == 2 and "smart_trade" in typo.stderr and "smart_trades" in typo.stderr
    assert typo.stdout == ""
