"""The client's compiled pre-send checks against a reference validator: same verdict, every case.

The reference is ``jsonschema``'s Draft 2020-12 validator on the same resolved request schemas
the generator compiles, with two things said explicitly (both are documented client semantics):
an integral ``Decimal`` is an integer (the client sends exact decimals, never floats), and the
spec's own keyword ``x-unique-item-field`` (step positions are unique) is checked. Cases: every
payload of the rule tables (``tests/rules``), then payloads hypothesis derives from them by
setting, replacing and dropping fields with values of every JSON kind.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, ValidationError, validators

from generator import extensions
from generator.client.generate import load_spec
from generator.client.request_checks import UnsupportedSchema, checks_module
from generator.client.view import ClientPlan, build_client_plan
from tests.rules.test_rule_tables import CASES

ROOT = Path(__file__).resolve().parents[2]


@cache
def plan() -> ClientPlan:
    return build_client_plan(load_spec(ROOT / "spec" / "openapi.yaml"))


def _is_integer(checker: Any, instance: Any) -> bool:
    if isinstance(instance, Decimal):
        return instance.is_finite() and instance == instance.to_integral_value()
    return bool(Draft202012Validator.TYPE_CHECKER.is_type(instance, "integer"))


def _unique_item_field(validator: Any, field: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if not validator.is_type(instance, "array"):
        return
    values = [item[field] for item in instance if isinstance(item, dict) and field in item]
    for index, value in enumerate(values):
        # JSON equality: 1 and True differ.
        if any(
            value == other and isinstance(value, bool) == isinstance(other, bool) for other in values[:index]
        ):
            yield ValidationError(f"{field} must be unique")
            return


Reference = validators.extend(
    Draft202012Validator,
    validators={extensions.UNIQUE_ITEM_FIELD: _unique_item_field},
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer),
)


@cache
def reference(operation_id: str) -> Any:
    schema = plan().operations[operation_id].body_schema
    Reference.check_schema(schema)
    return Reference(schema)


def compiled(operation_id: str) -> Callable[[Any, str], tuple[str, str] | None]:
    name = plan().operations[operation_id].body_check
    check: Callable[[Any, str], tuple[str, str] | None] = getattr(
        importlib.import_module("threecommas._checks"), str(name)
    )
    return check


def verdicts(operation_id: str, payload: Any) -> tuple[bool, bool]:
    problem = compiled(operation_id)(payload, "")
    return problem is None, reference(operation_id).is_valid(payload)


@pytest.mark.parametrize(
    ("operation_id", "rule", "payload", "valid"), CASES, ids=[f"{c[0]}: {c[1]}" for c in CASES]
)
def test_rule_table_cases_get_the_same_verdict(
    operation_id: str, rule: str, payload: dict[str, Any], valid: bool
) -> None:
    ours, theirs = verdicts(operation_id, payload)
    assert ours == theirs, f"compiled says {ours}, jsonschema says {theirs}"
    assert ours == valid


def test_the_tables_cover_both_verdicts_for_every_body_operation() -> None:
    for operation_id, operation in plan().operations.items():
        if operation.body_schema:
            assert {c[3] for c in CASES if c[0] == operation_id} == {True, False}, operation_id


# -- hypothesis: payloads derived from the tables ------------------------------------------------


def _walk(schema: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(schema, Mapping):
        yield schema
        for value in schema.values():
            yield from _walk(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _walk(value)


@cache
def vocabulary(operation_id: str) -> tuple[list[str], list[Any]]:
    """Every property name of the operation's schema, and every enum / const value in it."""
    names: set[str] = set()
    values: list[Any] = []
    for node in _walk(plan().operations[operation_id].body_schema):
        properties = node.get("properties")
        if isinstance(properties, Mapping):
            names.update(properties)
        for value in (*(node.get("enum") or ()), *([node["const"]] if "const" in node else [])):
            if value not in values or not any(type(value) is type(v) for v in values if v == value):
                values.append(value)
    return [*sorted(names), "not_in_the_reference"], values


def scalars(operation_id: str) -> st.SearchStrategy[Any]:
    _, known = vocabulary(operation_id)
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-3, max_value=6),
        st.sampled_from([Decimal("-0.5"), Decimal("0"), Decimal("0.5"), Decimal("2"), Decimal("1E+1")]),
        st.sampled_from(["", "x", "10", *known]) if known else st.sampled_from(["", "x", "10"]),
    )


def values(operation_id: str) -> st.SearchStrategy[Any]:
    names, _ = vocabulary(operation_id)
    items = st.dictionaries(st.sampled_from(names), scalars(operation_id), max_size=5)
    return st.one_of(
        scalars(operation_id),
        st.lists(st.one_of(items, scalars(operation_id)), max_size=6),
        items,
    )


@st.composite
def derived_payloads(draw: st.DrawFn) -> tuple[str, Any]:
    operation_id, _, base, _ = draw(st.sampled_from(CASES))
    names, _ = vocabulary(operation_id)
    payload = dict(base)
    # Fields with the values other valid cases of the operation give them: mostly-valid payloads
    # whose verdict turns on how rules combine.
    plausible = sorted(
        {
            (k, repr(v)): (k, v) for c in CASES if c[0] == operation_id and c[3] for k, v in c[2].items()
        }.items()
    )
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        action = draw(st.sampled_from(["plausible", "plausible", "drop", "any"]))
        if action == "drop" and payload:
            payload.pop(draw(st.sampled_from(sorted(payload))), None)
        elif action == "plausible":
            name, value = draw(st.sampled_from(plausible))[1]
            payload[name] = value
        else:
            payload[draw(st.sampled_from(names))] = draw(values(operation_id))
    if draw(st.integers(min_value=0, max_value=20)) == 0:
        return operation_id, draw(values(operation_id))  # not even an object
    return operation_id, payload


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(derived_payloads())
def test_derived_payloads_get_the_same_verdict(case: tuple[str, Any]) -> None:
    operation_id, payload = case
    ours, theirs = verdicts(operation_id, payload)
    assert ours == theirs, (
        f"{operation_id}: compiled says {ours} ({compiled(operation_id)(payload, '')}), jsonschema says "
        f"{theirs} ({[e.message for e in reference(operation_id).iter_errors(payload)][:3]})"
    )


@st.composite
def step_lists(draw: st.DrawFn) -> tuple[str, Any]:
    """Valid step-sell payloads with their step lists perturbed: the item rules, deep."""
    cases = [
        c for c in CASES if c[3] and "take_profit_step_orders" in c[2] and c[2]["take_profit_step_orders"]
    ]
    operation_id, _, base, _ = draw(st.sampled_from(cases))
    step_fields = ["percent", "price", "price_percentage", "price_method", "position", "not_in_the_reference"]
    plausible = st.fixed_dictionaries(
        {"percent": st.sampled_from([10, 25, Decimal("33.3"), 0, -5, 101])},
        optional={
            "price": st.sampled_from([100, Decimal("0.5"), 0, "x"]),
            "price_percentage": st.sampled_from([5, Decimal("1.5"), -1]),
            "price_method": st.sampled_from(["bid", "ask", "last", "mid"]),
            "position": st.integers(min_value=-1, max_value=3),
        },
    )
    anything = st.dictionaries(st.sampled_from(step_fields), scalars(operation_id), max_size=5)
    step = st.one_of(plausible, plausible, anything)
    return operation_id, {**base, "take_profit_step_orders": draw(st.lists(step, max_size=6))}


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(step_lists())
def test_step_lists_get_the_same_verdict(case: tuple[str, Any]) -> None:
    operation_id, payload = case
    ours, theirs = verdicts(operation_id, payload)
    assert ours == theirs, (
        f"{operation_id}: compiled {compiled(operation_id)(payload, '')}, jsonschema {theirs}"
    )


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "pattern": "^a"},
        {"type": "object", "additionalProperties": False},
        {"properties": {"x": {"$ref": "#/components/schemas/X"}}},
    ],
)
def test_a_keyword_the_compiler_does_not_implement_fails_generation(schema: dict[str, Any]) -> None:
    # Never a check silently skipped: the spec would refuse what the client lets through.
    with pytest.raises(UnsupportedSchema):
        checks_module({}, {"check_body": schema})
