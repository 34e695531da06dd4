"""Compiles the operations' request schemas into straight-line Python check functions.

The client checks every request against the spec before sending it. Walking the schema at run
time costs a dictionary lookup per keyword per value; here each schema node becomes one
function that tests exactly the keywords the node has, in a fixed order, with its messages
already written. All of them go to one module, ``threecommas/_checks.py``, named after the
schema part they check: a component after its name (``check_take_profit_classic``, shared by
every operation that refers to it), an operation's query after the operation, an inline part
after where it sits (``check_create_smart_trade_fields_units_to_buy``), and a part that only
types a value after its type (``check_is_integer``). A part that compiles to the code of one
already written reuses it. The module needs only the small helpers of the runtime's
``_validation.py`` for the combinators (``oneOf`` with its selector fast path, unique items).

Generic over the spec: any schema built from the keywords in :data:`ASSERTIONS` compiles, and a
keyword that would assert something the compiler does not implement fails generation instead
of being skipped in silence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import extensions, spec_refs
from generator.client.view import ClientPlan, check_name
from generator.naming import python_identifier

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
_ALWAYS_VALID = "always_valid"
_NEVER_VALID = "owned_by_another_variant"


class UnsupportedSchema(ValueError):
    """A schema uses a keyword the compiler does not implement.

    ``check`` is the name of the operation's check (``EndpointPlan.body_check`` or
    ``query_check``) whose schema holds it, set by :func:`checks_module`.
    """

    check = ""


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


class _Compiler:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.functions: list[str] = []
        self.constants: list[str] = []
        self._names: dict[str, str] = {}  # function body -> name
        self._taken: set[str] = set()
        self._components: dict[str, str] = {}  # reference -> name
        #: Whether a check uses ``is_full_date`` (imported only then).
        self.uses_dates = False

    def compile(self, schema: Any, name: str) -> str:
        """The name of the function checking ``schema``; ``name`` says where the part sits."""
        if schema is True:
            return _ALWAYS_VALID
        if schema is False:
            return _NEVER_VALID
        if not isinstance(schema, Mapping):
            raise UnsupportedSchema(f"not a schema: {schema!r}")
        if schema.get("additionalProperties") is True:
            # The default, said (a rule group's holder, for openapi-generator): asserts nothing.
            schema = {k: v for k, v in schema.items() if k != "additionalProperties"}
        unknown = sorted(
            k for k in schema if k not in ASSERTIONS | ANNOTATIONS | {"$ref"} and not k.startswith("x-")
        )
        if unknown:
            raise UnsupportedSchema(f"keywords the client's checks do not implement: {', '.join(unknown)}")
        if "$ref" in schema and not _asserted(schema):
            return self.component(str(schema["$ref"]))
        if not _asserted(schema) and "$ref" not in schema:
            return _ALWAYS_VALID  # annotations only
        # Parts that compile to the same code (they differ in descriptions only) share it.
        body = "".join(f"    {line}\n" for line in self._body(schema, name))
        if body not in self._names:
            self._names[body] = self._define(_typing_name(schema) or name, body)
        return self._names[body]

    def named(self, schema: Any, name: str) -> str:
        """Compile ``schema`` under exactly ``name`` (an operation's entry point)."""
        check = self.compile(schema, name)
        if check != name:
            self.functions.append(f"{name} = {check}")
            self._taken.add(name)
        return name

    def component(self, reference: str) -> str:
        if reference not in self._components:
            name = check_name(reference)
            self._components[reference] = name  # first: a component may refer to itself
            self._taken.add(name)
            try:
                target = spec_refs.resolve(self.spec, {"$ref": reference})
            except spec_refs.UnresolvedReference as error:
                raise UnsupportedSchema(str(error)) from None
            body = "".join(f"    {line}\n" for line in self._body(target, name))
            self.functions.append(f"def {name}(data: Any, path: str) -> Problem | None:\n{body}")
        return self._components[reference]

    def _define(self, name: str, body: str) -> str:
        candidate, counter = name, 2
        while candidate in self._taken:
            candidate, counter = f"{name}_{counter}", counter + 1
        self._taken.add(candidate)
        self.functions.append(f"def {candidate}(data: Any, path: str) -> Problem | None:\n{body}")
        return candidate

    def _constant(self, name: str, text: str) -> str:
        candidate, counter = name.upper(), 2
        while candidate in self._taken:
            candidate, counter = f"{name.upper()}_{counter}", counter + 1
        self._taken.add(candidate)
        self.constants.append(f"{candidate} = {text}")
        return candidate

    def _resolved(self, schema: Any) -> Any:
        if isinstance(schema, Mapping) and "$ref" in schema:
            try:
                return spec_refs.resolve(self.spec, schema)
            except spec_refs.UnresolvedReference as error:
                raise UnsupportedSchema(str(error)) from None
        return schema

    def _body(self, schema: Mapping[str, Any], name: str) -> list[str]:
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
        lines += self._array(schema, name, fail, because, known)
        lines += self._object(schema, name, known)
        if "$ref" in schema:
            check = self.component(str(schema["$ref"]))
            lines += [f"if (problem := {check}(data, path)) is not None:", "    return problem"]
        for index, part in enumerate(schema.get("allOf") or ()):
            group = spec_refs.group_reference(part)
            if group is not part:
                # A rule group's holder (docs/interop.md) is checked as an object holding the
                # group: the selector's type it states is the fields' own, checked there.
                part = {"type": "object", "additionalProperties": True, "allOf": [group]}
            check = self.compile(part, f"{name}_part_{index + 1}")
            lines += [f"if (problem := {check}(data, path)) is not None:", "    return problem"]
        if "oneOf" in schema:
            lines += [
                f"if (problem := one_of(data, path, {self._one_of(schema, name)})) is not None:",
                "    return problem",
            ]
        if "anyOf" in schema:
            checks = [self.compile(b, f"{name}_option_{i + 1}") for i, b in enumerate(schema["anyOf"])]
            lines += [
                f"if all(check(data, path) is not None for check in ({', '.join(checks)},)):",
                f"    return {checks[0]}(data, path)",
            ]
        if "if" in schema:
            condition = self.compile(schema["if"], f"{name}_if")
            then = self.compile(schema.get("then") or {}, f"{name}_then")
            note = f" ({schema.get('description', 'conditional rule')})"
            lines += [
                f"if {condition}(data, path) is None and (problem := {then}(data, path)) is not None:",
                f"    return problem[0], problem[1] + {note!r}",
            ]
        if "not" in schema:
            text = schema.get("description") or "is not allowed here"
            lines += [
                f"if {self.compile(schema['not'], name + '_not')}(data, path) is None:",
                f"    {fail}{text!r}",
            ]
        lines.append("return None")
        return lines

    def _array(
        self, schema: Mapping[str, Any], name: str, fail: str, because: str, known: frozenset[str]
    ) -> list[str]:
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
        check = (
            self.compile(items, f"{name}_item")
            if isinstance(items, Mapping) or items is False
            else _ALWAYS_VALID
        )
        if check != _ALWAYS_VALID:
            call = f"first_item_problem(data, path, {check})"
            tests.append((f"(problem := {call}) is not None", ["return problem"]))
        return _guarded("" if known == {"array"} else "isinstance(data, list | tuple)", tests)

    def _object(self, schema: Mapping[str, Any], name: str, known: frozenset[str]) -> list[str]:
        reasons: Mapping[str, str] = schema.get(extensions.REQUIRED_BECAUSE) or {}
        tests: list[tuple[str, list[str]]] = []
        required = tuple(schema.get("required") or ())
        if required:
            # A Problem is a non-empty tuple: true when there is one.
            because = {field: reasons[field] for field in required if field in reasons}
            call = f"first_missing(data, path, {required!r}{f', {because!r}' if because else ''})"
            tests.append((f"problem := {call}", ["return problem"]))
        properties: Mapping[str, Any] = schema.get("properties") or {}
        for field, sub in properties.items():
            check = self.compile(sub, f"{name}_{python_identifier(field)}")
            if check != _ALWAYS_VALID:
                tests.append(
                    (f"problem := property_problem(data, path, {field!r}, {check})", ["return problem"])
                )
        return _guarded("" if known == {"object"} else "isinstance(data, dict)", tests)

    def _one_of(self, schema: Mapping[str, Any], name: str) -> str:
        selector = schema.get(extensions.SELECTOR) or (schema.get("discriminator") or {}).get("propertyName")
        branches = []
        for index, branch in enumerate(schema["oneOf"]):
            check = self.compile(branch, f"{name}_variant_{index + 1}")
            branch = self._resolved(branch)
            arguments = [f"check={check}"]
            if selector and isinstance(branch, Mapping):
                sub = (branch.get("properties") or {}).get(selector)
                if isinstance(sub, Mapping) and "const" in sub:
                    arguments.append(f"pinned={_literal(sub['const'])}")
            names = tuple(branch.get("required") or ()) if isinstance(branch, Mapping) else ()
            if names:
                arguments.append(f"required={names!r}")
            branches.append(f"Branch({', '.join(arguments)})")
        table = f"OneOf(branches=({', '.join(branches)},)"
        if selector:
            table += f", selector={selector!r}"
        if schema.get(extensions.SELECTOR_DEFAULT) is not None:
            table += f", default={_literal(schema[extensions.SELECTOR_DEFAULT])}"
        table += ")"
        return self._constant(f"{name.removeprefix('check_')}_variants", table)


def _asserted(schema: Mapping[str, Any]) -> set[str]:
    """The keywords of ``schema`` that assert something (``format`` only for ``date``)."""
    keys = set(schema) & ASSERTIONS
    return keys | {"format"} if schema.get("format") == "date" else keys


def _typing_name(schema: Mapping[str, Any]) -> str | None:
    """``check_is_integer`` for a part that only types its value (shared by many fields)."""
    types = schema.get("type")
    if _asserted(schema) != {"type"}:
        return None
    kinds = [types] if isinstance(types, str) else list(types or ())
    return "check_is_" + "_or_".join(str(k) for k in kinds) if kinds else None


def plan_checks(plan: ClientPlan) -> dict[str, Any]:
    """Each operation's entry points (``EndpointPlan.body_check``, ``query_check``) and schemas."""
    entries: dict[str, Any] = {}
    for operation in plan.operations.values():
        if operation.body_check:
            reference = operation.body_reference
            entries[operation.body_check] = {"$ref": reference} if reference else operation.body_schema
        if operation.query_check:
            entries[operation.query_check] = operation.query_schema
    return entries


def checks_module(spec: Mapping[str, Any], entries: Mapping[str, Any]) -> str:
    """Source of ``_checks.py``: a check under each name of ``entries`` for its schema, and
    the checks of their parts (``$ref`` resolved in ``spec``)."""
    compiler = _Compiler(spec)
    for name, schema in entries.items():
        try:
            compiler.named(schema, name)
        except UnsupportedSchema as error:
            error.check = error.check or name
            raise
    lines = [
        '"""Pre-send checks of every operation, compiled from the request schemas of the spec."""',
        "",
        "from __future__ import annotations",
        "",
        "from decimal import Decimal",
        "from typing import Any",
        "",
        "from ._validation import (",
        "    NOT_PINNED,",
        "    Branch,",
        "    OneOf,",
        "    Problem,",
        "    always_valid,",
        "    first_missing,",
        "    first_item_problem,",
        "    has_duplicate_field,",
        *(["    is_full_date,"] if compiler.uses_dates else []),
        "    one_of,",
        "    property_problem,",
        "    owned_by_another_variant,",
        ")",
        "",
    ]
    for function in compiler.functions:
        lines += ["", function]
    lines.append("")
    lines += compiler.constants
    return "\n".join(lines) + "\n"
