"""CHANGELOG.md: each version bump adds an entry with the change report's classified changes,
newest first, for the spec and the client (one version); a build without a bump adds nothing."""

from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

import pytest

from generator.changelog import TITLE, entry, with_entry
from generator.diff import Change, Impact
from tests.support.generator_cli import generator_cli
from tests.support.node import ROOT
from tests.workflow.test_regenerate import DOCS

DAY = datetime.date(2026, 1, 2)
CHANGES = [
    Change(Impact.PATCH, "ping", "summary changed"),
    Change(Impact.MAJOR, "ping", "operation removed"),
    Change(Impact.MINOR, "list_smart_trades.from", "optional query parameter added"),
]


def test_an_entry_lists_each_class_under_its_heading_most_severe_first() -> None:
    text = entry("2.0.0", CHANGES, DAY)
    assert text.startswith("## 2.0.0 (2026-01-02)\n")
    assert "client `threecommas-client` 2.0.0" in text
    breaking, compatible, patch = (text.index(h) for h in ("### Breaking", "### Compatible", "### Text only"))
    assert breaking < text.index("- ping: operation removed") < compatible
    assert compatible < text.index("- list_smart_trades.from: optional query parameter added") < patch
    assert patch < text.index("- ping: summary changed")
    assert "[BREAKING]" not in text  # the heading says the class


def test_a_class_without_changes_has_no_heading() -> None:
    assert "### Breaking" not in entry("1.0.1", [CHANGES[0]], DAY)


def test_entries_go_newest_first_and_keep_the_older_ones() -> None:
    first = with_entry(None, entry("1.0.1", [CHANGES[0]], DAY))
    assert first.startswith(f"{TITLE}\n\n")
    second = with_entry(first, entry("2.0.0", CHANGES, DAY))
    assert second.startswith(first[: first.index("## 1.0.1")])
    assert second.index("## 2.0.0") < second.index("## 1.0.1")
    assert second.count("## 1.0.1") == 1 and second.endswith("- ping: summary changed\n")


def test_a_file_written_by_hand_is_kept_below_the_title() -> None:
    logged = with_entry("Notes kept by hand.\n", entry("1.0.1", [CHANGES[0]], DAY))
    assert logged.startswith(TITLE) and logged.rstrip().endswith("Notes kept by hand.")


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    for part in ("spec", "generated_client"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("dist", "*.egg-info"))
    shutil.copyfile(ROOT / "CHANGELOG.md", tmp_path / "CHANGELOG.md")
    return tmp_path


def test_a_bump_adds_its_entry_to_the_log(checkout: Path) -> None:
    before = (checkout / "CHANGELOG.md").read_text()
    doc = checkout / DOCS[1]
    doc.write_text(
        doc.read_text().replace(
            "order | string | NO | created_at, closed_at (created_at) | ",
            "order | string | NO | created_at, closed_at (created_at) | \nfrom | string | NO |   | Only trades since",
            1,
        )
    )
    completed = generator_cli(
        "spec", *DOCS, "-o", "spec/openapi.yaml", "--changelog", "CHANGELOG.md", cwd=checkout
    )
    assert completed.returncode == 0, completed.stderr
    version = json.loads((checkout / "spec" / "openapi.json").read_text())["info"]["version"]
    log = (checkout / "CHANGELOG.md").read_text()
    newest = log[log.index("\n## ") + 1 :]
    assert newest.startswith(f"## {version} (")
    assert "### Compatible (minor)\n\n- list_smart_trades.from: optional query parameter added" in newest
    assert log.endswith(before[before.index("\n## ") + 1 :])  # the older entries, untouched


def test_no_bump_no_entry(checkout: Path) -> None:
    before = (checkout / "CHANGELOG.md").read_bytes()
    completed = generator_cli(
        "spec", *DOCS, "-o", "spec/openapi.yaml", "--changelog", "CHANGELOG.md", cwd=checkout
    )
    assert completed.returncode == 0, completed.stderr
    assert (checkout / "CHANGELOG.md").read_bytes() == before


def test_the_committed_log_has_an_entry_for_the_committed_version() -> None:
    version = json.loads((ROOT / "spec" / "openapi.json").read_text())["info"]["version"]
    client = (ROOT / "generated_client" / "pyproject.toml").read_text()
    assert f'version = "{version}"' in client
    assert f"\n## {version} (" in (ROOT / "CHANGELOG.md").read_text()
