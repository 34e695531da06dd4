"""``$ref`` in an OpenAPI document: following one, and inlining every one.

The one resolver of the project: the client view, the change report and the contract suite read
specs through it. It knows only the document (local JSON pointers, ``#/components/...``), never
how the pipeline built it, so every stage that reads a spec may use it.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any


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
