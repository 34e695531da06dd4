"""Large documents cost the same per operation as small ones.

Time is only measured in ``bench/`` (its parser-scaling table goes up to the 8 MiB input
limit); here the work is counted instead: how many schemas the build serialises to compare
them. Every copy of the reference adds the same operations, so a build whose work per
operation is flat serialises exactly as many more schemas for each added copy; a registry
that re-serialised the registered schemas on each lookup would grow quadratically.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import DiagnosticSink
from generator.openapi import groups
from generator.openapi.build import build_spec
from generator.operations import plan_operations
from generator.pipeline import extract_all_rules, read_documents

ROOT = Path(__file__).resolve().parents[2]
GENERAL = (ROOT / "spec" / "docs" / "general_api_information.md").read_text()
BODY, ENTITIES = (ROOT / "spec" / "docs" / "smart_trades_api.md").read_text().split("# Response Entities")


def _copies(count: int) -> list[tuple[str, str]]:
    copies = [BODY.replace("/ver1/smart_trades", f"/ver1/copy{n}/smart_trades") for n in range(count)]
    return [
        ("general.md", GENERAL),
        ("smart_trades.md", "\n".join(copies) + "\n# Response Entities" + ENTITIES),
    ]


def _serialisations(count: int, monkeypatch: pytest.MonkeyPatch) -> int:
    calls = 0
    real = groups._canonical

    def counted(schema: groups.Schema) -> str:
        nonlocal calls
        calls += 1
        return real(schema)

    monkeypatch.setattr(groups, "_canonical", counted)
    sink = DiagnosticSink()
    documents = read_documents(_copies(count), sink)
    planned = plan_operations(documents, sink)
    spec = build_spec(documents, planned, extract_all_rules(planned, sink), sink)
    assert not sink.errors
    assert len(spec["paths"]) == 13 * count + 2
    return calls


def test_schema_lookups_grow_linearly_with_the_document(monkeypatch: pytest.MonkeyPatch) -> None:
    two, four, eight = (_serialisations(n, monkeypatch) for n in (2, 4, 8))
    assert four - two > 0
    assert eight - four == 2 * (four - two)
