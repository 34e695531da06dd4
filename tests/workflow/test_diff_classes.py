"""The change report classifies each kind of edit as client users feel it.

Each case edits a copy of the committed spec the way a doc edit (or a hand edit) would and checks
the lines of the report and the version bump; oasdiff's breaking-change rules are the reference.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from generator import extensions
from generator.diff import Change, Impact, compare, format_changes, next_version
from tests.support.node import ROOT

SPEC: dict[str, Any] = json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8"))
Edit = Callable[[dict[str, Any]], None]


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _fields(spec: dict[str, Any], name: str) -> dict[str, Any]:
    """The fields ``name`` of a body, as the spec writes them: in place, first in the body's
    ``allOf`` (docs/interop.md)."""
    for schema in _schemas(spec).values():
        first = (schema.get("allOf") or [{}])[0]
        if first.get(extensions.FIELDS_NAME) == name:
            return first  # type: ignore[no-any-return]
    raise KeyError(name)


def _list_parameters(spec: dict[str, Any]) -> list[dict[str, Any]]:
    parameters: list[dict[str, Any]] = spec["paths"]["/ver1/smart_trades"]["get"]["parameters"]
    return parameters


def _report(edit: Edit) -> list[Change]:
    new = copy.deepcopy(SPEC)
    edit(new)
    return compare(SPEC, new)


def _lines(changes: list[Change]) -> list[str]:
    return [str(change) for change in changes]


def test_the_same_spec_reports_nothing() -> None:
    assert compare(SPEC, copy.deepcopy(SPEC)) == []
    assert format_changes([]) == "spec changes: none"


# Each case: the edit, a line (or the start of one) the report must hold, and the bump.
CASES: dict[str, tuple[Edit, str, Impact]] = {
    "auth header renamed": (
        lambda s: s["components"]["securitySchemes"]["APIKEY"].update(name="X-Api-Key"),
        "[BREAKING] securitySchemes.APIKEY: name changed from 'APIKEY' to 'X-Api-Key'",
        Impact.MAJOR,
    ),
    "auth scheme moved to a query parameter": (
        lambda s: s["components"]["securitySchemes"]["Signature"].update({"in": "query"}),
        "[BREAKING] securitySchemes.Signature: in changed from 'header' to 'query'",
        Impact.MAJOR,
    ),
    "security scheme description reworded": (
        lambda s: s["components"]["securitySchemes"]["APIKEY"].update(description="Your key."),
        "[text] securitySchemes.APIKEY: text changed (description)",
        Impact.PATCH,
    ),
    "operation removed": (
        lambda s: s["paths"].pop("/ver1/ping"),
        "[BREAKING] ping: operation removed",
        Impact.MAJOR,
    ),
    "operation added": (
        lambda s: s["paths"].__setitem__(
            "/ver1/pong", {"get": {**s["paths"]["/ver1/ping"]["get"], "operationId": "pong"}}
        ),
        "[compatible] pong: operation added",
        Impact.MINOR,
    ),
    "signature now required": (
        lambda s: s["paths"]["/ver1/ping"]["get"].update(security=[{"APIKEY": [], "Signature": []}]),
        "[BREAKING] ping: security changed from none to APIKEY + Signature",
        Impact.MAJOR,
    ),
    "required query parameter added": (
        lambda s: _list_parameters(s).append(
            {"name": "since", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "[BREAKING] list_smart_trades.since: required query parameter added",
        Impact.MAJOR,
    ),
    "optional query parameter added": (
        lambda s: _list_parameters(s).append({"name": "since", "in": "query", "schema": {"type": "string"}}),
        "[compatible] list_smart_trades.since: optional query parameter added",
        Impact.MINOR,
    ),
    "query parameter removed": (
        lambda s: _list_parameters(s).pop(0),
        "[BREAKING] list_smart_trades.limit: query parameter removed",
        Impact.MAJOR,
    ),
    "query parameter narrowed": (
        lambda s: _list_parameters(s)[0]["schema"].update(maximum=100),
        "[BREAKING] list_smart_trades.limit: maximum null -> 100",
        Impact.MAJOR,
    ),
    "request enum value removed": (
        lambda s: _fields(s, "CreateSmartTradeFields")["properties"]["take_profit_type"]["enum"].remove(
            "step_sell"
        ),
        "[BREAKING] CreateSmartTradeFields.take_profit_type: enum values removed: ['step_sell'] "
        "(used by create_smart_trade)",
        Impact.MAJOR,
    ),
    "request enum value added": (
        lambda s: _fields(s, "CreateSmartTradeFields")["properties"]["take_profit_type"]["enum"].append(
            "ladder"
        ),
        "[compatible] CreateSmartTradeFields.take_profit_type: enum values added: ['ladder']",
        Impact.MINOR,
    ),
    "response enum value added": (
        lambda s: _schemas(s)["SmartTradeEntity"]["properties"]["status"]["enum"].insert(0, "paused"),
        "[compatible] SmartTradeEntity.status: enum values added: ['paused']",
        Impact.MINOR,
    ),
    "request field made required, through $ref": (
        lambda s: _fields(s, "CreateSmartTradeFields")["required"].append("note"),
        "[BREAKING] CreateSmartTradeFields.note: now required (used by create_smart_trade)",
        Impact.MAJOR,
    ),
    "request field type narrowed, through $ref": (
        lambda s: _fields(s, "CreateSmartTradeFields")["properties"]["units_to_buy"].update(type="integer"),
        "[BREAKING] CreateSmartTradeFields.units_to_buy: type changed from number to integer",
        Impact.MAJOR,
    ),
    "request field type widened, through $ref": (
        lambda s: _fields(s, "CreateSmartTradeFields")["properties"]["account_id"].update(type="number"),
        "[compatible] CreateSmartTradeFields.account_id: type changed from integer to number",
        Impact.MINOR,
    ),
    "request optional field added, through $ref": (
        lambda s: _fields(s, "CreateSmartTradeFields")["properties"].__setitem__("label", {"type": "string"}),
        "[compatible] CreateSmartTradeFields.label: optional property added (used by create_smart_trade)",
        Impact.MINOR,
    ),
    "request variant removed from a rule group": (
        lambda s: _schemas(s)["TakeProfit"]["oneOf"].pop(),
        "[BREAKING] TakeProfit: oneOf alternative TakeProfitStepSell removed",
        Impact.MAJOR,
    ),
    "request body now points at another schema": (
        lambda s: s["paths"]["/ver1/smart_trades/create_smart_trade"]["post"]["requestBody"]["content"][
            "application/json"
        ].update(schema={"$ref": "#/components/schemas/CreateSimpleBuyRequest"}),
        "[BREAKING] create_smart_trade: no longer includes CreateSmartTradeFields",
        Impact.MAJOR,
    ),
    "response field removed": (
        lambda s: _schemas(s)["SmartTradeEntity"]["properties"].pop("account_id"),
        "[BREAKING] SmartTradeEntity.account_id: property removed",
        Impact.MAJOR,
    ),
    "response field type changed": (
        lambda s: _schemas(s)["SmartTradeEntity"]["properties"]["id"].update(type=["string", "null"]),
        "[BREAKING] SmartTradeEntity.id: type changed from integer | null to null | string",
        Impact.MAJOR,
    ),
    "response field no longer nullable": (
        lambda s: _schemas(s)["SmartTradeEntity"]["properties"]["id"].update(type="integer"),
        "[compatible] SmartTradeEntity.id: no longer nullable",
        Impact.MINOR,
    ),
    "response field added": (
        lambda s: _schemas(s)["SmartTradeEntity"]["properties"].__setitem__("label", {"type": "string"}),
        "[compatible] SmartTradeEntity.label: optional property added",
        Impact.MINOR,
    ),
    "success response changed to another entity": (
        lambda s: s["paths"]["/ver1/ping"]["get"]["responses"]["200"]["content"]["application/json"].update(
            schema={"$ref": "#/components/schemas/TimeEntity"}
        ),
        "[BREAKING] ping response 200.pong: property removed",
        Impact.MAJOR,
    ),
    "shared response description reworded": (
        lambda s: s["components"]["responses"]["RateLimited"].update(description="Slow down."),
        "[text] responses.RateLimited: text changed (description)",
        Impact.PATCH,
    ),
    "operation's success description reworded": (
        lambda s: s["paths"]["/ver1/ping"]["get"]["responses"]["200"].update(description="Pong."),
        "[text] ping response 200: text changed (description)",
        Impact.PATCH,
    ),
    "shared error payload loses a field": (
        lambda s: _schemas(s)["Error"]["properties"].pop("error_description"),
        "[BREAKING] Error.error_description: property removed",
        Impact.MAJOR,
    ),
    "parameter description reworded": (
        lambda s: _fields(s, "CreateSmartTradeFields")["properties"]["units_to_buy"].update(
            description="Amount of units to purchase"
        ),
        "[text] CreateSmartTradeFields.units_to_buy: text changed (description)",
        Impact.PATCH,
    ),
    "operation summary reworded": (
        lambda s: s["paths"]["/ver1/ping"]["get"].update(summary="Ping"),
        "[text] ping: text changed (summary)",
        Impact.PATCH,
    ),
    "server URL changed": (
        lambda s: s["servers"][0].update(url="https://api.example.com/public/api"),
        "[BREAKING] servers: URL changed from https://api.3commas.io/public/api to "
        "https://api.example.com/public/api",
        Impact.MAJOR,
    ),
    "server added": (
        lambda s: s["servers"].append({"url": "https://sandbox.example.com/public/api"}),
        "[compatible] servers: https://sandbox.example.com/public/api added",
        Impact.MINOR,
    ),
    "operation moved to another tag": (
        lambda s: s["paths"]["/ver1/ping"]["get"].update(tags=["System"]),
        "[BREAKING] ping: tags changed from ['Public'] to ['System']",
        Impact.MAJOR,
    ),
    "permission changed": (
        lambda s: s["paths"]["/ver1/smart_trades"]["get"].update(
            {extensions.PERMISSION: "SMART_TRADE_WRITE"}
        ),
        "[BREAKING] list_smart_trades: x-permission changed",
        Impact.MAJOR,
    ),
    "bound widened": (
        lambda s: _fields(s, "CreateSmartTradeFields")["properties"]["take_profit_step_orders"].update(
            maxItems=8
        ),
        "[compatible] CreateSmartTradeFields.take_profit_step_orders: maxItems 4 -> 8",
        Impact.MINOR,
    ),
    "request default changed": (
        lambda s: _fields(s, "CreateSmartTradeFields")["properties"]["buy_method"].update(default="market"),
        '[compatible] CreateSmartTradeFields.buy_method: default changed from "limit" to "market"',
        Impact.MINOR,
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_classification(case: str) -> None:
    edit, expected_line, expected_bump = CASES[case]
    changes = _report(edit)
    lines = _lines(changes)
    assert any(line.startswith(expected_line) for line in lines), "\n".join(lines)
    assert max(c.impact for c in changes) is expected_bump, "\n".join(lines)


def test_rewording_alone_is_never_more_than_a_patch() -> None:
    def reword(spec: dict[str, Any]) -> None:
        for name, response in spec["components"]["responses"].items():
            response["description"] = f"{name}, reworded."
        spec["info"]["description"] = "Reworded."
        for schema in _schemas(spec).values():
            if "description" in schema:
                schema["description"] += " (reworded)"

    changes = _report(reword)
    assert changes and {c.impact for c in changes} == {Impact.PATCH}, "\n".join(_lines(changes))


def test_a_shared_schema_change_is_reported_once_with_its_users() -> None:
    changes = _report(lambda s: _schemas(s)["SmartTradeEntity"]["properties"].pop("account_id"))
    assert len(changes) == 1
    assert len(changes[0].used_by) > 5 and "list_smart_trades" in changes[0].used_by


def test_unresolvable_reference_is_reported_not_raised() -> None:
    def dangle(spec: dict[str, Any]) -> None:
        spec["paths"]["/ver1/ping"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
            "$ref": "#/components/schemas/Missing"
        }

    lines = _lines(_report(dangle))
    assert any(line.startswith("[BREAKING] ping response 200: new spec: $ref") for line in lines), lines


def test_a_reference_cycle_terminates() -> None:
    def tree(spec: dict[str, Any]) -> None:
        _schemas(spec)["Node"] = {
            "type": "object",
            "properties": {"child": {"$ref": "#/components/schemas/Node"}, "name": {"type": "string"}},
        }

    with_tree = copy.deepcopy(SPEC)
    tree(with_tree)
    changed = copy.deepcopy(with_tree)
    _schemas(changed)["Node"]["properties"].pop("name")
    lines = _lines(compare(with_tree, changed))
    assert lines == ["[BREAKING] Node.name: property removed"]


@pytest.mark.parametrize(
    ("impact", "version"),
    [(Impact.MAJOR, "2.0.0"), (Impact.MINOR, "1.3.0"), (Impact.PATCH, "1.2.4"), (Impact.NONE, "1.2.3")],
)
def test_version_follows_the_most_severe_change(impact: Impact, version: str) -> None:
    previous = copy.deepcopy(SPEC)
    previous["info"]["version"] = "1.2.3"
    edits: dict[Impact, Edit] = {
        Impact.MAJOR: lambda s: s["paths"].pop("/ver1/ping"),
        Impact.MINOR: lambda s: s["servers"].append({"url": "https://sandbox.example.com"}),
        Impact.PATCH: lambda s: s["info"].update(description="Reworded."),
        Impact.NONE: lambda s: None,
    }
    new = copy.deepcopy(previous)
    edits[impact](new)
    assert next_version(previous, new) == version


def _description_paths(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found: list[tuple[Any, ...]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key in {"description", "summary"} and isinstance(value, str):
                found.append((*path, key))
            else:
                found += _description_paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _description_paths(value, (*path, index))
    return found


def test_every_description_in_the_spec_rewords_to_a_patch() -> None:
    paths = _description_paths(SPEC)
    assert len(paths) > 100
    new = copy.deepcopy(SPEC)  # edited in place and restored: one copy for every case
    for path in paths:
        node = new
        for key in path[:-1]:
            node = node[key]
        original = node[path[-1]]
        node[path[-1]] = original + " (reworded)"
        changes = compare(SPEC, new)
        node[path[-1]] = original
        assert changes, path
        assert {c.impact for c in changes} == {Impact.PATCH}, (path, _lines(changes))


def test_removing_any_property_of_any_schema_is_breaking() -> None:
    new = copy.deepcopy(SPEC)
    for name, schema in _schemas(new).items():
        properties = schema.get("properties") or {}
        for property_name in list(properties):
            removed = properties.pop(property_name)
            changes = compare(SPEC, new)
            properties[property_name] = removed
            assert changes and changes[0].impact is Impact.MAJOR, (name, property_name, _lines(changes))
    assert new == SPEC
