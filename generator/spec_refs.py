"""``$ref`` in an OpenAPI document: following one, and inlining every one.

The one resolver of the project: the client view, the change report and the contract suite read
specs through it. It knows the document (local JSON pointers, ``#/components/...``) and how
the spec spells rule objects for other tools (below), never a stage, so every stage that reads
a spec may use it.
"""

from __future__ import annotations

import copy
from collections import Counter
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
        node = _child(node, int(key) if isinstance(node, list) and key.isdigit() else key)
        if node is _ABSENT:
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


def _fields_then_holders(schema: Any) -> Mapping[str, Any] | None:
    """The first part of ``schema``'s ``allOf`` where it is an object written in place and every
    other part a rule group's holder, else None."""
    members = schema.get("allOf") if isinstance(schema, Mapping) else None
    if not isinstance(members, list) or len(members) < 2:
        return None
    fields = members[0]
    if not isinstance(fields, Mapping) or "$ref" in fields or "allOf" in fields:
        return None
    return fields if all(is_group_holder(m) for m in members[1:]) else None


def placed_body_fields(schema: Any) -> str | None:
    """``N`` where ``schema`` is a body with its fields in place, ``allOf: [{...,
    x-fields-name: N}, holder...]``, else None."""
    fields = _fields_then_holders(schema)
    name = fields.get(FIELDS_NAME) if fields is not None else None
    return name if isinstance(name, str) else None


def placed_object_title(schema: Any) -> str | None:
    """``T`` where ``schema`` is an object inside a body written ``{title: T, allOf: [{...its
    fields}, holder...]}``, else None."""
    fields = _fields_then_holders(schema)
    if fields is None or "properties" not in fields or FIELDS_NAME in fields or "properties" in schema:
        return None
    title = schema.get("title")
    return title if isinstance(title, str) else None


#: A place in a spec, as JSON pointer parts (``("components", "schemas", "X", "properties")``).
Where = tuple[str | int, ...]


def rules_as_built(spec: Mapping[str, Any]) -> Mapping[str, Any]:
    """``spec`` with its rule objects as the groups built them: a body's fields the component
    they name (``allOf: [{$ref: CreateSmartTradeFields}, holder...]``), a nested object its
    fields with the holders beside them (``{...fields, allOf: [holder...]}``). The same
    constraints; this is the spelling the client stage and the change report read. A spec
    written otherwise is returned as it is; parts that hold no rule object are shared."""
    return read_rule_objects(spec)[0]


def rule_objects_in_place(spec: Mapping[str, Any]) -> dict[Where, str]:
    """Where each rule object ``spec`` writes in place is in the spec as built (for a body's
    fields, their component), and its name (``x-fields-name``, or a nested object's title)."""
    return read_rule_objects(spec)[1]


def read_rule_objects(spec: Mapping[str, Any]) -> tuple[Mapping[str, Any], dict[Where, str]]:
    """:func:`rules_as_built` and :func:`rule_objects_in_place` of ``spec``, read once."""
    schemas: Mapping[str, Any] = (spec.get("components") or {}).get("schemas") or {}
    restored: dict[str, Any] = {}
    placed: dict[Where, str] = {}

    def back(node: Any, where: Where, in_place: bool = False) -> Any:
        if isinstance(node, list):
            items = [back(item, (*where, index)) for index, item in enumerate(node)]
            return node if all(a is b for a, b in zip(items, node, strict=True)) else items
        if not isinstance(node, Mapping):
            return node
        title = placed_object_title(node) if in_place else None
        if title is not None:
            placed[where] = title
            fields, *holders = node["allOf"]
            # An annotation said beside the title (an overlay's description) stays the object's.
            said = {k: back(v, (*where, k)) for k, v in node.items() if k not in ("title", "allOf")}
            holders = [back(h, (*where, "allOf", i)) for i, h in enumerate(holders)]
            return {**back(fields, where), **said, "allOf": holders}
        rebuilt: dict[str, Any] = {}
        for key, value in node.items():
            if key == "properties" and isinstance(value, Mapping):
                each = {n: back(s, (*where, key, n), True) for n, s in value.items()}
                rebuilt[key] = value if all(each[n] is value[n] for n in value) else each
            else:
                rebuilt[key] = back(value, (*where, key), key == "items")
        return node if all(rebuilt[key] is node[key] for key in node) else rebuilt

    def component(name: str, schema: Any) -> Any:
        where: Where = ("components", "schemas", name)
        fields = placed_body_fields(schema)
        if fields is None or fields in schemas or fields in restored:
            return back(schema, where)
        first, *holders = schema["allOf"]
        placed[("components", "schemas", fields)] = fields
        restored[fields] = back(
            {k: v for k, v in first.items() if k != FIELDS_NAME}, ("components", "schemas", fields)
        )
        members = [
            {"$ref": SCHEMA_REF + fields},
            *(back(h, (*where, "allOf", i + 1)) for i, h in enumerate(holders)),
        ]
        return {k: members if k == "allOf" else back(v, (*where, k)) for k, v in schema.items()}

    kept = {name: component(name, schema) for name, schema in schemas.items()}
    written = {key: back(value, (key,)) for key, value in spec.items() if key != "components"}
    if (
        not restored
        and all(kept[n] is schemas[n] for n in schemas)
        and all(written[k] is spec[k] for k in written)
    ):
        return spec, placed
    components = {**(spec.get("components") or {}), "schemas": _inserted(kept, restored)}
    return {key: components if key == "components" else written[key] for key in spec}, placed


def _inserted(schemas: dict[str, Any], restored: dict[str, Any]) -> dict[str, Any]:
    """``schemas`` with each of ``restored`` before the first name that sorts after it: where
    the pipeline, which sorts its components, had it; the others keep their order."""
    names = list(schemas)
    for name in sorted(restored):
        index = next((i for i, other in enumerate(names) if other > name), len(names))
        names.insert(index, name)
    return {name: schemas[name] if name in schemas else restored[name] for name in names}


def served_place(spec: Mapping[str, Any], where: Where) -> Where:
    """Where a place of the spec as built (:func:`rules_as_built`) is in ``spec`` as served:
    a body's fields inside the body's ``allOf``, a nested object's inside its own."""
    schemas: Mapping[str, Any] = (spec.get("components") or {}).get("schemas") or {}
    node: Any = spec
    served: list[str | int] = []
    rest = list(where)
    if len(rest) > 2 and rest[:2] == ["components", "schemas"] and rest[2] not in schemas:
        body = next((n for n, s in schemas.items() if placed_body_fields(s) == rest[2]), None)
        if body is not None:
            rest = ["components", "schemas", body, "allOf", 0, *rest[3:]]
    holder_index = False
    for key in rest:
        if holder_index and isinstance(key, int):
            key = key + 1  # the built object's holders follow its fields in the served allOf
        holder_index = False
        if isinstance(node, Mapping) and placed_object_title(node) is not None:
            if key == "allOf":
                holder_index = True
            elif key not in node:
                served += ["allOf", 0]
                node = node["allOf"][0]
        served.append(key)
        node = _child(node, key)
    return tuple(served)


_ABSENT = object()


def _child(node: Any, key: str | int) -> Any:
    """``node[key]``, or ``_ABSENT``."""
    if isinstance(node, Mapping):
        return node.get(key, _ABSENT)
    if isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
        return node[key]
    return _ABSENT


def references(node: Any) -> Counter[str]:
    """Every ``$ref`` inside ``node``, not followed, with how many times each is written."""
    found: Counter[str] = Counter()
    pending = [node]
    while pending:
        item = pending.pop()
        if isinstance(item, Mapping):
            reference = item.get("$ref")
            if isinstance(reference, str):
                found[reference] += 1
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return found


def reaches(spec: Mapping[str, Any], where: Where) -> bool:
    """``spec`` has something at ``where``."""
    node: Any = spec
    for key in where:
        node = _child(node, key)
        if node is _ABSENT:
            return False
    return True
