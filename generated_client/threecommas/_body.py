"""Request bodies: each class declares its fields once, as attrs attributes; this module writes
every body to the wire and reads it back.

An attribute's metadata (:func:`on_wire`, :func:`rule_group`, :data:`DECIMAL`...) says where
its value goes in the reference's flat JSON body when that is not under its own name, and how
it is encoded (``encode``: to JSON types only, so that ``json.dumps(body.to_dict())`` works) and
decoded (``decode``); an attribute without metadata is JSON already. A rule group is one
attribute holding one of its variant classes, whose fields and selector values are merged into
the body. A class's table (:class:`BodyFields`) is made from its attributes on first use.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, NamedTuple, Self

import attrs
from attrs import define

from ._convert import json_decimal, json_number
from ._read import format_timestamp
from ._values import dumps_body, parse_timestamp
from .types import UNSET, Unset

_METADATA_KEY = "threecommas.body"


class BodyField(NamedTuple):
    """How one attribute of a request body, a rule-group variant or a list item goes on the wire."""

    #: The key in the JSON body when it is not the attribute's name (a rule group: its selector).
    wire: str | None = None
    #: To JSON types (None: the value is JSON already).
    encode: Callable[[Any], Any] | None = None
    #: From JSON back to the attribute's type (None: taken as it is).
    decode: Callable[[Any], Any] | None = None
    #: A rule group: the variant classes it may hold, whose fields are merged into the body.
    variants: tuple[type[RequestBody], ...] = ()


def on_wire(
    *,
    wire: str | None = None,
    encode: Callable[[Any], Any] | None = None,
    decode: Callable[[Any], Any] | None = None,
) -> dict[str, BodyField]:
    """An attribute's metadata: its key in the body, and how its value is encoded and decoded."""
    return {_METADATA_KEY: BodyField(wire, encode, decode)}


def rule_group(selector: str, *variants: type[RequestBody]) -> dict[str, BodyField]:
    """The metadata of a rule group's attribute: its selector, and the variants it may hold."""
    return {_METADATA_KEY: BodyField(selector, variants=variants)}


#: An exact decimal: a JSON number of exactly its digits, read back exactly.
DECIMAL = on_wire(encode=json_number, decode=json_decimal)
#: A timestamp, written the way the API writes them.
DATETIME = on_wire(encode=format_timestamp, decode=parse_timestamp)


class BodyFields:
    """A body class's table, made from its attributes, split the way writing and reading use it."""

    __slots__ = ("all", "writes")

    def __init__(self, cls: type[RequestBody]) -> None:
        rows = []
        for attribute in attrs.fields(cls):
            field = attribute.metadata.get(_METADATA_KEY) or BodyField()
            required = attribute.default is attrs.NOTHING
            rows.append((attribute.name, field.wire or attribute.name, field, required))
        #: (attribute, wire key, decode, required, variants) of every field, for reading.
        self.all = tuple((name, wire, f.decode, required, f.variants) for name, wire, f, required in rows)
        #: (attribute, wire key, encode, whether a rule group), for writing.
        self.writes = tuple((name, wire, f.encode, bool(f.variants)) for name, wire, f, _ in rows)


_TABLES: dict[type[RequestBody], BodyFields] = {}


def _table(cls: type[RequestBody]) -> BodyFields:
    """The class's table, made on first use."""
    table = _TABLES.get(cls)
    if table is None:
        table = _TABLES[cls] = BodyFields(cls)
    return table


@define(kw_only=True)
class RequestBody:
    """The base of request bodies, rule-group variants and list items."""

    #: What a variant always sends: its selector values.
    SELECTORS: ClassVar[Mapping[str, Any]] = {}
    #: What an absent selector stands for, when reading a variant back.
    SELECTOR_DEFAULTS: ClassVar[Mapping[str, Any]] = {}

    def to_dict(self) -> dict[str, Any]:
        """The JSON object sent on the wire: the reference's flat format."""
        data: dict[str, Any] = dict(self.SELECTORS)
        for name, key, encode, group in _table(type(self)).writes:
            value = getattr(self, name)
            if value is UNSET:
                continue
            if group:
                data.update(value.to_dict())
            else:
                data[key] = value if value is None or encode is None else encode(value)
        return data

    def to_json(self) -> str:
        """:meth:`to_dict` as JSON text, numbers with their exact digits (no float on the way)."""
        return dumps_body(self.to_dict()).decode("utf-8")

    @classmethod
    def variant_classes(cls) -> tuple[type[RequestBody], ...]:
        """The rule-group variant classes this class's attributes may hold."""
        return tuple(variant for *_, variants in _table(cls).all for variant in variants)

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` carries this variant's selector values."""
        defaults = cls.SELECTOR_DEFAULTS
        return all(data.get(key, defaults.get(key)) == value for key, value in cls.SELECTORS.items())

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Read the wire form back (numbers may be Decimal, int or float)."""
        arguments: dict[str, Any] = {}
        for name, key, decode, required, variants in _table(cls).all:
            if variants:
                arguments[name] = _variant(data, key, variants, required)
            elif key in data:
                value = data[key]
                arguments[name] = value if value is None or decode is None else decode(value)
            elif required:
                raise KeyError(key)
        return cls(**arguments)


def _variant(
    data: Mapping[str, Any], selector: str, variants: tuple[type[RequestBody], ...], required: bool
) -> RequestBody | Unset:
    """The variant of a rule group ``data`` carries; UNSET for an optional group not sent."""
    if not required and selector not in data:
        return UNSET  # not sent: the server applies the default
    for variant in variants:
        if variant.matches(data):
            return variant.from_dict(data)
    if required:
        raise ValueError(f"no variant of {selector} matches the data")
    return UNSET


def encode_body(value: RequestBody) -> dict[str, Any]:
    """A nested body (a list item) as its JSON object."""
    return value.to_dict()


def list_of(convert: Callable[[Any], Any]) -> Callable[[Any], list[Any]]:
    """A converter of lists, each item by ``convert``."""

    def each(items: Any) -> list[Any]:
        return [convert(item) for item in items]

    return each
