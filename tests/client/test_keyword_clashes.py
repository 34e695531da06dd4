"""A body field named like one of its operation's parameters (``smart_trade_id`` in the path and
in the body): both are keywords of one method, so the generator must not write the name twice
(a SyntaxError in the generated package). The path parameter keeps its name; the body field takes
the trailing ``_`` the per-call options' names get, and still goes on the wire as written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import GenerationFailed
from tests.support.built_client import build_client, run_with, seed_spec

USE = """
import json
import httpx
from threecommas import Client
from threecommas.models import MarketOrder

sent = []
def answer(request: httpx.Request) -> httpx.Response:
    sent.append({"path": request.url.path, "query": str(request.url.query, "ascii"),
                 "body": json.loads(request.content)})
    return httpx.Response(200, json={})

client = Client(api_key="k", api_secret="s", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
client.smart_trades.add_funds(7, quantity="1.5", order_type=MarketOrder(), smart_trade_id_=9)
print(json.dumps(sent))
"""


@pytest.fixture(scope="module")
def clashing_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = seed_spec()
    fields = spec["components"]["schemas"]["AddSmartTradeFundsFields"]
    fields["properties"]["smart_trade_id"] = {"type": "integer", "description": "made-up body copy of the id"}
    return build_client(spec, tmp_path_factory.mktemp("clash"))


def test_the_path_parameter_keeps_its_name_and_the_body_field_is_still_sent(clashing_client: Path) -> None:
    completed = run_with(clashing_client, USE)
    assert completed.returncode == 0, completed.stderr
    [sent] = json.loads(completed.stdout)
    assert sent["path"] == "/public/api/ver1/smart_trades/7/add_funds"
    assert sent["body"] == {"quantity": 1.5, "is_market": True, "smart_trade_id": 9}


def test_a_shared_body_whose_fields_clash_differently_is_a_located_error(tmp_path: Path) -> None:
    spec: dict[str, Any] = seed_spec()
    fields = spec["components"]["schemas"]["AddSmartTradeFundsFields"]
    fields["properties"]["smart_trade_id"] = {"type": "integer"}
    # A second operation sends the same body class from a path whose parameter is named otherwise.
    add_funds = spec["paths"]["/ver1/smart_trades/{smart_trade_id}/add_funds"]["post"]
    twin = json.loads(json.dumps(add_funds))
    twin["operationId"] = "add_trade_funds_twin"
    twin["parameters"] = [dict(p, name="trade_id") if p["in"] == "path" else p for p in twin["parameters"]]
    spec["paths"]["/ver1/twins/{trade_id}/add_funds"] = {"post": twin}
    with pytest.raises(
        GenerationFailed,
        match=r"openapi\.yaml:\d+:\d+: error: request body AddSmartTradeFundsRequest is shared",
    ):
        build_client(spec, tmp_path)
    assert not (tmp_path / "client").exists()  # nothing half-written
