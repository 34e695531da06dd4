"""``python -m generator client SPEC -o DIR``: the Python client package from the spec.

Stages: load the spec → plan the client (:mod:`generator.client.view`) → let
openapi-python-client parse the plan's simple spec and render our templates → add the runtime
modules and the embedded request schemas → format with ruff → check that every planned class
and operation exists and compiles → replace the output directory in one rename. A failure at
any point leaves the previous package untouched.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from ruamel.yaml import YAML

from generator.client.checks import UnsupportedSchema, check_module
from generator.client.render import TEMPLATE_GLOBALS
from generator.client.view import ClientPlan, build_client_plan, simple_spec
from generator.diagnostics import DiagnosticSink, GenerationFailed, Location

PACKAGE = "threecommas"
TEMPLATES = Path(__file__).parent / "templates"
RUNTIME = Path(__file__).parent / "runtime"
#: Runtime modules copied into the package as they are (``__init__`` is the generated one).
RUNTIME_MODULES = (
    "errors.py",
    "_signing.py",
    "_transport.py",
    "_values.py",
    "_validation.py",
    "_convert.py",
    "_read.py",
    "types.py",
)


def load_spec(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    loaded = json.loads(text) if path.suffix == ".json" else YAML(typ="safe", pure=True).load(text)
    if not isinstance(loaded, dict):
        raise GenerationFailed([_error(path, "not an OpenAPI document")])
    return loaded


def _error(path: Path | str, message: str) -> Any:
    sink = DiagnosticSink()
    sink.error(Location(str(path), 1), message, "client")
    return sink.diagnostics[0]


def render_package(spec: Mapping[str, Any], destination: Path) -> ClientPlan:
    """Write the package for ``spec`` into the empty directory ``destination``."""
    plan = build_client_plan(spec)
    config = Config.from_sources(
        ConfigFile(post_hooks=[], project_name_override="threecommas-client", package_name_override=PACKAGE),
        MetaType.PDM,
        "<plan>",
        "utf-8",
        True,
        destination,
    )
    data = GeneratorData.from_dict(simple_spec(spec, plan), config=config)
    if isinstance(data, GeneratorError):
        raise GenerationFailed([_error("<spec>", f"openapi-python-client: {data.header}: {data.detail}")])
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
    project.env.globals.update(plan=plan, **TEMPLATE_GLOBALS)
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <tmp dir>"
        problems = [e for e in project.build() if e is not None]
    if problems:
        # openapi-python-client skips what it cannot read and says so; a skip is a dropped class.
        raise GenerationFailed(
            [
                _error("<spec>", f"openapi-python-client: {e.header or 'error'}: {e.detail or ''}")
                for e in problems
            ]
        )
    package = destination / PACKAGE
    for module in RUNTIME_MODULES:
        shutil.copyfile(RUNTIME / module, package / module)
    write_checks(plan, package / "_checks")
    return plan


def write_checks(plan: ClientPlan, directory: Path) -> None:
    """One module of compiled pre-send checks per operation (see :mod:`generator.client.checks`)."""
    directory.mkdir()
    (directory / "__init__.py").write_text(
        '"""Pre-send checks, one module per operation, compiled from the spec\'s request schemas."""\n',
        encoding="utf-8",
    )
    for operation in plan.operations.values():
        try:
            source = check_module(
                operation.operation_id, {"body": operation.body_schema, "query": operation.query_schema}
            )
        except UnsupportedSchema as error:
            raise GenerationFailed([_error("<spec>", f"{operation.operation_id}: {error}")]) from None
        (directory / f"{operation.module}.py").write_text(source, encoding="utf-8")


def format_package(directory: Path) -> None:
    ruff = [sys.executable, "-m", "ruff"]
    for arguments in (["check", "--fix-only", "--quiet", "."], ["format", "--quiet", "."]):
        completed = subprocess.run(
            [*ruff, *arguments], cwd=directory, capture_output=True, text=True, check=False
        )
        if completed.returncode != 0:
            raise GenerationFailed(
                [_error(directory, f"ruff {arguments[0]} failed: {completed.stderr.strip()}")]
            )


def verify_package(directory: Path, plan: ClientPlan) -> None:
    """Every planned class and operation has its module, and every module compiles."""
    package = directory / PACKAGE
    problems = []
    for model in plan.models.values():
        if not (package / "models" / f"{model.module}.py").is_file():
            problems.append(f"class {model.name} was not generated")
    for operation in plan.operations.values():
        if not (package / "api" / operation.tag / f"{operation.module}.py").is_file():
            problems.append(f"operation {operation.operation_id} was not generated")
    for source in sorted(package.rglob("*.py")):
        try:
            compile(source.read_text(encoding="utf-8"), str(source), "exec", dont_inherit=True)
        except SyntaxError as error:
            problems.append(f"{source.relative_to(directory)}:{error.lineno}: {error.msg}")
    if problems:
        raise GenerationFailed([_error(directory, problem) for problem in problems])


def replace_directory(built: Path, output: Path) -> None:
    """Swap ``built`` in for ``output``; the old tree is removed only once the new one is in place.

    ``dist/`` (built wheels) and ``*.egg-info`` (an editable install) are carried over: they
    are not generated.
    """
    output = output.resolve()
    for kept in (output / "dist", *output.glob("*.egg-info")):
        if kept.is_dir():
            shutil.move(str(kept), str(built / kept.name))
    backup = output.with_name(f".{output.name}.old")
    shutil.rmtree(backup, ignore_errors=True)
    if output.exists():
        os.replace(output, backup)
    os.replace(built, output)
    shutil.rmtree(backup, ignore_errors=True)


def generate_client(spec_path: Path, output: Path, *, quiet: bool = False) -> int:
    spec = load_spec(spec_path)
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".client-", dir=output.parent) as work:
        built = Path(work) / output.name
        plan = render_package(spec, built)
        format_package(built)
        verify_package(built, plan)
        unchanged = output.exists() and _same_tree(built, output)
        if not unchanged:
            replace_directory(built, output)
    if not quiet:
        print(
            f"{'unchanged' if unchanged else 'wrote'}: {output} ({len(plan.models)} classes, "
            f"{len(plan.operations)} operations)",
            file=sys.stderr,
        )
    return 0


def unmanaged(relative: Path) -> bool:
    """Files in the output folder the generator does not write: builds, caches, install metadata."""
    parts = relative.parts
    return bool({"dist", "build", "__pycache__", ".mypy_cache", ".ruff_cache"} & set(parts)) or any(
        part.endswith(".egg-info") for part in parts
    )


def _same_tree(a: Path, b: Path) -> bool:
    def files(root: Path) -> dict[str, bytes]:
        return {
            str(p.relative_to(root)): p.read_bytes()
            for p in root.rglob("*")
            if p.is_file() and not unmanaged(p.relative_to(root))
        }

    return files(a) == files(b)
