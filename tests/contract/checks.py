"""Does the client's surface match the spec? Every mismatch as a sentence.

For every operation the client must have a method whose parameters match the spec's (names,
required-ness, types, enums, defaults), and it must have no method the spec lacks. Body fields
that belong to a rule group are checked on the group's variant classes. Kept as a function
returning problems so that the mutation test can show it finds them.
"""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal

import attrs
from openapi_python_client.strings import PythonIdentifier
from threecommas import Client
from threecommas.types import Unset

from generator import extensions
from generator.naming import SdkName, spec_class_components, spec_sdk_names
from generator.spec_refs import group_reference
from tests.contract.spec_tools import REF, inline, operations, resolve
from tests.support.surface import resource_of

#: The per-call options every method takes besides the operation's parameters.
CALL_OPTIONS = {"timeout", "extra_headers", "extra_query", "extra_body"}
#: docs/client-surface.md: a keyword keeps its wire name unless the method needs the name.
RESERVED = {"self", "cls", "warnings", "partial", "read_json"} | CALL_OPTIONS
#: ... and a model's attribute unless its class uses the name (the documented ones).
RESERVED_ATTRIBUTES = {"self", "cls", "raw", "to_dict", "from_dict", "matches", "data", "field", "define"}


def python_name(name: str, reserved: set[str] = RESERVED) -> str:
    """The spec name as the documented sanitiser turns it into a method's keyword."""
    value = str(PythonIdentifier(name, "field_"))
    return f"{value}_" if value in reserved else value


def attribute_name(name: str) -> str:
    """The spec name as the documented sanitiser turns it into a model's attribute."""
    return python_name(name, RESERVED_ATTRIBUTES)


def _strip(annotation: Any) -> tuple[Any, bool]:
    """The annotation without ``Unset`` / ``None``, and whether ``None`` was in it."""
    if typing.get_origin(annotation) in (types.UnionType, typing.Union):
        members = [a for a in typing.get_args(annotation) if a is not Unset and a is not type(None)]
        nullable = type(None) in typing.get_args(annotation)
        if len(members) == 1:
            return members[0], nullable
        return typing.Union[tuple(members)], nullable  # noqa: UP007 - rebuilding a union at run time
    return annotation, False


def _type_problem(where: str, annotation: Any, schema: Mapping[str, Any]) -> str | None:
    expected_type = schema.get("type")
    if isinstance(expected_type, list):
        expected_type = next(t for t in expected_type if t != "null")
    actual, _ = _strip(annotation)
    if "enum" in schema:
        if typing.get_origin(actual) is not Literal:
            return f"{where}: spec has enum {schema['enum']}, client takes {actual}"
        if set(typing.get_args(actual)) != set(schema["enum"]):
            return f"{where}: enum {sorted(schema['enum'])} != client {sorted(typing.get_args(actual))}"
        return None
    wanted = {
        "integer": {int},
        "number": {Decimal, int, str},
        "string": {str},
        "boolean": {bool},
    }.get(str(expected_type))
    if wanted is not None:
        got = (
            set(typing.get_args(actual))
            if typing.get_origin(actual) in (types.UnionType, typing.Union)
            else {actual}
        )
        if got != wanted and not (expected_type == "number" and got == {Decimal}):
            return f"{where}: spec type {expected_type}, client takes {actual}"
    if expected_type == "array" and typing.get_origin(actual) is not list:
        return f"{where}: spec type array, client takes {actual}"
    return None


def signature_problems(spec: Mapping[str, Any]) -> list[str]:
    problems: list[str] = []
    client = Client(api_key="contract", api_secret="contract")
    found = operations(spec)
    names = spec_sdk_names(spec)
    seen_methods: set[tuple[tuple[str, ...], str]] = set()
    for operation_id, (_, _, operation) in sorted(found.items()):
        name = names[operation_id]
        try:
            method = getattr(resource_of(client, name), name.method, None)
        except AttributeError:
            method = None
        if method is None:
            problems.append(f"{operation_id}: no client method {name}")
            continue
        seen_methods.add((name.resource, name.method))
        problems += _method_problems(spec, operation_id, operation, method)
        for alias in name.aliases:  # x-sdk-aliases: the method's former names, deprecated
            former = getattr(resource_of(client, name), alias, None)
            if former is None or inspect.signature(former) != inspect.signature(method):
                problems.append(f"{operation_id}: {name.dotted_resource}.{alias} is not an alias of {name}")
            seen_methods.add((name.resource, alias))
    for resource_path in {n.resource for n in names.values()}:
        resource = resource_of(client, SdkName(resource_path, ""))
        for method_name, _ in inspect.getmembers(resource, inspect.ismethod):
            if not method_name.startswith("_") and (resource_path, method_name) not in seen_methods:
                problems.append(
                    f"client method {'.'.join(resource_path)}.{method_name} has no operation in the spec"
                )
    return problems


def _method_problems(
    spec: Mapping[str, Any], operation_id: str, operation: Mapping[str, Any], method: Any
) -> list[str]:
    problems: list[str] = []
    signature = inspect.signature(method)
    hints = typing.get_type_hints(method)
    expected: set[str] = set(CALL_OPTIONS)

    def check(wire: str, schema: Mapping[str, Any], required: bool, where: str) -> None:
        name = python_name(wire)
        expected.add(name)
        parameter = signature.parameters.get(name)
        if parameter is None:
            problems.append(f"{where}: parameter {name} ({wire}) missing")
            return
        has_default = parameter.default is not inspect.Parameter.empty
        # A required parameter may take the spec's own default in the signature (the paging
        # position, ``page: int = 1``): it is still sent on every call, as the spec requires.
        sent_anyway = required and "default" in schema and parameter.default == schema["default"]
        if required == has_default and not sent_anyway:
            problems.append(f"{where}: {name} should be {'required' if required else 'optional'}")
        # A required field may document a default (issue 19 item 9: YES wins); only an optional one
        # must carry it into the signature.
        if "default" in schema and not required and not has_default:
            problems.append(f"{where}: {name} has a spec default but the client requires it")
        problem = _type_problem(f"{where}.{name}", hints.get(name), schema)
        if problem:
            problems.append(problem)

    for parameter in operation.get("parameters") or []:
        check(
            parameter["name"],
            inline(spec, parameter["schema"]),
            bool(parameter.get("required")),
            operation_id,
        )
    content = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json")
    if content:
        problems += _body_problems(spec, operation_id, content["schema"], check, signature, hints, expected)
    for name in signature.parameters:
        if name not in expected:
            problems.append(f"{operation_id}: client parameter {name} is not in the spec")
    return problems


def _body_problems(
    spec: Mapping[str, Any],
    operation_id: str,
    reference: Mapping[str, Any],
    check: Any,
    signature: inspect.Signature,
    hints: dict[str, Any],
    expected: set[str],
) -> list[str]:
    problems: list[str] = []
    body = resolve(spec, reference)
    parts = [resolve(spec, p) for p in body.get("allOf") or [body]]
    fields = next((p for p in parts if "properties" in p and "oneOf" not in p), {})
    properties = fields.get("properties") or {}
    required = set(fields.get("required") or [])
    owned: set[str] = set()
    for member in body.get("allOf") or []:
        group = resolve(spec, group_reference(member))
        if "oneOf" not in group:
            continue
        name = python_name(group[extensions.GROUP_NAME])
        expected.add(name)
        parameter = signature.parameters.get(name)
        if parameter is None:
            problems.append(f"{operation_id}: rule group parameter {name} missing")
            continue
        optional = extensions.SELECTOR_DEFAULT in group or any(
            "not" in leaf
            or (
                "not" in leaf.get("properties", {}).get(group[extensions.SELECTOR], {})
                and group[extensions.SELECTOR] not in leaf.get("required", [])
            )
            for leaf in (resolve(spec, b) for b in group["oneOf"])
        )
        if optional != (parameter.default is not inspect.Parameter.empty):
            problems.append(
                f"{operation_id}: group {name} should be {'optional' if optional else 'required'}"
            )
        annotation, _ = _strip(hints.get(name))
        classes = set(typing.get_args(annotation)) or {annotation}
        leaves = dict(_leaf_components(spec, group))
        if {c.__name__ for c in classes} != set(leaves):
            client_variants = sorted(c.__name__ for c in classes)
            problems.append(f"{operation_id}.{name}: variants {sorted(leaves)} != client {client_variants}")
            continue
        for cls in classes:
            leaf = leaves[cls.__name__]
            owned.update(leaf.get(extensions.GROUP_FIELDS) or [])
            problems += _variant_problems(operation_id, cls, leaf, properties)
    for wire, schema in properties.items():
        if wire not in owned:
            check(wire, inline(spec, schema), wire in required, operation_id)
    return problems


def _leaf_components(
    spec: Mapping[str, Any], group: Mapping[str, Any]
) -> list[tuple[str, Mapping[str, Any]]]:
    found = []
    for branch in group["oneOf"]:
        target = resolve(spec, branch)
        if "oneOf" in target:
            for name, leaf in _leaf_components(spec, target):
                merged_required = sorted({*target.get("required", []), *leaf.get("required", [])})
                found.append((name, {**leaf, "required": merged_required}))
        elif "not" not in target:
            # By the client's class: a variant of a group written twice is its twin's (x-sdk-class).
            component = str(branch["$ref"]).removeprefix(REF)
            found.append((spec_class_components(spec).get(component, component), target))
    return found


def _variant_problems(
    operation_id: str, cls: type, leaf: Mapping[str, Any], properties: Mapping[str, Any]
) -> list[str]:
    problems = []
    pinned = {
        k: v["const"]
        for k, v in (leaf.get("properties") or {}).items()
        if isinstance(v, dict) and "const" in v
    }
    consts = set(pinned)
    if dict(cls.SELECTORS) != pinned:  # type: ignore[attr-defined]
        problems.append(f"{operation_id}: {cls.__name__} sends {dict(cls.SELECTORS)}, spec pins {consts}")  # type: ignore[attr-defined]
    fields = {f.name: f for f in attrs.fields(cls)}
    hints = typing.get_type_hints(cls)
    for wire in leaf.get(extensions.GROUP_FIELDS) or []:
        if wire in consts:
            continue
        name = attribute_name(wire)
        attribute = fields.get(name)
        where = f"{operation_id}.{cls.__name__}"
        if attribute is None:
            problems.append(f"{where}: field {name} missing")
            continue
        required = wire in set(leaf.get("required") or [])
        if required != (attribute.default is attrs.NOTHING):
            problems.append(f"{where}: {name} should be {'required' if required else 'optional'}")
        problem = _type_problem(f"{where}.{name}", hints.get(name), properties.get(wire, {}))
        if problem and not (
            properties.get(wire, {}).get("type") == "number" and _strip(hints.get(name))[0] is Decimal
        ):
            problems.append(problem)
    return problems
