"""An answer whose shape a field chooses (``x-response-by``) is read by that field's keyword.

The spec names the field by its wire name; the method's keyword may differ (``type`` → ``type_``,
``from`` → ``from_``). A made-up spec renames add_funds' ``response_type`` to each of those, and the
generated client must still read a ``smart_trade`` answer into a ``SmartTradeEntity`` (not hand
back a plain dict), and generate at all for ``from``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from generator import extensions
from generator.client.answers import ChosenAnswer
from generator.client.view import build_client_plan
from generator.diagnostics import GenerationFailed
from tests.support.built_client import build_client, run_with, seed_spec
from tests.support.generator_cli import generator_cli

ADD_FUNDS = "/ver1/smart_trades/{smart_trade_id}/add_funds"

USE = """
import json
import httpx
from threecommas import Client
from threecommas.models import LimitOrder

def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"id": 7, "status": {"type": "created"}})

client = Client(api_key="k", api_secret="s", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
chosen = client.smart_trades.add_funds(1, quantity=1, order_type=LimitOrder(rate=2), KEYWORD="smart_trade")
default = client.smart_trades.add_funds(1, quantity=1, order_type=LimitOrder(rate=2))
print(json.dumps([type(chosen).__name__, type(default).__name__]))
"""


def _renamed(wire: str) -> dict[str, Any]:
    """The seed spec, add_funds' answer chosen by a body field called ``wire``."""
    spec = seed_spec()
    fields = spec["components"]["schemas"]["AddSmartTradeFundsFields"]["properties"]
    fields[wire] = fields.pop("response_type")
    answers = spec["paths"][ADD_FUNDS]["post"]["responses"]["200"]["content"]["application/json"]
    answers["schema"][extensions.RESPONSE_BY]["parameter"] = wire
    return spec


@pytest.mark.parametrize(("wire", "keyword"), [("type", "type_"), ("from", "from_")])
def test_the_plan_reads_the_choice_from_the_keyword(wire: str, keyword: str) -> None:
    response = build_client_plan(_renamed(wire)).operations["add_smart_trade_funds"].response
    assert isinstance(response, ChosenAnswer)
    assert response.parameter == keyword


@pytest.mark.parametrize(("wire", "keyword"), [("type", "type_"), ("from", "from_")])
def test_the_client_reads_the_answer_the_keyword_chose(wire: str, keyword: str, tmp_path: Path) -> None:
    client = build_client(_renamed(wire), tmp_path)
    ran = run_with(client, USE.replace("KEYWORD", keyword))
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout) == ["SmartTradeEntity", "dict"]


def test_a_choice_by_a_field_the_operation_lacks_is_an_error_at_the_operation() -> None:
    spec = seed_spec()
    answers = spec["paths"][ADD_FUNDS]["post"]["responses"]["200"]["content"]["application/json"]
    answers["schema"][extensions.RESPONSE_BY]["parameter"] = "nowhere"
    with pytest.raises(GenerationFailed) as failed:
        build_client_plan(spec)
    (problem,) = failed.value.diagnostics
    assert "'nowhere'" in problem.message
    assert "#/paths/~1ver1~1smart_trades~1{smart_trade_id}~1add_funds/post/responses" in problem.message


def test_the_command_names_the_file_and_line_of_the_problem(tmp_path: Path) -> None:
    spec = seed_spec()
    answers = spec["paths"][ADD_FUNDS]["post"]["responses"]["200"]["content"]["application/json"]
    answers["schema"][extensions.RESPONSE_BY]["parameter"] = "nowhere"
    path = tmp_path / "openapi.yaml"
    with path.open("w") as out:
        YAML(typ="safe", pure=True).dump(spec, out)
    lines = path.read_text().splitlines()
    operation = lines.index(f"  {ADD_FUNDS}:") + 2  # its ``post:``, then ``responses:`` below it
    responses = next(n for n in range(operation, len(lines)) if lines[n].strip() == "responses:") + 1
    ran = generator_cli("client", path, "-o", tmp_path / "client")
    assert ran.returncode == 1
    first = ran.stderr.splitlines()[0]
    assert first.startswith(f"{path}:{responses}:"), first
    assert "x-response-by names 'nowhere'" in first
    assert not (tmp_path / "client").exists()
