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

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any, ClassVar, NamedTuple, Self, TypeVar

import attrs
from attrs import define

from ._convert import json_decimal, json_number
from ._read import format_timestamp
from ._values import dumps_body, parse_timestamp
from .types import UNSET, Unset

_METADATA_KEY = "threecommas.body"
B = TypeVar("B", bound="RequestBody")


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

    __slots__ = ("all", "variants", "writes")

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
        #: The rule-group variant classes the attributes may hold.
        self.variants = tuple(variant for _, _, f, _ in rows for variant in f.variants)


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

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        init = cls.__dict__.get("__init__")
        # attrs builds a slotted class a second time, with its ``__init__``: wrap that one once.
        if init is not None and not hasattr(init, "__wrapped__"):
            cls.__init__ = _naming_refusals(init)  # type: ignore[method-assign]

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
        return _table(cls).variants

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
                try:
                    arguments[name] = value if value is None or decode is None else decode(value)
                except (TypeError, ValueError) as problem:
                    raise type(problem)(f"{cls.__name__}.{name}: {problem}") from None
            elif required:
                raise KeyError(key)
        return cls(**arguments)


def _naming_refusals(init: Callable[..., None]) -> Callable[..., None]:
    """``init`` (attrs' ``__init__`` of a body class), its converters' refusals naming the class
    and the attribute: ``TakeProfitStepOrder.percent: 'abc' is not a decimal number``."""

    @functools.wraps(init)
    def __init__(self: RequestBody, **arguments: Any) -> None:
        try:
            init(self, **arguments)
        except (TypeError, ValueError):
            refused = refused_argument(type(self), arguments)
            if refused is None:
                raise  # not a converter's (a missing or unknown keyword): Python's own message
            name, problem = refused
            raise type(problem)(f"{type(self).__name__}.{name}: {problem}") from None

    return __init__


def refused_argument(cls: type[RequestBody], arguments: Mapping[str, Any]) -> tuple[str, Exception] | None:
    """The first argument an attribute's converter refuses, and why (only on the error path)."""
    for attribute in attrs.fields(cls):
        if callable(attribute.converter) and attribute.name in arguments:
            try:
                attribute.converter(arguments[attribute.name])
            except (TypeError, ValueError) as problem:
                return attribute.name, problem
    return None


def as_body(cls: type[B], value: B | Mapping[str, Any]) -> B:
    """A nested object: an instance of ``cls``, or a dict of its JSON fields read through it
    (with its conversions); anything else is a ``TypeError`` naming the class."""
    if isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        try:
            return cls.from_dict(value)
        except KeyError as missing:
            raise TypeError(f"{cls.__name__} needs {missing.args[0]!r}") from None
    raise TypeError(f"expected {cls.__name__} or a dict of its fields, got {type(value).__name__}")


def as_bodies(cls: type[B], value: Sequence[B | Mapping[str, Any]]) -> list[B]:
    """A list of nested objects, each as :func:`as_body` takes it."""
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Sequence):
        raise TypeError(f"expected a list of {cls.__name__}, got {type(value).__name__}")
    return [as_body(cls, item) for item in value]


def as_variant(variants: tuple[type[RequestBody], ...], value: object) -> RequestBody:
    """A rule group's value: one of its variant classes, or a dict of the wire form carrying one
    variant's selector values (read through that variant); anything else is a ``TypeError``."""
    if isinstance(value, variants):
        return value
    names = ", ".join(v.__name__ for v in variants)
    if isinstance(value, Mapping):
        for variant in variants:
            if variant.matches(value):
                return as_body(variant, value)
        raise TypeError(f"the dict carries the selector values of none of {names}")
    raise TypeError(f"expected one of {names}, got {type(value).__name__}")


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
