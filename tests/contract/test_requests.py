"""Arguments generated from the spec's own schemas go through the real client; each request it
sends validates against the spec with openapi-core. Arguments that break a rule are refused
before anything is sent."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from openapi_core import OpenAPI
from threecommas import Client, RequestValidationError

from tests.contract.calls import arguments
from tests.contract.checks import attribute_name, python_name
from tests.contract.conftest import Capture
from tests.contract.spec_tools import (
    CapturedRequest,
    body_variants,
    load_spec,
    operations,
    request_body_schema,
    success_response,
)
from tests.support.surface import client_method

SPEC = load_spec()
OPENAPI = OpenAPI.from_dict(SPEC)
OPERATIONS = operations(SPEC)
SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True, database=None
)
VARIANT_SETTINGS = settings(SETTINGS, max_examples=3)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_generated_arguments_make_requests_the_spec_accepts(
    operation_id: str, captured_client: Client, capture: Capture
) -> None:
    operation = OPERATIONS[operation_id][2]
    method = client_method(captured_client, operation_id, SPEC)
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


def _variant_id(variant: dict[str, Any]) -> str:
    pinned = {
        k: v["const"]
        for k, v in (variant.get("properties") or {}).items()
        if isinstance(v, dict) and "const" in v
    }
    return ",".join(f"{k}={v}" for k, v in sorted(pinned.items())) or "unpinned"


#: (operation, group index, variant index) of every leaf variant of every rule group, by the spec.
VARIANTS = [
    pytest.param(operation_id, group, index, id=f"{operation_id}-{_variant_id(variant)}")
    for operation_id, (_, _, operation) in sorted(OPERATIONS.items())
    if (schema := request_body_schema(SPEC, operation))
    for group, leaves in enumerate(body_variants(schema))
    for index, variant in enumerate(leaves)
]


@pytest.mark.parametrize(("operation_id", "group", "index"), VARIANTS)
def test_every_rule_variant_makes_requests_the_spec_accepts(
    operation_id: str, group: int, index: int, captured_client: Client, capture: Capture
) -> None:
    """Each variant on its own (the test above draws among them): its class, through the real
    client, gives a request openapi-core accepts and the body drawn from the spec."""
    method = client_method(captured_client, operation_id, SPEC)

    @VARIANT_SETTINGS
    @given(arguments(operation_id, (group, index)))
    def run(case: tuple[dict[str, Any], dict[str, Any] | None]) -> None:
        kwargs, body = case
        capture.requests.clear()
        method(**kwargs)
        (request,) = capture.requests
        OPENAPI.validate_request(CapturedRequest(request))
        assert json.loads(request.content, parse_float=Decimal) == body

    run()


def _break_bound(schema: dict[str, Any]) -> Any:
    """A value just past one of the field's bounds."""
    if "exclusiveMinimum" in schema:
        return Decimal(str(schema["exclusiveMinimum"])) - 1
    if "exclusiveMaximum" in schema:
        return Decimal(str(schema["exclusiveMaximum"])) + 1
    if "minimum" in schema:
        return Decimal(str(schema["minimum"])) - 1
    return Decimal(str(schema["maximum"])) + 1


def _fields(operation: dict[str, Any]) -> dict[str, Any]:
    """The body's own fields (the rule groups' variants add the rest)."""
    schema = request_body_schema(SPEC, operation)
    assert schema is not None
    return next((p for p in schema.get("allOf", [schema]) if "properties" in p and "oneOf" not in p), {})


BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
#: (operation, field) of every body field with a numeric bound, by the spec.
BOUNDED = [
    (operation_id, name)
    for operation_id, (_, _, operation) in sorted(OPERATIONS.items())
    if request_body_schema(SPEC, operation)
    for name, sub in (_fields(operation).get("properties") or {}).items()
    if any(bound in sub for bound in BOUNDS) and sub.get("type") in ("number", "integer")
]
#: (operation, field) of every body field with a most number of items, by the spec.
LIMITED = [
    (operation_id, name)
    for operation_id, (_, _, operation) in sorted(OPERATIONS.items())
    if request_body_schema(SPEC, operation)
    for name, sub in (_fields(operation).get("properties") or {}).items()
    if "maxItems" in sub
]


def test_the_committed_spec_has_bounded_and_limited_fields() -> None:
    """The two tests below are tried on the committed spec's known cases at least."""
    if "CONTRACT_SPEC" not in os.environ:
        assert {"take_profit_percentage_condition", "stop_loss_percentage_condition"} <= {
            n for _, n in BOUNDED
        }
        assert {("create_smart_trade", "take_profit_step_orders")} <= set(LIMITED)


def _replace(kwargs: dict[str, Any], field: str, change: Any) -> bool:
    """Set ``field`` (an argument, or an attribute of a variant argument) to ``change(value)``;
    False when the drawn arguments do not hold it (another variant, or left out)."""
    name = python_name(field)
    if name in kwargs and not attrs.has(type(kwargs[name])):
        new = change(kwargs[name])
        if new is None:
            return False
        kwargs[name] = new
        return True
    attribute = attribute_name(field)  # a variant's attribute (``field`` is ``field_`` there)
    for argument, value in list(kwargs.items()):
        if attrs.has(type(value)) and attribute in attrs.fields_dict(type(value)):
            new = change(getattr(value, attribute))
            if new is None:
                return False
            kwargs[argument] = attrs.evolve(value, **{attribute: new})
            return True
    return False


@pytest.mark.parametrize(("operation_id", "field"), BOUNDED)
def test_arguments_breaking_a_bound_are_refused_before_sending(
    operation_id: str, field: str, captured_client: Client, capture: Capture
) -> None:
    schema = _fields(OPERATIONS[operation_id][2])["properties"][field]
    bad = _break_bound(schema)
    if schema["type"] == "integer":
        bad = int(bad)
    tried = _refused_calls(operation_id, field, lambda _: bad, captured_client, capture)
    assert tried, f"no drawn call of {operation_id} holds {field}"


def _refused_calls(
    operation_id: str, field: str, change: Callable[[Any], Any], client: Client, capture: Capture
) -> list[dict[str, Any]]:
    """Drawn calls of ``operation_id`` with ``field`` changed: each must be refused, naming the
    field, before anything is sent. The calls tried (a drawn variant may have no such field)."""
    method = client_method(client, operation_id, SPEC)
    tried = []

    @SETTINGS
    @given(arguments(operation_id))
    def run(case: tuple[dict[str, Any], dict[str, Any] | None]) -> None:
        kwargs, _ = case
        if not _replace(kwargs, field, change):
            return
        tried.append(kwargs)
        capture.requests.clear()
        with pytest.raises(RequestValidationError) as caught:
            method(**kwargs)
        assert caught.value.parameter == field
        assert capture.requests == []

    run()
    return tried


@pytest.mark.parametrize(("operation_id", "field"), LIMITED)
def test_more_items_than_allowed_are_refused(
    operation_id: str, field: str, captured_client: Client, capture: Capture
) -> None:
    limit = _fields(OPERATIONS[operation_id][2])["properties"][field]["maxItems"]

    def too_many(items: Any) -> Any:
        # The drawn items are valid ones: repeated past the limit, only the count is wrong.
        return [*items] * (limit + 1) if isinstance(items, list) and items else None

    tried = _refused_calls(operation_id, field, too_many, captured_client, capture)
    assert tried, f"no drawn call of {operation_id} holds items of {field}"
