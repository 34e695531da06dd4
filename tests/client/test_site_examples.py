"""Every example of an answer reads through the client as its documented type and writes back as
received (issue 28, typed responses).

``examples_through_client.py`` reads each response example of a spec, and each entity's object
made of its fields' examples, through the client built from that spec: every field must come
back as the Python type its schema documents (a decimal shown quoted a ``Decimal``), and
``to_json()`` must give back the JSON received. Run on the site's build (every example of every
page), on the committed build, and on a made-up spec whose answer spells its numbers,
booleans and times in the forms the API uses.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.support.built_client import build_client, run_with, seed_spec
from tests.support.current_build import CurrentBuild

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("examples_through_client.py")


def _read_examples(spec_path: Path, client_dir: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(spec_path)],
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(client_dir), str(ROOT)])},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_every_example_of_the_site_reads_as_documented(current_build: CurrentBuild) -> None:
    result = _read_examples(current_build.spec_path.with_suffix(".json"), current_build.client_dir)
    assert result["problems"] == []
    # Every answer the pages show (89) and every entity page with field examples (27), at least.
    assert result["examples"] >= 110, result
    # Each documented type is met, the site's quoted decimals most of all.
    types = result["types"]
    assert types["Decimal"] >= 200 and types["datetime"] >= 20, types
    assert all(types.get(kind, 0) > 0 for kind in ("int", "str", "bool", "list", "dict", "Entity")), types


#: An answer in the forms the API uses: an id as text, a time with ``Z`` and milliseconds, a
#: boolean as text, decimals as text and as a number.
TRADE = {
    "id": "12",
    "account_id": 7,
    "created_at": "2024-11-11T16:46:59.479Z",
    "updated_at": "2024-11-11 16:46:59",
    "finished": "false",
    "cancellable": True,
    "status": "created",
    "buy_price": "30000.00",
    "units_to_buy": 0.5,
    "total": None,
}


def _with_example(spec: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(spec)
    answer = spec["paths"]["/ver1/smart_trades/{smart_trade_id}/cancel"]["post"]["responses"]["200"]
    answer["content"]["application/json"]["examples"] = {"page": {"value": TRADE}}
    return spec


def test_an_example_in_every_form_the_api_uses_reads_as_documented(tmp_path: Path) -> None:
    client = build_client(_with_example(seed_spec()), tmp_path)
    result = _read_examples(tmp_path / "openapi.yaml", client)
    assert result["problems"] == []
    assert result["examples"] >= 1 and {"int", "datetime", "bool", "Decimal", "str"} <= set(result["types"])


EDIT = """
import json
from datetime import timedelta
from decimal import Decimal
from threecommas.models import SmartTradeEntity

sent = json.loads(%r)
trade = SmartTradeEntity.from_dict(sent)
assert type(trade.buy_price) is Decimal and type(trade.units_to_buy) is Decimal
assert trade.to_dict() == sent
trade.id, trade.finished = 13, True
trade.created_at += timedelta(seconds=1)
trade.updated_at += timedelta(seconds=1)
trade.buy_price, trade.units_to_buy = Decimal("31000.5"), Decimal("0.25")
print(json.dumps(trade.to_dict()))
"""


def test_an_edited_field_is_written_in_the_form_received(tmp_path: Path) -> None:
    client = build_client(seed_spec(), tmp_path)
    run = run_with(client, EDIT % json.dumps(TRADE))
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {
        **TRADE,
        "id": "13",  # sent as text, written as text
        "finished": "true",
        "created_at": "2024-11-11T16:47:00.479Z",  # the API's separator, milliseconds and zone
        "updated_at": "2024-11-11 16:47:00",
        "buy_price": "31000.5",
        "units_to_buy": 0.25,  # sent as a number, written as a number
    }
