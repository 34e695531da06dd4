"""Credentials never appear in a tool result, a tool error or a log line of the MCP server.

A hostile (or careless) API echoes them: in a successful answer, escaped so that the bytes do not
show them, as an object key, in an error's description; an assistant may pass them as an
argument's name or a tool's name. The server's stderr is kept whole and searched too.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.mcp.conftest import KEY, ROOT, SECRET, server_env, stdio_session
from tests.support.fault_server import Fault, FaultServer

SECRETS = (KEY, SECRET)


def _escaped(value: str) -> str:
    """``value`` with every character as a JSON ``\\uXXXX`` escape: the bytes do not show it."""
    return "".join(f"\\u{ord(c):04x}" for c in value)


def _leaks(output: str) -> list[str]:
    return [secret for secret in SECRETS if secret in output]


async def test_echoed_credentials_are_redacted_everywhere(tmp_path: Path) -> None:
    escaped_key, escaped_secret = _escaped(KEY), _escaped(SECRET)
    success = (
        f'{{"echo": "{KEY}", "escaped": "{escaped_secret}", "{KEY}": "{escaped_key}", "list": ["key={SECRET}"]}}'
    ).encode()
    error = {"error": "bad key " + KEY, "error_description": f"secret {SECRET} refused"}
    with FaultServer() as api:
        api.script(
            Fault(body=success),
            Fault(kind="status", status=422, body=json.dumps(error).encode()),
            Fault(
                kind="status",
                status=401,
                body=f"<html>{KEY} {SECRET}</html>".encode(),
                content_type="text/html",
            ),
        )
        stderr = tmp_path / "stderr"
        with stderr.open("w") as log:
            env = server_env(api.url, THREECOMMAS_LOG="debug")
            async with stdio_session("--allow-writes", env=env, errlog=log) as session:
                outputs = [
                    await session.call_tool("public_ping", {}),
                    await session.call_tool("public_time", {}),
                    await session.call_tool("public_ping", {}),
                    await session.call_tool("public_ping", {KEY: SECRET}),
                    await session.call_tool(f"tool_{KEY}", {}),
                    await session.call_tool("smart_trades_cancel", {"smart_trade_id": SECRET}),
                ]
        assert api.attempts == 3  # the API was reached: the echoes were real answers
    texts = [block.text for result in outputs for block in result.content if block.type == "text"]
    assert not outputs[0].isError and all(result.isError for result in outputs[1:])
    for output in texts:
        assert not _leaks(output), output
    answer = json.loads(texts[0])
    assert answer == {"echo": "***", "escaped": "***", "***": "***", "list": ["key=***"]}
    assert "422" in texts[1] and "***" in texts[1]  # the client's message, credentials masked
    log = stderr.read_text(encoding="utf-8")
    assert "tool public_ping" in log and "public_time" in log  # the log was written, and searched
    assert not _leaks(log), log


def test_a_malformed_key_at_start_is_refused_without_showing_it() -> None:
    env = server_env("http://127.0.0.1:9", THREECOMMAS_API_KEY=KEY + "\n")
    completed = subprocess.run(
        [sys.executable, "-m", "threecommas.mcp"],
        env=env,
        cwd=ROOT,
        input="",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 2
    assert "THREECOMMAS_API_KEY" in completed.stderr or "key" in completed.stderr.lower()
    assert not _leaks(completed.stdout + completed.stderr), completed.stderr


async def test_an_rsa_private_key_and_each_of_its_lines_are_redacted(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    line = pem.splitlines()[5]  # one line of the key's body, alone
    env = server_env("http://127.0.0.1:9", THREECOMMAS_PRIVATE_KEY=pem)
    del env["THREECOMMAS_API_SECRET"]
    with FaultServer(api_key=KEY, public_key=public) as api:
        api.script(then=Fault(body={"whole": pem, "line": f"...{line}...", "error": "no"}))
        env["THREECOMMAS_BASE_URL"] = api.url
        stderr = tmp_path / "stderr"
        with stderr.open("w") as log:
            async with stdio_session(env=env, errlog=log) as session:
                result = await session.call_tool("public_ping", {})
        assert api.bad_signatures == 0  # signed with the key from the environment
    answer = result.content[0].text  # type: ignore[union-attr]
    assert not result.isError, answer
    assert line not in answer and "PRIVATE KEY" not in json.loads(answer)["whole"]
    assert json.loads(answer)["line"] == "...***..."
    assert line not in stderr.read_text(encoding="utf-8")
