"""The MCP server's tools: one per operation of the client plan (issue 31).

The package's MCP server (``threecommas/mcp/``, copied from ``runtime/mcp/``) reads its tools from
``threecommas/mcp/tools.json``, which this module writes from the same plan and names as the
client: a tool is named after the method it calls (``client.smart_trades.create`` is
``smart_trades_create``), so a renamed method renames its tool and nothing here spells a method.
The table is data, not code: no text of the reference becomes Python, and the server reads it
with ``json`` when it starts.

Each tool's input schema is the operation's request as the spec states it: its path and query
parameters as properties, the body's schema (with its rule groups, ``oneOf`` and all) under
``allOf``, every ``$ref`` inlined so that an assistant needs nothing else to read it.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from generator import extensions, spec_refs
from generator.client.surface import ClientSurface
from generator.client.view import ClientPlan, EndpointPlan
from generator.naming import spec_operation_id, spec_operations

#: What MCP allows in a tool name (letters, digits, ``_``, ``-``) and its length.
_NOT_IN_NAMES = re.compile(r"[^A-Za-z0-9_-]")
_MAX_NAME = 64
#: The argument holding the body when a body field has a parameter's name (no operation of
#: either reference has one): the flat input could not hold both.
BODY_ARGUMENTS = ("body", "request_body")


def tool_names(surface: ClientSurface) -> dict[str, str]:
    """Each operation's tool name, by operation id: the client's resource path and method joined
    by ``_`` (``client.smart_trades.create`` → ``smart_trades_create``).

    Made valid for MCP however the client's names came out (they may hold any letter Python
    allows, and be long): another character becomes ``_``, a long name is cut with a digest of
    the whole; two operations that would share a name get ``_2``, ``_3``... in the spec's order.
    """
    names: dict[str, str] = {}
    taken: set[str] = set()
    for _, operation in surface.operations():
        name = _NOT_IN_NAMES.sub("_", surface.call(operation).replace(".", "_"))
        if len(name) > _MAX_NAME:
            name = f"{name[: _MAX_NAME - 9]}_{hashlib.sha256(name.encode()).hexdigest()[:8]}"
        unique, counter = name, 1
        while unique in taken:
            counter += 1
            unique = f"{name[: _MAX_NAME - len(str(counter)) - 1]}_{counter}"
        taken.add(unique)
        names[operation.operation_id] = unique
    return names


def writes(operation: Mapping[str, Any], method: str) -> bool:
    """Whether calling the operation may change state: any method but GET, or a write permission."""
    permission = str(operation.get(extensions.PERMISSION) or "")
    return method.lower() != "get" or "WRITE" in re.split(r"[^A-Za-z]+", permission.upper())


def _operations(spec: Mapping[str, Any]) -> dict[str, tuple[str, Mapping[str, Any]]]:
    """The spec's operations by the id the plan keys them with: (HTTP method, operation)."""
    return {
        spec_operation_id(method, path, operation): (method, operation)
        for path, method, operation in spec_operations(spec)
    }


def description(operation: Mapping[str, Any], plan: EndpointPlan, changes_state: bool) -> str:
    """The reference's words for the operation, then what the spec says of its cost and rights."""
    summary = str(operation.get("summary") or "").strip()
    details = str(operation.get("description") or "").strip()
    parts = [summary or f"{plan.method.upper()} {plan.path}"]
    if details and details != summary:
        parts.append(details)
    facts = [f"{plan.method.upper()} {plan.path}."]
    permission = operation.get(extensions.PERMISSION)
    if permission:
        facts.append(f"Permission: {permission}.")
    if operation.get(extensions.WEIGHT) is not None:
        facts.append(f"Weight: {operation[extensions.WEIGHT]}.")
    if plan.deprecated:
        facts.append("Deprecated by the reference.")
    if changes_state:
        facts.append("Changes state (offered only when the server allows writes).")
    parts.append(" ".join(facts))
    return "\n\n".join(parts)


def input_schema(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> tuple[dict[str, Any], str | None]:
    """The operation's parameters and body as one JSON Schema object, ``$ref``s inlined, and the
    argument holding the body when it cannot be flat (None: its fields are the tool's arguments)."""
    properties: dict[str, Any] = {}
    required: list[str] = []
    for reference in operation.get("parameters", []):
        parameter = spec_refs.resolve(spec, reference)
        if parameter.get("in") not in ("path", "query"):
            continue
        schema = dict(spec_refs.inline(spec, parameter.get("schema", {})))
        if parameter.get("description") and "description" not in schema:
            schema["description"] = parameter["description"]
        properties[str(parameter["name"])] = schema
        if parameter.get("required") or parameter.get("in") == "path":
            required.append(str(parameter["name"]))
    result: dict[str, Any] = {"type": "object", "properties": properties}
    if required:
        result["required"] = required
    body = _body_schema(spec, operation)
    if body is None:
        return result, None
    if not set(properties) & set(_property_names(body)):
        result["allOf"] = [body]  # flat, as the body goes on the wire
        return result, None
    argument = next(name for name in BODY_ARGUMENTS if name not in properties)
    properties[argument] = body
    if spec_refs.resolve(spec, operation["requestBody"]).get("required"):
        result["required"] = [*required, argument]
    return result, argument


def _body_schema(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> Any:
    if "requestBody" not in operation:
        return None
    body = spec_refs.resolve(spec, operation["requestBody"])
    media = body.get("content", {}).get("application/json")
    return None if media is None else spec_refs.inline(spec, media.get("schema", {}))


def _property_names(schema: Any) -> Iterator[str]:
    """Every property a body's top-level object may have, through ``allOf``/``oneOf``/``anyOf``."""
    if not isinstance(schema, Mapping):
        return
    yield from schema.get("properties", {})
    for keyword in ("allOf", "oneOf", "anyOf"):
        for part in schema.get(keyword, []):
            yield from _property_names(part)


def tool_table(spec: Mapping[str, Any], plan: ClientPlan, surface: ClientSurface) -> list[dict[str, Any]]:
    """Every tool: its name, description, input schema, and how the server calls the client."""
    operations = _operations(spec)
    tools: list[dict[str, Any]] = []
    names = tool_names(surface)
    for _, endpoint in surface.operations():
        method, operation = operations[endpoint.operation_id]
        changes_state = writes(operation, method)
        schema, body_argument = input_schema(spec, operation)
        body = plan.models[endpoint.body_model] if endpoint.body_model else None
        body_fields = set(_property_names(_body_schema(spec, operation)))
        tools.append(
            {
                "name": names[endpoint.operation_id],
                "call": [*surface.names[endpoint.operation_id].resource, surface.method(endpoint)],
                "operation_id": endpoint.operation_id,
                "description": description(operation, endpoint, changes_state),
                "writes": changes_state,
                "input_schema": schema,
                # Every argument the tool takes, and every field its body may have (of every
                # variant), so that a misspelt one is refused instead of being dropped in silence.
                "arguments": sorted(set(schema["properties"]) | (set() if body_argument else body_fields)),
                "body_argument": body_argument,
                "body_fields": sorted(body_fields),
                "path": [[p.wire, p.python] for p in endpoint.path_params],
                "query": [[p.wire, p.python] for p in endpoint.query_params],
                "body": None if body is None else [body.module, body.name],
                "checks": {"query": endpoint.query_check, "body": endpoint.body_check},
            }
        )
    return tools


def tools_json(spec: Mapping[str, Any], plan: ClientPlan, surface: ClientSurface) -> str:
    """The table as the server reads it: JSON, one stable form."""
    table = {"version": plan.version, "tools": tool_table(spec, plan, surface)}
    return json.dumps(table, indent=1, ensure_ascii=False) + "\n"


#: The server itself, copied into ``threecommas/mcp/`` as it is (``tools.json`` is written beside it).
SERVER = Path(__file__).parent / "runtime" / "mcp"
SERVER_MODULES = ("__init__.py", "__main__.py")


def write_server(spec: Mapping[str, Any], plan: ClientPlan, surface: ClientSurface, directory: Path) -> None:
    """``threecommas/mcp/``: the server's modules and its tool table."""
    directory.mkdir()
    for module in SERVER_MODULES:
        shutil.copyfile(SERVER / module, directory / module)
    (directory / "tools.json").write_text(tools_json(spec, plan, surface), encoding="utf-8")
