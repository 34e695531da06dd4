"""Parsers for the cells of a parameters table.

Each function takes the cell's text (inline markdown, ``<br>`` already turned into newlines)
and returns the typed value, or raises :class:`CellError` with a message meant for the author of
the document. They are pure so that property tests can drive them directly.
"""

from __future__ import annotations

import difflib
import json
import re
from decimal import Decimal, InvalidOperation

from generator.document.model import InlineField, ParameterName, Scalar, TypeRef, ValueSpec


class CellError(ValueError):
    """A cell the parser cannot read; the message says what was expected."""


_SCALARS = {
    "integer": Scalar.INTEGER,
    "int": Scalar.INTEGER,
    "number": Scalar.NUMBER,
    "float": Scalar.NUMBER,
    "decimal": Scalar.NUMBER,
    "string": Scalar.STRING,
    "str": Scalar.STRING,
    "boolean": Scalar.BOOLEAN,
    "bool": Scalar.BOOLEAN,
    "json": Scalar.OBJECT,
    "object": Scalar.OBJECT,
    "hash": Scalar.OBJECT,
}
_ARRAY = re.compile(r"^array\s*(?:\[\s*(?P<item>[a-z]+)\s*\])?$")


def parse_type(text: str) -> TypeRef:
    """``integer``, ``number``, ``string``, ``boolean``, ``json`` or ``array[<one of them>]``.

    A bare ``array`` is an array of free-form JSON values, the loosest reading that still
    types the container.
    """
    cleaned = " ".join(text.split()).lower()
    if cleaned in _SCALARS:
        return TypeRef(_SCALARS[cleaned])
    match = _ARRAY.match(cleaned)
    if match:
        item = match.group("item") or "json"
        if item in _SCALARS:
            return TypeRef(_SCALARS[item], is_array=True)
        cleaned = item
    known = sorted({"integer", "number", "string", "boolean", "json"})
    hint = difflib.get_close_matches(cleaned, known, n=1)
    suggestion = f"; did you mean {hint[0]!r}?" if hint else ""
    raise CellError(
        f"unknown type {text.strip()!r}: expected one of {', '.join(known)} or array[<type>]{suggestion}"
    )


def parse_mandatory(text: str) -> bool:
    """``YES`` or ``NO``, in any case."""
    cleaned = text.strip().upper()
    if cleaned in {"YES", "Y", "TRUE", "REQUIRED"}:
        return True
    if cleaned in {"NO", "N", "FALSE", "OPTIONAL", ""}:
        return False
    raise CellError(f"mandatory must be YES or NO, not {text.strip()!r}")


_DEFAULT = re.compile(r"\(([^()]*)\)\s*$")
_RANGE = re.compile(r"^(?P<low>-?\d+(?:\.\d+)?)\s*(?:-|\.\.|\u2013)\s*(?P<high>-?\d+(?:\.\d+)?)$")


def parse_values(text: str) -> ValueSpec:
    """``a, b, c (d)`` → enum and default; ``(300)`` → default; ``0-100`` → bounds.

    The default is the last parenthesised group, so that an enum value may itself contain
    parentheses only if it is not last. A JSON list (``["a", "b"]``) is read as an enum too.
    """
    cleaned = " ".join(text.split())
    default: str | None = None
    match = _DEFAULT.search(cleaned)
    if match:
        default = match.group(1).strip() or None
        cleaned = cleaned[: match.start()].strip()
    if not cleaned:
        return ValueSpec(default=default)
    range_match = _RANGE.match(cleaned)
    if range_match:
        low, high = Decimal(range_match.group("low")), Decimal(range_match.group("high"))
        if low > high:
            raise CellError(f"range {cleaned!r} has its bounds the wrong way round")
        return ValueSpec(default=default, minimum=low, maximum=high)
    values = _split_values(cleaned)
    if not values:
        raise CellError(f"cannot read values {text.strip()!r}: expected 'a, b, c (default)'")
    if len(set(values)) != len(values):
        duplicates = sorted({v for v in values if values.count(v) > 1})
        raise CellError(f"values list repeats {', '.join(duplicates)}")
    return ValueSpec(enum=tuple(values), default=default)


def _split_values(text: str) -> list[str]:
    if text.startswith("["):
        try:
            loaded = json.loads(text)
        except (json.JSONDecodeError, RecursionError):  # deep nesting: read as plain text
            loaded = None
        if isinstance(loaded, list) and all(isinstance(v, str | int) for v in loaded):
            return [str(v) for v in loaded]
        text = text.strip("[]")
    return [part.strip().strip("'\"`") for part in text.split(",") if part.strip().strip("'\"`")]


def coerce_default(default: str, type_: TypeRef) -> object:
    """Turn a default's text into the JSON value the parameter's type calls for."""
    if type_.is_array:
        raise CellError(f"an array parameter cannot have the default {default!r}")
    if type_.scalar is Scalar.BOOLEAN:
        lowered = default.lower()
        if lowered in {"true", "false"}:
            return lowered == "true"
        raise CellError(f"default {default!r} is not a boolean")
    if type_.scalar in {Scalar.INTEGER, Scalar.NUMBER}:
        try:
            number = Decimal(default)
        except InvalidOperation:
            raise CellError(f"default {default!r} is not a number") from None
        if not number.is_finite():
            raise CellError(f"default {default!r} is not a finite number")
        if type_.scalar is Scalar.INTEGER:
            if number != number.to_integral_value():
                raise CellError(f"default {default!r} is not an integer")
            return int(number)
        return int(number) if "." not in default and "e" not in default.lower() else float(number)
    return default


def json_number(value: Decimal) -> int | float:
    """A bound as the JSON number the spec shows: integral bounds stay integers."""
    return int(value) if value == value.to_integral_value() else float(value)


_SEGMENT = re.compile(r"\[([^\[\]]*)\]")
#: Brackets a parameter name may nest (``a[b][c]`` is 2). The reference family uses at most 3;
#: each level becomes a nested object schema that every later stage (encoding, validation,
#: YAML, the client generator) walks recursively, so a bound keeps a hostile name from
#: exhausting Python's recursion limit.
MAX_NAME_DEPTH = 16
# The type starts and ends at a non-space character and the spaces around it are possessive
# (``\s*+``): linear on any line, where ``.+?\s*,?\s*$`` backtracked cubically over spaces.
_INLINE_FIELD = re.compile(r"^\s*(?P<name>[^\s=]+)\s*=>\s*+(?P<type>\S.*?(?<!\s))\s*+,?\s*+$")


def parse_name(text: str) -> ParameterName:
    """A wire name, with brackets (``a[b][]``) or an inline object (``a[{<br>k => t<br>}, ...]``)."""
    cleaned = text.strip()
    inline_start = cleaned.find("[{")
    if inline_start != -1:
        return _parse_inline_object(cleaned, inline_start)
    head_end = cleaned.find("[")
    head = (cleaned if head_end == -1 else cleaned[:head_end]).strip()
    if not head:
        raise CellError(f"parameter name {text.strip()!r} is empty")
    if any(ch in head for ch in "]{}") or "\n" in head:
        raise CellError(f"cannot read parameter name {text.strip()!r}")
    path = [head]
    if head_end != -1:
        rest = cleaned[head_end:]
        position = 0
        for match in _SEGMENT.finditer(rest):
            if match.start() != position:
                raise CellError(f"cannot read the brackets of parameter name {text.strip()!r}")
            part = match.group(1).strip()
            path.append(part if part else "[]")
            position = match.end()
        if position != len(rest):
            raise CellError(f"unbalanced brackets in parameter name {text.strip()!r}")
        if (depth := len(path) - 1) > MAX_NAME_DEPTH:
            raise CellError(f"parameter name {head!r} nests {depth} brackets deep; at most {MAX_NAME_DEPTH}")
    return ParameterName(tuple(path))


def _parse_inline_object(text: str, start: int) -> ParameterName:
    head = text[:start].strip()
    body_end = text.find("}", start)
    if not head or body_end == -1:
        raise CellError(f"cannot read inline object in parameter name {text!r}")
    tail = text[body_end + 1 :].replace(" ", "").replace("\n", "")
    if tail not in {",...]", "]", ",…]"}:
        raise CellError(f"inline object in {head!r} must end with '}}, ...]', found {tail!r}")
    fields: list[InlineField] = []
    for line in text[start + 2 : body_end].splitlines():
        if not line.strip():
            continue
        match = _INLINE_FIELD.match(line)
        if not match:
            raise CellError(f"cannot read inline field {line.strip()!r} of {head!r}: expected 'name => type'")
        fields.append(InlineField(match.group("name"), parse_type(match.group("type"))))
    if not fields:
        raise CellError(f"inline object of {head!r} has no fields")
    names = [f.name for f in fields]
    if len(set(names)) != len(names):
        raise CellError(f"inline object of {head!r} repeats a field")
    return ParameterName((head,), tuple(fields))
