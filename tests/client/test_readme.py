"""The client README's examples: each runs against a loopback server that verifies signatures,
and all of them pass ``mypy --strict`` as users would type-check them."""

from __future__ import annotations

import asyncio
import functools
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from generator.naming import spec_sdk_names
from tests.support.fault_server import Fault, FaultServer, Seen

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "generated_client" / "README.md"
SPEC = ROOT / "spec" / "openapi.json"
#: The placeholder credentials of the README; the environment gives the same ones.
KEY = SECRET = "..."


def _examples() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(), re.S)


def _answers() -> Fault:
    """Answer each operation of the spec with the smallest body of its response's shape."""
    spec = json.loads(SPEC.read_text())
    routes: list[tuple[str, re.Pattern[str], bool]] = []
    for template, item in spec["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
            pattern = re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")
            routes.append((method.upper(), pattern, schema.get("type") == "array"))
    base = urlsplit(spec["servers"][0]["url"]).path

    def reply(request: Seen) -> Fault:
        url = urlsplit(request.path)
        path = url.path.removeprefix(base)
        for method, pattern, is_array in routes:
            if method == request.method and pattern.match(path):
                if not is_array:
                    return Fault(body={"id": 1, "status": "created"})
                first_page = parse_qs(url.query).get("offset", ["0"]) == ["0"]
                return Fault(body=[{"id": 1}] if first_page else [])
        return Fault("status", 404, b'{"error": "no such route"}')

    return Fault("reply", reply=reply)


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    with FaultServer(api_key=KEY, secret=SECRET) as running:
        yield running


def test_the_readme_has_an_example_per_chapter() -> None:
    spec = json.loads(SPEC.read_text())
    from threecommas import Client

    # Resources are the client's lazily built attributes (cached properties, one per resource).
    chapters = [
        name
        for name, value in vars(Client).items()
        if isinstance(value, functools.cached_property) and not name.startswith("_")
    ]
    assert set(chapters) == {name.resource[0] for name in spec_sdk_names(spec).values()}
    code = "\n".join(_examples())
    for chapter in chapters:
        assert f"client.{chapter}." in code, f"no example for client.{chapter}"


@pytest.mark.parametrize("index", range(len(_examples())))
def test_each_readme_example_runs(index: int, server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THREECOMMAS_API_KEY", KEY)
    monkeypatch.setenv("THREECOMMAS_API_SECRET", SECRET)
    monkeypatch.setenv("THREECOMMAS_BASE_URL", server.url)
    server.script(then=_answers())
    code = _examples()[index]
    namespace: dict[str, Any] = {"__name__": "readme_example"}
    exec(compile(code, f"{README.name} example {index + 1}", "exec"), namespace)
    if "main" in namespace:
        asyncio.run(namespace["main"]())
    assert server.bad_signatures == 0
    assert all(not request.path.endswith("no such route") for request in server.requests)


def test_the_readme_examples_pass_mypy_strict(tmp_path: Path) -> None:
    for index, code in enumerate(_examples()):
        (tmp_path / f"readme_example_{index + 1}.py").write_text(code)
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".cache"), "."],
        cwd=tmp_path,
        env={**os.environ, "MYPYPATH": str(README.parent)},  # the package as checked out
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Success" in done.stdout
    assert done.returncode == 0, done.stdout + done.stderr
