"""The contract suite can fail: mutated copies of the spec are caught against the unchanged client.

Each mutation picks its target in the spec under test (the first body field, enum, optional field,
operation, variant ... that it can change), so it runs on any spec the suite is given.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import extensions
from generator.spec_refs import group_reference
from tests.contract.checks import signature_problems
from tests.contract.spec_tools import REF, load_spec, operations

SPEC = load_spec()
COMMITTED = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"
#: A mutation changes the spec and returns the name the report must mention (None: no target).
Mutation = Callable[[dict[str, Any]], str | None]


def _body_fields(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The fields schema of each request body, in operation order (a component of the spec)."""
    for _, _, operation in sorted(operations(spec).values(), key=lambda o: o[2]["operationId"]):
        content = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json")
        if not content:
            continue
        body = spec["components"]["schemas"][content["schema"]["$ref"].removeprefix(REF)]
        for part in body.get("allOf") or [body]:
            part = spec["components"]["schemas"][part["$ref"].removeprefix(REF)] if "$ref" in part else part
            if "properties" in part and "oneOf" not in part:
                yield part


def _first_field(
    spec: dict[str, Any], wanted: Callable[[dict[str, Any], str, dict[str, Any]], bool]
) -> tuple[dict[str, Any], str] | None:
    for fields in _body_fields(spec):
        for name, schema in fields["properties"].items():
            if isinstance(schema, dict) and wanted(fields, name, schema):
                return fields, name
    return None


def drop_parameter(spec: dict[str, Any]) -> str | None:
    found = _first_field(spec, lambda fields, name, _: name not in fields.get("required", []))
    if found:
        del found[0]["properties"][found[1]]
    return found and found[1]


def change_type(spec: dict[str, Any]) -> str | None:
    found = _first_field(spec, lambda _, __, schema: schema.get("type") == "integer" and "enum" not in schema)
    if found:
        found[0]["properties"][found[1]]["type"] = "string"
    return found and found[1]


def add_enum_value(spec: dict[str, Any]) -> str | None:
    found = _first_field(spec, lambda _, __, schema: bool(schema.get("enum")))
    if found:
        found[0]["properties"][found[1]]["enum"].append("mutated_value")
    return found and found[1]


def make_required(spec: dict[str, Any]) -> str | None:
    found = _first_field(
        spec, lambda fields, name, schema: name not in fields.get("required", []) and "type" in schema
    )
    if found:
        found[0].setdefault("required", []).append(found[1])
    return found and found[1]


def add_query_parameter(spec: dict[str, Any]) -> str | None:
    _, _, operation = min(operations(spec).values(), key=lambda o: o[2]["operationId"])
    operation.setdefault("parameters", []).append(
        {"name": "mutated_from", "in": "query", "required": False, "schema": {"type": "string"}}
    )
    return "mutated_from"


def drop_operation(spec: dict[str, Any]) -> str | None:
    method, path, operation = min(operations(spec).values(), key=lambda o: o[2]["operationId"])
    del spec["paths"][path][method]
    # The report names the client's method (``client method smart_trades.add_funds ...``).
    return str(operation.get(extensions.SDK_METHOD) or operation["operationId"])


def _variants(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(component name, schema) of each leaf variant of a body's rule group, in operation order."""
    schemas = spec["components"]["schemas"]
    for _, _, operation in sorted(operations(spec).values(), key=lambda o: o[2]["operationId"]):
        content = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json")
        body = schemas[content["schema"]["$ref"].removeprefix(REF)] if content else {}
        for member in body.get("allOf") or ():
            part = group_reference(member)  # the group inside its object holder (docs/interop.md)
            group = schemas[part["$ref"].removeprefix(REF)] if "$ref" in part else part
            yield from _leaves(schemas, group)


def _leaves(schemas: dict[str, Any], group: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for option in group.get("oneOf") or ():
        name = str(option.get("$ref", "")).removeprefix(REF)
        variant = schemas[name] if name else option
        yield from _leaves(schemas, variant) if "oneOf" in variant else [(name, variant)]


def _pinned(variant: dict[str, Any]) -> list[str]:
    return [k for k, v in (variant.get("properties") or {}).items() if isinstance(v, dict) and "const" in v]


def add_variant_requirement(spec: dict[str, Any]) -> str | None:
    """A field a variant of a body's rule group leaves optional becomes required in it."""
    for _, variant in _variants(spec):
        optional = [
            name
            for name in variant.get(extensions.GROUP_FIELDS) or ()
            if name not in _pinned(variant) and name not in variant.get("required", [])
        ]
        if optional:
            variant.setdefault("required", []).append(optional[0])
            return optional[0]
    return None


def change_selector_value(spec: dict[str, Any]) -> str | None:
    """A variant's selector value (the ``const`` its class sends) changes."""
    for name, variant in _variants(spec):
        for selector in _pinned(variant):
            value = variant["properties"][selector]["const"]
            variant["properties"][selector]["const"] = (
                (not value) if isinstance(value, bool) else f"{value}_mutated"
            )
            return name
    return None


MUTATIONS: dict[str, Mutation] = {
    "drop a parameter": drop_parameter,
    "change a type": change_type,
    "add an enum value": add_enum_value,
    "make a parameter required": make_required,
    "add a query parameter": add_query_parameter,
    "drop an operation": drop_operation,
    "require a variant field": add_variant_requirement,
    "change a selector value": change_selector_value,
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_mutated_spec_fails_the_contract(name: str) -> None:
    spec = copy.deepcopy(SPEC)
    mentioned = MUTATIONS[name](spec)
    if mentioned is None:
        pytest.skip(f"nothing in this spec to {name}")
    problems = signature_problems(spec)
    assert problems, f"mutation {name!r} went unnoticed"
    assert any(mentioned in problem for problem in problems), problems


def test_every_mutation_finds_a_target_in_the_committed_spec() -> None:
    committed = load_spec(COMMITTED)
    for name, mutate in MUTATIONS.items():
        assert mutate(copy.deepcopy(committed)) is not None, name
