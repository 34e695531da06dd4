"""The server of the client built from the current reference (the MDX site): one tool per operation."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.mcp.conftest import ROOT, expected_tools, server_env, stdio_session
from tests.support.prism import prism

SITE = ROOT.parent / "shared" / "docs-mdx"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site's spec and client, built in a work folder (``openapi.yaml``, ``openapi.json``, ``client/``)."""
    if not SITE.is_dir():
        pytest.skip(f"the current reference is not in {SITE} (../shared/docs-mdx): nothing to build")
    work = tmp_path_factory.mktemp("site")
    for command in (
        ["spec", str(SITE), "-o", str(work / "openapi.yaml")],
        ["client", str(work / "openapi.yaml"), "-o", str(work / "client")],
    ):
        completed = subprocess.run(
            [sys.executable, "-m", "generator", *command],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert completed.returncode == 0, completed.stderr[-4000:]
    return work


@pytest.fixture(scope="module")
def site_prism(site: Path) -> Iterator[str]:
    with prism(site / "openapi.yaml") as base:
        yield base


async def test_the_sites_server_offers_all_85_operations(site: Path, site_prism: str) -> None:
    spec = json.loads((site / "openapi.json").read_text(encoding="utf-8"))
    expected = expected_tools(spec)
    assert len(expected) == 85
    env = server_env(site_prism, pythonpath=site / "client")
    async with stdio_session("--allow-writes", env=env) as session:
        tools = (await session.list_tools()).tools
    assert sorted(tool.name for tool in tools) == sorted(expected)
    for tool in tools:
        assert tool.inputSchema["type"] == "object" and "$ref" not in json.dumps(tool.inputSchema)
    async with stdio_session(env=env) as session:
        offered = (await session.list_tools()).tools
        # A read that needs no argument, called through Prism on the site's spec.
        simple = next(
            t.name for t in offered if not t.inputSchema.get("required") and "allOf" not in t.inputSchema
        )
        answer = await session.call_tool(simple, {})
    assert sorted(tool.name for tool in offered) == sorted(
        name for name, writes in expected.items() if not writes
    )
    assert not answer.isError, answer.content
