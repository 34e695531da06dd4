"""One object, one class, whichever operations send it; names that do not repeat their owner
(issue 28), on a made-up chapter in the 2022 table style (nested rows).

- ``stop_loss`` is the same in ``create`` and ``update`` (worded differently): one rule group
  in the spec (``StopLoss``, ``StopLossEnabled``), one class in the client (``StopLoss``), its
  docstring saying what each call says of each field.
- ``position`` differs (``update`` does not require ``units``): one class per operation, named
  after it (``CreateOrderPosition``, ``UpdateOrderPosition``); the objects inside it that are the
  same (``position.price``) are one class again (``PositionPrice``).
- ``leverage`` is the same in two operations and differs in a third: the two share
  ``Leverage``, the third has ``CreateHedgeLeverage``.
- a string selector's variants are named by the selector, not by the object holding it:
  ``CreateOrderPosition(order_type=OrderLimit(...))``, not ``...PositionOrderLimit``.
- the code samples name the classes the client defines.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator import extensions
from generator.client.view import build_client_plan
from generator.naming import body_object_classes
from generator.pipeline import run_spec_pipeline
from generator.spec_refs import rules_as_built
from tests.support.built_client import build_client, run_with

_HEAD = """Name | Type | Mandatory | Values(default) | Description
------------ | ------------ | ------------ | ------------ | ------------
"""


def _operation(title: str, method: str, path: str, rows: str) -> str:
    return f"""### {title} (Permission: SMART_TRADES_WRITE, Security: SIGNED)
```
{method} {path}
```
**Parameters:**

{_HEAD}{rows}"""


_ORDER_TYPE = "position[order_type] | string | YES | market, limit |\n"
_PRICE = "position[price][value] | number | NO |   | Required if position[order_type] = limit\n"
_STOP_LOSS = """stop_loss[enabled] | boolean | YES |   |
stop_loss[breakeven] | boolean | NO |   | {said} the move to breakeven
stop_loss[price][value] | number | NO |   | Required if stop_loss[enabled]. The trigger price
"""
_LEVERAGE = "leverage[enabled] | boolean | NO |   |\nleverage[value] | integer | NO |   |\n"

CHAPTER = "# Orders Api\n" + "\n".join(
    [
        _operation(
            "Create order",
            "POST",
            "/v2/orders",
            "account_id | integer | YES |   |\nposition | object | YES |   |\nstop_loss | object | YES |   |\n"
            + _ORDER_TYPE
            + "position[units][value] | number | YES |   |\n"
            + _PRICE
            + _STOP_LOSS.format(said="Turns on")
            + _LEVERAGE,
        ),
        _operation(
            "Update order",
            "PATCH",
            "/v2/orders/{id}",
            "id | integer | YES |   |\n"
            + _ORDER_TYPE
            + "position[units][value] | number | NO |   |\n"
            + _PRICE
            + _STOP_LOSS.format(said="Switches")
            + _LEVERAGE,
        ),
        _operation(
            "Create hedge",
            "POST",
            "/v2/hedges",
            "account_id | integer | YES |   |\nleverage | object | YES |   |\nleverage[value] | integer | YES |   |\n",
        ),
    ]
)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return run_spec_pipeline([("docs/orders_api.md", CHAPTER)]).spec


def test_a_rule_group_two_operations_share_is_one_component(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert {"StopLoss", "StopLossEnabled", "StopLossDisabled", "OrderLimit", "OrderMarket"} <= set(schemas)
    assert not [
        name
        for name in schemas
        if name.startswith(("CreateOrderStop", "UpdateOrderStop", "UpdateOrderOrder"))
    ]


def test_one_class_per_object_whichever_operations_send_it(spec: dict[str, Any]) -> None:
    classes = body_object_classes(rules_as_built(spec))  # the client's reading of the rule objects
    assert classes[("create_order", "stop_loss")] == classes[("update_order", "stop_loss")] == "StopLoss"
    assert classes[("create_order", "position")] == "CreateOrderPosition"
    assert classes[("update_order", "position")] == "UpdateOrderPosition"
    assert classes[("create_order", "position", "price")] == "PositionPrice"
    assert classes[("update_order", "leverage")] == "Leverage"
    assert classes[("create_hedge", "leverage")] == "CreateHedgeLeverage"
    plan = build_client_plan(spec)
    planned = set(plan.models)
    assert set(classes.values()) <= planned
    assert not {"CreateOrderStopLoss", "UpdateOrderStopLoss", "CreateOrderLeverage"} & planned
    stop_loss = plan.models["StopLoss"]
    said = {f.wire: f.description for f in stop_loss.fields}
    # Each call's own words, named as a user calls it.
    assert said["breakeven"] == (
        "In ``orders.create``: Turns on the move to breakeven. In ``orders.update``: Switches the move to breakeven."
    )
    variants = next(f.variants for f in plan.models["CreateOrderPosition"].fields if f.variants)
    assert variants == ("OrderMarket", "OrderLimit")


def test_the_samples_name_the_classes_the_client_defines(spec: dict[str, Any]) -> None:
    planned = set(build_client_plan(spec).models)
    imported: set[str] = set()
    for item in spec["paths"].values():
        for operation in item.values():
            source = next(s["source"] for s in operation[extensions.CODE_SAMPLES] if s["label"] == "Python")
            for line in source.splitlines():
                if line.startswith("from threecommas.models import "):
                    imported |= {n.strip() for n in line.split(" import ", 1)[1].split(",")}
    assert {"CreateOrderPosition", "CreateOrderPositionUnits", "StopLoss", "CreateHedgeLeverage"} <= imported
    assert imported <= planned, sorted(imported - planned)


USE = """
import json
import httpx
from threecommas import Client
from threecommas.models import CreateOrderPosition, CreateOrderPositionUnits, OrderLimit, PositionPrice, StopLoss, StopLossEnabled, StopLossPrice

sent = []
def answer(request):
    sent.append(json.loads(request.content))
    return httpx.Response(200, json={})

transport = httpx.MockTransport(answer)
client = Client(api_key="k", api_secret="s", base_url="https://example.test/public/api", http_client=httpx.Client(transport=transport))
stop_loss = StopLoss(enabled=StopLossEnabled(price=StopLossPrice(value=90)))
position = CreateOrderPosition(order_type=OrderLimit(price=PositionPrice(value=100)), units=CreateOrderPositionUnits(value=1))
client.orders.create(account_id=1, position=position, stop_loss=stop_loss)
client.orders.update(7, stop_loss=stop_loss)
print(json.dumps(sent))
"""


def test_one_class_goes_to_both_calls(spec: dict[str, Any], tmp_path: Path) -> None:
    completed = run_with(build_client(spec, tmp_path), USE)
    assert completed.returncode == 0, completed.stderr
    stop_loss = {"enabled": True, "price": {"value": 90}}
    assert json.loads(completed.stdout) == [
        {
            "account_id": 1,
            "position": {"order_type": "limit", "units": {"value": 1}, "price": {"value": 100}},
            "stop_loss": stop_loss,
        },
        {"stop_loss": stop_loss},
    ]


RUN_SAMPLE = """
import functools, json
import httpx
import threecommas

sent = []
def answer(request):
    sent.append(json.loads(request.content))
    return httpx.Response(200, json={})

threecommas.Client = functools.partial(
    threecommas.Client, api_key="k", api_secret="s", base_url="https://example.test/public/api",
    http_client=httpx.Client(transport=httpx.MockTransport(answer)),
)
exec(compile(SAMPLE, "sample", "exec"))
print("SENT", json.dumps(sent))
"""


def test_the_sample_with_nested_objects_and_their_groups_runs(spec: dict[str, Any], tmp_path: Path) -> None:
    """A nested object's rule group is its variant class in the sample too (``StopLoss(enabled=
    StopLossDisabled())``, not ``enabled=False``), and the sample runs through the client."""
    sample = next(
        s["source"]
        for s in spec["paths"]["/v2/orders"]["post"][extensions.CODE_SAMPLES]
        if s["label"] == "Python"
    )
    assert "stop_loss=StopLoss(enabled=StopLossDisabled())" in sample
    completed = run_with(build_client(spec, tmp_path), f"SAMPLE = {sample!r}\n{RUN_SAMPLE}")
    assert completed.returncode == 0, completed.stderr
    sent = json.loads(completed.stdout.split("SENT ", 1)[1])
    assert sent == [
        {
            "account_id": 1,
            "position": {"order_type": "market", "units": {"value": 1}},
            "stop_loss": {"enabled": False},
        }
    ]
