"""Helpers the client templates call: annotations, conversions, literals and docstrings.

Kept in Python rather than in jinja so that the rules for turning a planned field into code
live in one place and can be tested alone. Every string from the spec reaches generated code
only through :func:`literal` (``repr``, a valid Python literal for any text) or :func:`doc`
(openapi-python-client's docstring escaper), never pasted in.
"""

from __future__ import annotations

import textwrap
from typing import Any

from openapi_python_client.strings import safe_for_docstring

from generator.client.fields import FieldKind, literal
from generator.client.view import ClientPlan, FieldPlan, ModelPlan, OperationPlan, ResponseKind


def doc(text: Any, width: int = 100, indent: str = "") -> str:
    """Text made safe for a docstring, wrapped, each line after the first indented."""
    safe = safe_for_docstring(str(text or "")).strip()
    lines: list[str] = []
    for paragraph in safe.splitlines():
        wrapped = textwrap.wrap(paragraph, width=width, break_long_words=False, break_on_hyphens=False)
        lines.extend(wrapped or [""])
    return ("\n" + indent).join(line.rstrip() for line in lines)


def base_type(field: FieldPlan) -> str:
    return field.type.base_type()


def annotation(field: FieldPlan, role: str) -> str:
    """The attribute's annotation: responses are always ``T | None``; requests ``T | Unset``."""
    text = base_type(field)
    if role == "response":
        return text if text == "Any" else f"{text} | None"
    if field.nullable and text != "Any":
        text += " | None"
    if not field.required:
        text += " | Unset"
    return text


def argument(field: FieldPlan) -> str:
    """A client keyword's annotation: numbers may be given as Decimal, int or str."""
    text = field.type.argument_type()
    if field.nullable and text != "Any":
        text += " | None"
    if not field.required:
        text += " | Unset = UNSET"
    return text


def attribute(field: FieldPlan, role: str) -> str:
    """``name: type`` or ``name: type = default`` for an attrs class body."""
    head = f"{field.python}: {annotation(field, role)}"
    if role == "response":
        return f"{head} = None"
    converter = field.type.converter()
    if converter:
        default = "" if field.required else "default=UNSET, "
        return f"{head} = field({default}converter={converter})"
    return head if field.required else f"{head} = UNSET"


def to_wire(field: FieldPlan, expr: str) -> str:
    """An expression turning a request attribute into its JSON value: JSON types only, so that
    ``json.dumps(model.to_dict())`` works; a Decimal becomes the JSON number of exactly its value."""
    return field.type.to_wire(expr)


def from_wire(field: FieldPlan, expr: str) -> str:
    """An expression reading a request attribute back from JSON (for ``from_dict``)."""
    return field.type.from_wire(expr)


def reader(field: FieldPlan) -> str:
    """The tolerant reader (a ``(value, name)`` callable) for a response attribute."""
    return field.type.reader()


def read_lazily(field: FieldPlan) -> bool:
    """Whether a response attribute is converted on first access rather than by ``from_dict``.

    Nested entities and lists are: building a trade's step entities is most of what reading a
    trade costs, and many callers never look at them. Scalars are converted at once, in
    straight-line code: one reader call each is cheaper than a first-access hook each.
    """
    return field.type.lazy


def lazy_fields(model: ModelPlan) -> list[FieldPlan]:
    return [field for field in model.fields if read_lazily(field)]


def response_read(field: FieldPlan) -> str:
    """The expression ``from_dict`` assigns to a scalar response attribute, reading ``raw``."""
    name = literal(field.wire)
    return f"{reader(field)}(raw.get({name}), {name})"


def response_to_wire(field: FieldPlan) -> str:
    """Lines of ``to_dict`` for a response attribute: unchanged values keep their raw JSON form."""
    name, attr = literal(field.wire), f"self.{field.python}"
    if field.kind is FieldKind.MODEL:
        return f"if {attr} is not None:\n    data[{name}] = {attr}.to_dict()"
    if field.kind is FieldKind.LIST and field.item is not None and field.item.kind is FieldKind.MODEL:
        # A list with items that could not be read keeps its raw form.
        return (
            f"if {attr} is not None and read_all(self.raw, {name}, {attr}):\n"
            f"    data[{name}] = [item.to_dict() for item in {attr}]"
        )
    encode = {FieldKind.DECIMAL: f"str({attr})", FieldKind.DATETIME: f"format_timestamp({attr})"}.get(
        field.kind, attr
    )
    read_raw = f"{reader(field)}(self.raw.get({name}), {name})"
    return f"if {attr} is not None and {read_raw} != {attr}:\n    data[{name}] = {encode}"


def referenced_models(model: ModelPlan) -> list[str]:
    names: list[str] = []
    for field in model.fields:
        names.extend(_models_of(field))
    return sorted({n for n in names if n != model.name})


def _models_of(field: FieldPlan) -> list[str]:
    return field.type.models()


def operation_models(operation: OperationPlan, plan: ClientPlan) -> list[str]:
    names: set[str] = set()
    if operation.body_model:
        names.add(operation.body_model)
        names.update(referenced_models(plan.models[operation.body_model]))
    if operation.response.model:
        names.add(operation.response.model)
    names.update(m for _, m in operation.response.mapping if m)
    for parameter in (*operation.path_params, *operation.query_params):
        names.update(_models_of(parameter))
    return sorted(names)


def tag_models(operations: list[OperationPlan], plan: ClientPlan) -> list[str]:
    """Classes a tag's client methods name: variants, items and responses of its operations."""
    return sorted({name for operation in operations for name in operation_models(operation, plan)})


def uses(model: ModelPlan, kind: FieldKind) -> bool:
    return any(f.type.uses(kind) for f in model.fields)


def path_parts(operation: OperationPlan) -> list[tuple[str, str]]:
    """The path as ("text", literal) and ("param", python name) parts, for safe assembly."""
    by_wire = {p.wire: p.python for p in operation.path_params}
    parts: list[tuple[str, str]] = []
    rest = operation.path
    while "{" in rest:
        before, _, after = rest.partition("{")
        name, _, rest = after.partition("}")
        if before:
            parts.append(("text", literal(before)))
        parts.append(("param", by_wire[name]))
    if rest:
        parts.append(("text", literal(rest)))
    return parts


def api_class(tag: str) -> str:
    """``smart_trades`` → ``SmartTradesApi``: the class of a tag's operations."""
    return "".join(word[:1].upper() + word[1:] for word in tag.split("_") if word) + "Api"


def constant(name: str) -> str:
    """``create_smart_trade`` → ``CREATE_SMART_TRADE`` for module constants."""
    return name.upper()


TEMPLATE_GLOBALS = {
    # The plan's kinds, for ``{% if f.kind == FieldKind.GROUP %}`` (jinja's ``is`` is a test).
    "FieldKind": FieldKind,
    "ResponseKind": ResponseKind,
    "literal": literal,
    "doc": doc,
    "annotation": annotation,
    "argument": argument,
    "attribute": attribute,
    "to_wire": to_wire,
    "from_wire": from_wire,
    "reader": reader,
    "read_lazily": read_lazily,
    "lazy_fields": lazy_fields,
    "response_read": response_read,
    "response_to_wire": response_to_wire,
    "referenced_models": referenced_models,
    "operation_models": operation_models,
    "tag_models": tag_models,
    "uses": uses,
    "path_parts": path_parts,
    "constant": constant,
    "api_class": api_class,
    "base_type": base_type,
}
