"""A keyword named like an operation's module would hide it in the method's body.

A resource method reads ``<operation module>.ENDPOINT``: a query parameter or body field of that
name takes a trailing ``_`` (as ``timeout`` does), in the client and in the spec's code samples
alike, and the call still reaches its operation.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from generator import extensions
from generator.client.view import build_client_plan
from generator.openapi.samples import add_code_samples
from tests.support.built_client import build_client, run_with, seed_spec

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
    spec = seed_spec()
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
    done = run_with(build_client(_spec(), tmp_path), USE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str([("/public/api/ver1/smart_trades", "x")])
