"""How to call each operation: ``x-codeSamples`` (Python sync, Python async, curl), from the spec.

Redoc shows an operation's ``x-codeSamples`` beside it. Each sample makes the smallest call the
spec accepts: the required path, query and body fields, and for each rule group the client takes
as a required argument, the variant that asks for the fewest fields. The values come from the
schema (its ``const``, first ``enum`` value, ``default`` or example, then a value inside its
bounds), so a sample passes the client's checks and a mock validating with the spec.

The Python samples call the generated client (package ``threecommas``) by the names the spec
gives it (``x-sdk-resource``, ``x-sdk-method``); the curl sample signs
the request in the shell with ``openssl``, as the General Information describes: the hex
HMAC-SHA256, keyed with the secret, of the path as sent (with ``/public/api``), then ``?query``,
then the body. Pure: the spec in, the same spec with samples out.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from generator import extensions, spec_refs
from generator.naming import (
    HTTP_METHODS,
    RESERVED_ARGUMENTS,
    RESERVED_ATTRIBUTES,
    SCHEMA_REF,
    body_object_classes,
    class_name,
    operation_modules,
    python_identifier,
    schema_name,
    spec_class_components,
    spec_operation_id,
    spec_sdk_names,
)

SAMPLES_KEY = extensions.CODE_SAMPLES
_DEFAULT_BASE_URL = "https://api.3commas.io/public/api"
#: Names the generated client uses itself; an argument so named gets a trailing ``_``.
CLIENT_RESERVED_NAMES = RESERVED_ARGUMENTS | RESERVED_ATTRIBUTES
#: Strings a reader recognises, where the schema gives no example: a pair is written QUOTE_BASE.
_FRIENDLY_STRINGS = {"pair": "USDT_BTC"}
#: How deep a sample value is filled in: deeper objects and arrays are left empty.
_MAX_DEPTH = 8


def python_argument(name: str, reserved: frozenset[str] = CLIENT_RESERVED_NAMES) -> str:
    """The client's keyword for a spec name (``type`` → ``type_``, ``timeout`` → ``timeout_``);
    ``reserved``: the names taken, with the spec's operation modules (:func:`argument_names`)."""
    value = python_identifier(name)
    return f"{value}_" if value in reserved else value


def argument_names(spec: Mapping[str, Any]) -> frozenset[str]:
    """The names the client's keywords may not take in ``spec``'s client."""
    return CLIENT_RESERVED_NAMES | operation_modules(spec)


def client_calls(spec: Mapping[str, Any]) -> dict[str, str]:
    """``client.<this>(...)`` of every operation, by operationId: ``smart_trades.create``.

    The spec's ``x-sdk-resource`` / ``x-sdk-method`` (which the build writes); an operation
    without them gets them from the same rule, as the client does (generator/naming.py).
    """
    names = spec_sdk_names(spec)
    return {op_id: str(name) for op_id, name in names.items()}


@dataclass
class SampleCall:
    """The values of one call, in wire form and in the client's form."""

    path: str
    #: (name, text) of each query parameter, spelled as the wire has it (``wire_text``).
    query: list[tuple[str, str]] = field(default_factory=list)
    #: The JSON body sent (``None``: no body).
    body: dict[str, Any] | None = None
    #: (keyword, Python expression) for each argument of the client's method.
    arguments: list[tuple[str, str]] = field(default_factory=list)
    #: Variant classes the Python sample imports from ``threecommas.models``.
    models: list[str] = field(default_factory=list)


class SampleWriter:
    """Writes the samples of every operation of one spec."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.schemas: Mapping[str, Any] = spec.get("components", {}).get("schemas", {})
        servers = spec.get("servers") or [{"url": _DEFAULT_BASE_URL}]
        self.base_url = str(servers[0]["url"]).rstrip("/")
        self.calls = client_calls(spec)
        self.reserved = argument_names(spec)
        #: The client's class of each object written in place in a body, and of each variant.
        self.body_classes = body_object_classes(spec)
        self.class_components = spec_class_components(spec)

    def add_samples(self) -> dict[str, Any]:
        """A copy of the spec whose every operation has ``x-codeSamples``."""
        result = dict(self.spec)
        paths: dict[str, Any] = {}
        for template, item in self.spec.get("paths", {}).items():
            paths[template] = dict(item)
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    operation = dict(item[method])
                    operation[SAMPLES_KEY] = self.samples(template, method, operation)
                    paths[template][method] = operation
        result["paths"] = paths
        return result

    def samples(self, template: str, method: str, operation: Mapping[str, Any]) -> list[dict[str, str]]:
        operation_id = spec_operation_id(method, template, operation)
        call = self.call(template, operation, operation_id)
        target = self.calls[operation_id]
        return [
            {"lang": "Python", "label": "Python", "source": self.python_sync(target, call)},
            {"lang": "Python", "label": "Python (async)", "source": self.python_async(target, call)},
            {"lang": "Shell", "label": "curl", "source": self.curl(method, operation, call)},
        ]

    # -- the values ------------------------------------------------------------------------

    def call(self, template: str, operation: Mapping[str, Any], operation_id: str) -> SampleCall:
        path = template
        call = SampleCall(path)
        for parameter in operation.get("parameters", []):
            if not parameter.get("required"):
                continue
            value = self.value(parameter["name"], parameter.get("schema", {}))
            if parameter["in"] == "path":
                path = path.replace("{" + parameter["name"] + "}", quote(wire_text(value), safe=""))
            elif parameter["in"] == "query":
                call.query += _query_pairs(parameter, value)
            call.arguments.append((python_argument(parameter["name"], self.reserved), _python(value)))
        call.path = path
        body_schema = (
            operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        )
        if body_schema is not None:
            call.body = {}
            component = schema_name(str(body_schema.get("$ref", "")))
            self.fill_body(
                self.resolve(body_schema), call, class_name(component) if component else "", operation_id
            )
        return call

    def fill_body(
        self, schema: Mapping[str, Any], call: SampleCall, component: str = "", operation_id: str = ""
    ) -> None:
        """Required fields as arguments; each required rule group as its simplest variant."""
        assert call.body is not None
        owner = component.removesuffix("Request")
        members = schema.get("allOf", [])
        parts = [self.resolve(spec_refs.group_reference(part)) for part in members] or [schema]
        fields, groups = parts[0], [p for p in parts[1:] if extensions.SELECTOR in p]
        grouped = {name for group in groups for name in self.group_fields(group)}
        for name in fields.get("required", []):
            if name in grouped:
                continue
            field_schema = fields.get("properties", {}).get(name, {})
            value = self.value(name, field_schema)
            call.body[name] = value
            call.arguments.append(
                (
                    python_argument(name, self.reserved),
                    self.python_value(owner, (operation_id, name), field_schema, value, call),
                )
            )
        for group in groups:
            selector = group[extensions.SELECTOR]
            optional = extensions.SELECTOR_DEFAULT in group or selector not in fields.get("required", [])
            if optional:
                continue
            component, variant = min(
                self.leaf_variants(group), key=lambda item: len(self.own_required(item[1]))
            )
            name = class_name(self.class_components.get(component, component))
            arguments: list[tuple[str, str]] = []
            for key, property_schema in variant.get("properties", {}).items():
                if "const" in property_schema:
                    call.body[key] = property_schema["const"]
            for key in self.own_required(variant):
                value = self.value(key, fields.get("properties", {}).get(key, {}))
                call.body[key] = value
                arguments.append((python_argument(key, RESERVED_ATTRIBUTES), _python(value)))  # an attribute
            rendered = ", ".join(f"{k}={v}" for k, v in arguments)
            call.arguments.append(
                (python_argument(str(group[extensions.GROUP_NAME]), self.reserved), f"{name}({rendered})")
            )
            call.models.append(name)

    def python_value(
        self, owner: str, where: tuple[str, ...], schema: Mapping[str, Any], value: Any, call: SampleCall
    ) -> str:
        """The argument as the client takes it: an object written in place inside a body is the
        class the client has for it (``where``: the operation, then the path to it), named by
        ``naming.body_object_classes`` as the client generator names it (``Units``,
        ``CreateSmartTradePosition``)."""
        if "$ref" in schema or not isinstance(value, dict) or not schema.get("properties") or not owner:
            return _python(value)
        model = self.body_classes.get(where) or owner + class_name(where[-1])
        properties = schema.get("properties", {})
        # A rule group inside the object (``stop_loss[enabled]``) is one keyword holding the
        # variant its selector's value picks, which takes the fields it owns (as at the top).
        groups: dict[str, tuple[str, str, list[str]]] = {}
        for member in schema.get("allOf", []):
            group = self.resolve(spec_refs.group_reference(member))
            selector = str(group.get(extensions.SELECTOR, ""))
            picked = next(
                (
                    (component, variant)
                    for component, variant in self.leaf_variants(group)
                    if selector in value
                    and variant["properties"].get(selector, {}).get("const") == value[selector]
                ),
                None,
            )
            if picked is not None:
                component, variant = picked
                owned = [k for k in variant.get(extensions.GROUP_FIELDS, []) if k != selector and k in value]
                name = class_name(self.class_components.get(component, component))
                groups[selector] = (str(group[extensions.GROUP_NAME]), name, owned)
        taken = {k for _, _, owned in groups.values() for k in owned}
        arguments = []
        for key, item in value.items():
            if key in groups:
                keyword, name, owned = groups[key]
                inner = ", ".join(
                    f"{python_argument(k, RESERVED_ATTRIBUTES)}="
                    f"{self.python_value(model, (*where, k), properties.get(k, {}), value[k], call)}"
                    for k in owned
                )
                call.models.append(name)
                arguments.append(f"{python_argument(keyword, RESERVED_ATTRIBUTES)}={name}({inner})")
            elif key not in taken:
                rendered = self.python_value(model, (*where, key), properties.get(key, {}), item, call)
                arguments.append(f"{python_argument(key, RESERVED_ATTRIBUTES)}={rendered}")
        call.models.append(model)
        return f"{model}({', '.join(arguments)})"

    def group_fields(self, group: Mapping[str, Any]) -> Iterator[str]:
        yield group[extensions.SELECTOR]
        for _, variant in self.leaf_variants(group):
            yield from variant.get(extensions.GROUP_FIELDS, [])

    def leaf_variants(self, schema: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
        """(component name, schema) of each variant without variants of its own."""
        for option in schema.get("oneOf", []):
            name = schema_name(str(option.get("$ref", "")))
            variant = self.resolve(option)
            if "oneOf" in variant:
                yield from self.leaf_variants(variant)
            elif name and any(
                prop is not False and "const" in prop for prop in variant.get("properties", {}).values()
            ):
                yield name, variant

    @staticmethod
    def own_required(variant: Mapping[str, Any]) -> list[str]:
        """The fields a variant's class takes: what it requires beyond its selector values."""
        properties = variant.get("properties", {})
        constants = {k for k, v in properties.items() if isinstance(v, dict) and "const" in v}
        return [name for name in variant.get("required", []) if name not in constants]

    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        reference = schema.get("$ref")
        if isinstance(reference, str) and reference.startswith(SCHEMA_REF):
            return self.resolve(self.schemas.get(schema_name(reference), {}))
        return schema

    def value(self, name: str, schema: Mapping[str, Any], depth: int = 0) -> Any:
        """A value ``schema`` accepts, as close to a real one as the spec says.

        An object gets its required properties, an array as many items as it must have; past
        ``_MAX_DEPTH`` levels (a schema nested that deep, or one that refers to itself) they
        are left empty.
        """
        schema = self.resolve(schema)
        for key in ("oneOf", "anyOf"):
            if schema.get(key) and "type" not in schema:
                schema = self.resolve(schema[key][0])
        if "const" in schema:
            return schema["const"]
        # A null default says "may be left out"; a sample that sends the field sends a value.
        if schema.get("default") is not None:
            return schema["default"]
        if schema.get("enum"):
            return next(v for v in schema["enum"] if v is not None)
        if schema.get("examples"):
            return schema["examples"][0]
        types = schema.get("type", "string")
        kinds = [types] if isinstance(types, str) else list(types)
        if kinds == ["null"]:
            return None
        kind = next((t for t in kinds if t != "null"), "string")
        if kind in {"integer", "number"}:
            return _number_within(schema, integer=kind == "integer")
        if kind == "boolean":
            return False
        if kind == "array":
            count = int(schema.get("minItems", 0)) if depth < _MAX_DEPTH else 0
            return [self.value(name, schema.get("items", {}), depth + 1) for _ in range(count)]
        if kind == "object":
            if depth >= _MAX_DEPTH:
                return {}
            properties = schema.get("properties", {})
            return {
                key: self.value(key, properties.get(key, {}), depth + 1) for key in schema.get("required", [])
            }
        return _FRIENDLY_STRINGS.get(name, name)

    # -- the samples -------------------------------------------------------------------------

    @staticmethod
    def python_sync(target: str, call: SampleCall) -> str:
        client = "with Client() as client:  # THREECOMMAS_API_KEY, THREECOMMAS_API_SECRET"
        lines = [*_imports("Client", call), "", client]
        lines += _call_lines(f"result = client.{target}", call.arguments, indent="    ")
        lines.append("    print(result)")
        return "\n".join(lines) + "\n"

    @staticmethod
    def python_async(target: str, call: SampleCall) -> str:
        lines = ["import asyncio", "", *_imports("AsyncClient", call), "", "", "async def main() -> None:"]
        lines.append("    async with AsyncClient() as client:  # THREECOMMAS_API_KEY, THREECOMMAS_API_SECRET")
        lines += _call_lines(f"result = await client.{target}", call.arguments, indent="        ")
        lines += ["        print(result)", "", "", "asyncio.run(main())"]
        return "\n".join(lines) + "\n"

    def curl(self, method: str, operation: Mapping[str, Any], call: SampleCall) -> str:
        schemes = {name for requirement in operation.get("security", []) for name in requirement}
        signed, keyed = "Signature" in schemes, "APIKEY" in schemes
        url = call.path + (f"?{urlencode(call.query)}" if call.query else "")
        quoted = shlex.quote(url)
        lines = [
            f'BASE_URL="${{THREECOMMAS_BASE_URL:-{self.base_url}}}"',
            f'URL="$BASE_URL{url}"' if quoted == url else f'URL="$BASE_URL"{quoted}',
        ]
        body = wire_json(call.body) if call.body is not None else None
        if body is not None:
            lines.append(f"BODY={shlex.quote(body)}")
        if signed:
            lines += [
                "# Signature: hex HMAC-SHA256, keyed with your secret, of the path as sent (with",
                f"# {urlsplit(self.base_url).path or '/'}), then ?query, then the body.",
                'SIGNED_PATH="/${URL#*://*/}"',
                "SIGNATURE=$(printf '%s' \"$SIGNED_PATH" + ("$BODY" if body is not None else "") + '" \\',
                '  | openssl dgst -sha256 -hmac "$THREECOMMAS_API_SECRET" -r | cut -d" " -f1)',
            ]
        command = [f'curl -sS -X {method.upper()} "$URL"']
        if keyed or signed:
            command.append('-H "APIKEY: $THREECOMMAS_API_KEY"')
        if signed:
            command.append('-H "Signature: $SIGNATURE"')
        if body is not None:
            command += ["-H 'Content-Type: application/json'", '--data-raw "$BODY"']
        lines.append(" \\\n  ".join(command))
        return "\n".join(lines) + "\n"


def _number_within(schema: Mapping[str, Any], *, integer: bool) -> int | Decimal:
    """1, or the nearest value the bounds allow (``exclusiveMaximum: 0`` gives -1)."""
    value = Decimal(1)
    if "minimum" in schema:
        value = max(value, Decimal(str(schema["minimum"])))
    if "exclusiveMinimum" in schema:
        value = max(value, Decimal(str(schema["exclusiveMinimum"])) + 1)
    if "maximum" in schema:
        value = min(value, Decimal(str(schema["maximum"])))
    if "exclusiveMaximum" in schema:
        value = min(value, Decimal(str(schema["exclusiveMaximum"])) - 1)
    return int(value) if integer or value == value.to_integral_value() else value


def wire_text(value: Any) -> str:
    """A value as a path or query string spells it: JSON's words (``true``, ``false``,
    ``null``), decimals exactly as written (``0.00000001``, never ``1E-8``), the rest as text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return wire_json(value)
    return str(value)


def _query_pairs(parameter: Mapping[str, Any], value: Any) -> list[tuple[str, str]]:
    """A query parameter as the spec serialises it: a list is comma-joined under ``explode:
    false`` (what the client sends), else one pair per item (OpenAPI's default, ``form``)."""
    name = str(parameter["name"])
    if not isinstance(value, list):
        return [(name, wire_text(value))]
    if parameter.get("explode", True):
        return [(name, wire_text(item)) for item in value]
    return [(name, ",".join(wire_text(item) for item in value))]


def wire_json(value: Any) -> str:
    """Compact JSON of a sample value, a Decimal written as the exact number it is (the
    standard encoder knows no Decimal, and a float would round one)."""
    if isinstance(value, Decimal):
        return format(value, "f") if value.is_finite() else json.dumps(str(value))
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(str(k))}:{wire_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(wire_json(item) for item in value) + "]"
    return json.dumps(value, allow_nan=False)


def _python(value: Any) -> str:
    """A Python expression for a wire value (a decimal number as a string: exact, never a float)."""
    if isinstance(value, Decimal):
        value = str(value)
    if isinstance(value, str):
        return json.dumps(value)  # double quotes, as the formatter writes them
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_python(k)}: {_python(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_python(item) for item in value) + "]"
    return repr(value)


def _imports(client: str, call: SampleCall) -> list[str]:
    lines = [f"from threecommas import {client}"]
    if call.models:
        lines.append(f"from threecommas.models import {', '.join(sorted(set(call.models)))}")
    return lines


def _call_lines(head: str, arguments: list[tuple[str, str]], indent: str) -> list[str]:
    if not arguments:
        return [f"{indent}{head}()"]
    one_line = f"{indent}{head}({', '.join(f'{k}={v}' for k, v in arguments)})"
    if len(one_line) <= 88:
        return [one_line]
    return [f"{indent}{head}(", *(f"{indent}    {k}={v}," for k, v in arguments), f"{indent})"]


def add_code_samples(spec: Mapping[str, Any]) -> dict[str, Any]:
    """``spec`` with ``x-codeSamples`` on every operation (see the module's docstring)."""
    return SampleWriter(spec).add_samples()


__all__ = ["SAMPLES_KEY", "add_code_samples", "client_calls", "python_argument"]
