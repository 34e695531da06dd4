"""The MCP server's start-up: from starting its process to the tools listed (issue 31; target < 1 s).

Measured as an assistant sees it: the official MCP SDK's client starts ``python -m threecommas.mcp``
over stdio, initialises the session and lists the tools; the clock runs from before the process
is started to the list received. Also timed, in fresh interpreters: Python doing nothing, and
``import threecommas.mcp`` (the server and the MCP SDK it loads). In a fresh virtualenv holding
what ``pip install 'threecommas-client[mcp]'`` gives a user (the development venv also holds
httpx's optional CLI, which ``import httpx`` loads when present). For the committed client (15
operations) and, when ``../shared/docs-mdx`` is present, the site's client (85 operations, put
first on the path of the same interpreter). ``BENCH_ONLY=mcp`` runs this part alone.
"""

from __future__ import annotations

import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import anyio

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT.parent / "shared" / "docs-mdx"
ROUNDS = int(os.environ.get("BENCH_MCP_ROUNDS", "15"))


def _env(client: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("THREECOMMAS_")}
    env.update(
        THREECOMMAS_API_KEY="bench", THREECOMMAS_API_SECRET="bench", THREECOMMAS_BASE_URL="http://127.0.0.1:9"
    )
    if client is not None:
        env["PYTHONPATH"] = str(client)
    return env


async def _start_and_list(python: Path, env: dict[str, str], cwd: str) -> tuple[float, int]:
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client

    arguments = ["-m", "threecommas.mcp", "--allow-writes"]
    parameters = StdioServerParameters(command=str(python), args=arguments, env=env, cwd=cwd)
    with open(os.devnull, "w") as quiet:
        started = time.perf_counter()
        async with stdio_client(parameters, errlog=quiet) as (read, write), ClientSession(read, write) as s:
            await s.initialize()
            tools = (await s.list_tools()).tools
            listed = time.perf_counter() - started
    return listed, len(tools)


def _cpu_to_tools_listed(python: Path, env: dict[str, str], cwd: str) -> float:
    """CPU seconds (user + system) the server process spent from its start to answering tools/list.

    The wall clock of a loaded machine counts other processes' turns too; this does not. The
    JSON-RPC lines are the ones an assistant sends over stdio.
    """
    messages = [
        {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": INITIALIZE},
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
    ]
    process = subprocess.Popen(
        [python, "-m", "threecommas.mcp", "--allow-writes"],
        env=env,
        cwd=cwd,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write((json.dumps(messages[0]) + "\n").encode())
    process.stdin.flush()
    process.stdout.readline()  # the initialize answer
    process.stdin.write("".join(json.dumps(m) + "\n" for m in messages[1:]).encode())
    process.stdin.flush()
    answer = process.stdout.readline().decode()
    assert '"tools"' in answer, answer[:300]
    fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime
    process.stdin.close()
    process.wait(timeout=60)
    return cpu


INITIALIZE = {
    "protocolVersion": "2025-06-18",
    "capabilities": {},
    "clientInfo": {"name": "bench", "version": "1"},
}


def _fresh(python: Path, code: str, env: dict[str, str], cwd: str) -> float:
    started = time.perf_counter()
    subprocess.run([python, "-c", code], env=env, cwd=cwd, check=True, timeout=120)
    return time.perf_counter() - started


def _users_python(work: Path) -> Path:
    """A fresh virtualenv with ``threecommas-client[mcp]`` installed from this checkout."""
    subprocess.run([sys.executable, "-m", "venv", str(work / "venv")], check=True)
    python = work / "venv" / "bin" / "python"
    install = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*install, f"{ROOT / 'generated_client'}[mcp]"], check=True)
    return python


def _site_client(work: Path) -> Path | None:
    if not SITE.is_dir():
        return None
    for command in (
        ["spec", str(SITE), "-o", str(work / "openapi.yaml")],
        ["client", str(work / "openapi.yaml"), "-o", str(work / "client")],
    ):
        generator = [sys.executable, "-m", "generator", *command]
        subprocess.run(generator, cwd=ROOT, check=True, capture_output=True, timeout=900)
    return work / "client"


def mcp_table(out: io.StringIO) -> None:
    print(
        "| client | tools listed | start to tools listed, median (max) ms | server CPU to tools listed, "
        "median ms | python -c pass ms | import threecommas.mcp ms |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        file=out,
    )
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as work:
        python = _users_python(Path(work))
        clients = [("committed (15 operations)", None), ("site (85 operations)", _site_client(Path(work)))]
        for label, client in clients:
            if label.startswith("site") and client is None:
                continue
            env = _env(client)
            _fresh(python, "import threecommas.mcp", env, work)  # bytecode compiled once, as after an install
            anyio.run(_start_and_list, python, env, work)
            starts, counts, bare, imports, cpu = [], set(), [], [], []
            for _ in range(ROUNDS):
                cpu.append(_cpu_to_tools_listed(python, env, work))
                bare.append(_fresh(python, "pass", env, work))
                imports.append(_fresh(python, "import threecommas.mcp", env, work))
                seconds, count = anyio.run(_start_and_list, python, env, work)
                starts.append(seconds)
                counts.add(count)
            print(
                f"| {label} | {'/'.join(map(str, sorted(counts)))} | {statistics.median(starts) * 1000:.0f} "
                f"({max(starts) * 1000:.0f}) | {statistics.median(cpu) * 1000:.0f} "
                f"| {statistics.median(bare) * 1000:.0f} "
                f"| {statistics.median(imports) * 1000:.0f} |",
                file=out,
            )
    load_after = os.getloadavg()[0]
    print(
        f"\ntarget: start to tools listed < 1000 ms; {ROUNDS} rounds, with --allow-writes (every tool); "
        f"load average (1 min) {load_before:.1f} before, {load_after:.1f} after\n",
        file=out,
    )
