"""Request bodies: each class declares its fields once, in a table; this module writes every
body to the wire and reads it back from its table.

A :class:`BodyField` says where a value goes in the reference's flat JSON body (its wire name)
and how it is encoded (``encode``: to JSON types only, so that ``json.dumps(body.to_dict())``
works) and decoded (``decode``); a rule group (``variants``) is one attribute holding one of
its variant classes, whose fields and selector values are merged into the body.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, NamedTuple, Self

from attrs import define

from ._values import dumps_body
from .types import UNSET, Unset


class BodyField(NamedTuple):
    """One attribute of a request body, a rule-group variant or a list item."""

    name: str  #: the attribute
    #: The key in the JSON body when it is not the attribute's name (a rule group: its selector).
    wire: str | None = None
    #: To JSON types (None: the value is JSON already).
    encode: Callable[[Any], Any] | None = None
    #: From JSON back to the attribute's type (None: taken as it is).
    decode: Callable[[Any], Any] | None = None
    required: bool = False
    #: A rule group: the variant classes it may hold, whose fields are merged into the body.
    variants: tuple[type[RequestBody], ...] = ()


class BodyFields:
    """A body's field table, split the way writing and reading use it."""

    __slots__ = ("all", "writes")

    def __init__(self, *fields: BodyField) -> None:
        #: (attribute, wire key, decode, required, variants) of every field, for reading.
        self.all = tuple((f.name, f.wire or f.name, f.decode, f.required, f.variants) for f in fields)
        #: (attribute, wire key, encode, whether a rule group), for writing.
        self.writes = tuple((f.name, f.wire or f.name, f.encode, bool(f.variants)) for f in fields)


@define(kw_only=True)
class RequestBody:
    """The base of request bodies, rule-group variants and list items."""

    #: The class's field table, assigned right after the class in its module.
    FIELDS: ClassVar[BodyFields] = BodyFields()
    #: What a variant always sends: its selector values.
    SELECTORS: ClassVar[Mapping[str, Any]] = {}
    #: What an absent selector stands for, when reading a variant back.
    SELECTOR_DEFAULTS: ClassVar[Mapping[str, Any]] = {}

    def to_dict(self) -> dict[str, Any]:
        """The JSON object sent on the wire: the reference's flat format."""
        data: dict[str, Any] = dict(self.SELECTORS)
        for name, key, encode, group in self.FIELDS.writes:
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
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` carries this variant's selector values."""
        defaults = cls.SELECTOR_DEFAULTS
        return all(data.get(key, defaults.get(key)) == value for key, value in cls.SELECTORS.items())

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Read the wire form back (numbers may be Decimal, int or float)."""
        arguments: dict[str, Any] = {}
        for name, key, decode, required, variants in cls.FIELDS.all:
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
