"""Each stock tool run on a spec as another team runs it: pinned versions, the consumer's command.

Every run is cached per (tool, spec) for the session: the heavy generators (openapi-generator's
Java, openapi-python-client) run once per spec whatever the number of tests reading them. The
commands here are the ones docs/interop.md gives the other teams.
"""

from __future__ import annotations

import functools
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator import extensions
from generator.spec_refs import group_reference, resolve
from tests.support.node import ROOT, node_tool

SPECS = ("S1", "S2", "S3")
VENV_BIN = Path(sys.executable).parent
#: One package name for every generator: the spec's title is prose, not an identifier (docs/interop.md).
PACKAGE = "threecommas_api"
METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Spec:
    name: str
    path: Path
    document: dict[str, Any] = field(repr=False, hash=False, compare=False)
    work: Path = field(repr=False, hash=False, compare=False)

    def operations(self) -> dict[str, tuple[str, str, dict[str, Any]]]:
        return {
            op["operationId"]: (method, path, op)
            for path, item in self.document["paths"].items()
            for method, op in item.items()
            if method in METHODS
        }


def load(name: str, path: Path, work: Path) -> Spec:
    work.mkdir(parents=True, exist_ok=True)
    return Spec(name, path, yaml.safe_load(path.read_text()), work)


@dataclass(frozen=True)
class Run:
    """A tool's exit code and output, and the folder it wrote."""

    returncode: int
    output: str
    out: Path
    stdout: str = ""


def run(
    command: list[str | Path], cwd: Path, timeout: float = 600, env: Mapping[str, str] | None = None
) -> Run:
    completed = subprocess.run(
        [str(c) for c in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env={**os.environ, "PATH": f"{VENV_BIN}{os.pathsep}{os.environ['PATH']}", **(env or {})},
    )
    return Run(completed.returncode, completed.stdout + completed.stderr, cwd, completed.stdout)


def fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


@functools.cache
def openapi_python_client(spec: Spec) -> Run:
    out = spec.work / "openapi-python-client"
    shutil.rmtree(out, ignore_errors=True)
    config = spec.work / "opc-config.yaml"
    # literal_enums: S3 has enums whose values differ only in case (its Enum class would name
    # both members alike); Literal types keep every value. use_path_prefixes_...: a rule object
    # nested in a body is named by its title (CreateSmartTradeTakeProfit), not by its parents
    # and then its title again (docs/interop.md).
    config.write_text(
        f"package_name_override: {PACKAGE}\nproject_name_override: threecommas-api\nliteral_enums: true\n"
        "use_path_prefixes_for_title_model_names: false\n"
    )
    result = run(
        [
            VENV_BIN / "openapi-python-client",
            "generate",
            "--path",
            spec.path,
            "--output-path",
            out,
            "--config",
            config,
            "--meta",
            "none",
        ],
        cwd=spec.work,
    )
    return Run(result.returncode, result.output, out)


@functools.cache
def openapi_generator(spec: Spec, generator: str) -> Run:
    out = fresh(spec.work / f"openapi-generator-{generator}")
    options = (
        [
            f"--additional-properties=packageName={PACKAGE}",
            "--openapi-normalizer",
            "REMOVE_ANYOF_ONEOF_AND_KEEP_PROPERTIES_ONLY=true",
        ]
        if generator == "python"
        else []
    )
    result = run(
        [
            VENV_BIN / "openapi-generator-cli",
            "generate",
            "-i",
            spec.path,
            "-g",
            generator,
            "-o",
            out,
            *options,
        ],
        cwd=spec.work,
    )
    return Run(result.returncode, result.output, out)


@functools.cache
def datamodel_codegen(spec: Spec) -> Run:
    out = spec.work / "datamodel-codegen" / "models.py"
    fresh(out.parent)
    result = run(
        [
            VENV_BIN / "datamodel-codegen",
            "--input",
            spec.path,
            "--input-file-type",
            "openapi",
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--use-title-as-name",
            # Alike classes as one, an inline object named after its parent, enumerated fields
            # as Literal types: the names left to number (docs/interop.md).
            "--reuse-model",
            "--collapse-reuse-models",
            "--naming-strategy",
            "parent-prefixed",
            "--enum-field-as-literal",
            "all",
            "--output",
            out,
        ],
        cwd=spec.work,
    )
    return Run(result.returncode, result.output, out)


@functools.cache
def openapi_typescript(spec: Spec) -> Run:
    out = fresh(spec.work / "openapi-typescript")
    result = run(
        [
            node_tool("openapi-typescript"),
            spec.path,
            "--default-non-nullable",
            "false",
            "-o",
            out / "api.d.ts",
        ],
        cwd=ROOT,
    )
    return Run(result.returncode, result.output, out)


def tsc(directory: Path, *files: str | Path) -> Run:
    return run(
        [
            node_tool("tsc"),
            "--strict",
            "--noEmit",
            "--skipLibCheck",
            "--target",
            "es2020",
            "--module",
            "es2020",
            "--moduleResolution",
            "node",
            "--lib",
            "es2020,dom",
            *files,
        ],
        cwd=directory,
    )


# -- what a spec holds ---------------------------------------------------------------------


def groups(spec: Spec) -> dict[str, dict[str, Any]]:
    """The rule groups (the schemas naming their selector), by component name."""
    return {
        name: schema
        for name, schema in spec.document["components"]["schemas"].items()
        if isinstance(schema, dict) and extensions.SELECTOR in schema
    }


def alternatives(schema: Mapping[str, Any]) -> list[Any]:
    """A group's or a variant's ``oneOf``, written on it or in its one ``allOf`` member that has it."""
    if "oneOf" in schema:
        return list(schema["oneOf"])
    return next((list(part["oneOf"]) for part in schema.get("allOf") or () if "oneOf" in part), [])


def leaves(spec: Spec, group: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """A group's leaf variants (references), nested groups (enabled → classic / step_sell) flattened."""
    for branch in alternatives(group):
        target = resolve(spec.document, branch)
        if alternatives(target):
            yield from leaves(spec, target)
        else:
            yield branch


def body_reference(operation: Mapping[str, Any]) -> str | None:
    content = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
    reference = (content.get("schema") or {}).get("$ref")
    return str(reference).rsplit("/", 1)[-1] if reference else None


def operation_per_group(spec: Spec) -> dict[str, str]:
    """For every group a request body takes directly (``allOf`` member), the first such operation."""
    chosen: dict[str, str] = {}
    schemas = spec.document["components"]["schemas"]
    for operation_id, (_, _, operation) in sorted(spec.operations().items()):
        body = body_reference(operation)
        if body is None:
            continue
        for member in schemas[body].get("allOf") or ():
            name = str(group_reference(member).get("$ref", "")).rsplit("/", 1)[-1]
            if name in schemas and extensions.SELECTOR in schemas[name]:
                chosen.setdefault(name, operation_id)
    return chosen


NUMBERED = re.compile(r"\D\d+$")


def numbered(names: list[str]) -> list[str]:
    """Class names a tool numbered to tell apart (``Price2``), not names ending in a number of their own."""
    return [n for n in names if NUMBERED.search(n)]


def json_ready(value: Any) -> Any:
    return json.loads(json.dumps(value, default=float))
