"""Arguments generated from the spec's own schemas go through the real client; each request it
sends validates against the spec with openapi-core. Arguments that break a rule are refused
before anything is sent."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from openapi_core import OpenAPI
from threecommas import Client, RequestValidationError

from tests.contract.calls import arguments
from tests.contract.checks import python_name
from tests.contract.conftest import Capture
from tests.contract.spec_tools import (
    CapturedRequest,
    load_spec,
    operations,
    request_body_schema,
    success_response,
)

SPEC = load_spec()
OPENAPI = OpenAPI.from_dict(SPEC)
OPERATIONS = operations(SPEC)
SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None
)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_generated_arguments_make_requests_the_spec_accepts(
    operation_id: str, captured_client: Client, capture: Capture
) -> None:
    operation = OPERATIONS[operation_id][2]
    method = getattr(getattr(captured_client, python_name(operation["tags"][0])), python_name(operation_id))
    reply_schema = success_response(operation)["content"]["application/json"]["schema"]
    capture.reply = [] if reply_schema.get("type") == "array" else {}

    @SETTINGS
    @given(arguments(operation_id))
    def run(case: tuple[dict[str, Any], dict[str, Any] | None]) -> None:
        kwargs, body = case
        capture.requests.clear()
        method(**kwargs)
        assert len(capture.requests) == 1
        request = capture.requests[0]
        OPENAPI.validate_request(CapturedRequest(request))
        if body is not None:
            assert json.loads(request.content, parse_float=Decimal) == body

    run()


def _break_bound(schema: dict[str, Any]) -> Any:
    if "exclusiveMinimum" in schema:
        return Decimal(schema["exclusiveMinimum"]) - 1
    if "exclusiveMaximum" in schema:
        return Decimal(schema["exclusiveMaximum"]) + 1
    return None


BOUNDED = [
    (operation_id, name)
    for operation_id, (_, _, operation) in OPERATIONS.items()
    if (schema := request_body_schema(SPEC, operation))
    for part in schema.get("allOf", [schema])
    for name, sub in (part.get("properties") or {}).items()
    if "exclusiveMinimum" in sub or "exclusiveMaximum" in sub
]


def test_bounded_fields_exist() -> None:
    assert {name for _, name in BOUNDED} == {
        "take_profit_percentage_condition",
        "stop_loss_percentage_condition",
    }


@pytest.mark.parametrize(("operation_id", "field"), BOUNDED)
def test_arguments_breaking_a_bound_are_refused_before_sending(
    operation_id: str, field: str, captured_client: Client, capture: Capture
) -> None:
    schema = request_body_schema(SPEC, OPERATIONS[operation_id][2])
    assert schema is not None
    fields_schema = next(p for p in schema["allOf"] if "properties" in p and "oneOf" not in p)
    bad = _break_bound(fields_schema["properties"][field])
    operation = OPERATIONS[operation_id][2]
    method = getattr(getattr(captured_client, python_name(operation["tags"][0])), python_name(operation_id))

    @SETTINGS
    @given(arguments(operation_id))
    def run(case: tuple[dict[str, Any], dict[str, Any] | None]) -> None:
        kwargs, _ = case
        for name, value in list(kwargs.items()):
            if attrs.has(type(value)) and field in attrs.fields_dict(type(value)):
                kwargs[name] = attrs.evolve(value, **{field: bad})
                break
        else:
            return  # the variant drawn has no such field
        capture.requests.clear()
        with pytest.raises(RequestValidationError) as caught:
            method(**kwargs)
        assert caught.value.parameter == field
        assert capture.requests == []

    run()


@pytest.mark.parametrize("operation_id", ["create_smart_trade", "create_smart_cover", "create_smart_sell"])
def test_more_steps_than_allowed_are_refused(
    operation_id: str, captured_client: Client, capture: Capture
) -> None:
    from threecommas.models import StopLossDisabled, TakeProfitStepOrder, TakeProfitStepSell

    schema = request_body_schema(SPEC, OPERATIONS[operation_id][2])
    assert schema is not None
    fields_schema = next(p for p in schema["allOf"] if "properties" in p and "oneOf" not in p)
    limit = fields_schema["properties"]["take_profit_step_orders"]["maxItems"]
    steps = [TakeProfitStepOrder(percent=10, price_method="bid", price=1)] * (limit + 1)
    price_field = "buy_price" if operation_id != "create_smart_sell" else "average_buy_price"
    with pytest.raises(RequestValidationError) as caught:
        getattr(captured_client.smart_trades, operation_id)(
            account_id=1,
            pair="USDT_BTC",
            units_to_buy=1,
            **{price_field: 1},
            take_profit=TakeProfitStepSell(take_profit_step_orders=steps),
            stop_loss=StopLossDisabled(),
        )
    assert caught.value.parameter == "take_profit_step_orders"
    assert capture.requests == []
