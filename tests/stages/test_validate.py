"""The spec validator: openapi-spec-validator with its costs on large documents removed.

The changes (a set for the ids of schemas already seen, one metaschema check per distinct
schema, jsonschema-rs's "valid" for the metaschema check) must keep every error it reports.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from jsonschema.exceptions import SchemaError
from openapi_schema_validator import OAS31Validator, oas31_format_checker
from openapi_schema_validator._specifications import REGISTRY as OPENAPI_SPECIFICATIONS
from openapi_spec_validator import OpenAPIV31SpecValidator

from generator.diagnostics import DiagnosticSink
from generator.openapi.validate import validate_spec
from generator.pipeline import run_spec_pipeline
from generator.sources import read_sources
from generator.spec_validator import (
    SpecValidator,
    _IdRegistry,
    _is_plain_json,
    _oas31_metaschema_validator,
    _SchemaValidator,
)
from tests.mdx.pages import SITE
from tests.support.node import ROOT


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
    original = _SchemaValidator._metaschema_verdict

    def counting(self: Any, schema: Any, schema_value: Any) -> Any:
        calls.append(schema_value)
        return original(self, schema, schema_value)

    monkeypatch.setattr(_SchemaValidator, "_metaschema_verdict", counting)
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


# -- the metaschema check: jsonschema-rs's "valid" against openapi-spec-validator's -------------


def house_verdict(schema: Any) -> bool:
    """openapi-spec-validator's metaschema check of one schema, as it makes it."""
    try:
        OAS31Validator.check_schema(schema, format_checker=oas31_format_checker)
    except SchemaError:
        return False
    return True


def fast_verdict(schema: Any) -> bool:
    return bool(_oas31_metaschema_validator(oas31_format_checker).is_valid(schema))


def every_object(node: Any) -> list[Any]:
    """Every object of a document, schemas and all else (each is a schema-shaped JSON value)."""
    found: list[Any] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


@pytest.fixture(scope="module")
def reference_objects() -> list[Any]:
    """Every distinct object of the committed spec, and of the current site's spec when it is here."""
    documents = [json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8"))]
    if SITE.is_dir():
        sink = DiagnosticSink()
        documents.append(run_spec_pipeline(read_sources([SITE], sink), validate=False).spec)
    distinct = {json.dumps(o, sort_keys=True): o for d in documents for o in every_object(d)}
    return list(distinct.values())


def test_both_checks_agree_on_every_object_of_the_references(reference_objects: list[Any]) -> None:
    # Every schema of the references is valid, and decided by the fast check (not sent on to
    # the slow one); the objects that are no schemas (an operation, a response) are refused by both.
    disagreeing = [o for o in reference_objects if fast_verdict(o) != house_verdict(o)]
    assert disagreeing == []
    assert any(fast_verdict(o) for o in reference_objects) and not all(
        fast_verdict(o) for o in reference_objects
    )


#: Every keyword of the dialect's metaschema and its vocabularies, and a few others.
KEYWORDS = sorted(
    {
        name
        for uri in OPENAPI_SPECIFICATIONS
        if "2020-12" in uri or "oas/3.1" in uri
        for name in (OPENAPI_SPECIFICATIONS.contents(uri).get("properties") or {})
    }
    | {"x-extra", "nullable", "example", "examples"}
)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-3, max_value=3)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from(
        ["string", "integer", "object", "array", "number", "null", "strin", "#/$defs/a", "#meta"]
    )
    | st.sampled_from(["(?P<n>a)", "(?<n>a)", "[", "^x-", "\\p{L}", "a{,3}", "http://x y", "urn:a", ""])
)


def arrays_and_objects_of(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYWORDS), inner, max_size=4)


SCHEMA_LIKE = st.recursive(SCALARS, arrays_and_objects_of, max_leaves=12)


@settings(max_examples=600, deadline=None)
@given(SCHEMA_LIKE)
# Where the two libraries' regular expressions differ (ECMA 262 against Python's `re`): the
# house validator checks `format: regex` with `re`, and so must the fast check.
@example({"pattern": "(?<n>a)"})
@example({"patternProperties": {"(?<n>a)": {}}})
@example({"properties": {"a": {"items": {"pattern": "\\p{L}"}}}})
@example({"$defs": {"a": {"pattern": "["}}})
def test_the_fast_check_never_accepts_what_the_house_validator_refuses(schema: Any) -> None:
    # The one way the fast check could weaken validation. The converse (refusing what the house
    # validator accepts: NaN bounds, an ill-formed `uri`) only sends the schema on to it.
    if fast_verdict(schema):
        assert house_verdict(schema), schema


def stock_errors(spec: dict[str, Any], validator: type[OpenAPIV31SpecValidator]) -> list[tuple[str, str]]:
    return [("/".join(map(str, e.path)), e.message) for e in validator(spec).iter_errors()]


def test_an_invalid_spec_gets_the_errors_of_stock_openapi_spec_validator() -> None:
    schemas: dict[str, Any] = {
        "A": {"type": "integr"},
        "B": {"type": "object", "properties": {"p": {"pattern": "(?<n>a)"}}},
        "C": {"type": "object", "required": 3},
        "D": {"type": "string", "minLength": -1},
        "E": {"$schema": 5},
        "F": {"type": "object", "properties": {"q": {"type": "string", "maxLength": 1.5}}},
        "G": {"type": ["string", "string"]},
        "Fine": {"type": "object", "properties": {"r": {"$ref": "#/components/schemas/A"}}},
    }
    ours = stock_errors(spec_with(schemas), SpecValidator)
    assert len(ours) == 7, ours
    assert ours == stock_errors(spec_with(schemas), OpenAPIV31SpecValidator)


def test_a_schema_the_fast_check_cannot_read_goes_to_the_house_validator() -> None:
    # A number as a property name: jsonschema-rs takes only text keys; the house validator decides.
    spec = spec_with({"A": {"type": "object", "properties": {1: {"type": "integr"}}}})
    assert stock_errors(spec, SpecValidator) == stock_errors(spec, OpenAPIV31SpecValidator) != []


def test_the_committed_spec_is_valid_for_both(tmp_path: Path) -> None:
    spec = json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8"))
    assert stock_errors(spec, SpecValidator) == stock_errors(spec, OpenAPIV31SpecValidator) == []


def test_the_json_check_before_the_fast_check_has_no_depth_limit() -> None:
    deep: dict[str, Any] = {"type": "string"}
    for _ in range(5000):
        deep = {"type": "object", "properties": {"a": deep}}
    assert _is_plain_json(deep)
    assert not _is_plain_json({"type": "object", "properties": {"a": deep, "b": {"enum": (1, 2)}}})
