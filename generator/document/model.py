"""The document model: what a reference document says, independent of markdown and of OpenAPI.

The reader fills it from markdown tokens; the rules stage and the OpenAPI builder read it. Every
node keeps the :class:`~generator.diagnostics.Location` it came from, so that later stages can
point at the exact line of the reference when they have something to say about it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal

from generator.diagnostics import Location


class Scalar(enum.Enum):
    """The scalar kinds the reference's ``Type`` column and entity examples use."""

    INTEGER = "integer"
    NUMBER = "number"
    STRING = "string"
    BOOLEAN = "boolean"
    OBJECT = "object"  # `json`: a free-form JSON object
    ANY = "any"  # a type word the reader does not know: any JSON value (MDX pages)


@dataclass(frozen=True)
class TypeRef:
    """A parsed ``Type`` cell: a scalar, or an array of one (``array[integer]``)."""

    scalar: Scalar
    is_array: bool = False

    def __str__(self) -> str:
        name = "json" if self.scalar is Scalar.OBJECT else self.scalar.value
        return f"array[{name}]" if self.is_array else name


@dataclass(frozen=True)
class InlineField:
    """One ``percent => number`` line of an inline object in a parameter name cell."""

    name: str
    type: TypeRef


@dataclass(frozen=True)
class ParameterName:
    """A parsed ``Name`` cell.

    ``path`` is the wire name split at its brackets: ``take_profit[steps][][price]`` becomes
    ``("take_profit", "steps", "[]", "price")``, where ``"[]"`` stands for "each item of an
    array". ``inline_fields`` holds the fields of an inline object
    (``orders[{<br>percent => number<br>...}, ...]``), which makes the parameter an array of
    such objects.
    """

    path: tuple[str, ...]
    inline_fields: tuple[InlineField, ...] = ()

    @property
    def base(self) -> str:
        return self.path[0]

    @property
    def wire_name(self) -> str:
        head, *rest = self.path
        return head + "".join(f"[{'' if part == '[]' else part}]" for part in rest)

    @property
    def is_nested(self) -> bool:
        return len(self.path) > 1


@dataclass(frozen=True)
class ValueSpec:
    """A parsed ``Values(default)`` cell: ``a, b, c (d)``, ``(300)`` or ``0-100``."""

    enum: tuple[str, ...] = ()
    default: str | None = None
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    #: Length bounds of a string (MDX ``labels={{min: "minlength"}}``).
    min_length: int | None = None
    max_length: int | None = None


@dataclass(frozen=True)
class Parameter:
    """One row of a parameters table, with its cells parsed and its source kept."""

    name: ParameterName
    type: TypeRef
    mandatory: bool
    values: ValueSpec
    description: str
    location: Location
    #: Location of the description cell: where the rules stage reads its phrases.
    description_location: Location
    #: ``path``, ``query`` or ``body`` when the document says (an MDX page's heading); ``None``
    #: leaves it to the HTTP method (the table chapters). Set, it also means that a nested
    #: parameter's ``mandatory`` holds within its parent object.
    sent_in: str | None = None
    #: The type says ``... or null``.
    nullable: bool = False
    #: The page's ``format`` attribute as written (``YYYY-MM-DD``).
    format: str | None = None


class HttpMethod(enum.Enum):
    GET = "get"
    POST = "post"
    PUT = "put"
    PATCH = "patch"
    DELETE = "delete"

    @property
    def has_body(self) -> bool:
        return self is not HttpMethod.GET


@dataclass(frozen=True)
class ExampleAnswer:
    """An answer a page shows for a status (MDX ``ResponseTabs``), parsed, with its code block's place."""

    status: str
    value: object = field(compare=False, hash=False)
    location: Location = field(default_factory=lambda: Location("<none>", 1))


@dataclass(frozen=True)
class Operation:
    """An operation section: heading, ``METHOD /path`` fence, weight and parameters table."""

    title: str
    method: HttpMethod
    path: str
    permission: str | None
    security: str | None
    weight: int | None
    parameters: tuple[Parameter, ...]
    #: Block quotes, extra paragraphs and examples in the section, in order, as markdown.
    notes: tuple[str, ...]
    location: Location
    #: The section heading of the document it belongs to, for the tag.
    document_title: str
    #: The heading starts with ``DEPRECATED,``: still served, marked ``deprecated: true``.
    deprecated: bool = False
    #: The success status the page's example answers with (MDX ``ResponseTabs``).
    success_status: str = "200"
    #: The entity the page says the answer is ("includes a copy of [SmartTrade](...)"): the link,
    #: and the link's text.
    response_entity: str | None = None
    response_link_text: str = ""
    #: The page's first success example, parsed (MDX ``ResponseTabs``); ``None`` if none.
    response_example: object = field(default=None, compare=False, hash=False)
    #: Every answer the page shows, success and error, in order (MDX ``ResponseTabs``).
    answer_examples: tuple[ExampleAnswer, ...] = field(default=(), compare=False, hash=False)


class ValueKind(enum.Enum):
    """What an entity field holds, as its example and annotation say (the client's
    :class:`generator.client.fields.FieldKind` is how a planned field is written)."""

    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    STRING = "string"
    DECIMAL = "decimal"  # a quoted number: exact decimals travel as strings
    DATETIME = "date-time"
    ENTITY = "entity"  # another entity, by name
    OBJECT = "object"  # a free-form object (``{'a'=>1}``, or the type word ``json``)
    ANY = "any"


@dataclass(frozen=True)
class EntityField:
    """One ``name: example   annotation`` line of an entity's pseudo-JSON block."""

    name: str
    kind: ValueKind
    example: str
    location: Location
    enum: tuple[str, ...] = ()
    description: str = ""
    deprecated: bool = False
    entity: str | None = None
    #: A list example (``['BTC_LTC', ...]``) or a plural entity name: ``kind`` is the item's.
    is_array: bool = False
    #: The fields of a nested object (or of each item, with ``is_array``), MDX pages.
    fields: tuple[EntityField, ...] = ()
    #: Typed a number, integer or boolean that the page's example shows as text (``"2.0"``,
    #: ``"true"``): the API sends either form, and both are accepted.
    as_text: bool = False
    #: Typed a string that the page's example shows as a number (``256427679``): both accepted.
    as_number: bool = False


@dataclass(frozen=True)
class Entity:
    """A response entity section (``### SmartTradeEntity`` with its example block)."""

    name: str
    fields: tuple[EntityField, ...]
    location: Location
    #: The ``#`` chapter the section stands in (``Response Entities``, ``Grid Bots Api``...).
    chapter: str = ""
    #: The areas around the chapter, innermost first (an MDX page in ``smart-trade/trades/``:
    #: ``("SmartTrade",)``): what tells apart two entities a chapter names alike.
    areas: tuple[str, ...] = ()
    #: The page's example answer is a list of these.
    is_list: bool = False
    #: The page's own id (MDX front matter ``id``): links may name the page by it.
    page_id: str | None = None
    #: The entity page's example (its first ``json`` block), parsed, and where it stands.
    example: object = field(default=None, compare=False, hash=False)
    example_location: Location | None = field(default=None, compare=False, hash=False)


@dataclass(frozen=True)
class NamedList:
    """A bold heading followed by a bullet list (``**Deal status:**`` then ``* CREATED``...)."""

    title: str
    items: tuple[str, ...]
    location: Location


@dataclass(frozen=True)
class SecurityType:
    name: str
    description: str


@dataclass(frozen=True)
class GeneralInfo:
    """What the General API Information document says about every endpoint."""

    base_url: str | None = None
    base_url_location: Location | None = None
    #: The example error payload, parsed.
    error_example: dict[str, object] | None = None
    #: Bullet sentences about the error fields (``error field is mandatory``...).
    error_field_notes: tuple[str, ...] = ()
    #: Status code -> what the document says about it (``4XX``, ``429``...).
    status_notes: tuple[tuple[str, str], ...] = ()
    security_types: tuple[SecurityType, ...] = ()
    #: The signing section's prose, as markdown.
    signing_rule: str = ""
    #: The limits section's prose, as markdown.
    limits: str = ""
    #: Signature algorithms the document describes (``HMAC-SHA256``, ``RSA``); empty: HMAC only.
    signature_algorithms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """One markdown reference document, read."""

    path: str
    title: str
    operations: tuple[Operation, ...] = ()
    entities: tuple[Entity, ...] = ()
    named_lists: tuple[NamedList, ...] = ()
    general: GeneralInfo | None = None
    #: Prose outside of any operation or entity section, in order, as markdown.
    prose: tuple[str, ...] = field(default=())
    #: The page's own id (MDX front matter ``id``): other pages may link to it by that id.
    page_id: str | None = None
    #: Endpoints the text shows as examples (``<Endpoint url method/>`` without permissions):
    #: method, path as written, and where.
    shown_endpoints: tuple[tuple[str, str, Location], ...] = ()
