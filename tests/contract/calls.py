"""Client arguments generated from the spec: shared by the contract suite and the Prism test.

Bodies come from the spec's own schemas (one leaf variant per rule group, filtered by a JSON
Schema validator) and are turned into the client's typed arguments through its request classes.
"""

from __future__ import annotations

from typing import Any

import attrs
import threecommas
import threecommas.models
from hypothesis import strategies as st

from tests.contract.checks import python_name
from tests.contract.spec_tools import (
    body_strategy,
    inline,
    load_spec,
    operations,
    request_body_schema,
    value_strategy,
)

SPEC = load_spec()
OPERATIONS = operations(SPEC)


def _request_model(operation_id: str) -> type:
    body = OPERATIONS[operation_id][2]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    return getattr(threecommas.models, body.rsplit("/", 1)[-1])  # type: ignore[no-any-return]


@st.composite
def arguments(
    draw: st.DrawFn, operation_id: str, pin: tuple[int, int] | None = None
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Keyword arguments for the client method, and the JSON body they must produce (``pin``: one
    rule group's variant, as ``body_strategy`` takes it)."""
    _, _, operation = OPERATIONS[operation_id]
    kwargs: dict[str, Any] = {}
    for parameter in operation.get("parameters") or []:
        schema = inline(SPEC, parameter["schema"])
        if parameter["in"] == "path":
            kwargs[python_name(parameter["name"])] = draw(st.integers(min_value=1, max_value=10**9))
        elif parameter.get("required") or draw(st.booleans()):
            kwargs[python_name(parameter["name"])] = draw(value_strategy(schema))
    schema = request_body_schema(SPEC, operation)
    if schema is None:
        return kwargs, None
    body = draw(body_strategy(schema, pin))
    model = _request_model(operation_id).from_dict(body)
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if not isinstance(value, threecommas.Unset):
            kwargs[field.name] = value
    return kwargs, body
