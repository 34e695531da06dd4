"""The one ``$ref`` resolver: local pointers followed, bad ones named, cycles never looped."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from generator.client.view import build_client_plan
from generator.diagnostics import GenerationFailed
from generator.spec_refs import UnresolvedReference, inline, reference_name, resolve, target
from tests.support.node import ROOT

SPEC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Trade": {"type": "object", "properties": {"step": {"$ref": "#/components/schemas/Step"}}},
            "Step": {"type": "object", "properties": {"price": {"type": "number"}}},
            "Alias": {"$ref": "#/components/schemas/Trade"},
            "Loop": {"$ref": "#/components/schemas/Loop2"},
            "Loop2": {"$ref": "#/components/schemas/Loop"},
            "Tree": {"type": "object", "properties": {"child": {"$ref": "#/components/schemas/Tree"}}},
            "a/b~c": {"type": "string"},
        },
        "responses": {"Error": {"description": "Failed."}},
    }
}


def test_resolve_follows_a_chain_of_references() -> None:
    assert resolve(SPEC, {"$ref": "#/components/schemas/Alias"}) is SPEC["components"]["schemas"]["Trade"]
    assert resolve(SPEC, {"type": "string"}) == {"type": "string"}


def test_resolve_reads_any_component_kind_and_escaped_names() -> None:
    assert resolve(SPEC, {"$ref": "#/components/responses/Error"}) == {"description": "Failed."}
    assert target(SPEC, "#/components/schemas/a~1b~0c") == {"type": "string"}
    assert reference_name("#/components/schemas/a~1b~0c") == "a/b~c"


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("#/components/schemas/Missing", "no such part"),
        ("other.yaml#/components/schemas/Trade", "only references inside the document"),
        ("#/components/schemas/Loop", "refers to itself"),
    ],
)
def test_bad_references_are_named(reference: str, message: str) -> None:
    with pytest.raises(UnresolvedReference, match=message) as raised:
        resolve(SPEC, {"$ref": reference})
    assert reference.split("#")[0] in str(raised.value)


def test_inline_replaces_every_reference_with_a_copy() -> None:
    inlined = inline(SPEC, {"$ref": "#/components/schemas/Alias"})
    assert inlined == {
        "type": "object",
        "properties": {"step": {"type": "object", "properties": {"price": {"type": "number"}}}},
    }
    inlined["properties"]["step"]["type"] = "changed"
    assert SPEC["components"]["schemas"]["Step"]["type"] == "object"


def test_inline_refuses_a_schema_that_contains_itself() -> None:
    with pytest.raises(UnresolvedReference, match="containing itself"):
        inline(SPEC, {"$ref": "#/components/schemas/Tree"})


def test_the_client_generator_reports_a_dangling_reference() -> None:
    spec = copy.deepcopy(json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8")))
    body = spec["paths"]["/ver1/smart_trades/create_smart_trade"]["post"]["requestBody"]
    body["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/Nowhere"}
    with pytest.raises(GenerationFailed, match="Nowhere"):
        build_client_plan(spec)
