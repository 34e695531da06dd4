"""Redocly (recommended ruleset) and Spectral (``spectral:oas``) on S1, S2, S3: no error, and each
remaining warning a choice docs/interop.md documents in one line (its "Remaining warnings" table)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.interop.tools import Spec, run
from tests.support.node import ROOT, node_tool

INTEROP_DOC = ROOT / "docs" / "interop.md"
_ROW = re.compile(r"^\| (?P<tool>[\w .-]+?) \| `(?P<rule>[^`]+)` \| (?P<why>[^|]+) \|$")


def documented_choices(tool: str) -> set[str]:
    """The rule ids (or message patterns) docs/interop.md explains for ``tool``, one row each."""
    return {
        m.group("rule")
        for line in INTEROP_DOC.read_text().splitlines()
        if (m := _ROW.match(line)) and m.group("tool") == tool and m.group("why").strip()
    }


def test_redocly_recommended_leaves_only_documented_warnings(spec: Spec) -> None:
    linted = run(
        [node_tool("redocly"), "lint", "--extends", "recommended", "--format", "json", spec.path], cwd=ROOT
    )
    report = json.loads(linted.stdout)
    assert report["totals"]["errors"] == 0, report["problems"]
    rules = {p["ruleId"] for p in report["problems"]}
    assert rules <= documented_choices("Redocly"), rules - documented_choices("Redocly")


def test_spectral_oas_leaves_only_documented_warnings(spec: Spec, tmp_path: Path) -> None:
    ruleset = tmp_path / ".spectral.yaml"
    ruleset.write_text('extends: ["spectral:oas"]\n')
    out = tmp_path / "spectral.json"
    run(
        [node_tool("spectral"), "lint", "--ruleset", ruleset, "--format", "json", "--output", out, spec.path],
        cwd=ROOT,
    )
    problems = json.loads(out.read_text())
    errors = [p for p in problems if p["severity"] == 0]
    assert not errors, errors
    rules = {p["code"] for p in problems}
    assert rules <= documented_choices("Spectral"), rules - documented_choices("Spectral")


pytestmark = pytest.mark.interop
