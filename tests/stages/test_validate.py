"""The spec validator: openapi-spec-validator with its two costs on large documents removed.

Both changes (a set for the ids of schemas already seen, one metaschema check per distinct
schema) must keep every error it reports.
"""

from __future__ import annotations

from typing import Any

import pytest
from openapi_spec_validator.validation import keywords

from generator.diagnostics import DiagnosticSink
from generator.openapi.validate import _IdRegistry, validate_spec


def spec_with(schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }


def errors(spec: dict[str, Any]) -> list[str]:
    sink = DiagnosticSink()
    validate_spec(spec, sink)
    return [d.message for d in sink.errors]


def test_a_valid_spec_has_no_error() -> None:
    assert errors(spec_with({"A": {"type": "integer"}, "B": {"type": "integer"}})) == []


def test_an_invalid_schema_is_reported_at_each_place_it_appears() -> None:
    bad = {"type": "integr"}
    found = errors(spec_with({"A": dict(bad), "B": dict(bad), "C": {"type": "object", "required": 3}}))
    assert len(found) == 3, found
    assert sum("integr" in message for message in found) == 2


def test_equal_schemas_are_checked_against_the_metaschema_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Any] = []
    original = keywords.OpenAPIV31SchemaValidator._validate_schema_meta

    def counting(self: Any, schema: Any, schema_value: Any) -> Any:
        calls.append(schema_value)
        return original(self, schema, schema_value)

    monkeypatch.setattr(keywords.OpenAPIV31SchemaValidator, "_validate_schema_meta", counting)
    schemas = {f"S{n}": {"type": "integer", "minimum": 1} for n in range(50)}
    schemas["Other"] = {"type": "string"}
    assert errors(spec_with(schemas)) == []
    assert len(calls) == 2, calls  # one per distinct schema, not 51


def test_the_id_registry_is_a_list_with_fast_membership() -> None:
    registry = _IdRegistry()
    registry.append(7)
    registry.append(9)
    assert 7 in registry and 9 in registry and 8 not in registry
    assert list(registry) == [7, 9]
