"""One class per kind of field: each owns how a field of its kind is written in generated code.

A planned field (:class:`generator.client.view.FieldPlan`) is data: its wire and Python names,
whether it is required, and its kind. Everything that depends on the kind lives here, in the
kind's class, the way openapi-python-client gives each property kind its own class: the
annotation, the client keyword's annotation, the expressions that encode it for the wire and
read it back, the tolerant response reader and writer, and its declaration in a class. Adding a kind is
adding one class and one line in :data:`FIELD_TYPES`; nothing outside this module compares kinds.

Every method returns Python source text (an expression or a type); the templates paste it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:
    from generator.client.view import FieldPlan


class FieldKind(enum.Enum):
    """What a planned field holds; the key of :data:`FIELD_TYPES`."""

    INT = "int"
    DECIMAL = "decimal"  # a JSON number, or a string of format decimal: exact either way
    STR = "str"
    BOOL = "bool"
    DATETIME = "datetime"
    OBJECT = "object"  # a free-form JSON object
    ANY = "any"  # a schema without a type: any JSON value
    LITERAL = "literal"  # one of ``FieldPlan.literals``
    MODEL = "model"  # an instance of ``FieldPlan.model``
    LIST = "list"  # a list of ``FieldPlan.item``
    GROUP = "group"  # a rule group: one of the ``FieldPlan.variants`` classes


def literal(value: Any) -> str:
    """A Python literal for a JSON value from the spec."""
    if isinstance(value, str | int | float | bool) or value is None:
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} as a literal")


class FieldType:
    """A field of one kind. Subclasses override what differs from a plain JSON value."""

    kind: ClassVar[FieldKind]
    #: The Python type of the value (``int``, ``Decimal``...), for kinds with a fixed one.
    python_type: ClassVar[str] = "Any"
    #: The tolerant reader of the runtime (``_read``) for a response value of this kind.
    reader_name: ClassVar[str] = "read_any"
    #: Whether an ``enum`` on the schema makes a request field a ``Literal`` of its values.
    enumerable: ClassVar[bool] = False
    #: Whether the field may always be ``None`` (a value of any JSON type includes null).
    always_nullable: ClassVar[bool] = False
    #: Whether a response entity converts it on first access rather than in ``from_dict``.
    lazy: ClassVar[bool] = False
    #: Whether the value is a JSON integer (what a paging ``limit``/``offset`` and a path's
    #: ``{name:int}`` must be).
    integer: ClassVar[bool] = False
    #: Whether a client keyword of this kind is converted to an exact Decimal before checking.
    exact_decimal: ClassVar[bool] = False
    #: The runtime's ready-made metadata (``_body``) for a request field of this kind.
    wire_preset: ClassVar[str | None] = None

    def __init__(self, plan: FieldPlan) -> None:
        self.plan = plan

    def base_type(self) -> str:
        """The annotation of a value, without ``None`` or ``Unset``."""
        return self.python_type

    def argument_type(self) -> str:
        """The annotation of a client keyword of this kind."""
        return self.base_type()

    def converter(self) -> str | None:
        """The attrs converter of a request attribute, if its value is normalised on the way in:
        a runtime function, or the class module's own ``_as_<attribute>`` where :meth:`accepts`
        says the attribute takes more than its type (see ``roles.ModelRole.converter_functions``)."""
        return f"_as_{self.plan.python}" if self.accepts() else None

    def accepts(self) -> str | None:
        """What a request attribute of this kind takes besides its own type's value (a dict for a
        nested class), as the annotation of its converter's argument; None: its type only."""
        return None

    def coerce(self, value: str) -> str:
        """The expression converting ``value`` (what :meth:`accepts`) into the attribute's type."""
        return value

    def encoder(self) -> str | None:
        """The runtime callable encoding a request value as JSON (JSON types only); None when the
        value is JSON already."""
        return None

    def decoder(self) -> str | None:
        """The callable reading a request value back from its JSON; None when taken as it is."""
        return None

    def reader(self, owner: str = "") -> str:
        """The tolerant reader (a ``(value, name)`` callable) of a response value, in the class
        ``owner``'s body (where that class's own name is not bound yet)."""
        return self.reader_name

    def writer(self) -> str:
        """The runtime writer (``_entity``) turning an edited response value into its JSON form."""
        return "write_value"

    def entity_field(self, owner: str) -> str:
        """The field's declaration in the entity class ``owner``: ``_entity.entity_field(...)``."""
        plan = self.plan
        parts = [self.reader(owner)]
        if self.writer() != "write_value":
            parts.append(self.writer())
        if plan.wire != plan.python:
            parts.append(f"wire={literal(plan.wire)}")
        if self.lazy:
            parts.append("nested=True")
        return f"entity_field({', '.join(parts)})"

    def body_metadata(self) -> str | None:
        """The field's metadata in a request class (``_body``), None when its value is JSON
        already and goes under its own name."""
        plan = self.plan
        encoder, decoder = self.encoder(), self.decoder()
        if plan.wire == plan.python and self.wire_preset:
            return self.wire_preset
        parts = [f"wire={literal(plan.wire)}"] if plan.wire != plan.python else []
        parts += [f"encode={encoder}"] if encoder else []
        parts += [f"decode={decoder}"] if decoder else []
        return f"on_wire({', '.join(parts)})" if parts else None

    def doc_line(self, describe: Callable[[str], str]) -> str:
        """The field's line under ``Attributes:`` / ``Args:`` (``describe`` makes text docstring-safe)."""
        return f"{self.plan.python}: {describe(self.plan.description)}"

    def models(self) -> list[str]:
        """The generated classes this field's annotation names."""
        return []


class IntegerField(FieldType):
    kind = FieldKind.INT
    python_type = "int"
    reader_name = "read_int"
    enumerable = True
    integer = True


class DecimalField(FieldType):
    """Money and prices: exact ``Decimal`` both ways, never a float."""

    kind = FieldKind.DECIMAL
    python_type = "Decimal"
    reader_name = "read_decimal"
    exact_decimal = True
    wire_preset = "DECIMAL"

    def argument_type(self) -> str:
        return "DecimalLike"  # a client keyword takes Decimal, int or str

    def converter(self) -> str:
        if self.plan.nullable:
            return "to_optional_nullable_decimal"
        return "to_decimal" if self.plan.required else "to_optional_decimal"

    def encoder(self) -> str:
        return "json_number"  # the JSON number of exactly the value

    def decoder(self) -> str:
        return "json_decimal"

    def writer(self) -> str:
        # Written back in the spec's own form (text for format decimal) unless the API used the other.
        return "write_number" if self.plan.json_type == "number" else "write_decimal"


class StringField(FieldType):
    kind = FieldKind.STR
    python_type = "str"
    reader_name = "read_str"
    enumerable = True


class LiteralField(FieldType):
    """A request field limited to the ``enum`` values of its schema."""

    kind = FieldKind.LITERAL
    reader_name = "read_str"

    def base_type(self) -> str:
        return "Literal[" + ", ".join(literal(v) for v in self.plan.literals) + "]"


class BooleanField(FieldType):
    kind = FieldKind.BOOL
    python_type = "bool"
    reader_name = "read_bool"


class DateTimeField(FieldType):
    kind = FieldKind.DATETIME
    python_type = "datetime"
    reader_name = "read_datetime"
    wire_preset = "DATETIME"

    def encoder(self) -> str:
        return "format_timestamp"

    def decoder(self) -> str:
        return "parse_timestamp"

    def writer(self) -> str:
        return "write_datetime"


class ObjectField(FieldType):
    """A free-form JSON object."""

    kind = FieldKind.OBJECT
    python_type = "dict[str, Any]"
    reader_name = "read_object"


class AnyField(FieldType):
    """A schema without a type: any JSON value, null included."""

    kind = FieldKind.ANY
    always_nullable = True


class ModelField(FieldType):
    """An object of a generated class."""

    kind = FieldKind.MODEL
    lazy = True

    def base_type(self) -> str:
        return self.plan.model or "Any"

    def accepts(self) -> str | None:
        return f"{self.plan.model} | Mapping[str, Any]" if self.plan.model else None

    def coerce(self, value: str) -> str:
        return f"as_body({self.plan.model}, {value})"

    def encoder(self) -> str:
        return "encode_body"

    def decoder(self) -> str | None:
        return f"{self.plan.model}.from_dict" if self.plan.model else None

    def reader(self, owner: str = "") -> str:
        model = self.plan.model
        if not model:
            return "read_any"
        if model == owner:  # an entity holding one of its own kind
            return f"model_reader(lambda data: {model}.from_dict(data))"
        return f"model_reader({model}.from_dict)"

    def writer(self) -> str:
        return "write_entity"

    def models(self) -> list[str]:
        return [self.plan.model] if self.plan.model else []


class ListField(FieldType):
    """A list of ``plan.item`` values."""

    kind = FieldKind.LIST
    lazy = True

    @property
    def item(self) -> FieldType:
        assert self.plan.item is not None, "a list field is planned with its item"
        return self.plan.item.type

    def base_type(self) -> str:
        return f"list[{self.item.base_type()}]"

    def accepts(self) -> str | None:
        # A list of nested classes takes dicts for its items; other lists are taken as they are.
        each = self.item.accepts() if isinstance(self.item, ModelField) else None
        return f"Sequence[{each}]" if each else None

    def coerce(self, value: str) -> str:
        return f"as_bodies({self.item.plan.model}, {value})"

    def encoder(self) -> str:
        each = self.item.encoder()
        return f"list_of({each})" if each else "list"

    def decoder(self) -> str | None:
        each = self.item.decoder()
        return f"list_of({each})" if each else None

    def reader(self, owner: str = "") -> str:
        return f"list_reader({self.item.reader(owner)})"

    def writer(self) -> str:
        return f"list_writer({self.item.writer()})"

    def models(self) -> list[str]:
        return self.item.models()


class GroupField(FieldType):
    """A rule group: one of the variant classes, whose fields are merged into the body."""

    kind = FieldKind.GROUP

    def base_type(self) -> str:
        return " | ".join(self.plan.variants) if self.plan.variants else "Any"

    def accepts(self) -> str | None:
        return f"{self.base_type()} | Mapping[str, Any]" if self.plan.variants else None

    def coerce(self, value: str) -> str:
        # ``cast``: the runtime returns one of the variants, which mypy cannot follow through a tuple.
        return f"cast({literal(self.base_type())}, as_variant(({', '.join(self.plan.variants)},), {value}))"

    def models(self) -> list[str]:
        return list(self.plan.variants)

    def body_metadata(self) -> str:
        # Keyed by its selector: whether the group was sent at all.
        return f"rule_group({literal(self.plan.group_selector)}, {', '.join(self.plan.variants)})"


#: The class of each kind.
FIELD_TYPES: dict[FieldKind, type[FieldType]] = {
    cls.kind: cls
    for cls in (
        IntegerField,
        DecimalField,
        StringField,
        LiteralField,
        BooleanField,
        DateTimeField,
        ObjectField,
        AnyField,
        ModelField,
        ListField,
        GroupField,
    )
}

#: The kind a scalar JSON type plans as (``string`` depends on its format, below).
_JSON_TYPE_KINDS = {
    "integer": FieldKind.INT,
    # Money: numbers are exact decimals in both directions, never floats.
    "number": FieldKind.DECIMAL,
    "boolean": FieldKind.BOOL,
    "object": FieldKind.OBJECT,
}
_STRING_FORMAT_KINDS = {"decimal": FieldKind.DECIMAL, "date-time": FieldKind.DATETIME}


def scalar_kind(json_type: Any, string_format: Any) -> FieldKind:
    """The kind of a schema of one JSON type (not an array, not a reference)."""
    if not isinstance(json_type, str):
        return FieldKind.ANY
    if json_type == "string":
        return _STRING_FORMAT_KINDS.get(str(string_format), FieldKind.STR)
    return _JSON_TYPE_KINDS.get(json_type, FieldKind.ANY)
