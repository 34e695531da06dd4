"""Checks a request against its operation's schema before anything is sent.

The schemas are the spec's own request schemas, resolved and embedded in ``_schemas.py`` by
the generator, so the client refuses exactly what the spec refuses. This is a small validator
for the JSON Schema subset those schemas use (types, enums, consts, bounds, item counts,
``required``, ``oneOf`` / ``anyOf`` / ``allOf``, ``if`` / ``then``, ``not``), written for its
messages: each names the parameter and the reference's rule, where a generic validator would
say "is not valid under any of the given schemas".
"""

from __future__ import annotations

import operator
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from .errors import RequestValidationError

Schema = Mapping[str, Any]


def validate_request(operation_id: str, data: Any, schema: Schema) -> None:
    """Raise :class:`RequestValidationError` for the first rule ``data`` breaks."""
    problem = _first_problem(data, schema, "")
    if problem is not None:
        parameter, rule = problem
        raise RequestValidationError(operation_id=operation_id, parameter=parameter, rule=rule)


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _is_type(value: Any, name: str) -> bool:
    if name == "null":
        return value is None
    if name == "boolean":
        return isinstance(value, bool)
    if name == "integer":
        if isinstance(value, bool):
            return False
        if isinstance(value, int):
            return True
        return isinstance(value, Decimal) and value == value.to_integral_value()
    if name == "number":
        return isinstance(value, int | float | Decimal) and not isinstance(value, bool)
    if name == "string":
        return isinstance(value, str)
    if name == "array":
        return isinstance(value, list | tuple)
    if name == "object":
        return isinstance(value, Mapping)
    return True


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return None
    return Decimal(str(value)) if isinstance(value, float) else Decimal(value)


def _first_problem(data: Any, schema: Schema | bool, path: str) -> tuple[str, str] | None:
    where = path or "request"
    if schema is True:
        return None
    if schema is False:
        # JSON Schema's "nothing is valid"; the spec's variants forbid nothing, so no rule group makes one.
        return where, "is not allowed here"
    types = schema.get("type")
    if types is not None:
        allowed = [types] if isinstance(types, str) else list(types)
        if not any(_is_type(data, t) for t in allowed):
            return where, f"must be of type {' or '.join(allowed)}, got {type(data).__name__}"
    if "const" in schema and data != schema["const"]:
        return where, f"must be {schema['const']!r}"
    if isinstance(data, str) and len(data) < schema.get("minLength", 0):
        return where, "must not be empty" if schema[
            "minLength"
        ] == 1 else f"needs {schema['minLength']}+ characters"
    if "enum" in schema and data not in schema["enum"]:
        return where, f"must be one of {', '.join(repr(v) for v in schema['enum'])}, got {data!r}"
    number = _number(data)
    if number is not None:
        for keyword, test, text in (
            ("minimum", operator.ge, ">="),
            ("maximum", operator.le, "<="),
            ("exclusiveMinimum", operator.gt, ">"),
            ("exclusiveMaximum", operator.lt, "<"),
        ):
            if keyword in schema and not test(number, Decimal(str(schema[keyword]))):
                return where, f"must be {text} {schema[keyword]}" + _because(schema)
    if isinstance(data, list | tuple):
        if "maxItems" in schema and len(data) > schema["maxItems"]:
            return where, f"has {len(data)} items; at most {schema['maxItems']} allowed" + _because(schema)
        if "minItems" in schema and len(data) < schema["minItems"]:
            return where, f"has {len(data)} items; at least {schema['minItems']} required"
        unique = schema.get("x-unique-item-field")
        if unique:
            seen = [item.get(unique) for item in data if isinstance(item, Mapping) and unique in item]
            if len(seen) != len(set(map(repr, seen))):
                return where, f"{unique} must be unique within the list"
        items = schema.get("items")
        if isinstance(items, Mapping):
            for index, item in enumerate(data):
                if (problem := _first_problem(item, items, _join(path, index))) is not None:
                    return problem
    if isinstance(data, Mapping) and (problem := _object_problem(data, schema, path)) is not None:
        return problem
    for part in schema.get("allOf") or ():
        if (problem := _first_problem(data, part, path)) is not None:
            return problem
    if "oneOf" in schema and (problem := _one_of_problem(data, schema, path)) is not None:
        return problem
    if "anyOf" in schema and not any(_first_problem(data, s, path) is None for s in schema["anyOf"]):
        return _first_problem(data, schema["anyOf"][0], path)
    if "if" in schema and _first_problem(data, schema["if"], path) is None:
        then = schema.get("then") or {}
        problem = _first_problem(data, then, path)
        if problem is not None:
            return problem[0], f"{problem[1]} ({schema.get('description', 'conditional rule')})"
    if "not" in schema and _first_problem(data, schema["not"], path) is None:
        return where, schema.get("description") or "is not allowed here"
    return None


def _because(schema: Schema) -> str:
    description = schema.get("description")
    return f" ({description})" if description else ""


def _object_problem(data: Mapping[str, Any], schema: Schema, path: str) -> tuple[str, str] | None:
    reasons: Mapping[str, str] = schema.get("x-required-because") or {}
    for name in schema.get("required") or ():
        if name not in data:
            reason = reasons.get(name)
            return _join(path, name), f"is required ({reason})" if reason else "is required"
    for name, sub in (schema.get("properties") or {}).items():
        if name in data and (problem := _first_problem(data[name], sub, _join(path, name))) is not None:
            return problem
    return None


def _selectors(schema: Schema) -> dict[str, Any]:
    return {
        name: sub["const"]
        for name, sub in (schema.get("properties") or {}).items()
        if isinstance(sub, Mapping) and "const" in sub
    }


def _one_of_problem(data: Any, schema: Schema, path: str) -> tuple[str, str] | None:
    branches: Sequence[Schema] = schema["oneOf"]
    selector = schema.get("x-selector") or (schema.get("discriminator") or {}).get("propertyName")
    if selector and isinstance(data, Mapping):
        # A rule group: the spec pins each variant's selector to its own const, so only the
        # branches the selector value picks can match; validate just those (the fast path).
        value = data.get(selector, schema.get("x-selector-default"))
        branches = [b for b in branches if _selectors(b).get(selector, value) == value] or branches
    passing = [b for b in branches if _first_problem(data, b, path) is None]
    if len(passing) == 1:
        return None
    if len(passing) > 1 and selector:
        return path or "request", "matches more than one variant of a rule group; this is a spec defect"
    # No branch passes: explain with the branch the selectors point at, if any.
    if isinstance(data, Mapping) and selector and not passing:
        default = schema.get("x-selector-default")
        value = data.get(selector, default)
        for branch in branches:
            if _selects(branch, selector, value):
                return _first_problem(data, branch, path)
        allowed = [s[selector] for b in branches if selector in (s := _selectors(b))]
        return _join(path, selector), f"must be one of {', '.join(repr(a) for a in allowed)}"
    # Item-level "exactly one of" groups (`price` or `price_percentage`).
    names = [n for b in branches for n in (b.get("required") or ())]
    present = [n for n in names if isinstance(data, Mapping) and n in data]
    fields = " / ".join(names)
    if present:
        return path or "request", f"send exactly one of {fields}, not {' and '.join(present)}"
    return path or "request", f"send exactly one of {fields}"


def _selects(branch: Schema, selector: str, value: Any) -> bool:
    # The branch's own checks then say what else it needs (a nested selector, a price...).
    return bool(_selectors(branch).get(selector, object()) == value)
