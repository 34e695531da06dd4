"""Response entities: each class declares its fields once, as attrs attributes; this module
reads and writes every entity.

An attribute made by :func:`entity_field` says how its value is read tolerantly from the API's
JSON (a reader of ``_read``), how it is written back (a writer below) and, when it differs from
the attribute's name, its key in the JSON. ``from_dict`` converts the scalar fields at once;
nested entities and lists of them are converted when first read (``__getattr__``), then kept.
``to_dict`` gives the object as it is now, JSON-safe: a value that still equals what its raw
JSON reads as keeps that raw form; an edited one is written in the form the API used for it
(see :func:`write_decimal`). A class's table (:class:`Fields`) is made from its attributes on
first use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, NamedTuple, Self

import attrs
from attrs import define, field

from ._read import Reader, decimal_text, format_timestamp, json_safe, json_safe_decimal
from ._response import read_json_object, read_json_objects
from ._values import dumps_body

if TYPE_CHECKING:
    import httpx

#: Turns a field's current value (never None) into JSON, given what the API sent for it (the
#: raw value, None when absent), so that an edited value keeps the API's form.
Writer = Callable[[Any, Any], Any]

_METADATA_KEY = "threecommas.entity"


class Field(NamedTuple):
    """How one field of a response entity is read and written."""

    read: Reader[Any]
    write: Writer
    #: The key in the API's JSON object, when it is not the attribute's name.
    wire: str | None = None
    #: Converted on first access rather than by ``from_dict`` (nested entities, lists).
    nested: bool = False


def entity_field(
    read: Reader[Any], write: Writer | None = None, *, wire: str | None = None, nested: bool = False
) -> Any:
    """An entity's attribute (None when the API leaves it out) and how it is read and written.

    ``write`` defaults to :func:`write_value` (text, integers, booleans: JSON already).
    """
    entry = Field(read, write or write_value, wire, nested)
    return field(default=None, metadata={_METADATA_KEY: entry})


class Fields:
    """An entity class's table, made from its attributes, split the way reading uses it."""

    __slots__ = ("all", "eager", "nested")

    def __init__(self, cls: type[Entity]) -> None:
        entries = [
            (a.name, a.metadata[_METADATA_KEY]) for a in attrs.fields(cls) if _METADATA_KEY in a.metadata
        ]
        #: (attribute, wire name, reader, writer, nested) of every field.
        self.all = tuple((name, f.wire or name, f.read, f.write, f.nested) for name, f in entries)
        #: (attribute, wire name, reader) of the fields ``from_dict`` converts.
        self.eager = tuple((name, wire, read) for name, wire, read, _, nested in self.all if not nested)
        #: Attribute -> (wire name, reader) of the fields converted on first access.
        self.nested = {name: (wire, read) for name, wire, read, _, nested in self.all if nested}


_TABLES: dict[type[Entity], Fields] = {}


def _table(cls: type[Entity]) -> Fields:
    """The class's table, made on first use."""
    table = _TABLES.get(cls)
    if table is None:
        table = _TABLES[cls] = Fields(cls)
    return table


@define(kw_only=True)
class Entity:
    """The base of every response entity: reading, writing and the raw JSON."""

    #: The JSON object this was read from, whole: fields this client does not know stay reachable.
    raw: dict[str, Any] = field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Read a response object; missing, null or malformed fields become None, never an error."""
        raw = dict(data)
        entity = cls.__new__(cls)
        entity.raw = raw
        get = raw.get
        for name, wire, read in _table(cls).eager:
            setattr(entity, name, read(get(wire), wire))
        return entity

    @classmethod
    def from_response(cls, response: httpx.Response) -> Self:
        """Read a successful answer holding one of these (a JSON object)."""
        return cls.from_dict(read_json_object(response))

    @classmethod
    def list_from_response(cls, response: httpx.Response, within: str | None = None) -> list[Self]:
        """Read a successful answer holding a list of these (items that are not objects are
        skipped): the answer itself, or the list in its property ``within``."""
        return [cls.from_dict(item) for item in read_json_objects(response, within)]

    if not TYPE_CHECKING:  # type checkers see the declared fields only

        def __getattr__(self, name: str) -> Any:
            # Called only for a nested field from_dict left unset: read it from the raw JSON now.
            nested = _table(type(self)).nested.get(name)
            if nested is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            wire, read = nested
            value = self.raw.get(wire)
            if value is not None:
                value = read(value, wire)
            setattr(self, name, value)
            return value

    def to_dict(self) -> dict[str, Any]:
        """The object as it is now, as JSON-safe values in the form the API uses.

        Values unchanged since reading keep the form they came in (fields this client does not
        know included); an edited value is written in the form the API sent it in (a decimal
        sent as text stays text), a value set to None is null.
        """
        raw = self.raw
        data = {key: json_safe(value) for key, value in raw.items()}
        for name, wire, read, write, nested in _table(type(self)).all:
            if nested and not _is_read(self, name):
                continue  # never built, so never edited: the raw form stands
            value = getattr(self, name)
            sent = raw.get(wire)
            if value == (None if sent is None else read(sent, wire)):
                continue
            data[wire] = None if value is None else write(value, sent)
        return data

    def to_json(self) -> str:
        """:meth:`to_dict` as JSON text, numbers with their exact digits (no float on the way)."""
        return dumps_body(self.to_dict()).decode("utf-8")


def _is_read(entity: Entity, name: str) -> bool:
    """Whether the slot of attribute ``name`` holds a value (without reading it lazily)."""
    try:
        getattr(type(entity), name).__get__(entity, type(entity))
    except AttributeError:
        return False
    return True


# -- writers: a current value (never None) as JSON, in the form the API sent ----------------------


def write_value(value: Any, sent: Any) -> Any:
    """Text, integers and booleans, in the form the API sent the field in: a number the API sent
    as text is text (``"1110817001"``), a number read as text from a JSON number is a number, a
    boolean sent as ``"true"`` is text; anything else is made JSON-safe."""
    if isinstance(sent, str) and not isinstance(value, str):
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return str(value)
    elif isinstance(value, str) and _is_number(sent):
        number = _number_in(value)
        if number is not None:
            return json_safe_decimal(number)
    return json_safe(value)


def write_decimal(value: Decimal, sent: Any) -> Any:
    """A decimal the spec types as text (``format: decimal``): text in plain digits, unless the
    API sent this field as a number, in which case a number."""
    if _is_number(sent):
        return json_safe_decimal(value)
    return decimal_text(value)


def write_number(value: Decimal, sent: Any) -> Any:
    """A decimal the spec types as a JSON number: a number, unless the API sent it as text."""
    if isinstance(sent, str):
        return decimal_text(value)
    return json_safe_decimal(value)


def write_datetime(value: datetime, sent: Any) -> str:
    """A timestamp as the API wrote this field (its separator, fraction digits and zone:
    ``2024-11-11T16:46:59.479Z`` stays in that form), else in the API's own form."""
    form = _TIMESTAMP_FORM.fullmatch(sent.strip()) if isinstance(sent, str) else None
    if form is None:
        return format_timestamp(value)
    separator, fraction, zone = form.groups()
    if zone is None or zone in "Zz":  # the API's UTC (a timestamp without zone is UTC too)
        value = value.astimezone(UTC) if value.tzinfo is not None else value
    text = value.strftime(f"%Y-%m-%d{separator}%H:%M:%S")
    digits = f"{value.microsecond:06d}".rstrip("0")
    if fraction or digits:
        # As many digits as the API wrote, more only where the value holds more.
        text += "." + digits.ljust(max(len(fraction or "") - 1, 1), "0")
    if zone is None:
        return text
    if zone in "Zz":
        return text + zone
    return text + value.isoformat()[-6:]


def write_entity(value: Entity, sent: Any) -> dict[str, Any]:
    return value.to_dict()


def list_writer(write_item: Writer) -> Writer:
    """A writer for a list, each item written by ``write_item``."""

    def write(value: list[Any], sent: Any) -> list[Any]:
        return [None if item is None else write_item(item, None) for item in value]

    return write


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


#: A timestamp as the API writes one: date, separator, time, fraction, zone.
_TIMESTAMP_FORM = re.compile(r"\d{4}-\d{2}-\d{2}([ T])\d{2}:\d{2}:\d{2}(\.\d+)?(Z|z|[+-]\d{2}:\d{2})?")


def _number_in(text: str) -> Decimal | None:
    """The number ``text`` spells (what :func:`read_str` made of a JSON number), else None."""
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None
