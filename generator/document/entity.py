"""Reads the pseudo-JSON example block of an entity section.

The reference shows entities as one ``name: example   annotation`` line per field, where the
example's form gives the type (``1``, ``true``, ``'105.1'``, ``2018-08-08 08:08:08``, another
entity's name) and the annotation adds an enum (``Values: a, b``), a note (``Percentage``) or
``DEPRECATED``. A line this module cannot read is reported, never skipped in silence.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from generator.diagnostics import DiagnosticSink, Location
from generator.document.model import EntityField, ValueKind

#: ``name: example  annotation``; a predicate name (``finished?``) is a field like any other.
# Linear on any line: a captured value starts and ends at a non-space character and the spaces
# around it are matched possessively (``\s*+``), so no two quantifiers can trade the same spaces
# back and forth (``.*?\s*,?\s*$`` took minutes on a line of a few thousand spaces).
_LINE = re.compile(
    r"^\s*[\"']?(?P<name>[A-Za-z_][\w]*\??)[\"']?\s*:\s*+(?P<rest>(?:\S.*?(?<!\s))??)\s*+,?\s*+$"
)
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")
_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?![\w.])")
_DECIMAL_TEXT = re.compile(r"^-?\d+(?:\.\d+)?$")
_ENTITY_NAME = re.compile(r"^(?P<name>[A-Z][A-Za-z0-9]*Entity)\b")
_DEPRECATED = re.compile(r"\bDEPRECATED\b", re.IGNORECASE)
_VALUES = re.compile(r"^values\s*:\s*", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^[\w:.\-]+$")
#: Lines that give a type instead of an example (``grid_line_id: integer``).
_TYPE_WORDS = {
    "integer": ValueKind.INTEGER,
    "int": ValueKind.INTEGER,
    "number": ValueKind.NUMBER,
    "float": ValueKind.NUMBER,
    "string": ValueKind.STRING,
    "text": ValueKind.STRING,
    "boolean": ValueKind.BOOLEAN,
    "bool": ValueKind.BOOLEAN,
    "decimal": ValueKind.DECIMAL,
    "datetime": ValueKind.DATETIME,
    "date-time": ValueKind.DATETIME,
    "timestamp": ValueKind.DATETIME,
    "json": ValueKind.OBJECT,
    "object": ValueKind.OBJECT,
    "hash": ValueKind.OBJECT,
}
_TYPE_WORD = re.compile(r"^(?P<array>array\[\s*)?(?P<word>[A-Za-z-]+)(?(array)\s*\])(?![\w-])")
#: Where a bare (unquoted) example ends: the reference aligns annotations with runs of spaces.
_COLUMN_GAP = re.compile(r"\s{2,}")


@dataclass(frozen=True)
class _Example:
    kind: ValueKind
    text: str
    rest: str
    entity: str | None = None
    is_array: bool = False


def read_entity_block(content: str, first_line: Location, sink: DiagnosticSink) -> tuple[EntityField, ...]:
    """Fields of an entity from its fenced block; ``first_line`` is the fence content's first line."""
    fields: list[EntityField] = []
    seen: dict[str, Location] = {}
    for offset, raw in enumerate(content.splitlines()):
        line = raw.strip()
        location = first_line.shifted(lines=offset, column=1)
        if not line or line in {"{", "}", "},", "[", "]"} or line.startswith(("//", "#")):
            continue
        match = _LINE.match(line)
        if not match:
            sink.warning(
                location, f"cannot read entity line {line!r}; it is kept out of the schema", "entity-line"
            )
            continue
        name = match.group("name")
        if name in seen:
            sink.error(
                location, f"field {name!r} is listed twice (first at line {seen[name].line})", "dup-field"
            )
            continue
        seen[name] = location
        field = _read_field(name, match.group("rest"), location, sink)
        if field is not None:
            fields.append(field)
    return tuple(fields)


def _read_field(name: str, rest: str, location: Location, sink: DiagnosticSink) -> EntityField | None:
    if not rest and name.endswith("?"):
        # A predicate (`finished?:`) with no example: Ruby's question-mark methods are booleans.
        return EntityField(name, ValueKind.BOOLEAN, "", location)
    example = _read_example(rest)
    if example is None:
        sink.warning(location, f"cannot tell the type of {name!r} from its example {rest!r}", "entity-type")
        return EntityField(name, ValueKind.ANY, rest, location, description=rest)
    annotation = example.rest.strip().lstrip("/#").strip()
    deprecated = bool(_DEPRECATED.search(annotation))
    annotation = _DEPRECATED.sub("", annotation).strip()
    enum, description = _read_annotation(annotation, example.text)
    kind = example.kind
    if kind is ValueKind.DECIMAL and enum:
        # A quoted value with a value list is a string enum that happens to look numeric.
        kind = ValueKind.STRING
    return EntityField(
        name=name,
        kind=kind,
        example=example.text,
        location=location,
        enum=enum,
        description=description,
        deprecated=deprecated,
        entity=example.entity,
        is_array=example.is_array or (example.entity is not None and _is_plural(name)),
    )


def _read_example(rest: str) -> _Example | None:
    if rest.startswith("["):
        return _read_list(rest)
    if match := _TYPE_WORD.match(rest):
        kind = _TYPE_WORDS.get(match.group("word").lower())
        if kind is not None:
            return _Example(kind, "", rest[match.end() :], is_array=bool(match.group("array")))
    example = _read_scalar(rest)
    if example is None and rest[:1].isalpha():
        # Unquoted text (`bot_name: My bot`, `type: Deal::ShortDeal`): a string example, up to
        # the run of spaces that separates it from an annotation.
        gap = _COLUMN_GAP.search(rest)
        end = gap.start() if gap else len(rest)
        return _Example(ValueKind.STRING, rest[:end], rest[end:])
    return example


def _read_list(rest: str) -> _Example | None:
    """``['BTC_LTC', 'BTC_ETH']``, ``[{...}, ...]``, ``[]``: an array of its first item's type."""
    end = _closing_bracket(rest)
    if end is None:
        return None
    inner = rest[1:end].strip()
    after = rest[end + 1 :]
    if not inner or inner in {"...", "…"}:
        return _Example(ValueKind.ANY, "", after, is_array=True)
    if inner.startswith("{"):
        return _Example(ValueKind.OBJECT, "", after, is_array=True)
    first = _read_scalar(inner)
    if first is None:
        return None
    return _Example(first.kind, "", after, entity=first.entity, is_array=True)


def _closing_bracket(text: str) -> int | None:
    """Index of the bracket closing ``text[0]``, skipping brackets inside quotes."""
    depth = 0
    quote = ""
    for index, char in enumerate(text):
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth == 0:
                return index
    return None


def _read_scalar(rest: str) -> _Example | None:
    if rest[:1] in {"'", '"'}:
        end = rest.find(rest[0], 1)
        if end == -1:
            return None
        text = rest[1:end]
        if _DATETIME.fullmatch(text):
            kind = ValueKind.DATETIME
        elif _DECIMAL_TEXT.match(text):
            kind = ValueKind.DECIMAL
        else:
            kind = ValueKind.STRING
        return _Example(kind, text, rest[end + 1 :])
    if match := _DATETIME.match(rest):
        return _Example(ValueKind.DATETIME, match.group(0), rest[match.end() :])
    for literal in ("true", "false"):
        if rest.lower().startswith(literal) and not rest[len(literal) : len(literal) + 1].isalnum():
            return _Example(ValueKind.BOOLEAN, literal, rest[len(literal) :])
    if rest.lower().startswith("null"):
        return _Example(ValueKind.ANY, "null", rest[4:])
    if match := _NUMBER.match(rest):
        text = match.group(0)
        kind = ValueKind.INTEGER if re.fullmatch(r"-?\d+", text) else ValueKind.NUMBER
        return _Example(kind, text, rest[match.end() :])
    if match := _ENTITY_NAME.match(rest):
        return _Example(
            ValueKind.ENTITY, match.group("name"), rest[match.end() :], entity=match.group("name")
        )
    return None


def _read_annotation(annotation: str, example: str) -> tuple[tuple[str, ...], str]:
    """An enum and a description from what follows the example.

    ``Values: a, b`` is always an enum. A bare list (``bid, ask ,last``) is read as an enum
    only when the example is one of its members, so that prose with commas stays prose.
    """
    if not annotation:
        return (), ""
    labelled = _VALUES.match(annotation)
    body = annotation[labelled.end() :] if labelled else annotation
    items = _list_items(body)
    if items and (labelled or (len(items) > 1 and example in items)):
        return tuple(items), ""
    return (), annotation


def _list_items(text: str) -> list[str]:
    text = text.strip()
    if text.startswith("["):
        try:
            loaded = json.loads(text)
        except (json.JSONDecodeError, RecursionError):  # deep nesting: read as plain text
            text = text.strip("[]")
        else:
            if isinstance(loaded, list):
                return [str(item) for item in loaded]
    items = [item.strip().strip("'\"") for item in text.split(",")]
    if all(item and _LIST_ITEM.match(item) for item in items):
        return items
    return []


def _is_plural(name: str) -> bool:
    last = name.rsplit("_", 1)[-1]
    return last.endswith("s") and not last.endswith("ss")
