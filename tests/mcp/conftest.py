"""The generated client's MCP server (``threecommas.mcp``), driven by the official MCP SDK's client.

The server runs as users run it, a child process (``python -m threecommas.mcp``), over stdio or
streamable HTTP on 127.0.0.1; its client is pointed at Prism or at a loopback server scripted by
the test. Expected tool names are worked out here from the spec's ``x-sdk-resource`` /
``x-sdk-method``, not read from the server.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import pytest
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client
from ruamel.yaml import YAML

from generator import extensions
from tests.support.prism import prism

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "openapi.yaml"
#: Credentials the tests look for in every output: distinctive, so that a leak cannot hide.
KEY = "mcpTestKey7f3a9c0d1e2b"
SECRET = "mcpTestSecret2b8e41d0aa9f"


def load_spec(path: Path = SPEC) -> dict[str, Any]:
    spec: dict[str, Any] = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    return spec


def expected_tools(spec: Mapping[str, Any]) -> dict[str, bool]:
    """Every operation's tool name (the client's resource and method, by ``_``) and whether it writes."""
    tools = {}
    for item in spec["paths"].values():
        for method, operation in item.items():
            if not isinstance(operation, Mapping) or extensions.SDK_METHOD not in operation:
                continue
            name = "_".join(
                [*operation[extensions.SDK_RESOURCE].split("."), operation[extensions.SDK_METHOD]]
            )
            permission = str(operation.get(extensions.PERMISSION) or "")
            tools[name] = method != "get" or "WRITE" in permission.upper()
    return tools


def server_env(base_url: str, *, pythonpath: Path | None = None, **extra: str) -> dict[str, str]:
    """The environment of a server process: the test's credentials and upstream, nothing inherited
    that could change what it offers."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("THREECOMMAS_")}
    env.update(THREECOMMAS_API_KEY=KEY, THREECOMMAS_API_SECRET=SECRET, THREECOMMAS_BASE_URL=base_url)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    env.update(extra)
    return env


@contextlib.asynccontextmanager
async def stdio_session(
    *arguments: str,
    env: Mapping[str, str],
    errlog: IO[str] | None = None,
    command: Sequence[str] = (sys.executable, "-m", "threecommas.mcp"),
) -> AsyncIterator[ClientSession]:
    """An initialised MCP session with ``python -m threecommas.mcp ARGUMENTS`` (or ``command``) over stdio."""
    parameters = StdioServerParameters(
        command=command[0], args=[*command[1:], *arguments], env=dict(env), cwd=str(ROOT)
    )
    log = errlog if errlog is not None else open(os.devnull, "w")  # noqa: SIM115 - closed below
    try:
        async with (
            stdio_client(parameters, errlog=log) as (read, write),
            ClientSession(read, write) as session,
        ):
            await session.initialize()
            yield session
    finally:
        if errlog is None:
            log.close()


@contextlib.contextmanager
def http_server(*arguments: str, env: Mapping[str, str], stderr: Path) -> Iterator[str]:
    """``python -m threecommas.mcp --transport http --port 0 ARGUMENTS``: yields its URL; stopped after.

    The bearer token it asks for is on stderr (``printed_token``) or in the environment given."""
    with stderr.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "threecommas.mcp", "--transport", "http", "--port", "0", *arguments],
            env=dict(env),
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=log,
            start_new_session=True,
        )
    try:
        url = _wait_for_url(process, stderr)
        yield url
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def _wait_for_url(process: subprocess.Popen[bytes], stderr: Path) -> str:
    """The URL the server prints once it listens (a bounded wait: the process, not a clock)."""
    import time

    for _ in range(600):
        found = re.search(r"threecommas-mcp: (http://\S+)", stderr.read_text(encoding="utf-8"))
        if found:
            return found.group(1)
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}: {stderr.read_text()}")
        time.sleep(0.1)
    raise TimeoutError("the server did not print its URL within 60 s")


def printed_token(stderr: Path) -> str | None:
    """The token the HTTP server made for its run and printed, if it did."""
    found = re.search(r'"Authorization: Bearer (\S+)"', stderr.read_text(encoding="utf-8"))
    return found.group(1) if found else None


@contextlib.asynccontextmanager
async def http_session(url: str, token: str) -> AsyncIterator[ClientSession]:
    import httpx

    async with (
        httpx.AsyncClient(headers={"Authorization": f"Bearer {token}"}) as http,
        streamable_http_client(url, http_client=http) as (read, write, _),
        ClientSession(read, write) as session,
    ):
        await session.initialize()
        yield session


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    with prism() as base:
        yield base
