"""What changed between two specs, for the people who use the generated client.

Each change is classified by what it does to code written against the old client: removing
an operation or parameter, making a parameter required, changing its type or dropping an enum
value breaks callers (major); adding operations, optional parameters or enum values does not
(minor); text-only edits are a patch. The spec's ``info.version`` (and so the client's) follows.
"""

from __future__ import annotations

import enum
import json
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.emit import dump_json


class Impact(enum.IntEnum):
    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3


@dataclass(frozen=True, order=True)
class Change:
    impact: Impact
    where: str
    what: str

    def __str__(self) -> str:
        label = {Impact.MAJOR: "BREAKING", Impact.MINOR: "added", Impact.PATCH: "text"}[self.impact]
        return f"[{label}] {self.where}: {self.what}"


_METHODS = ("get", "put", "post", "delete", "patch")


def _operations(spec: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in _METHODS:
            if method in item:
                operation = item[method]
                found[operation.get("operationId") or f"{method} {path}"] = {
                    "method": method,
                    "path": path,
                    **operation,
                }
    return found


def _resolve(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> Mapping[str, Any]:
    seen = 0
    while "$ref" in schema and seen < 32:
        name = str(schema["$ref"]).rsplit("/", 1)[-1]
        schema = (spec.get("components") or {}).get("schemas", {}).get(name, {})
        seen += 1
    return schema


def _body_fields(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """Properties and always-required names of a request body, through allOf."""
    schema = _resolve(spec, schema)
    properties: dict[str, Any] = dict(schema.get("properties") or {})
    required = set(schema.get("required") or [])
    for part in schema.get("allOf") or []:
        sub = _resolve(spec, part)
        if "oneOf" in sub:
            continue  # rule groups: compared as schemas below
        more, more_required = _body_fields(spec, sub)
        properties.update(more)
        required |= more_required
    return properties, required


def _parameters(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> dict[str, tuple[bool, Any]]:
    found: dict[str, tuple[bool, Any]] = {}
    for parameter in operation.get("parameters") or []:
        found[parameter["name"]] = (bool(parameter.get("required")), parameter.get("schema") or {})
    body = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json")
    if body:
        properties, required = _body_fields(spec, body.get("schema") or {})
        for name, schema in properties.items():
            found[name] = (name in required, schema)
    return found


def _type(schema: Mapping[str, Any]) -> Any:
    return schema.get("type"), (schema.get("items") or {}).get("type"), schema.get("$ref")


def _text_only(a: Any, b: Any) -> bool:
    def strip(value: Any) -> Any:
        if isinstance(value, Mapping):
            return {
                k: strip(v)
                for k, v in value.items()
                # Annotations: they change docs and generated docstrings, never what is valid.
                if k not in {"description", "summary", "examples", "example"} and not str(k).startswith("x-")
            }
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return bool(strip(a) == strip(b))


def compare(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new``, most severe first."""
    changes = list(_compare(old, new))
    return sorted(changes, key=lambda c: (-c.impact, c.where, c.what))


def _compare(old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[Change]:
    old_ops, new_ops = _operations(old), _operations(new)
    for op_id in old_ops.keys() - new_ops.keys():
        yield Change(Impact.MAJOR, op_id, "operation removed")
    for op_id in new_ops.keys() - old_ops.keys():
        yield Change(Impact.MINOR, op_id, "operation added")
    for op_id in sorted(old_ops.keys() & new_ops.keys()):
        before, after = old_ops[op_id], new_ops[op_id]
        if (before["method"], before["path"]) != (after["method"], after["path"]):
            yield Change(Impact.MAJOR, op_id, f"moved to {after['method'].upper()} {after['path']}")
        yield from _compare_parameters(op_id, _parameters(old, before), _parameters(new, after))
        if json.dumps(before.get("responses"), sort_keys=True) != json.dumps(
            after.get("responses"), sort_keys=True
        ):
            yield Change(Impact.MAJOR, op_id, "response changed")
    old_schemas = (old.get("components") or {}).get("schemas") or {}
    new_schemas = (new.get("components") or {}).get("schemas") or {}
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        yield from _compare_schema(name, old_schemas[name], new_schemas[name])
    for name in sorted(new_schemas.keys() - old_schemas.keys()):
        yield Change(Impact.MINOR, name, "schema added")
    for name in sorted(old_schemas.keys() - new_schemas.keys()):
        yield Change(Impact.MAJOR, name, "schema removed")
    old_rest = {k: v for k, v in old.items() if k not in {"paths", "components", "info"}}
    new_rest = {k: v for k, v in new.items() if k not in {"paths", "components", "info"}}
    if old_rest != new_rest:
        yield Change(
            Impact.MAJOR if old.get("servers") != new.get("servers") else Impact.PATCH, "spec", "top level"
        )
    old_info = {k: v for k, v in (old.get("info") or {}).items() if k != "version"}
    new_info = {k: v for k, v in (new.get("info") or {}).items() if k != "version"}
    if old_info != new_info:
        yield Change(Impact.PATCH, "info", "description changed")


def _compare_parameters(
    op_id: str, before: dict[str, tuple[bool, Any]], after: dict[str, tuple[bool, Any]]
) -> Iterator[Change]:
    for name in sorted(before.keys() - after.keys()):
        yield Change(Impact.MAJOR, f"{op_id}.{name}", "parameter removed")
    for name in sorted(after.keys() - before.keys()):
        required = after[name][0]
        yield Change(
            Impact.MAJOR if required else Impact.MINOR,
            f"{op_id}.{name}",
            "required parameter added" if required else "optional parameter added",
        )
    for name in sorted(before.keys() & after.keys()):
        (was_required, old_schema), (is_required, new_schema) = before[name], after[name]
        where = f"{op_id}.{name}"
        if is_required and not was_required:
            yield Change(Impact.MAJOR, where, "now required")
        elif was_required and not is_required:
            yield Change(Impact.MINOR, where, "now optional")
        yield from _compare_schema(where, old_schema, new_schema)


def _compare_schema(where: str, old: Any, new: Any) -> Iterator[Change]:
    if old == new:
        return
    if not isinstance(old, Mapping) or not isinstance(new, Mapping):
        yield Change(Impact.MAJOR, where, "schema changed")
        return
    if _text_only(old, new):
        yield Change(Impact.PATCH, where, "description changed")
        return
    if _type(old) != _type(new):
        yield Change(Impact.MAJOR, where, f"type changed from {_type(old)[0]} to {_type(new)[0]}")
        return
    old_enum, new_enum = old.get("enum"), new.get("enum")
    if old_enum != new_enum and old_enum is not None and new_enum is not None:
        removed = [v for v in old_enum if v not in new_enum]
        added = [v for v in new_enum if v not in old_enum]
        if removed:
            yield Change(Impact.MAJOR, where, f"enum values removed: {removed}")
        if added:
            yield Change(Impact.MINOR, where, f"enum values added: {added}")
    rest_old = {k: v for k, v in old.items() if k not in {"enum", "description", "examples"}}
    rest_new = {k: v for k, v in new.items() if k not in {"enum", "description", "examples"}}
    if rest_old != rest_new:
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        if old_props or new_props:
            for name in sorted(old_props.keys() - new_props.keys()):
                yield Change(Impact.MAJOR, f"{where}.{name}", "property removed")
            for name in sorted(new_props.keys() - old_props.keys()):
                yield Change(Impact.MINOR, f"{where}.{name}", "property added")
            for name in sorted(old_props.keys() & new_props.keys()):
                yield from _compare_schema(f"{where}.{name}", old_props[name], new_props[name])
            rest_old.pop("properties", None)
            rest_new.pop("properties", None)
        if rest_old != rest_new:
            yield Change(Impact.MAJOR, where, "constraints changed")


def bump(version: str, impact: Impact) -> str:
    try:
        major, minor, patch = (int(part) for part in version.split(".")[:3])
    except ValueError:
        return "1.0.0"
    if impact is Impact.MAJOR:
        return f"{major + 1}.0.0"
    if impact is Impact.MINOR:
        return f"{major}.{minor + 1}.0"
    if impact is Impact.PATCH:
        return f"{major}.{minor}.{patch + 1}"
    return version


def next_version(previous: Mapping[str, Any] | None, new: Mapping[str, Any]) -> str:
    """The version ``new`` gets: the previous one, bumped by the most severe change."""
    if not previous:
        return "1.0.0"
    changes = compare(previous, new)
    impact = max((c.impact for c in changes), default=Impact.NONE)
    return bump(str((previous.get("info") or {}).get("version", "1.0.0")), impact)


def format_changes(changes: list[Change]) -> str:
    if not changes:
        return "spec changes: none"
    impact = max(c.impact for c in changes)
    bump_name = {Impact.MAJOR: "major", Impact.MINOR: "minor", Impact.PATCH: "patch"}[impact]
    lines = [f"spec changes: {len(changes)} ({bump_name} version bump)"]
    lines += [f"  {change}" for change in changes]
    return "\n".join(lines)


def _load(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        loaded = json.loads(text)
    else:
        from ruamel.yaml import YAML

        loaded = json.loads(dump_json(YAML(typ="safe", pure=True).load(text)))
    if not isinstance(loaded, dict):
        raise ValueError(f"{path}: not an OpenAPI document")
    return loaded


def print_diff(old: Path, new: Path) -> int:
    """``python -m generator diff OLD NEW``; exit 0 either way, 2 on unreadable input."""
    try:
        before, after = _load(old), _load(new)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(format_changes(compare(before, after)))
    return 0
