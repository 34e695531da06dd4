"""The whole reference (five chapters) through the pipeline: spec, client, and every check on them.

The contract suite, the Prism mock and the TypeScript check are the repository's own suites,
run once more against this build (``CONTRACT_SPEC`` names the spec; the generated package comes
first on ``PYTHONPATH``): they iterate the spec's operations, so they cover all of them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openapi_spec_validator import validate
from ruamel.yaml import YAML

from tests.reference.conftest import (
    CHAPTERS,
    REFERENCE,
    ROOT,
    ReferenceBuild,
    chapter_paths,
    fenced_endpoints,
)
from tests.support.generator_cli import generator_cli
from tests.support.node import node_tool

#: Warnings redocly may give, each explained in docs/warnings.md ("Lint warnings").
EXPLAINED = {"info-license", "no-unused-components", "no-illogical-composition-keywords"}


def _spec(build: ReferenceBuild) -> dict:  # type: ignore[type-arg]
    loaded: dict = YAML(typ="safe", pure=True).load(build.spec_path.read_text())  # type: ignore[type-arg]
    return loaded


def test_the_spec_is_valid_openapi(reference_build: ReferenceBuild) -> None:
    validate(_spec(reference_build))


def test_every_fenced_operation_is_in_the_spec(reference_build: ReferenceBuild) -> None:
    expected = fenced_endpoints(reference_build.chapters)
    paths = _spec(reference_build)["paths"]
    found = {(method, path) for path, item in paths.items() for method in item}
    assert len(expected) >= 50  # the five chapters hold 53 operations
    assert found == expected


def test_operation_ids_are_readable_and_tags_follow_chapters(reference_build: ReferenceBuild) -> None:
    spec = _spec(reference_build)
    operations = {o["operationId"]: o for item in spec["paths"].values() for o in item.values()}
    for name in ("list_bots", "create_bot", "list_deals", "panic_sell_deal", "create_account", "get_deal"):
        assert name in operations
    assert {t["name"] for t in spec["tags"]} == {"Public", "Accounts", "Bots", "Deals", "SmartTrades"}
    deprecated = sorted(i for i, o in operations.items() if o.get("deprecated"))
    assert deprecated == ["update_deal_max_safety_orders", "update_deal_tp"]


def test_redocly_reports_no_errors(reference_build: ReferenceBuild) -> None:
    completed = subprocess.run(
        [node_tool("redocly"), "lint", str(reference_build.spec_path), "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    report = json.loads(completed.stdout)
    assert report["totals"]["errors"] == 0, report["problems"]
    rules = {p["ruleId"] for p in report["problems"]}
    assert rules <= EXPLAINED, [p for p in report["problems"] if p["ruleId"] not in EXPLAINED]


def test_the_generated_package_passes_ruff_and_mypy_strict(reference_build: ReferenceBuild) -> None:
    client = reference_build.client_dir
    tools = Path(sys.executable).parent
    for command in (
        [tools / "ruff", "check", "."],
        [tools / "ruff", "format", "--check", "."],
        [tools / "mypy", "--strict", "--no-incremental", "threecommas"],
    ):
        completed = subprocess.run(
            command, cwd=client, capture_output=True, text=True, timeout=600, check=False
        )
        assert completed.returncode == 0, completed.stdout + completed.stderr


def test_the_client_has_every_chapter_and_imports_it_lazily(reference_build: ReferenceBuild) -> None:
    code = """
import sys, warnings
import threecommas
before = sorted(m for m in sys.modules if m.startswith("threecommas."))
client = threecommas.Client(api_key="k", api_secret="s")
asynchronous = threecommas.AsyncClient(api_key="k", api_secret="s")
for tag in ("accounts", "bots", "deals", "smart_trades", "public"):
    assert getattr(client, tag) is getattr(client, tag)
    assert type(getattr(asynchronous, tag)).__name__.startswith("Async")
assert callable(client.bots.list) and callable(client.deals.list)
after = sorted(m for m in sys.modules if m.startswith("threecommas."))
print(len(before), len(after))
assert not any(".api." in m or ".models." in m for m in before), before
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        client.deals.update_tp(deal_id=1, new_take_profit_percentage="1.5")
    except threecommas.ThreeCommasError:
        pass  # nothing listens at the API address here; the warning came first
assert any(issubclass(w.category, DeprecationWarning) for w in caught), caught
"""
    completed = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(reference_build.client_dir)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    before, after = map(int, completed.stdout.split())
    assert after > before


def test_contract_prism_and_typescript_suites_pass_on_the_whole_reference(
    reference_build: ReferenceBuild,
) -> None:
    """The suites iterate the spec they are given: every one of the 53 operations."""
    env = {
        **os.environ,
        "CONTRACT_SPEC": str(reference_build.spec_path),
        "PYTHONPATH": os.pathsep.join([str(reference_build.client_dir), str(ROOT)]),
    }
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/contract",
            "tests/mock",
            "tests/typescript",
            "-k",
            "not mutated and not readme",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-6000:] + completed.stderr[-2000:]
    assert "create_bot" in completed.stdout or " passed" in completed.stdout


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_each_chapter_with_the_general_information_builds_a_valid_spec(chapter: str, tmp_path: Path) -> None:
    chapter_paths()
    documents = [REFERENCE / "general_api_information.md"]
    if chapter != "general_api_information":
        documents.append(REFERENCE / f"{chapter}.md")
    completed = generator_cli("spec", *map(str, documents), "-o", str(tmp_path / "openapi.yaml"))
    assert "Traceback" not in completed.stderr
    assert completed.returncode == 0, completed.stderr
    validate(YAML(typ="safe", pure=True).load((tmp_path / "openapi.yaml").read_text()))


@pytest.mark.parametrize("chapter", CHAPTERS[1:])
def test_each_chapter_alone_ends_in_a_valid_spec_or_located_errors(chapter: str, tmp_path: Path) -> None:
    """Without the general information there is no base URL: a valid spec (with a warning) or errors."""
    chapter_paths()
    completed = generator_cli("spec", str(REFERENCE / f"{chapter}.md"), "-o", str(tmp_path / "openapi.yaml"))
    assert "Traceback" not in completed.stderr
    if completed.returncode == 0:
        validate(YAML(typ="safe", pure=True).load((tmp_path / "openapi.yaml").read_text()))
    else:
        assert not (tmp_path / "openapi.yaml").exists()
        assert all(":" in line for line in completed.stderr.splitlines() if "error" in line)


def test_warnings_on_the_whole_reference_are_the_known_ones(reference_build: ReferenceBuild) -> None:
    """Every warning the five chapters give is one docs/warnings.md lists as a deliberate choice."""
    kinds = {
        line.rsplit("[", 1)[-1].rstrip("]") for line in reference_build.diagnostics if "warning:" in line
    }
    assert kinds <= {
        "heading",
        "permission",
        "rule-dead",
        "mandatory-conditional",
        "mandatory-default",
        "entity-example",
        "response",
    }, kinds


def test_our_general_information_document_is_our_own_text() -> None:
    """spec/docs holds a General Information document we wrote: facts shared, sentences not."""
    chapter_paths()

    def sentences(text: str) -> set[str]:
        lines = (" ".join(line.strip("*# ").split()) for line in text.splitlines())
        # Values (keys, signatures, list items, table rows, code) may carry over; prose may not.
        return {
            line
            for line in lines
            if len(line) > 30 and " " in line and "|" not in line and "{" not in line and line[:1] != '"'
        }

    ours = sentences((ROOT / "spec" / "docs" / "general_api_information.md").read_text())
    theirs = sentences((REFERENCE / "general_api_information.md").read_text())
    assert ours and not ours & theirs, sorted(ours & theirs)
