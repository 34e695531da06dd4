"""A keyword named like an operation's module would hide it in the method's body.

A resource method reads ``<operation module>.ENDPOINT``: a query parameter or body field of that
name takes a trailing ``_`` (as ``timeout`` does), in the client and in the spec's code samples
alike, and the call still reaches its operation.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from generator import extensions
from generator.client.generate import generate_client
from generator.client.view import build_client_plan
from generator.openapi.samples import add_code_samples

ROOT = Path(__file__).resolve().parents[2]
LIST = "/ver1/smart_trades"

USE = """
import httpx
from threecommas import Client

seen = []
def answer(request: httpx.Request) -> httpx.Response:
    seen.append((request.url.path, request.url.params.get("list_smart_trades")))
    return httpx.Response(200, json=[])

client = Client(api_key="k", api_secret="s", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
list(client.smart_trades.list(list_smart_trades_="x"))
print(seen)
"""


def _spec() -> dict[str, Any]:
    """The seed spec, whose list operation (module ``list_smart_trades``) takes a required query
    parameter of that very name."""
    spec: dict[str, Any] = YAML(typ="safe", pure=True).load((ROOT / "spec" / "openapi.yaml").read_text())
    listing = spec["paths"][LIST]["get"]
    listing["parameters"] = [
        *copy.deepcopy(listing.get("parameters") or []),
        {"name": "list_smart_trades", "in": "query", "required": True, "schema": {"type": "string"}},
    ]
    return spec


def test_the_client_and_the_samples_rename_the_keyword_alike() -> None:
    spec = _spec()
    plan = build_client_plan(spec)
    (parameter,) = [
        p for p in plan.operations["list_smart_trades"].query_params if p.wire == "list_smart_trades"
    ]
    assert parameter.python == "list_smart_trades_"
    samples = add_code_samples(spec)["paths"][LIST]["get"][extensions.CODE_SAMPLES]
    python = next(s["source"] for s in samples if s["lang"] == "Python")
    assert 'list_smart_trades_="' in python, python


def test_the_renamed_keyword_is_sent_under_its_own_name(tmp_path: Path) -> None:
    spec_path = tmp_path / "openapi.yaml"
    with spec_path.open("w") as out:
        YAML(typ="safe", pure=True).dump(_spec(), out)
    generate_client(spec_path, tmp_path / "client", quiet=True)
    done = subprocess.run(
        [sys.executable, "-c", USE],
        env={**os.environ, "PYTHONPATH": str(tmp_path / "client")},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str([("/public/api/ver1/smart_trades", "x")])
