"""The reader on the seed and on other sections of the reference family; the builder's mapping."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import extensions
from generator.diagnostics import DiagnosticSink
from generator.document.model import HttpMethod
from generator.document.reader import read_document
from generator.naming import derive_operation_id
from generator.pipeline import run_spec_pipeline
from generator.spec_refs import group_reference, rules_as_built

ROOT = Path(__file__).resolve().parents[2]
SEED = [ROOT / "spec" / "docs" / "general_api_information.md", ROOT / "spec" / "docs" / "smart_trades_api.md"]
FIXTURES = ROOT / "tests" / "fixtures" / "docs"


def _read(path: Path) -> Any:
    sink = DiagnosticSink()
    return read_document(path.name, path.read_text(), sink), sink


def _build(*paths: Path) -> Any:
    return run_spec_pipeline([(p.name, p.read_text()) for p in paths])


def test_seed_operations_are_read_with_their_cells() -> None:
    document, sink = _read(SEED[1])
    assert [d for d in sink.errors] == []
    assert len(document.operations) == 13
    create = next(o for o in document.operations if o.path.endswith("create_smart_trade"))
    assert (create.method, create.permission, create.security, create.weight) == (
        HttpMethod.POST,
        "SMART_TRADE_WRITE",
        "SIGNED",
        1,
    )
    assert len(create.parameters) == 28
    step_orders = next(p for p in create.parameters if p.name.base == "take_profit_step_orders")
    assert [f.name for f in step_orders.name.inline_fields] == [
        "percent",
        "price",
        "price_method",
        "price_percentage",
    ]
    assert step_orders.location.line == 134
    assert [e.name for e in document.entities] == ["SmartTradeEntity", "SmartTradeStepEntity"]


def test_general_information() -> None:
    document, _ = _read(SEED[0])
    general = document.general
    assert general.base_url == "https://api.3commas.io/public/api"
    assert general.error_example["error"] == "record_invalid"
    assert [s.name for s in general.security_types] == ["NONE", "APIKEY_ONLY", "SIGNED"]
    assert [code for code, _ in general.status_notes] == ["4XX", "429", "418", "5XX"]
    assert [o.path for o in document.operations] == ["/ver1/ping", "/ver1/time"]
    assert [o.parameters for o in document.operations] == [(), ()]


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("post", "/ver1/smart_trades/create_smart_trade", "create_smart_trade"),
        ("get", "/ver1/smart_trades", "list_smart_trades"),
        ("post", "/ver1/smart_trades/{smart_trade_id}/cancel_order", "cancel_smart_trade_order"),
        ("post", "/ver1/smart_trades/{smart_trade_id}/add_funds", "add_smart_trade_funds"),
        ("post", "/ver1/smart_trades/{smart_trade_id}/panic_sell", "panic_sell_smart_trade"),
        ("patch", "/ver1/smart_trades/{smart_trade_id}/update", "update_smart_trade"),
        ("post", "/ver1/smart_trades/{smart_trade_id}/cancel", "cancel_smart_trade"),
        ("get", "/ver1/ping", "ping"),
        ("get", "/ver1/time", "get_time"),
        ("get", "/ver1/accounts/{account_id}", "get_account"),
    ],
)
def test_operation_ids(method: str, path: str, expected: str) -> None:
    assert derive_operation_id(method, path) == expected


def test_placement_and_responses() -> None:
    spec = _build(*SEED).spec
    paths = spec["paths"]
    cancel = paths["/ver1/smart_trades/{smart_trade_id}/cancel_order"]["post"]
    assert cancel["parameters"] == [
        {"name": "smart_trade_id", "in": "path", "required": True, "schema": {"type": "integer"}}
    ]
    assert "requestBody" in cancel
    history = paths["/ver1/smart_trades"]["get"]
    assert [p["in"] for p in history["parameters"]] == ["query"] * 6
    assert history["responses"]["200"]["content"]["application/json"]["schema"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/SmartTradeEntity"},
    }
    ping = paths["/ver1/ping"]["get"]
    assert ping["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/PongEntity"
    }
    assert ping["security"] == []
    add_funds = paths["/ver1/smart_trades/{smart_trade_id}/add_funds"]["post"]
    selected = add_funds["responses"]["200"]["content"]["application/json"]["schema"][extensions.RESPONSE_BY]
    assert selected["parameter"] == "response_type"
    assert selected["mapping"]["step"] == {"$ref": "#/components/schemas/SmartTradeStepEntity"}
    for item in paths.values():
        for operation in item.values():
            assert set(operation["responses"]) == {"200", "4XX", "418", "429", "5XX"}


def test_every_table_row_is_a_parameter_with_its_cells() -> None:
    spec = rules_as_built(_build(*SEED).spec)  # the body's fields a component, as built
    fields = spec["components"]["schemas"]["CreateSmartTradeFields"]
    properties = fields["properties"]
    assert len(properties) == 28  # one per row of the table
    assert properties["buy_method"] == {
        "type": "string",
        "enum": ["limit", "market", "conditional"],
        "default": "limit",
    }
    assert properties["stop_loss_timeout_seconds"]["default"] == 300
    assert properties["trailing_buy_step"]["default"] == 5.0
    assert properties["take_profit_price_method"]["description"] == "Price type for take profit"
    assert properties["take_profit_step_orders"]["maxItems"] == 4
    assert properties["stop_loss_percentage_condition"]["exclusiveMaximum"] == 0
    assert set(fields["required"]) == {
        "account_id",
        "pair",
        "units_to_buy",
        "buy_price",
        "take_profit_enabled",
        "stop_loss_enabled",
    }


def test_entities_become_components() -> None:
    schemas = _build(*SEED).spec["components"]["schemas"]
    trade = schemas["SmartTradeEntity"]["properties"]
    assert trade["buy_price"]["type"] == ["string", "null"] and trade["buy_price"]["format"] == "decimal"
    assert trade["created_at"]["format"] == "date-time"
    assert trade["smart_trade_steps"] == {
        "type": ["array", "null"],
        "items": {"$ref": "#/components/schemas/SmartTradeStepEntity"},
    }
    assert schemas["SmartTradeStepEntity"]["properties"]["trailing_last_pirce"]["deprecated"] is True
    assert schemas["Error"]["required"] == ["error"]


def test_other_sections_of_the_family() -> None:
    result = _build(SEED[0], FIXTURES / "accounts_api.md", FIXTURES / "smart_trades_v2_api.md")
    paths = result.spec["paths"]
    deals = {p["name"]: p for p in paths["/ver1/deals"]["get"]["parameters"]}
    assert deals["bot_ids"]["schema"] == {
        "type": "array",
        "items": {"type": "integer"},
        "description": "Bots to show deals of",
    }
    assert deals["pairs"]["schema"]["items"] == {"type": "string"}
    assert deals["limit"]["schema"] == {
        "type": "integer",
        "default": 50,
        "minimum": 0,
        "maximum": 1000,
        "description": "Limit records. Max: 1_000",
    }
    assert "parameters" not in paths["/ver1/accounts"]["get"]
    create_bot = paths["/ver1/bots/create_bot"]["post"]
    assert "/* any name */" in create_bot["description"]
    schemas = rules_as_built(result.spec)["components"]["schemas"]
    assert (
        schemas["CreateBotFields"]["properties"]["take_profit"]["exclusiveMinimum"] == 0
    )  # "Must Be positive"
    v2 = schemas["CreateSmartTradeRequest"]["properties"]
    assert v2["leverage"]["properties"]["enabled"] == {"type": "boolean"}
    steps = v2["take_profit"]["properties"]["steps"]
    assert steps["type"] == "array"
    assert steps["items"]["properties"]["price"]["properties"]["value"]["type"] == "number"
    assert steps["items"]["properties"]["price"]["properties"]["value"]["description"] == "Price for the step"
    assert v2["note"]["description"] == "Price type (bid,asl,last)"  # typos stay verbatim
    assert paths["/v2/smart_trades/{id}"]["get"]["parameters"][1]["name"] == "include[]"
    # Rules on bracketed names live in their object: "Required if leverage[enabled]" is a group of
    # `leverage` on its `enabled`, and "Must Be positive" bounds each step's volume.
    group = schemas[group_reference(v2["leverage"]["allOf"][0])["$ref"].rsplit("/", 1)[1]]
    assert group[extensions.SELECTOR] == "enabled"
    assert steps["items"]["properties"]["volume"]["exclusiveMinimum"] == 0
    assert not [d for d in result.sink.warnings if d.code == "rule"]


def test_a_default_outside_its_values_is_dropped_with_a_warning() -> None:
    """Found by `make fuzz`: `market\\x00, limit (market)` once gave a spec whose default broke its enum."""
    text = (
        SEED[1]
        .read_text()
        .replace(
            "stop_loss_sell_method | string | NO | market, limit (market) | ",
            "stop_loss_sell_method | string | NO | market\x00, limit (market) | ",
            1,
        )
    )
    result = run_spec_pipeline([(SEED[0].name, SEED[0].read_text()), ("smart_trades_api.md", text)])
    schema = rules_as_built(result.spec)["components"]["schemas"]["CreateSmartSellFields"]["properties"][
        "stop_loss_sell_method"
    ]
    assert "default" not in schema
    assert any(
        "smart_trades_api.md:66:1: warning: stop_loss_sell_method: default 'market' is not one of its values"
        in str(w)
        for w in result.sink.warnings
    )
