"""Each operation's rules, table-driven: payload, verdict, and the rule it exercises, checked by
a JSON Schema 2020-12 validator against the request schema of the generated spec."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from generator import extensions
from generator.pipeline import run_spec_pipeline
from generator.spec_refs import group_reference, rules_as_built
from tests.contract.spec_tools import SPEC_PATH, load_spec, operations, request_body_schema

SPEC = load_spec()
#: The spec with each body's fields a component again (spec_refs.rules_as_built), for the tests
#: that read the encoding; payloads are checked against the spec as served.
BUILT = rules_as_built(SPEC)
OPS = operations(SPEC)


def schema_of(operation_id: str) -> dict[str, Any]:
    schema = request_body_schema(SPEC, OPS[operation_id][2])
    assert schema is not None
    return schema


SMART = {"account_id": 1, "pair": "USDT_BTC", "units_to_buy": 1, "buy_price": 100}
OFF = {"take_profit_enabled": False, "stop_loss_enabled": False}
CLASSIC = {"take_profit_enabled": True, "take_profit_type": "classic", "take_profit_price_condition": 110}
TRAILING = {"trailing_buy_enabled": True, "trailing_buy_step": 1}
SL = {"stop_loss_enabled": True, "stop_loss_price_condition": 90}


def step(**fields: Any) -> dict[str, Any]:
    return {"percent": 50, "price_method": "bid", **fields}


def step_sell(*steps: dict[str, Any]) -> dict[str, Any]:
    return {
        "take_profit_enabled": True,
        "take_profit_type": "step_sell",
        "take_profit_step_orders": list(steps),
    }


def p(*parts: dict[str, Any], **extra: Any) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for part in parts:
        merged.update(part)
    merged.update(extra)
    return merged


# (operation, rule exercised, payload, valid?)
CASES: list[tuple[str, str, dict[str, Any], bool]] = [
    ("create_smart_trade", "baseline: everything off", p(SMART, OFF), True),
    (
        "create_smart_trade",
        "Mandatory YES: account_id",
        p({k: v for k, v in SMART.items() if k != "account_id"}, OFF),
        False,
    ),
    (
        "create_smart_trade",
        "Required if take_profit_enabled (take_profit_type)",
        p(SMART, OFF, take_profit_enabled=True),
        False,
    ),
    (
        "create_smart_trade",
        "Required if take_profit_type = classic",
        p(SMART, OFF, CLASSIC, take_profit_price_condition=None),
        False,
    ),
    ("create_smart_trade", "classic take profit", p(SMART, OFF, CLASSIC), True),
    (
        "create_smart_trade",
        "classic AND trailing_buy_enabled needs the percentage",
        p(SMART, OFF, CLASSIC, TRAILING),
        False,
    ),
    (
        "create_smart_trade",
        "cross rule satisfied",
        p(SMART, OFF, CLASSIC, TRAILING, take_profit_percentage_condition=5),
        True,
    ),
    (
        "create_smart_trade",
        "Must be positive (take profit %)",
        p(SMART, OFF, CLASSIC, TRAILING, take_profit_percentage_condition=-5),
        False,
    ),
    (
        "create_smart_trade",
        "Must be positive: zero is not positive",
        p(SMART, OFF, CLASSIC, TRAILING, take_profit_percentage_condition=0),
        False,
    ),
    (
        "create_smart_trade",
        "Required if take_profit_type = step_sell",
        p(SMART, OFF, take_profit_enabled=True, take_profit_type="step_sell"),
        False,
    ),
    ("create_smart_trade", "one step with price", p(SMART, OFF, step_sell(step(price=101))), True),
    (
        "create_smart_trade",
        "price_percentage instead of price",
        p(SMART, OFF, step_sell(step(price_percentage=20))),
        True,
    ),
    ("create_smart_trade", "4 steps max", p(SMART, OFF, step_sell(*[step(price=101)] * 5)), False),
    ("create_smart_trade", "4 steps is fine", p(SMART, OFF, step_sell(*[step(price=101)] * 4)), True),
    (
        "create_smart_trade",
        "Format: price or price_percentage required",
        p(SMART, OFF, step_sell(step())),
        False,
    ),
    (
        "create_smart_trade",
        "Format: not both price and price_percentage",
        p(SMART, OFF, step_sell(step(price=1, price_percentage=2))),
        False,
    ),
    (
        "create_smart_trade",
        "Format: percent required",
        p(SMART, OFF, step_sell({"price": 1, "price_method": "bid"})),
        False,
    ),
    (
        "create_smart_trade",
        "Format: price_method in bid, ask, last",
        p(SMART, OFF, step_sell(step(price=1, price_method="mid"))),
        False,
    ),
    (
        "create_smart_trade",
        "Required if limit (take profit)",
        p(SMART, OFF, take_profit_sell_method="limit"),
        False,
    ),
    (
        "create_smart_trade",
        "limit with its price",
        p(SMART, OFF, take_profit_sell_method="limit", take_profit_sell_order_price=1),
        True,
    ),
    ("create_smart_trade", "absent sell method is market", p(SMART, OFF), True),
    ("create_smart_trade", "market needs no price", p(SMART, OFF, take_profit_sell_method="market"), True),
    (
        "create_smart_trade",
        "Required if limit (stop loss)",
        p(SMART, OFF, stop_loss_sell_method="limit"),
        False,
    ),
    (
        "create_smart_trade",
        "require if trailing_take_profit",
        p(SMART, OFF, trailing_take_profit=True),
        False,
    ),
    (
        "create_smart_trade",
        "trailing take profit with step",
        p(SMART, OFF, trailing_take_profit=True, trailing_take_profit_step=1),
        True,
    ),
    ("create_smart_trade", "Required if stop_loss_enabled", p(SMART, OFF, stop_loss_enabled=True), False),
    ("create_smart_trade", "stop loss", p(SMART, OFF, SL), True),
    (
        "create_smart_trade",
        "stop_loss_enabled AND trailing_buy_enabled needs the percentage",
        p(SMART, OFF, SL, TRAILING),
        False,
    ),
    (
        "create_smart_trade",
        "Must be negative (stop loss %)",
        p(SMART, OFF, SL, TRAILING, stop_loss_percentage_condition=3),
        False,
    ),
    (
        "create_smart_trade",
        "negative stop loss %",
        p(SMART, OFF, SL, TRAILING, stop_loss_percentage_condition=-3),
        True,
    ),
    (
        "create_smart_trade",
        "Required if trailing_buy_enabled",
        p(SMART, OFF, trailing_buy_enabled=True),
        False,
    ),
    (
        "create_smart_trade",
        "buy_method conditional with its price",
        p(SMART, OFF, buy_method="conditional", conditional_limit_price=99),
        True,
    ),
    (
        "create_smart_trade",
        "a positive stop-loss % is refused with stop loss off too (the field's own bound)",
        p(SMART, OFF, stop_loss_percentage_condition=3),
        False,
    ),
    (
        "create_smart_trade",
        "enum: take_profit_type",
        p(SMART, OFF, take_profit_enabled=True, take_profit_type="trailing", take_profit_price_condition=1),
        False,
    ),
    (
        "create_smart_trade",
        "enum: take_profit_sell_method",
        p(SMART, OFF, take_profit_sell_method="stop", take_profit_sell_order_price=1),
        False,
    ),
    (
        "create_smart_trade",
        "enum: take_profit_price_method",
        p(SMART, OFF, take_profit_price_method="mid"),
        False,
    ),
    (
        "create_smart_cover",
        "SmartCover: take profit % must be negative",
        p(SMART, OFF, CLASSIC, TRAILING, take_profit_percentage_condition=-5),
        True,
    ),
    (
        "create_smart_cover",
        "SmartCover: positive take profit % refused",
        p(SMART, OFF, CLASSIC, TRAILING, take_profit_percentage_condition=5),
        False,
    ),
    (
        "create_smart_cover",
        "SmartCover: stop loss % must be positive",
        p(SMART, OFF, SL, TRAILING, stop_loss_percentage_condition=3),
        True,
    ),
    (
        "create_smart_cover",
        "SmartCover: negative stop loss % refused",
        p(SMART, OFF, SL, TRAILING, stop_loss_percentage_condition=-3),
        False,
    ),
    ("create_smart_cover", "cross rule holds for SmartCover too", p(SMART, OFF, SL, TRAILING), False),
    (
        "create_smart_sell",
        "SmartSale: no trailing buy, so no percentage needed",
        p(SMART, OFF, CLASSIC, buy_price=None, average_buy_price=100),
        True,
    ),
    (
        "create_smart_sell",
        "SmartSale: the bound still applies",
        p(SMART, OFF, CLASSIC, buy_price=None, average_buy_price=100, take_profit_percentage_condition=-1),
        False,
    ),
    (
        "create_smart_sell",
        "SmartSale: stop loss % must be negative",
        p(SMART, OFF, SL, buy_price=None, average_buy_price=100, stop_loss_percentage_condition=1),
        False,
    ),
    (
        "create_smart_sell",
        "SmartSale has no trailing buy",
        p(SMART, OFF, TRAILING, buy_price=None, average_buy_price=100),
        True,
    ),
    ("create_simple_buy", "buy_method is mandatory here", dict(SMART), False),
    ("create_simple_buy", "market buy", p(SMART, buy_method="market"), True),
    (
        "create_simple_buy",
        "conditional buy with limit price",
        p(SMART, buy_method="conditional", conditional_limit_price=5),
        True,
    ),
    ("create_simple_sell", "enum: buy_method", p(SMART, buy_method="stop"), False),
    ("create_simple_sell", "limit sell", p(SMART, buy_method="limit"), True),
    ("update_smart_trade", "update: everything off", dict(OFF), True),
    (
        "update_smart_trade",
        "Available if: optional",
        p(OFF, buy_price=5, average_buy_price=6, trailing_buy_enabled=False),
        True,
    ),
    (
        "update_smart_trade",
        "If null - steps won't be changed",
        p(OFF, take_profit_step_orders=None, take_profit_enabled=True, take_profit_type="step_sell"),
        True,
    ),
    (
        "update_smart_trade",
        "Position greater then 0",
        p(
            OFF,
            take_profit_enabled=True,
            take_profit_type="step_sell",
            take_profit_step_orders=[{"position": 0, "percent": 10}],
        ),
        False,
    ),
    (
        "update_smart_trade",
        "position 1 is fine",
        p(
            OFF,
            take_profit_enabled=True,
            take_profit_type="step_sell",
            take_profit_step_orders=[{"position": 1, "percent": 10}],
        ),
        True,
    ),
    (
        "update_smart_trade",
        "update: classic needs its price",
        p(OFF, take_profit_enabled=True, take_profit_type="classic"),
        False,
    ),
    (
        "update_smart_trade",
        "update: cross rule with trailing buy",
        p(OFF, CLASSIC, trailing_buy_enabled=True),
        False,
    ),
    ("add_smart_trade_funds", "market order", {"quantity": 1, "is_market": True}, True),
    ("add_smart_trade_funds", "Required if LIMIT order used", {"quantity": 1, "is_market": False}, False),
    ("add_smart_trade_funds", "limit order with rate", {"quantity": 1, "is_market": False, "rate": 99}, True),
    ("add_smart_trade_funds", "is_market is mandatory", {"quantity": 1, "rate": 99}, False),
    (
        "add_smart_trade_funds",
        "enum: response_type",
        {"quantity": 1, "is_market": True, "response_type": "all"},
        False,
    ),
    ("cancel_smart_trade_order", "step_id is mandatory", {}, False),
    ("cancel_smart_trade_order", "step_id is a string", {"step_id": "12"}, True),
    ("step_panic_sell_smart_trade", "step_id is an integer", {"step_id": "x"}, False),
    ("step_panic_sell_smart_trade", "integer step id", {"step_id": 3}, True),
]


#: Payloads the reference allows with every rule's unrelated fields present: a variant requires
#: what its rule requires and forbids nothing (issue 11). Shared with the openapi-core, Prism and
#: client tests in test_allowed_payloads.py.
ALLOWED: list[tuple[str, str, dict[str, Any]]] = [
    (
        "create_smart_trade",
        "take profit off, leftover take_profit_type",
        p(SMART, OFF, take_profit_type="classic"),
    ),
    (
        "create_smart_trade",
        "take profit off, every take-profit field present",
        p(
            SMART,
            OFF,
            take_profit_type="classic",
            take_profit_price_condition=110,
            take_profit_percentage_condition=5,
            take_profit_step_orders=[step(price=101)],
        ),
    ),
    (
        "create_smart_trade",
        "take profit off, leftover classic type, trailing buy on: no take-profit % needed",
        p(SMART, OFF, TRAILING, take_profit_type="classic"),
    ),
    ("create_smart_trade", "stop loss off with a price", p(SMART, OFF, stop_loss_price_condition=90)),
    (
        "create_smart_trade",
        "stop loss off with a price and a (negative) %",
        p(SMART, OFF, stop_loss_price_condition=90, stop_loss_percentage_condition=-3),
    ),
    (
        "create_smart_trade",
        "market take-profit sell with an order price",
        p(SMART, OFF, take_profit_sell_method="market", take_profit_sell_order_price=1),
    ),
    (
        "create_smart_trade",
        "absent (market) take-profit sell with an order price",
        p(SMART, OFF, take_profit_sell_order_price=1),
    ),
    (
        "create_smart_trade",
        "market stop-loss sell with an order price",
        p(SMART, OFF, stop_loss_sell_method="market", stop_loss_sell_order_price=1),
    ),
    (
        "create_smart_trade",
        "market buy with a conditional price",
        p(SMART, OFF, buy_method="market", conditional_limit_price=99),
    ),
    (
        "create_smart_trade",
        "limit buy with a conditional price",
        p(SMART, OFF, buy_method="limit", conditional_limit_price=99),
    ),
    (
        "create_smart_trade",
        "absent (limit) buy with a conditional price",
        p(SMART, OFF, conditional_limit_price=99),
    ),
    (
        "create_smart_trade",
        "step-sell take profit with a price condition",
        p(SMART, OFF, step_sell(step(price=101)), take_profit_price_condition=110),
    ),
    (
        "create_smart_trade",
        "classic take profit with steps",
        p(SMART, OFF, CLASSIC, take_profit_step_orders=[step(price=101)]),
    ),
    (
        "create_smart_trade",
        "trailing buy off with a step",
        p(SMART, OFF, trailing_buy_enabled=False, trailing_buy_step=1),
    ),
    (
        "create_smart_trade",
        "trailing take profit off with a step",
        p(SMART, OFF, trailing_take_profit=False, trailing_take_profit_step=1),
    ),
    (
        "create_smart_cover",
        "SmartCover: stop loss off with a price and a (positive) %",
        p(SMART, OFF, stop_loss_price_condition=90, stop_loss_percentage_condition=3),
    ),
    (
        "create_smart_cover",
        "SmartCover: take profit off, leftover classic type and price",
        p(SMART, OFF, take_profit_type="classic", take_profit_price_condition=110),
    ),
    (
        "create_smart_sell",
        "SmartSale: step-sell take profit with a price condition",
        p(
            SMART,
            OFF,
            step_sell(step(price=101)),
            buy_price=None,
            average_buy_price=100,
            take_profit_price_condition=1,
        ),
    ),
    (
        "create_simple_buy",
        "SimpleBuy: market with a conditional price",
        p(SMART, buy_method="market", conditional_limit_price=5),
    ),
    (
        "create_simple_sell",
        "SimpleSell: limit with a conditional price",
        p(SMART, buy_method="limit", conditional_limit_price=5),
    ),
    (
        "update_smart_trade",
        "update: take profit off with type and price",
        p(OFF, take_profit_type="classic", take_profit_price_condition=110),
    ),
    (
        "update_smart_trade",
        "update: step sell with a price condition",
        p(OFF, take_profit_enabled=True, take_profit_type="step_sell", take_profit_price_condition=110),
    ),
    ("add_smart_trade_funds", "market order with a rate", {"quantity": 1, "is_market": True, "rate": 99}),
]


def _clean(payload: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in payload.items() if v is not None or k == "take_profit_step_orders"}


@pytest.mark.parametrize(
    ("operation_id", "rule", "payload", "valid"), CASES, ids=[f"{c[0]}: {c[1]}" for c in CASES]
)
def test_rule(operation_id: str, rule: str, payload: dict[str, Any], valid: bool) -> None:
    validator = Draft202012Validator(schema_of(operation_id))
    errors = [e.message for e in validator.iter_errors(_clean(payload))]
    assert (not errors) is valid, f"{rule}: {errors}"


@pytest.mark.parametrize(
    ("operation_id", "rule", "payload"), ALLOWED, ids=[f"{c[0]}: {c[1]}" for c in ALLOWED]
)
def test_allowed_payload_is_valid(operation_id: str, rule: str, payload: dict[str, Any]) -> None:
    validator = Draft202012Validator(schema_of(operation_id))
    errors = [e.message for e in validator.iter_errors(_clean(payload))]
    assert not errors, f"{rule}: {errors}"


def test_no_variant_forbids_a_field() -> None:
    """The reference never says a field must not be sent: no `false` schema, no `not` on a field
    (the one `not` is "selector absent", which picks a variant)."""
    for name, schema in SPEC["components"]["schemas"].items():
        for field, sub in (schema.get("properties") or {}).items():
            assert sub is not False, f"{name}.{field}"
        if "not" in schema:
            assert schema["not"] == {"required": [schema["description"].split()[0]]}, name


def test_every_body_operation_has_cases() -> None:
    with_body = {op for op, (_, _, o) in OPS.items() if "requestBody" in o}
    assert with_body <= {c[0] for c in CASES}


VALID = [(c[0], c[2]) for c in CASES if c[3]] + [(c[0], c[2]) for c in ALLOWED]


@pytest.mark.parametrize(("operation_id", "payload"), VALID)
def test_no_two_branches_of_a_group_match_a_valid_payload(operation_id: str, payload: dict[str, Any]) -> None:
    for member in schema_of(operation_id).get("allOf", []):
        part = group_reference(member)
        if "oneOf" in part:
            matching = [b for b in part["oneOf"] if Draft202012Validator(b).is_valid(_clean(payload))]
            assert len(matching) == 1, (part.get(extensions.SELECTOR), len(matching))


def test_rule_groups_are_shared_and_differ_where_the_reference_does() -> None:
    refs = {
        op: [
            group_reference(part)["$ref"]
            for part in BUILT["components"]["schemas"][f"{''.join(w.title() for w in op.split('_'))}Request"][
                "allOf"
            ]
        ]
        for op in ("create_smart_trade", "create_smart_cover", "create_smart_sell")
    }
    assert "#/components/schemas/TakeProfit" in refs["create_smart_trade"]
    assert refs["create_smart_trade"][1:] == refs["create_smart_cover"][1:]  # same groups, shared components
    fields = BUILT["components"]["schemas"]
    trade = fields["CreateSmartTradeFields"]["properties"]["stop_loss_percentage_condition"]
    cover = fields["CreateSmartCoverFields"]["properties"]["stop_loss_percentage_condition"]
    assert trade["exclusiveMaximum"] == 0 and cover["exclusiveMinimum"] == 0


def test_discriminators_where_every_variant_carries_the_selector() -> None:
    schemas = SPEC["components"]["schemas"]
    # take_profit_type nests under take_profit_enabled: its variants are listed in the group
    # itself (flat, docs/interop.md); a boolean selector's group has no discriminator, and each
    # variant pins take_profit_type by its const.
    assert schemas["TakeProfit"]["oneOf"] == [
        {"$ref": "#/components/schemas/TakeProfitDisabled"},
        {"$ref": "#/components/schemas/TakeProfitClassic"},
        {"$ref": "#/components/schemas/TakeProfitStepSell"},
    ]
    assert "discriminator" not in schemas["TakeProfit"] and "TakeProfitEnabled" not in schemas
    assert schemas["TakeProfitStepSell"]["properties"]["take_profit_type"]["const"] == "step_sell"
    assert schemas["BuyMethod"]["discriminator"]["propertyName"] == "buy_method"  # mandatory in SimpleBuy
    assert "discriminator" not in schemas["TakeProfitSellMethod"]  # may be absent: defaults to market
    assert schemas["TakeProfitSellMethod"][extensions.SELECTOR_DEFAULT] == "market"
    assert schemas["TakeProfitDisabled"]["properties"]["take_profit_enabled"] == {
        "type": "boolean",
        "const": False,
    }


def test_available_if_is_kept_as_annotation() -> None:
    fields = BUILT["components"]["schemas"]["UpdateSmartTradeFields"]["properties"]
    assert fields["buy_price"][extensions.AVAILABLE_IF] == "Conditional SmartTrade"
    assert fields["take_profit_step_orders"][extensions.AVAILABLE_IF] == "take_profit_type = step_sell"
    assert fields["take_profit_step_orders"][extensions.UNIQUE_ITEM_FIELD] == "position"


def test_warnings_for_mandatory_conditionals_and_dead_conditions() -> None:
    sources = [(p.name, p.read_text()) for p in sorted(SPEC_PATH.parent.joinpath("docs").glob("*.md"))]
    warnings = [str(w) for w in run_spec_pipeline(sources).sink.warnings]
    assert any(
        "smart_trades_api.md:194:1" in w and "add_smart_trade_funds.rate is marked mandatory YES" in w
        for w in warnings
    )
    assert any(
        "smart_trades_api.md:55:1" in w
        and "create_smart_sell.take_profit_percentage_condition" in w
        and "can never apply" in w
        for w in warnings
    )
