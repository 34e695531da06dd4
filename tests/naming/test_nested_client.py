"""A spec whose API nests a collection gives a client with a nested resource, paged and raw.

The seed chapter nests nothing, so the seed spec gets two made-up operations under
``/ver1/smart_trades/{smart_trade_id}/trades`` without naming keys: the client derives their
names by the same rule (``client.smart_trades.trades.list`` / ``.cancel``), and the package it
writes passes ``mypy --strict`` and calls the right paths.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import extensions
from tests.support.built_client import build_client, run_with, seed_spec

ROOT = Path(__file__).resolve().parents[2]
CANCEL = "/ver1/smart_trades/{smart_trade_id}/cancel"

USE = """
import httpx
from threecommas import Client, SyncPage

seen = []
def answer(request: httpx.Request) -> httpx.Response:
    seen.append((request.method, request.url.path, request.url.params.get("offset")))
    body = [{"id": 1}] if request.method == "GET" else {"id": 2}
    return httpx.Response(200, json=body)

http = httpx.Client(transport=httpx.MockTransport(answer))
client = Client(api_key="k", api_secret="s", http_client=http)
page = client.smart_trades.trades.list(5)
assert isinstance(page, SyncPage) and [t.id for t in page] == [1]
assert client.smart_trades.trades.cancel(9, smart_trade_id=5).id == 2
raw = client.smart_trades.with_raw_response.trades.cancel(9, smart_trade_id=5)
assert raw.status_code == 200 and raw.parse().id == 2
print(seen)
"""


def _unnamed_copy(operation: dict[str, Any], operation_id: str, summary: str) -> dict[str, Any]:
    """``operation`` under another id and summary, without naming keys: its name is derived."""
    copied = copy.deepcopy(operation)
    for key in (extensions.SDK_RESOURCE, extensions.SDK_METHOD):
        copied.pop(key)
    copied.update(operationId=operation_id, summary=summary)
    return copied


def _nested_spec() -> dict[str, Any]:
    spec = seed_spec()
    template = spec["paths"][CANCEL]["post"]
    listing = _unnamed_copy(template, "list_smart_trade_trades", "Get trades of SmartTrade")
    listing["parameters"] = [
        *listing["parameters"],
        {"name": "limit", "in": "query", "required": False, "schema": {"type": "integer"}},
        {"name": "offset", "in": "query", "required": False, "schema": {"type": "integer"}},
    ]
    listing["responses"]["200"]["content"]["application/json"]["schema"] = {
        "type": "array",
        "items": {"$ref": "#/components/schemas/SmartTradeEntity"},
    }
    # What pages it is the spec's to say (the spec stage writes it from the reference's words).
    listing[extensions.PAGING] = {"size": "limit", "position": "offset", "counts": "records"}
    cancel = _unnamed_copy(template, "cancel_smart_trade_trade", "Cancel trade")
    cancel["parameters"] = [
        *cancel["parameters"],
        {"name": "trade_id", "in": "path", "required": True, "schema": {"type": "integer"}},
    ]
    spec["paths"]["/ver1/smart_trades/{smart_trade_id}/trades"] = {"get": listing}
    spec["paths"]["/ver1/smart_trades/{smart_trade_id}/trades/{trade_id}"] = {"delete": cancel}
    return spec


@pytest.fixture(scope="module")
def nested_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_client(_nested_spec(), tmp_path_factory.mktemp("nested"))


def test_the_nested_resource_calls_its_paths(nested_client: Path) -> None:
    done = run_with(nested_client, USE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(
        [
            ("GET", "/public/api/ver1/smart_trades/5/trades", "0"),
            ("GET", "/public/api/ver1/smart_trades/5/trades", "1"),
            ("DELETE", "/public/api/ver1/smart_trades/5/trades/9", None),
            ("DELETE", "/public/api/ver1/smart_trades/5/trades/9", None),
        ]
    )


def test_the_nested_package_passes_mypy_strict(nested_client: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), "threecommas"],
        cwd=nested_client,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
