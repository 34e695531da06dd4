"""The contract suite can fail: mutated copies of the spec are caught against the unchanged client."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from tests.contract.checks import signature_problems
from tests.contract.spec_tools import load_spec


def _fields(spec: dict[str, Any], name: str = "CreateSmartTradeFields") -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][name]
    return schema


def drop_parameter(spec: dict[str, Any]) -> None:
    del _fields(spec)["properties"]["note"]


def change_type(spec: dict[str, Any]) -> None:
    _fields(spec)["properties"]["account_id"]["type"] = "string"


def add_enum_value(spec: dict[str, Any]) -> None:
    _fields(spec)["properties"]["take_profit_price_method"]["enum"].append("mid")


def make_required(spec: dict[str, Any]) -> None:
    _fields(spec)["required"].append("note")


def add_query_parameter(spec: dict[str, Any]) -> None:
    operation = spec["paths"]["/ver1/smart_trades"]["get"]
    operation["parameters"].append(
        {"name": "from", "in": "query", "required": False, "schema": {"type": "string"}}
    )


def drop_operation(spec: dict[str, Any]) -> None:
    del spec["paths"]["/ver1/ping"]


def add_variant_requirement(spec: dict[str, Any]) -> None:
    spec["components"]["schemas"]["StopLossEnabled"]["required"].append("stop_loss_percentage_condition")


MUTATIONS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "drop a parameter": (drop_parameter, "note"),
    "change a type": (change_type, "account_id"),
    "add an enum value": (add_enum_value, "take_profit_price_method"),
    "make a parameter required": (make_required, "note"),
    "add a query parameter": (add_query_parameter, "from"),
    "drop an operation": (drop_operation, "ping"),
    "require a variant field": (add_variant_requirement, "stop_loss_percentage_condition"),
}


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_mutated_spec_fails_the_contract(name: str) -> None:
    mutate, mentioned = MUTATIONS[name]
    spec = copy.deepcopy(load_spec())
    mutate(spec)
    problems = signature_problems(spec)
    assert problems, f"mutation {name!r} went unnoticed"
    assert any(mentioned in problem for problem in problems), problems
