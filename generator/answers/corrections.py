"""The contradictions as an OpenAPI Overlay 1.0.0 document that widens the spec to what the server did.

Only widening: a type gains the type seen (a number's schema gains ``string`` with a pattern for
number text when the server sent decimal strings), an enum gains the values seen, an object gains
the keys seen as optional properties of their seen type, a schema gains ``null``; request values
the server accepted are widened the same way, and values it refused although documented are
recorded as ``x-refused-values`` (evidence, never a constraint). Nothing is ever removed.

Each action's target is the RFC 9535 normalized path of the one node it changes. An array is
extended by targeting the array (Overlay 1.0.0 appends an update to a targeted array) and a new
key is added by merging an object into its parent, so an action means the same under every
reading of the Overlay specification's merge: no action replaces an array by another.
Where one schema's ``type`` is a single name and gains several (``number`` → number, string,
null), its one update names them all, with every piece of evidence in its description.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from generator import extensions
from generator.answers.check import DECIMAL_TEXT, INTEGER_TEXT, Location, pointer
from generator.answers.tally import Contradiction

OVERLAY_VERSION = "1.0.0"
#: Kinds an overlay can correct; ``other`` (a keyword no widening answers) is only reported.
_WIDENED = ("type", "null", "enum", "undocumented-key", "refused-request")


def normalized_path(location: Sequence[str | int]) -> str:
    """RFC 9535's normalized path of a node: ``$['components']['schemas']['X']``."""
    parts = ["$"]
    for token in location:
        parts.append(f"[{token}]" if isinstance(token, int) else f"['{_escape(token)}']")
    return "".join(parts)


def _escape(name: str) -> str:
    out = []
    for char in name:
        if char == "\\":
            out.append("\\\\")
        elif char == "'":
            out.append("\\'")
        elif char in "\b\f\n\r\t":
            out.append({"\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}[char])
        elif ord(char) < 0x20:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "".join(out)


def evidence(contradiction: Contradiction) -> str:
    """What the server did, where, how often: the sentence each action quotes."""
    first = contradiction.first
    times = "once" if contradiction.count == 1 else f"{contradiction.count} times"
    return (
        f"{first.operation.label}: {describe(contradiction)}; seen {times} in recorded answers, "
        f"first at {first.where} {first.pointer or '/'}: {first.sample}"
    )


def describe(contradiction: Contradiction) -> str:
    first = contradiction.first
    kind = first.reason if first.kind == "accepted-request" else first.kind
    prefix = (
        f"the server accepted (HTTP {first.status}) a request value the spec refuses: "
        if (first.kind == "accepted-request")
        else ""
    )
    if kind == "type":
        return f"{prefix}a {first.detail} where the spec does not allow it"
    if kind == "null":
        return f"{prefix}null where the spec does not allow null"
    if kind == "enum":
        return f"{prefix}a value outside the documented enum"
    if kind == "undocumented-key":
        types = ", ".join(sorted(contradiction.seen_types))
        return f"{prefix}the key `{first.detail}` ({types}), which the spec does not document"
    if kind == "refused-request":
        return f"the server refused (HTTP {first.status}) a documented request value, naming it in its error"
    return f"{prefix}a value the spec refuses (`{first.detail}`, which no widening answers)"


@dataclass
class _Action:
    target: Location
    update: Any
    descriptions: list[str] = field(default_factory=list)


@dataclass
class Corrections:
    actions: list[_Action] = field(default_factory=list)
    #: Contradictions no widening answers (reported, not corrected).
    uncorrected: list[Contradiction] = field(default_factory=list)

    def document(self, title: str) -> dict[str, Any]:
        return {
            "overlay": OVERLAY_VERSION,
            "info": {"title": title, "version": "1.0.0"},
            "actions": [
                {
                    "target": normalized_path(action.target),
                    "description": " | ".join(dict.fromkeys(action.descriptions)),
                    "update": action.update,
                }
                for action in self.actions
            ],
        }


def corrections(spec: Mapping[str, Any], contradictions: Sequence[Contradiction]) -> Corrections:
    """The actions that widen ``spec`` to accept what ``contradictions`` saw."""
    result = Corrections()
    # Per schema: the types it gains (kept together for a schema whose type is one name).
    gained: dict[Location, dict[str, list[str]]] = {}
    patterns: dict[Location, set[str]] = {}
    appended: dict[tuple[Location, str], _Action] = {}

    def append(array: Location, value: Any, text: str, key: str) -> None:
        found = appended.get((array, key))
        if found is None:
            found = appended[(array, key)] = _Action(array, value)
            result.actions.append(found)
        found.descriptions.append(text)

    for contradiction in contradictions:
        first = contradiction.first
        kind = first.reason if first.kind == "accepted-request" else first.kind
        node_location = first.schema
        node = _at(spec, node_location)
        text = evidence(contradiction)
        if kind not in _WIDENED or not isinstance(node, Mapping):
            result.uncorrected.append(contradiction)
            continue
        if kind in ("type", "null"):
            added = "null" if kind == "null" else _added_type(first.detail)
            if "type" in node:
                gained.setdefault(node_location, {}).setdefault(added, []).append(text)
                # A request schema gains no pattern: the client's pre-send checks read no
                # `pattern` (generator/client/request_checks.py), and any text is a widening too.
                if first.kind == "accepted-request" and added == "string":
                    patterns.setdefault(node_location, set()).add("string")
                elif first.detail in ("decimal string", "integer string"):
                    patterns.setdefault(node_location, set()).add(first.detail)
                elif added == "string":
                    patterns.setdefault(node_location, set()).add("string")
            if kind == "null" and isinstance(node.get("enum"), list) and None not in node["enum"]:
                append((*node_location, "enum"), None, text, "null")
            elif "type" not in node:
                result.uncorrected.append(contradiction)
        elif kind == "enum":
            writable = all(_writable(v) for v in contradiction.values.values())
            if not isinstance(node.get("enum"), list) or first.value is None or not writable:
                # A credential's value is never written; nor a text no UTF-8 file holds.
                result.uncorrected.append(contradiction)
                continue
            for value_text, value in contradiction.values.items():
                append((*node_location, "enum"), value, text, value_text)
        elif kind == "undocumented-key":
            schema = _property_schema(contradiction, request=first.kind == "accepted-request")
            if isinstance(node.get("properties"), Mapping):
                action = _Action((*node_location, "properties"), {first.detail: schema}, [text])
            else:
                action = _Action(node_location, {"properties": {first.detail: schema}}, [text])
            result.actions.append(action)
        elif kind == "refused-request":
            values = [v for v in contradiction.values.values() if first.value is not None and _writable(v)]
            if not values:
                result.uncorrected.append(contradiction)
                continue
            existing = node.get(extensions.REFUSED_VALUES)
            if isinstance(existing, list):
                for value_text, value in contradiction.values.items():
                    append((*node_location, extensions.REFUSED_VALUES), value, text, value_text)
            else:
                result.actions.append(_Action(node_location, {extensions.REFUSED_VALUES: values}, [text]))
    for node_location, types in gained.items():
        node = _at(spec, node_location)
        documented = node["type"]
        pattern = _pattern(patterns.get(node_location, set()), documented, node)
        if isinstance(documented, list):
            for added, texts in types.items():
                if added not in documented:
                    for text in texts:
                        append((*node_location, "type"), added, text, added)
            if pattern:
                result.actions.append(
                    _Action(node_location, {"pattern": pattern}, [t for ts in types.values() for t in ts])
                )
        else:
            widened = [documented, *(t for t in types if t != documented)]
            update: dict[str, Any] = {"type": widened}
            if pattern:
                update["pattern"] = pattern
            result.actions.append(_Action(node_location, update, [t for ts in types.values() for t in ts]))
    return result


def _writable(value: Any) -> bool:
    """Whether a UTF-8 file can hold the value (a lone surrogate is valid JSON text, not UTF-8)."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _added_type(seen: str) -> str:
    return "string" if seen.endswith(" string") else seen


def _pattern(seen: set[str], documented: Any, node: Mapping[str, Any]) -> str | None:
    """A pattern for the strings a number's schema gains, when all of them were number text."""
    types = set(documented if isinstance(documented, list) else [documented])
    if not seen or "string" in seen or "string" in types or "pattern" in node:
        return None
    return INTEGER_TEXT if seen == {"integer string"} else DECIMAL_TEXT


def _property_schema(contradiction: Contradiction, *, request: bool) -> dict[str, Any]:
    types = sorted(contradiction.seen_types - {"null"})
    does = "accepts it in requests" if request else "sends it"
    schema: dict[str, Any] = {
        "description": f"Not in the reference; the server {does} (recorded answers: {contradiction.count})."
    }
    if len(types) == 1:
        schema["type"] = [types[0], "null"] if "null" in contradiction.seen_types else types[0]
    elif types:
        schema["type"] = [*types, *(["null"] if "null" in contradiction.seen_types else [])]
    return schema


def _at(spec: Mapping[str, Any], location: Location) -> Any:
    node: Any = spec
    for token in location:
        try:
            node = node[token]
        except (KeyError, IndexError, TypeError):
            return None
    return node


__all__ = ["Corrections", "corrections", "evidence", "normalized_path", "pointer"]
