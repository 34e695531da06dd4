"""Compiles an operation's request schema into straight-line Python check functions.

The client checks every request against the spec before sending it. Walking the schema at run
time costs a dictionary lookup per keyword per value; here each schema node becomes one
function that tests exactly the keywords the node has, in a fixed order, with its messages
already written. The generated module (``threecommas/_checks/<operation>.py``) needs only the
small helpers of the runtime's ``_validation.py`` for the combinators (``oneOf`` with its
selector fast path, unique item fields).

Generic over the spec: any schema built from the keywords in :data:`ASSERTIONS` compiles, and a
keyword that would assert something the compiler does not implement fails generation instead
of being skipped in silence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import extensions

#: Keywords that constrain a value, each compiled below.
ASSERTIONS = frozenset(
    {
        "type",
        "const",
        "enum",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "maxItems",
        "minItems",
        "items",
        "required",
        "properties",
        "allOf",
        "oneOf",
        "anyOf",
        "if",
        "then",
        "not",
        extensions.UNIQUE_ITEM_FIELD,
    }
)
#: Keywords that only describe (or that the compiled ``oneOf`` reads: selector, default, reasons).
ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "default",
        "format",
        "examples",
        "deprecated",
        "discriminator",
        "readOnly",
        "writeOnly",
    }
)

_TYPES = {
    "null": "data is None",
    "boolean": "isinstance(data, bool)",
    "integer": (
        "(isinstance(data, int) and not isinstance(data, bool))"
        " or (isinstance(data, Decimal) and data == data.to_integral_value())"
    ),
    "number": "isinstance(data, int | float | Decimal) and not isinstance(data, bool)",
    "string": "isinstance(data, str)",
    "array": "isinstance(data, list | tuple)",
    "object": "isinstance(data, dict)",
}
_BOUNDS = (("minimum", ">="), ("maximum", "<="), ("exclusiveMinimum", ">"), ("exclusiveMaximum", "<"))
_ALWAYS_VALID = "_valid"
_NEVER_VALID = "_owned_by_another_variant"


class UnsupportedSchema(ValueError):
    """A schema uses a keyword the compiler does not implement."""


def _differs(value: Any) -> str:
    """An expression: ``data`` is not the JSON value ``value``."""
    if isinstance(value, bool) or value is None:
        return f"data is not {value!r}"
    if isinstance(value, int | float):
        return f"isinstance(data, bool) or data != {value!r}"
    return f"data != {_literal(value)}"


def _guarded(guard: str, tests: list[tuple[str, list[str]]]) -> list[str]:
    """``if guard:`` around the ``(condition, body)`` tests; a single test joins the guard's line.

    An empty guard means the type check above already guarantees it.
    """
    if not tests:
        return []
    if not guard:
        return [
            line for condition, body in tests for line in (f"if {condition}:", *(f"    {b}" for b in body))
        ]
    if len(tests) == 1:
        condition, body = tests[0]
        return [f"if {guard} and ({condition}):", *(f"    {line}" for line in body)]
    lines = [f"if {guard}:"]
    for condition, body in tests:
        lines += [f"    if {condition}:", *(f"        {line}" for line in body)]
    return lines


def _equal(value: Any) -> str:
    """An expression: ``data`` equals the JSON value ``value`` (``True`` is not ``1``)."""
    if isinstance(value, bool) or value is None:
        return f"data is {value!r}"
    if isinstance(value, int | float):
        return f"(not isinstance(data, bool) and data == {value!r})"
    return f"data == {_literal(value)}"


def _literal(value: Any) -> str:
    # repr of JSON values is a valid Python literal; strings are escaped whatever they hold.
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key!r}: {_literal(item)}" for key, item in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_literal(item) for item in value) + "]"
    return repr(value)


def _join(name: str) -> str:
    """An expression: the path of property ``name`` below ``path``."""
    return f"(path + {('.' + name)!r} if path else {name!r})"


class _Compiler:
    def __init__(self) -> None:
        self.functions: list[str] = []
        self.constants: list[str] = []
        self._names: dict[str, str] = {}
        #: Whether a check uses ``is_full_date`` (imported only then: other modules stay as they were).
        self.uses_dates = False

    def compile(self, schema: Any) -> str:
        """The name of the function checking ``schema`` (identical schemas share one)."""
        if schema is True or schema == {}:
            return _ALWAYS_VALID
        if schema is False:
            return _NEVER_VALID
        if not isinstance(schema, Mapping):
            raise UnsupportedSchema(f"not a schema: {schema!r}")
        unknown = sorted(k for k in schema if k not in ASSERTIONS | ANNOTATIONS and not k.startswith("x-"))
        if unknown:
            raise UnsupportedSchema(f"keywords the client's checks do not implement: {', '.join(unknown)}")
        # Schemas that compile to the same code (they differ in descriptions only) share it.
        body = "".join(f"    {line}\n" for line in self._body(schema))
        if body not in self._names:
            name = f"_check_{len(self._names)}"
            self._names[body] = name
            self.functions.append(f"def {name}(data: Any, path: str) -> Problem | None:\n{body}")
        return self._names[body]

    def _constant(self, prefix: str, text: str) -> str:
        name = f"_{prefix}_{len(self.constants)}"
        self.constants.append(f"{name} = {text}")
        return name

    def _body(self, schema: Mapping[str, Any]) -> list[str]:
        lines: list[str] = []
        fail = 'return path or "request", '
        because = f" ({schema['description']})" if schema.get("description") else ""
        types = schema.get("type")
        allowed = [types] if isinstance(types, str) else list(types or ())
        # Where the type check already guarantees a kind of value, its later guards are dropped.
        known = frozenset(allowed) if types is not None else frozenset()
        if types is not None:
            test = " or ".join(f"({_TYPES[t]})" for t in allowed if t in _TYPES) or "True"
            lines += [
                f"if not ({test}):",
                f"    {fail}{'must be of type ' + ' or '.join(allowed) + ', got '!r} + type(data).__name__",
            ]
        if "const" in schema:
            text = "must be " + repr(schema["const"])
            lines += [f"if {_differs(schema['const'])}:", f"    {fail}{text!r}"]
        if "minLength" in schema:
            size = schema["minLength"]
            text = "must not be empty" if size == 1 else f"needs {size}+ characters"
            lines += [f"if isinstance(data, str) and len(data) < {size!r}:", f"    {fail}{text!r}"]
        if "maxLength" in schema:
            size = schema["maxLength"]
            text = f"has more than {size} characters{because}"
            lines += [f"if isinstance(data, str) and len(data) > {size!r}:", f"    {fail}{text!r}"]
        if schema.get("format") == "date":
            # The one format openapi-core asserts on a plain string that the client types as str.
            self.uses_dates = True
            text = "must be a date written YYYY-MM-DD, got "
            lines += [
                "if isinstance(data, str) and not is_full_date(data):",
                f"    {fail}{text!r} + repr(data)",
            ]
        if "enum" in schema:
            values = list(schema["enum"])
            if all(isinstance(v, str) for v in values):
                test = f"data not in {tuple(values)!r}"
            else:
                test = "not (" + " or ".join(_equal(v) for v in values) + ")" if values else "True"
            listed = ", ".join(repr(v) for v in values)
            lines += [f"if {test}:", f"    {fail}{'must be one of ' + listed + ', got '!r} + repr(data)"]
        number = (
            ""
            if known and known <= {"integer", "number"}
            else "isinstance(data, int | float | Decimal) and not isinstance(data, bool)"
        )
        lines += _guarded(
            number,
            [
                (f"not (data {op} {schema[key]!r})", [f"{fail}{f'must be {op} {schema[key]}{because}'!r}"])
                for key, op in _BOUNDS
                if key in schema
            ],
        )
        lines += self._array(schema, fail, because, known)
        lines += self._object(schema, known)
        for part in schema.get("allOf") or ():
            lines += [f"if (problem := {self.compile(part)}(data, path)) is not None:", "    return problem"]
        if "oneOf" in schema:
            lines += [
                f"if (problem := one_of(data, path, {self._one_of(schema)})) is not None:",
                "    return problem",
            ]
        if "anyOf" in schema:
            checks = [self.compile(branch) for branch in schema["anyOf"]]
            lines += [
                f"if all(check(data, path) is not None for check in ({', '.join(checks)},)):",
                f"    return {checks[0]}(data, path)",
            ]
        if "if" in schema:
            condition, then = self.compile(schema["if"]), self.compile(schema.get("then") or {})
            note = f" ({schema.get('description', 'conditional rule')})"
            lines += [
                f"if {condition}(data, path) is None and (problem := {then}(data, path)) is not None:",
                f"    return problem[0], problem[1] + {note!r}",
            ]
        if "not" in schema:
            text = schema.get("description") or "is not allowed here"
            lines += [f"if {self.compile(schema['not'])}(data, path) is None:", f"    {fail}{text!r}"]
        lines.append("return None")
        return lines

    def _array(self, schema: Mapping[str, Any], fail: str, because: str, known: frozenset[str]) -> list[str]:
        tests: list[tuple[str, list[str]]] = []
        if "maxItems" in schema:
            most = schema["maxItems"]
            text = f" items; at most {most} allowed{because}"
            tests.append((f"len(data) > {most!r}", [f"{fail}'has ' + str(len(data)) + {text!r}"]))
        if "minItems" in schema:
            least = schema["minItems"]
            text = f" items; at least {least} required"
            tests.append((f"len(data) < {least!r}", [f"{fail}'has ' + str(len(data)) + {text!r}"]))
        if unique := schema.get(extensions.UNIQUE_ITEM_FIELD):
            text = f"{unique} must be unique within the list"
            tests.append((f"has_duplicate_field(data, {unique!r})", [f"{fail}{text!r}"]))
        items = schema.get("items")
        check = self.compile(items) if isinstance(items, Mapping) or items is False else _ALWAYS_VALID
        if check != _ALWAYS_VALID:
            call = f"first_item_problem(data, path, {check})"
            tests.append((f"(problem := {call}) is not None", ["return problem"]))
        return _guarded("" if known == {"array"} else "isinstance(data, list | tuple)", tests)

    def _object(self, schema: Mapping[str, Any], known: frozenset[str]) -> list[str]:
        reasons: Mapping[str, str] = schema.get(extensions.REQUIRED_BECAUSE) or {}
        tests: list[tuple[str, list[str]]] = []
        for name in schema.get("required") or ():
            reason = reasons.get(name)
            text = f"is required ({reason})" if reason else "is required"
            tests.append((f"{name!r} not in data", [f"return {_join(name)}, {text!r}"]))
        properties: Mapping[str, Any] = schema.get("properties") or {}
        for name, sub in properties.items():
            check = self.compile(sub)
            if check != _ALWAYS_VALID:
                call = f"{check}(data[{name!r}], {_join(name)})"
                tests.append((f"{name!r} in data and (problem := {call}) is not None", ["return problem"]))
        return _guarded("" if known == {"object"} else "isinstance(data, dict)", tests)

    def _one_of(self, schema: Mapping[str, Any]) -> str:
        selector = schema.get(extensions.SELECTOR) or (schema.get("discriminator") or {}).get("propertyName")
        branches = []
        for branch in schema["oneOf"]:
            pinned = "NOT_PINNED"
            if selector and isinstance(branch, Mapping):
                sub = (branch.get("properties") or {}).get(selector)
                if isinstance(sub, Mapping) and "const" in sub:
                    pinned = _literal(sub["const"])
            names = tuple(branch.get("required") or ()) if isinstance(branch, Mapping) else ()
            branches.append(f"Branch({pinned}, {self.compile(branch)}, {names!r})")
        default = _literal(schema.get(extensions.SELECTOR_DEFAULT))
        return self._constant("one_of", f"OneOf(({', '.join(branches)},), {selector or None!r}, {default})")


def check_module(operation_id: str, checks: Mapping[str, Any]) -> str:
    """Source of the module holding ``check_<part>`` functions for one operation's schemas."""
    compiler = _Compiler()
    entries = {part: compiler.compile(schema or {}) for part, schema in checks.items()}
    lines = [
        f'"""Pre-send checks of {operation_id}, compiled from its request schemas in the spec."""',
        "",
        "from __future__ import annotations",
        "",
        "from decimal import Decimal",
        "from typing import Any",
        "",
        "from .._validation import (",
        "    NOT_PINNED,",
        "    Branch,",
        "    OneOf,",
        "    Problem,",
        "    _owned_by_another_variant,",
        "    _valid,",
        "    first_item_problem,",
        "    has_duplicate_field,",
        *(["    is_full_date,"] if compiler.uses_dates else []),
        "    one_of,",
        ")",
        "",
        "__all__ = [" + ", ".join(repr(f"check_{part}") for part in entries) + "]",
        "",
    ]
    for function in compiler.functions:
        lines += ["", function]
    lines += compiler.constants
    lines.append("")
    for part, function in entries.items():
        lines.append(f"check_{part} = {function}")
    return "\n".join(lines) + "\n"
