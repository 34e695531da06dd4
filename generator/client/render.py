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

from generator.client.fields import literal
from generator.client.view import ClientPlan, EndpointPlan, FieldPlan, ModelPlan


def doc(text: Any, width: int = 100, indent: str = "") -> str:
    """Text made safe for a docstring, wrapped, each line after the first indented."""
    safe = safe_for_docstring(str(text or "")).strip()
    lines: list[str] = []
    for paragraph in safe.splitlines():
        wrapped = textwrap.wrap(paragraph, width=width, break_long_words=False, break_on_hyphens=False)
        lines.extend(wrapped or [""])
    return ("\n" + indent).join(line.rstrip() for line in lines)


def describe_attribute(text: Any) -> str:
    """A field's description under a class's ``Attributes:``."""
    return doc(text, 88, " " * 12)


def describe_argument(text: Any) -> str:
    """A parameter's description under a method's ``Args:``."""
    return doc(text, 80, " " * 16)


def argument(field: FieldPlan) -> str:
    """A client keyword's annotation: numbers may be given as Decimal, int or str."""
    text = field.annotated(field.type.argument_type())
    return text if field.required else f"{text} = UNSET"


def referenced_models(model: ModelPlan) -> list[str]:
    names: list[str] = []
    for field in model.fields:
        names.extend(_models_of(field))
    return sorted({n for n in names if n != model.name})


def _models_of(field: FieldPlan) -> list[str]:
    return field.type.models()


def operation_models(operation: EndpointPlan, plan: ClientPlan) -> list[str]:
    names: set[str] = set()
    if operation.body_model:
        names.add(operation.body_model)
        names.update(referenced_models(plan.models[operation.body_model]))
    names.update(operation.response.models())
    for parameter in (*operation.path_params, *operation.query_params):
        names.update(_models_of(parameter))
    return sorted(names)


def path_template(operation: EndpointPlan) -> str:
    """The path as the runtime fills it: ``{name:int}`` where the value must be an integer."""
    path = operation.path
    for parameter in operation.path_params:
        if parameter.type.integer:
            path = path.replace("{" + parameter.wire + "}", "{" + parameter.wire + ":int}")
    return path


def paging_call(operation: EndpointPlan) -> str:
    """``Paging("limit", "offset", False, 1000)``: the query parameters that page a list (by their
    names in the query), whether the position counts pages, and the documented largest size."""
    plan = operation.paging
    assert plan is not None, "only a paged list is given its paging"
    wire = {q.python: q.wire for q in operation.query_params}
    size, position = literal(wire[plan.size]), literal(wire[plan.position])
    return f"Paging({size}, {position}, {plan.counts_pages}, {plan.maximum})"


def reader_name(operation: EndpointPlan) -> str:
    """The name of an operation's own answer reader in its resource module (see ``answers.py``)."""
    return f"_read_{operation.module}"


def resource_models(operations: list[EndpointPlan], plan: ClientPlan) -> list[str]:
    """Classes a resource module's methods name: variants, items and responses of its operations."""
    return sorted({name for operation in operations for name in operation_models(operation, plan)})


TEMPLATE_GLOBALS = {
    "path_template": path_template,
    "reader_name": reader_name,
    "paging_call": paging_call,
    "literal": literal,
    "doc": doc,
    "describe_attribute": describe_attribute,
    "describe_argument": describe_argument,
    "argument": argument,
    "referenced_models": referenced_models,
    "operation_models": operation_models,
    "resource_models": resource_models,
}
