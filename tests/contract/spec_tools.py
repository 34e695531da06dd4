"""Reading the spec for the contract suite: schemas, strategies, and an openapi-core adapter.

Everything here works from ``spec/openapi.yaml`` alone, never from the generator's code, so
that the suite checks the client from the spec's side. (``$ref`` is followed by
``generator.spec_refs``, the project's one resolver: a JSON-pointer lookup in the document that
knows nothing of how the pipeline built it.)
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from openapi_core.datatypes import RequestParameters
from ruamel.yaml import YAML
from werkzeug.datastructures import Headers, ImmutableMultiDict

from generator import extensions
from generator.naming import SCHEMA_REF
from generator.spec_refs import group_reference, inline
from generator.spec_refs import resolve as resolve  # the suite's other modules import it from here

#: The spec under test: the committed one, or another (``CONTRACT_SPEC``), such as the spec of
#: the whole reference that tests/reference builds and runs this suite against.
SPEC_PATH = Path(
    os.environ.get("CONTRACT_SPEC") or Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"
)
REF = SCHEMA_REF
METHODS = ("get", "put", "post", "patch", "delete")


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    loaded: dict[str, Any] = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    return loaded


def operations(spec: Mapping[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, operation)."""
    found = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                found[item[method]["operationId"]] = (method, path, item[method])
    return found


def request_body_schema(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> dict[str, Any] | None:
    content = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json")
    return inline(spec, content["schema"]) if content else None


def success_response(operation: Mapping[str, Any]) -> dict[str, Any]:
    """The answer a call returns: its ``200``, else its first other ``2xx`` (the current
    reference documents creations and actions as ``201``)."""
    answers = {str(status): answer for status, answer in operation["responses"].items()}
    ok = sorted(status for status in answers if status[:1] == "2" and status.isdigit())
    chosen: dict[str, Any] = answers["200" if "200" in ok else ok[0]]
    return chosen


def validator(schema: Mapping[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(schema)


# -- strategies ------------------------------------------------------------------------------


def _number(schema: Mapping[str, Any], integer: bool) -> st.SearchStrategy[Any]:
    low = schema.get("minimum", schema.get("exclusiveMinimum"))
    high = schema.get("maximum", schema.get("exclusiveMaximum"))
    if integer:
        lo = None if low is None else int(low) + (1 if "exclusiveMinimum" in schema else 0)
        hi = None if high is None else int(high) - (1 if "exclusiveMaximum" in schema else 0)
        return st.integers(
            min_value=lo if lo is not None else -(10**9), max_value=hi if hi is not None else 10**9
        )
    return st.decimals(
        min_value=Decimal(str(low)) if low is not None else Decimal(-(10**9)),
        max_value=Decimal(str(high)) if high is not None else Decimal(10**9),
        allow_nan=False,
        allow_infinity=False,
        places=6,
    ).filter(
        lambda d: (
            ("exclusiveMinimum" not in schema or d > Decimal(str(schema["exclusiveMinimum"])))
            and ("exclusiveMaximum" not in schema or d < Decimal(str(schema["exclusiveMaximum"])))
        )
    )


def value_strategy(schema: Mapping[str, Any], *, response: bool = False) -> st.SearchStrategy[Any]:
    """Values for one (inlined) property schema; with ``response``, also nulls and odd forms."""
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(list(schema["enum"]))
    if "oneOf" in schema and "type" not in schema:
        return st.one_of([value_strategy(branch, response=response) for branch in schema["oneOf"]])
    types = schema.get("type", "object")
    if isinstance(types, list):
        return st.one_of([value_strategy({**schema, "type": t}, response=response) for t in types])
    if types == "null":
        return st.none()
    if types == "boolean":
        return st.booleans()
    if types == "integer":
        return _number(schema, integer=True)
    if types == "number":
        return _number(schema, integer=False) if not response else st.integers(-1000, 1000)
    if types == "string":
        if schema.get("format") == "decimal":
            decimals = st.decimals(min_value=-(10**9), max_value=10**9, places=4, allow_nan=False)
            return (
                st.one_of(decimals.map(lambda d: format(d, "f")), st.text(max_size=8))
                if response
                else decimals
            )
        if schema.get("format") == "date-time":
            moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1))
            forms = [moments.map(lambda m: m.strftime("%Y-%m-%d %H:%M:%S"))]
            forms.append(moments.map(lambda m: m.replace(tzinfo=UTC).isoformat().replace("+00:00", "Z")))
            return st.one_of(forms)
        if schema.get("format") == "date":
            return st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)).map(date.isoformat)
        longest = schema.get("maxLength", 12)
        return st.text(min_size=schema.get("minLength", 0), max_size=min(12, longest))
    if types == "array":
        items = schema.get("items") or {}
        return st.lists(value_strategy(items, response=response), max_size=min(3, schema.get("maxItems", 3)))
    groups = [group for part in schema.get("allOf") or () if "oneOf" in (group := group_reference(part))]
    if groups and not response:
        # A nested object with rule groups of its own (take_profit's `enabled`): drawn as a body is.
        fields = {key: value for key, value in schema.items() if key != "allOf"}
        return body_strategy({"allOf": [fields, *groups]})
    return object_strategy(schema, {}, response=response)


def object_strategy(
    schema: Mapping[str, Any], context: Mapping[str, Any], *, response: bool = False
) -> st.SearchStrategy[dict[str, Any]]:
    """Objects for ``schema``; ``context`` types required names a variant lists but does not type."""
    properties: dict[str, Any] = {**context, **(schema.get("properties") or {})}
    required = list(schema.get("required") or [])
    own = schema.get("properties") or {}
    for name in required:
        properties.setdefault(name, {})
    fixed = {
        name: value_strategy(_typed(properties[name], context.get(name)), response=response)
        for name in required
    }
    optional = {
        name: value_strategy(_typed(sub, context.get(name)), response=response)
        for name, sub in own.items()
        # `false`: the variant stands for the field not being sent (an optional selector unset).
        if name not in required and sub is not False
    }
    base = st.fixed_dictionaries(fixed, optional=optional)
    if "oneOf" in schema and not any("properties" in branch for branch in schema["oneOf"]):
        # "exactly one of" on items: add one of the alternatives' required fields.
        return st.tuples(base, st.sampled_from(schema["oneOf"])).flatmap(
            lambda pair: st.fixed_dictionaries(
                {
                    name: value_strategy(
                        _typed(properties.get(name, {}), context.get(name)), response=response
                    )
                    for name in pair[1].get("required", [])
                }
            ).map(lambda extra, first=pair[0]: {**first, **extra})
        )
    return base


def _typed(schema: Mapping[str, Any], fallback: Any) -> Mapping[str, Any]:
    return schema if schema.get("type") or "const" in schema or "enum" in schema or not fallback else fallback


def body_variants(schema: Mapping[str, Any]) -> list[list[Mapping[str, Any]]]:
    """The leaf variants of each rule group of a (inlined) request body, in order."""
    parts = [group_reference(part) for part in schema.get("allOf") or [schema]]
    return [list(_leaves(part)) for part in parts if "oneOf" in part]


def body_strategy(
    schema: Mapping[str, Any], pin: tuple[int, int] | None = None
) -> st.SearchStrategy[dict[str, Any]]:
    """Request bodies: the fields schema, one leaf variant per rule group, merged (groups last).

    ``pin`` (group index, variant index in ``body_variants``) draws only that variant of that group.
    """
    parts = [group_reference(part) for part in schema.get("allOf") or [schema]]
    fields = next((p for p in parts if "properties" in p and "oneOf" not in p), {})
    context = fields.get("properties") or {}
    strategies = [object_strategy(fields, {}).map(lambda values: (values, set()))]
    for index, group in enumerate(p for p in parts if "oneOf" in p):
        leaves = list(_leaves(group))
        chosen = [leaves[pin[1]]] if pin is not None and pin[0] == index else leaves
        strategies.append(
            st.sampled_from(chosen).flatmap(
                lambda leaf, leaves=leaves: object_strategy(leaf, context).map(
                    lambda values, leaf=leaf: (values, _others(leaf, leaves))
                )
            )
        )
    checker = validator(schema)

    def merge(pieces: tuple[tuple[dict[str, Any], set[str]], ...]) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for values, _ in pieces:
            merged.update(values)
        for _, forbidden in pieces:
            for name in forbidden:
                merged.pop(name, None)
        return merged

    return st.tuples(*strategies).map(merge).filter(checker.is_valid)


def _others(leaf: Mapping[str, Any], leaves: list[Mapping[str, Any]]) -> set[str]:
    """Fields the other variants own: the spec allows them here too, but a typed variant class
    cannot carry them, so bodies meant to go through the client leave them out."""
    owned = {name for other in leaves for name in other.get(extensions.GROUP_FIELDS) or ()}
    return owned - set(leaf.get(extensions.GROUP_FIELDS) or ())


def _leaves(schema: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    found: list[Mapping[str, Any]] = []
    for branch in schema.get("oneOf") or []:
        if "oneOf" in branch:
            parent = {k: v for k, v in branch.items() if k != "oneOf"}
            for leaf in _leaves(branch):
                found.append(
                    {
                        **leaf,
                        "properties": {**(parent.get("properties") or {}), **(leaf.get("properties") or {})},
                        "required": sorted({*parent.get("required", []), *leaf.get("required", [])}),
                    }
                )
        else:
            found.append(branch)
    return found


# -- openapi-core adapter ----------------------------------------------------------------------


class CapturedRequest:
    """An ``httpx.Request`` as openapi-core's request protocol wants it."""

    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        url = request.url
        self.host_url = f"{url.scheme}://{url.netloc.decode()}"
        self.path = url.path
        self.full_url_pattern = f"{self.host_url}{url.path}"
        self.method = request.method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(url.params.multi_items())),
            header=Headers(list(request.headers.items())),
            cookie={},
        )
        self.content_type = request.headers.get("content-type", "")
        self.body = request.content or None
