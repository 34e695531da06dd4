"""Writes each object that holds rule groups with its fields in place, for the generators that
would number the classes of its parts.

The groups build such an object as its fields and the holders of its groups: a body as
``allOf: [{$ref: CreateSmartTradeFields}, holder...]``, an object inside a body (the site's
``take_profit``, with its ``enabled``) as ``{...fields, allOf: [holder...]}``.
datamodel-code-generator reads an ``allOf`` with exactly one reference, or an object with
properties beside its ``allOf``, as a class per part, each named after the object and numbered
(``CreateSmartTradeRequest1``...). An ``allOf`` whose parts are all in place, two of them saying
a property differently (the fields, and a holder restating its selector's type), it merges into
one class. So, as the last step of the build:

* a body: ``allOf: [{...fields, x-fields-name: CreateSmartTradeFields}, holder...]``;
* a nested object: ``{title: CreateSmartTradeTakeProfit, allOf: [{...fields}, holder...]}``,
  the title naming its merged class (``--use-title-as-name``) where its property's name alone
  would be taken (the group ``TakeProfit``).

What the spec allows is unchanged. ``generator.spec_refs.rules_as_built`` reads it back.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeGuard

from generator import extensions
from generator.naming import SCHEMA_REF, rule_object_name, schema_name
from generator.spec_refs import is_group_holder, references

Schema = dict[str, Any]


def place_rule_objects(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` (changed in place) with its rule objects' fields in place."""
    schemas: dict[str, Schema] = spec.get("components", {}).get("schemas", {})
    for owner, schema in schemas.items():
        _nest(owner, schema, ())
    uses = references(spec)
    placed: set[str] = set()
    for schema in schemas.values():
        members = schema.get("allOf")
        if not _body(members):
            continue
        name = schema_name(str(members[0]["$ref"]))
        fields = schemas.get(name)
        if (
            not isinstance(fields, dict)
            or extensions.FIELDS_NAME in fields
            or "allOf" in fields
            or uses[SCHEMA_REF + name] > 1
        ):
            continue  # a fields schema used elsewhere too stays a component
        members[0] = {**fields, extensions.FIELDS_NAME: name}
        placed.add(name)
    for name in placed:
        del schemas[name]
    return spec


def _body(members: Any) -> TypeGuard[list[Any]]:
    """``[{$ref: fields}, holder...]``"""
    return (
        isinstance(members, list)
        and len(members) > 1
        and isinstance(members[0], Mapping)
        and set(members[0]) == {"$ref"}
        and all(is_group_holder(m) and "$ref" not in m for m in members[1:])
    )


def _nest(owner: str, schema: Any, path: tuple[str, ...]) -> None:
    """Each object below ``schema`` that holds rule groups, written ``{title, allOf: [fields,
    holder...]}``; the innermost first."""
    if not isinstance(schema, dict):
        return
    for name, prop in (schema.get("properties") or {}).items():
        _nest(owner, prop, (*path, name))
        if _holds_rules(prop):
            schema["properties"][name] = _placed(owner, (*path, name), prop)
    items = schema.get("items")
    if isinstance(items, dict):
        _nest(owner, items, (*path, "[]"))
        if _holds_rules(items):
            schema["items"] = _placed(owner, (*path, "[]"), items)


def _placed(owner: str, path: tuple[str, ...], schema: Schema) -> Schema:
    fields = {key: value for key, value in schema.items() if key != "allOf"}
    return {"title": rule_object_name(owner, path), "allOf": [fields, *schema["allOf"]]}


def _holds_rules(schema: Any) -> bool:
    """An object written in place whose ``allOf`` holds only rule groups (``group_member``)."""
    return (
        isinstance(schema, Mapping)
        and "properties" in schema
        and "title" not in schema
        and bool(schema.get("allOf"))
        and all(is_group_holder(member) and "$ref" not in member for member in schema["allOf"])
    )
