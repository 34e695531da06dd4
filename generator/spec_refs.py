"""``$ref`` in an OpenAPI document: following one, and inlining every one.

The one resolver of the project: the client view, the change report and the contract suite read
specs through it. It knows the document (local JSON pointers, ``#/components/...``) and how
the spec spells rule objects for other tools (below), never a stage, so every stage that reads
a spec may use it.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from generator.extensions import FIELDS_NAME
from generator.naming import SCHEMA_REF


class UnresolvedReference(ValueError):
    """A ``$ref`` that points nowhere in the document, is not local, or loops."""


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def target(spec: Mapping[str, Any], reference: str) -> Any:
    """What the local JSON pointer ``reference`` (``#/components/schemas/X``) points at."""
    if not reference.startswith("#"):
        raise UnresolvedReference(f"$ref {reference!r}: only references inside the document are read")
    node: Any = spec
    for token in reference[1:].split("/")[1:]:
        key = _unescape(token)
        if isinstance(node, Mapping) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            raise UnresolvedReference(f"$ref {reference!r}: no such part of the document")
    return node


def resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """``node`` itself, or what its ``$ref`` (and the target's, and so on) finally points at."""
    seen: list[str] = []
    while "$ref" in node:
        reference = str(node["$ref"])
        if reference in seen:
            raise UnresolvedReference(f"$ref {reference!r}: refers to itself ({' -> '.join(seen)})")
        seen.append(reference)
        found = target(spec, reference)
        if not isinstance(found, Mapping):
            kind = type(found).__name__
            raise UnresolvedReference(f"$ref {reference!r}: points at a {kind}, not an object")
        node = found
    return node


def inline(spec: Mapping[str, Any], node: Any) -> Any:
    """A copy of ``node`` with every ``$ref`` replaced by its target; a reference cycle is an error."""
    return _inline(spec, node, ())


def _inline(spec: Mapping[str, Any], node: Any, open_references: tuple[str, ...]) -> Any:
    if isinstance(node, Mapping):
        if "$ref" in node:
            reference = str(node["$ref"])
            if reference in open_references:
                raise UnresolvedReference(f"$ref {reference!r}: a schema containing itself cannot be inlined")
            return _inline(spec, resolve(spec, node), (*open_references, reference))
        return {key: _inline(spec, value, open_references) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline(spec, value, open_references) for value in node]
    return copy.deepcopy(node)


def reference_name(reference: str) -> str:
    """The name a reference ends in: ``#/components/schemas/SmartTradeEntity`` → ``SmartTradeEntity``."""
    return _unescape(reference.rsplit("/", 1)[-1])


def group_reference(member: Mapping[str, Any]) -> Mapping[str, Any]:
    """The rule group an ``allOf`` member of a body stands for: the ``$ref`` inside the object
    ``{type: object, additionalProperties: true, properties: {selector: {type: T}}, oneOf:
    [{$ref: Group}]}`` that holds it (docs/interop.md; ``allOf: [{$ref: Group}]`` and no
    property, as earlier specs held it), or the member itself when it is not such a holder.

    The holder's one property is its group's selector with the type every variant implies
    (``generator.diff`` checks that it restates it)."""
    keywords = {"type", "title", "description", "additionalProperties"}
    if "oneOf" in member:
        parts: list[Mapping[str, Any]] = list(member["oneOf"])
        keywords |= {"oneOf", "properties"}
        properties = member.get("properties") or {}
        if len(properties) > 1 or any(
            not isinstance(p, Mapping) or set(p) - {"type"} for p in properties.values()
        ):
            return member
    else:
        parts = list(member.get("allOf") or [])
        keywords |= {"allOf"}
    holder = (
        set(member) <= keywords
        and member.get("type", "object") == "object"
        and member.get("additionalProperties", True) is True
    )
    if holder and len(parts) == 1 and ("allOf" in member or "$ref" in parts[0]):
        return group_reference(parts[0])
    return member


# -- rule objects as other tools need them ---------------------------------------------------
#
# An object holding rule groups (a request body; on the site, ``take_profit`` with its
# ``enabled``) is built as its fields and the holders of its groups. The spec writes its fields
# in place, as the first part of its ``allOf``: a body's marked with the name they would have
# (``{..., x-fields-name: CreateSmartTradeFields}``), a nested object titled
# (``{title: CreateSmartTradeTakeProfit, allOf: [{...fields}, holder...]}``), so that
# datamodel-code-generator merges each into one class instead of numbering a class per part
# (docs/interop.md). ``generator.openapi.rule_objects`` writes it; :func:`rules_as_built` reads
# it back.


def is_group_holder(schema: Any) -> bool:
    """``schema`` is a rule group's holder (:func:`group_reference`)."""
    return isinstance(schema, Mapping) and "oneOf" in schema and group_reference(schema) is not schema


def placed_fields(schema: Any) -> str | None:
    """The name of ``schema``'s fields when it is a rule object written in place (``allOf:
    [{..., x-fields-name: N}, holder...]``, or the nested ``{title: N, allOf: [{...fields},
    holder...]}``), else None."""
    if not isinstance(schema, Mapping):
        return None
    members = schema.get("allOf")
    if not isinstance(members, list) or len(members) < 2 or not isinstance(members[0], Mapping):
        return None
    fields = members[0]
    if "properties" not in fields or "allOf" in fields or not all(is_group_holder(m) for m in members[1:]):
        return None
    nested = set(schema) == {"title", "allOf"} and FIELDS_NAME not in fields
    name = schema["title"] if nested else fields.get(FIELDS_NAME)
    return name if isinstance(name, str) else None


def rules_as_built(spec: Mapping[str, Any]) -> Mapping[str, Any]:
    """``spec`` with its rule objects as the groups built them: a body's fields the component
    they name (``allOf: [{$ref: CreateSmartTradeFields}, holder...]``), a nested object
    its fields with the holders beside them (``{...fields, allOf: [holder...]}``). The same
    constraints; this is the spelling the client stage and the change report read. A spec
    written otherwise is returned as it is; parts that hold no rule object are shared."""
    schemas: Mapping[str, Any] = (spec.get("components") or {}).get("schemas") or {}
    restored: dict[str, Any] = {}

    def back(node: Any, placed: bool = False) -> Any:
        if isinstance(node, list):
            items = [back(item) for item in node]
            return node if all(a is b for a, b in zip(items, node, strict=True)) else items
        if not isinstance(node, Mapping):
            return node
        if placed and set(node) == {"title", "allOf"} and placed_fields(node) is not None:
            fields, *holders = node["allOf"]
            return {**back(fields), "allOf": [back(h) for h in holders]}
        rebuilt: dict[str, Any] = {}
        for key, value in node.items():
            if key == "properties" and isinstance(value, Mapping):
                each = {name: back(schema, True) for name, schema in value.items()}
                rebuilt[key] = value if all(each[n] is value[n] for n in value) else each
            else:
                rebuilt[key] = back(value, key == "items")
        return node if all(rebuilt[key] is node[key] for key in node) else rebuilt

    def component(schema: Any) -> Any:
        name = placed_fields(schema) if "title" not in schema else None
        if name is None or name in schemas or name in restored:
            return back(schema)
        fields, *holders = schema["allOf"]
        restored[name] = back({key: value for key, value in fields.items() if key != FIELDS_NAME})
        return {**schema, "allOf": [{"$ref": SCHEMA_REF + name}, *(back(h) for h in holders)]}

    kept = {name: component(schema) for name, schema in schemas.items()}
    written = {key: back(value) for key, value in spec.items() if key != "components"}
    if (
        not restored
        and all(kept[n] is schemas[n] for n in schemas)
        and all(written[k] is spec[k] for k in written)
    ):
        return spec
    if restored:
        kept = dict(sorted({**kept, **restored}.items()))
    components = {**(spec.get("components") or {}), "schemas": kept}
    return {key: components if key == "components" else written[key] for key in spec}


def rule_objects_in_place(spec: Mapping[str, Any]) -> set[str]:
    """The names of the rule objects' fields ``spec`` writes in place (what :func:`rules_as_built`
    names or nests again)."""
    found: set[str] = set()
    stack: list[Any] = [spec]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            name = placed_fields(item)
            if name is not None:
                found.add(name)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found
