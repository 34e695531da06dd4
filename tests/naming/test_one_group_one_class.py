"""One rule group, one set of class names (issue 28).

``buy_method`` is mandatory in one operation and has a default in another: the spec writes the
group twice (``BuyMethod``, ``BuyMethodWithDefault``), because a validator needs the variant that
matches a body without the selector (``BuyLimitByDefault``). A user means one thing, a limit
buy: the client has one class ``BuyLimit`` for both operations, which always sends its selector
(both schemas allow that), and keeps the former name ``BuyLimitByDefault`` importable for one
minor version, with a ``DeprecationWarning``. The change report calls that rename compatible.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generator import extensions
from generator.client.view import build_client_plan
from generator.diff import Impact, compare
from generator.naming import variant_twins
from generator.pipeline import run_spec_pipeline
from tests.support.built_client import build_client, run_with

_TABLE = """Name | Type | Mandatory | Values(default) | Description
------------ | ------------ | ------------ | ------------ | ------------
account_id | integer | YES |   | id from GET /ver1/accounts
conditional_limit_price | number | NO |   | Order price for conditional buy
buy_method | string | {mandatory} | limit, market, conditional (limit) |
"""

DOC = f"""# Orders Api
### Create SimpleBuy (Permission: SMART_TRADE_WRITE, Security: SIGNED)
```
POST /ver1/orders/create_simple_buy
```
**Parameters:**

{_TABLE.format(mandatory="YES")}
### Create SmartBuy (Permission: SMART_TRADE_WRITE, Security: SIGNED)
```
POST /ver1/orders/create_smart_buy
```
**Parameters:**

{_TABLE.format(mandatory="NO")}
"""


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return run_spec_pipeline([("orders.md", DOC)]).spec


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def test_the_spec_keeps_both_schemas_and_says_which_class(spec: dict[str, Any]) -> None:
    schemas = _schemas(spec)
    assert "buy_method" in schemas["BuyLimit"]["required"]
    assert "buy_method" not in schemas["BuyLimitByDefault"].get("required", [])
    assert schemas["BuyLimitByDefault"][extensions.SDK_CLASS] == "BuyLimit"
    assert schemas["BuyLimitByDefault"][extensions.SDK_ALIASES] == ["BuyLimitByDefault"]
    # Only the twin: the variants both groups share, and the keeper, name their own class.
    assert [n for n, s in schemas.items() if extensions.SDK_CLASS in s] == ["BuyLimitByDefault"]
    # What the one class sends ({buy_method: limit}) is valid against both schemas.
    for name in ("BuyLimit", "BuyLimitByDefault"):
        jsonschema.validate({"buy_method": "limit"}, schemas[name])


def test_different_groups_are_never_merged_however_alike() -> None:
    disabled = {"type": "object", "properties": {"enabled": {"type": "boolean", "const": False}}}
    enabled = {
        "type": "object",
        "properties": {"enabled": {"type": "boolean", "const": True}},
        "required": ["enabled"],
    }

    def group(*variants: str) -> dict[str, Any]:
        return {
            "oneOf": [{"$ref": f"#/components/schemas/{v}"} for v in variants],
            extensions.SELECTOR: "enabled",
        }

    with_order = copy.deepcopy(enabled)
    with_order["properties"]["order_type"] = {}
    schemas = {
        "StopLoss": group("StopLossDisabled", "StopLossEnabled"),
        "StopLossDisabled": {**disabled, "required": ["enabled"], extensions.GROUP_FIELDS: ["enabled"]},
        "StopLossEnabled": {**with_order, extensions.GROUP_FIELDS: ["enabled", "order_type"]},
        # Alike but for whether `enabled` is required, in a group whose other variant differs.
        "Trailing": group("TrailingDisabled", "TrailingEnabled"),
        "TrailingDisabled": {**disabled, extensions.GROUP_FIELDS: ["enabled"]},
        "TrailingEnabled": {**enabled, extensions.GROUP_FIELDS: ["enabled"]},
    }
    assert variant_twins(schemas) == {}
    # The same group written twice is one, whichever spelling comes first.
    schemas["TrailingWithDefault"] = group("TrailingDisabled", "TrailingEnabledByDefault")
    schemas["TrailingEnabledByDefault"] = {
        "type": "object",
        "properties": {"enabled": {"type": "boolean", "const": True}},
        extensions.GROUP_FIELDS: ["enabled"],
    }
    assert variant_twins(schemas) == {"TrailingEnabledByDefault": "TrailingEnabled"}


def test_the_client_plans_one_class(spec: dict[str, Any]) -> None:
    plan = build_client_plan(spec)
    assert "BuyLimitByDefault" not in plan.models
    assert plan.former_names == {"BuyLimitByDefault": "BuyLimit"}
    variants = {
        op.operation_id: next(f.variants for f in plan.models[op.body_model].fields if f.variants)
        for op in plan.operations.values()
        if op.body_model
    }
    assert variants == {
        "create_simple_buy": ("BuyLimit", "BuyMarket", "BuyConditional"),
        "create_smart_buy": ("BuyLimit", "BuyMarket", "BuyConditional"),
    }


USE = """
import json, warnings
import httpx
from threecommas import Client
from threecommas.models import BuyLimit

sent = []
def answer(request):
    sent.append(json.loads(request.content))
    return httpx.Response(200, json={})

transport = httpx.MockTransport(answer)
client = Client(api_key="k", api_secret="s", base_url="https://example.test/public/api", http_client=httpx.Client(transport=transport))
client.orders.create_simple_buy(account_id=1, buy_method=BuyLimit())
client.orders.create_smart_buy(account_id=1, buy_method=BuyLimit())
client.orders.create_smart_buy(account_id=1)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    from threecommas.models import BuyLimitByDefault  # the line the warning names
former = BuyLimitByDefault is BuyLimit
print(json.dumps({
    "sent": sent,
    "former": former,
    "warnings": [[w.category.__name__, str(w.message), w.lineno] for w in caught],
}))
"""


def test_one_class_sends_the_selector_in_both_operations(spec: dict[str, Any], tmp_path: Path) -> None:
    client = build_client(spec, tmp_path)
    completed = run_with(client, USE)
    assert completed.returncode == 0, completed.stderr
    seen = json.loads(completed.stdout)
    assert seen["sent"] == [
        {"account_id": 1, "buy_method": "limit"},
        {"account_id": 1, "buy_method": "limit"},
        {"account_id": 1},  # left out: the API's default applies
    ]
    assert seen["former"] is True
    line = USE.splitlines().index(
        "    from threecommas.models import BuyLimitByDefault  # the line the warning names"
    )
    # ``from m import name`` asks the module twice (``hasattr``, then the import): the same warning,
    # at the same line, which Python's default filter shows once.
    assert {tuple(w) for w in seen["warnings"]} == {
        (
            "DeprecationWarning",
            "BuyLimitByDefault is deprecated and will be removed in the next minor version: use BuyLimit",
            line + 1,
        )
    }


def test_the_change_report_calls_the_rename_compatible(spec: dict[str, Any]) -> None:
    before = copy.deepcopy(spec)
    for key in (extensions.SDK_CLASS, extensions.SDK_ALIASES):
        del _schemas(before)["BuyLimitByDefault"][key]
    changes = compare(before, spec)
    assert [(c.impact, c.what) for c in changes] == [
        (
            Impact.MINOR,
            "client class renamed: BuyLimitByDefault is BuyLimit; BuyLimitByDefault stays one minor version, deprecated",
        )
    ]
    # Taking the former name away later removes a name users may import: breaking.
    after = copy.deepcopy(spec)
    del _schemas(after)["BuyLimitByDefault"][extensions.SDK_ALIASES]
    assert [(c.impact, c.what) for c in compare(spec, after)] == [
        (Impact.MAJOR, "deprecated client class removed: BuyLimitByDefault")
    ]
