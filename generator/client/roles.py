"""One class per role a generated class plays: each owns what differs in that class's module.

A planned class (:class:`generator.client.view.ModelPlan`) is data: its name, its fields and its
role. What depends on the role lives here, as :mod:`generator.client.fields` does for the kinds of
fields: the module's summary, the base class, the runtime names the module imports, each
attribute's annotation and declaration, and the constants a rule group's variant carries. Nothing
outside this module asks which role a class has.

Roles hold no state: the plan uses the one instance of each (:data:`REQUEST`, :data:`VARIANT`,
:data:`ITEM`, :data:`NESTED`, :data:`RESPONSE`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from generator.client.fields import literal

if TYPE_CHECKING:
    from generator.client.view import FieldPlan, ModelPlan

#: What a request class's module may use of the runtime (ruff's post-hook drops what it does not).
_REQUEST_IMPORTS = (
    "from .._body import DATETIME, DECIMAL, RequestBody, encode_body, list_of, on_wire, rule_group",
    "from .._convert import json_decimal, json_number, to_decimal, to_optional_decimal, "
    "to_optional_nullable_decimal",
    "from .._read import format_timestamp",
    "from .._values import parse_timestamp",
    "from ..types import UNSET, Unset",
)
#: The runtime's converters of nested values (``_body``), imported where a class uses them.
_RUNTIME_CONVERTERS = ("as_bodies", "as_body", "as_variant")
_RESPONSE_IMPORTS = (
    "from .._entity import Entity, entity_field, list_writer, write_datetime, write_decimal, "
    "write_entity, write_number, write_value",
    "from .._read import list_reader, model_reader, read_any, read_bool, read_datetime, read_decimal, "
    "read_int, read_object, read_str",
)


class ModelRole:
    """A class sent to the API: checked, converted on the way in, written to the flat body."""

    #: The module's docstring: ``<ClassName>: <summary>.``
    summary: ClassVar[str]
    #: The runtime base class (``_body.RequestBody`` or ``_entity.Entity``).
    base: ClassVar[str] = "RequestBody"
    #: The runtime names the class's module imports.
    imports: ClassVar[tuple[str, ...]] = _REQUEST_IMPORTS

    def annotation(self, field: FieldPlan) -> str:
        """A request attribute's annotation: ``T``, ``| None`` when nullable, ``| Unset`` when optional."""
        return field.annotated(field.type.base_type())

    def attribute(self, field: FieldPlan, model: ModelPlan) -> str:
        """The field's declaration in the class body (attrs): ``name: type = ...``."""
        head = f"{field.python}: {self.annotation(field)}"
        converter, metadata = field.type.converter(), field.type.body_metadata()
        if not converter and not metadata:
            return head if field.required else f"{head} = UNSET"
        arguments = [] if field.required else ["default=UNSET"]
        arguments += [f"converter={converter}"] if converter else []
        arguments += [f"metadata={metadata}"] if metadata else []
        return f"{head} = field({', '.join(arguments)})"

    def constants(self, model: ModelPlan) -> list[str]:
        """Class-level constants written before the attributes (``ClassVar`` declarations)."""
        return []

    def converter_imports(self, model: ModelPlan) -> list[str]:
        """The runtime's converters :meth:`converter_functions` call (``as_body``...), imported only
        by the modules that have such functions, so that the others' imports stay as they were."""
        calls = (f.type.coerce("value") for f in model.fields if f.type.accepts())
        return sorted({name for call in calls for name in _RUNTIME_CONVERTERS if f"{name}(" in call})

    def converter_functions(self, model: ModelPlan) -> list[str]:
        """The module's own converters, before the class: one per attribute that takes more than
        its type (a dict for a nested class). A named function, because mypy's attrs plugin reads
        the ``__init__`` argument's type from a converter only when it is one."""
        functions = []
        for field in model.fields:
            accepts = field.type.accepts()
            if accepts is None:
                continue
            taken, annotation = accepts, self.annotation(field)
            taken += " | None" if field.nullable else ""
            taken += " | Unset" if not field.required else ""
            lines = [f"def _as_{field.python}(value: {taken}) -> {annotation}:"]
            owner = f"{model.name}.{field.python}"
            lines.append(f'    """``{owner}``: a dict in place of a class is read through the class."""')
            if field.nullable or not field.required:
                lines += ["    if value is None or isinstance(value, Unset):", "        return value"]
            lines.append(f"    return {field.type.coerce('value')}")
            functions.append("\n".join(lines))
        return functions


class RequestRole(ModelRole):
    summary = "request body"


class VariantRole(ModelRole):
    """One variant of a rule group: it sends its selector values itself."""

    summary = "one variant of a rule group"

    def constants(self, model: ModelPlan) -> list[str]:
        lines = [f"SELECTORS: ClassVar[Mapping[str, Any]] = {literal(dict(model.consts))}"]
        if model.defaults:
            lines.append(f"SELECTOR_DEFAULTS: ClassVar[Mapping[str, Any]] = {literal(dict(model.defaults))}")
        return lines


class ItemRole(ModelRole):
    summary = "one item of a list"


class NestedRole(ModelRole):
    summary = "an object inside a request body"


class ResponseRole(ModelRole):
    """An answer's entity: read tolerantly, every field optional, written back as it came."""

    summary = "response entity"
    base = "Entity"
    imports = _RESPONSE_IMPORTS

    def annotation(self, field: FieldPlan) -> str:
        # An answer may leave out or null any field: ``T | None`` (``Any`` holds None already).
        text = field.type.base_type()
        return text if text == "Any" else f"{text} | None"

    def attribute(self, field: FieldPlan, model: ModelPlan) -> str:
        return f"{field.python}: {self.annotation(field)} = {field.type.entity_field(model.name)}"

    def converter_imports(self, model: ModelPlan) -> list[str]:
        return []

    def converter_functions(self, model: ModelPlan) -> list[str]:
        return []  # an answer is read tolerantly by its fields' readers


REQUEST = RequestRole()
VARIANT = VariantRole()
ITEM = ItemRole()
NESTED = NestedRole()
RESPONSE = ResponseRole()
