"""Data flows one way through the stages, and so do the imports.

document ← rules ← openapi ← pipeline ← commands; ``operations`` (operation planning) reads
documents only; the client half reads the spec only; ``naming``, the one home of every name, is
a leaf every stage may import and that imports no stage. Every import of every module
under ``generator/`` is read with ``ast`` (those inside functions too, which a lazy import hides
from a plain ``grep`` of the module's head), and one that points against the flow fails here.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.node import ROOT

GENERATOR = ROOT / "generator"

COMMANDS = frozenset(
    {
        "generator.__main__",
        "generator.cli",
        "generator.spec_command",
        "generator.rules_command",
        "generator.staleness",
        "generator.serve",
        "generator.site",
        "generator.changelog",
    }
)
DOCUMENT = "generator.document"
RULES = "generator.rules"
OPENAPI = "generator.openapi"
CLIENT = "generator.client"
PIPELINE = "generator.pipeline"
PLANNING = ("generator.operations",)
#: Every name (case, verbs, operation ids, the client's names): any stage may import it, and it
#: imports nothing of the generator but these, which hold plain constants.
NAMING = "generator.naming"
LEAVES: dict[str, frozenset[str]] = {NAMING: frozenset({"generator", "generator.extensions"})}
#: The overlay stage: between the OpenAPI build and validation; it reads only the spec it is given.
OVERLAY = "generator.overlay"
#: ``answers``: recorded answers against a written spec; like the client half, it reads only the spec.
ANSWERS = "generator.answers"

#: For each part of the generator, the parts it must not import.
FORBIDDEN: dict[str, tuple[str, ...]] = {
    DOCUMENT: (RULES, OPENAPI, CLIENT, PIPELINE, *PLANNING, *COMMANDS),
    RULES: (OPENAPI, CLIENT, PIPELINE, *COMMANDS),
    OPENAPI: (CLIENT, PIPELINE, *COMMANDS),
    "generator.operations": (RULES, OPENAPI, CLIENT, PIPELINE, *COMMANDS),
    # The client half reads only the spec (with extensions, spec_refs and diagnostics).
    CLIENT: (DOCUMENT, RULES, OPENAPI, PIPELINE, *PLANNING, *COMMANDS),
    OVERLAY: (DOCUMENT, RULES, OPENAPI, CLIENT, PIPELINE, ANSWERS, *PLANNING, *COMMANDS),
    ANSWERS: (DOCUMENT, RULES, OPENAPI, CLIENT, PIPELINE, OVERLAY, *PLANNING, *COMMANDS),
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def imported_modules(module: str, source: str, *, is_package: bool = False) -> Iterator[tuple[int, str]]:
    """(line, module) for every import in ``source``; ``from generator import x`` yields
    ``generator.x``, since ``x`` may be a module, and relative imports are resolved."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".")
                package = package if is_package else package[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join([*package, base] if base else package)
            yield node.lineno, base
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}"


def violations(module: str, source: str, *, is_package: bool = False) -> list[str]:
    """Each import of ``module`` that a stage it belongs to may not make."""
    rules = [forbidden for part, forbidden in FORBIDDEN.items() if _within(module, part)]
    found = []
    for line, imported in imported_modules(module, source, is_package=is_package):
        allowed = LEAVES.get(module)
        if allowed is not None and _within(imported, "generator") and imported not in allowed:
            found.append(f"{module}:{line} imports {imported} ({module} is a leaf: it imports no stage)")
        for forbidden in rules:
            hit = next((f for f in forbidden if _within(imported, f)), None)
            if hit is not None:
                found.append(f"{module}:{line} imports {imported} ({hit} is a later stage)")
    return found


def _generator_modules() -> list[Path]:
    return sorted(p for p in GENERATOR.rglob("*.py") if "templates" not in p.parts)


def test_every_import_follows_the_stages() -> None:
    problems = []
    for path in _generator_modules():
        source = path.read_text(encoding="utf-8")
        problems += violations(_module_name(path), source, is_package=path.name == "__init__.py")
    assert not problems, "\n".join(problems)


def test_the_scan_sees_the_imports_it_checks() -> None:
    # The allowed direction is found: a scan that read nothing would pass the test above.
    build = GENERATOR / "openapi" / "build.py"
    imported = {m for _, m in imported_modules("generator.openapi.build", build.read_text(encoding="utf-8"))}
    assert "generator.rules.model" in imported
    assert "generator.openapi.groups" in imported
    cli = {
        m for _, m in imported_modules("generator.cli", (GENERATOR / "cli.py").read_text(encoding="utf-8"))
    }
    assert "generator.rules_command" in cli  # imported inside a function
    every_part = {_module_name(p) for p in _generator_modules()}
    for part in [*FORBIDDEN, *LEAVES]:
        assert any(_within(m, part) for m in every_part), f"no module of {part}: the table is stale"


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("generator.rules.extract", "from generator.openapi.groups import ref\n"),
        ("generator.rules.extract", "def f():\n    from generator import pipeline\n"),
        ("generator.rules.extract", "from ..openapi import build\n"),
        ("generator.document.reader", "import generator.rules.model\n"),
        ("generator.openapi.build", "from generator.pipeline import SpecResult\n"),
        ("generator.openapi.build", "from generator.client.view import FieldPlan\n"),
        ("generator.client.view", "from generator.openapi.groups import REF_PREFIX\n"),
        ("generator.client.view", "from generator.rules.model import Atom\n"),
        ("generator.client.view", "from generator import document\n"),
        ("generator.operations", "from generator.rules.extract import extract_rules\n"),
        ("generator.naming", "from generator.document.model import HttpMethod\n"),
        ("generator.naming", "from generator.operations import PlannedOperation\n"),
        ("generator.naming", "from generator import spec_refs\n"),
        ("generator.overlay", "from generator.openapi.build import build_spec\n"),
        ("generator.answers.check", "from generator.pipeline import run_spec_pipeline\n"),
    ],
)
def test_an_import_against_the_flow_is_found(module: str, source: str) -> None:
    assert violations(module, source)


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("generator.openapi.build", "from generator.rules.model import Nullable\n"),
        ("generator.openapi.groups", "from ..rules.extract import BOOLEAN_MEANING\n"),
        ("generator.rules.extract", "from generator.document.model import Operation\n"),
        ("generator.rules.extract", "from generator.operations import PlannedOperation\n"),
        ("generator.client.view", "from generator import extensions, spec_refs\n"),
        ("generator.pipeline", "from generator.openapi.build import build_spec\n"),
        ("generator.openapi.build", "from generator.naming import sdk_names\n"),
        ("generator.client.view", "from generator.naming import SdkName\n"),
        ("generator.document.mdx", "from generator.naming import pascal\n"),
        ("generator.naming", "from generator import extensions\n"),
        ("generator.rules_command", "from generator.pipeline import read_sources\n"),
    ],
)
def test_an_import_with_the_flow_passes(module: str, source: str) -> None:
    assert violations(module, source) == []
