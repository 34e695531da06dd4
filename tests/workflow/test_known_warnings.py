"""Known warnings are one line, new ones are printed in full (generator/known_warnings.py)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generator.diagnostics import Diagnostic, Location, Severity
from generator.known_warnings import committed_text, identity, report_lines, sort_warnings, warnings_text
from generator.spec_command import build_spec_text
from tests.support.generator_cli import generator_cli
from tests.support.node import ROOT

DOCS = ["spec/docs/general_api_information.md", "spec/docs/smart_trades_api.md"]


def _warning(line: int, message: str, code: str = "permission", file: str = "docs/a.md") -> Diagnostic:
    return Diagnostic(Severity.WARNING, Location(file, line), message, code)


OLD = [
    _warning(3, "permission X is unknown"),
    _warning(40, "x is marked mandatory but conditional", "mandatory"),
]


def test_known_warnings_are_one_summary_line() -> None:
    assert report_lines(OLD, warnings_text(OLD)) == ["2 known warnings, see `make warnings`"]
    assert report_lines(OLD[:1], warnings_text(OLD)) == ["1 known warning, see `make warnings`"]


def test_a_new_warning_is_printed_in_full_beside_the_summary() -> None:
    new = _warning(7, "permission Y is unknown")
    lines = report_lines([*OLD, new], warnings_text(OLD))
    assert lines == [str(new), "2 known warnings, see `make warnings`"]
    assert lines[0] == "docs/a.md:7:1: warning: permission Y is unknown [permission]"


def test_moved_lines_do_not_make_a_warning_new() -> None:
    moved = [_warning(d.location.line + 12, d.message, d.code) for d in OLD]
    moved.append(Diagnostic(Severity.WARNING, Location("docs/a.md", 99, 17), OLD[0].message, OLD[0].code))
    assert sort_warnings(moved, warnings_text(OLD)).new == []


@pytest.mark.parametrize(
    "changed",
    [
        _warning(3, "permission X is unknown", file="docs/b.md"),  # same words, another file
        _warning(3, "permission X is unknown", code="other"),  # same words, another kind
        _warning(3, "permission X is unknown, twice"),  # other words
    ],
)
def test_file_message_and_code_make_the_warning(changed: Diagnostic) -> None:
    assert sort_warnings([changed], warnings_text(OLD)).new == [changed]


def test_errors_are_always_printed_and_never_counted() -> None:
    error = Diagnostic(Severity.ERROR, Location("docs/a.md", 3), OLD[0].message, OLD[0].code)
    # An error with a known warning's words is still an error: in full, and not one of the known.
    assert report_lines([error, *OLD], warnings_text(OLD)) == [
        str(error),
        "2 known warnings, see `make warnings`",
    ]
    assert warnings_text([error]) == ""


def test_without_a_warnings_file_every_warning_is_new() -> None:
    assert report_lines(OLD, None) == [str(d) for d in OLD]


def test_identity_drops_only_the_place() -> None:
    assert identity("docs/a.md:12:3: warning: m [c]") == identity("docs/a.md:99:1: warning: m [c]")
    assert identity("docs/a.md:12: warning: m") == "docs/a.md: warning: m"
    assert identity("docs/a.md:12:3: warning: m") != identity("docs/b.md:12:3: warning: m")


def test_committed_text_prefers_the_commit_over_the_disk(tmp_path: Path) -> None:
    path = tmp_path / "warnings.txt"
    assert committed_text(path) is None  # no git, no file
    path.write_text("on disk\n")
    assert committed_text(path) == "on disk\n"  # no git: the file on disk
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.test"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    path.write_text("committed\n")
    subprocess.run([*git, "add", "warnings.txt"], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "w"], cwd=tmp_path, check=True)
    path.write_text("edited since\n")
    assert committed_text(path) == "committed\n"


def test_the_committed_warnings_file_is_current() -> None:
    _, sink = build_spec_text([ROOT / d for d in DOCS], None)
    # The build reads the docs by the paths given; make regenerate gives them relative to the root.
    relative = [
        Diagnostic(
            d.severity,
            Location(str(Path(d.location.file).relative_to(ROOT)), d.location.line, d.location.column),
            d.message,
            d.code,
        )
        for d in sink
    ]
    assert (ROOT / "spec" / "warnings.txt").read_text(encoding="utf-8") == warnings_text(relative)
    assert warnings_text(relative), "the seed has warnings, so this test compares something"


def test_make_warnings_prints_the_file() -> None:
    if shutil.which("make") is None:
        pytest.skip("no make on this machine")
    completed = subprocess.run(
        ["make", "-s", "warnings"], cwd=ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == (ROOT / "spec" / "warnings.txt").read_text(encoding="utf-8")


def _spec(checkout: Path) -> subprocess.CompletedProcess[str]:
    return generator_cli("spec", *DOCS, "-o", "spec/openapi.yaml", cwd=checkout)


def test_a_run_prints_only_what_an_edit_brought(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    known = (tmp_path / "spec" / "warnings.txt").read_text().splitlines()
    doc = tmp_path / DOCS[1]
    # Lines added above every warning move them all: still the familiar ones.
    doc.write_text(
        doc.read_text().replace("# SmartTrades Api\n", "# SmartTrades Api\n\nMoved.\n\nDown.\n", 1)
    )
    completed = _spec(tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert " warning: " not in completed.stderr
    assert f"{len(known)} known warnings, see `make warnings`" in completed.stderr
    # A new unknown permission is a new warning: printed in full, file and line included.
    doc.write_text(
        doc.read_text().replace("Permission: SMART_TRADE_READ,", "Permission: SMART_TRADEZ_READ,", 1)
    )
    completed = _spec(tmp_path)
    assert completed.returncode == 0, completed.stderr
    printed = [line for line in completed.stderr.splitlines() if " warning: " in line]
    assert len(printed) == 1 and "SMART_TRADEZ_READ" in printed[0], completed.stderr
    assert printed[0].startswith("spec/docs/smart_trades_api.md:154:1: warning: ")
