"""The API team's workflow: regenerate, check for staleness, read the change report, diff specs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.support.generator_cli import generator_cli
from tests.support.node import ROOT

DOCS = ["spec/docs/general_api_information.md", "spec/docs/smart_trades_api.md"]


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """The docs, spec and client of this repo in a scratch folder."""
    for part in ("spec", "generated_client"):
        shutil.copytree(
            ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("dist", "*.egg-info", "build")
        )
    return tmp_path


def test_committed_output_is_current(checkout: Path) -> None:
    completed = generator_cli(
        "check", *DOCS, "--spec", "spec/openapi.yaml", "--client", "generated_client", cwd=checkout
    )
    assert completed.returncode == 0, completed.stderr
    assert "up to date" in completed.stderr


def test_check_names_stale_files_after_a_doc_edit(checkout: Path) -> None:
    doc = checkout / DOCS[1]
    doc.write_text(doc.read_text().replace("Amount of units to buy", "Amount of units to purchase", 1))
    completed = generator_cli(
        "check", *DOCS, "--spec", "spec/openapi.yaml", "--client", "generated_client", cwd=checkout
    )
    assert completed.returncode == 1
    assert "make regenerate" in completed.stderr
    assert "spec/openapi.yaml" in completed.stderr and "spec/openapi.json" in completed.stderr


def test_check_notices_a_hand_edited_client(checkout: Path) -> None:
    module = checkout / "generated_client" / "threecommas" / "client.py"
    module.write_text(module.read_text() + "\n# edited by hand\n")
    completed = generator_cli(
        "check", *DOCS, "--spec", "spec/openapi.yaml", "--client", "generated_client", cwd=checkout
    )
    assert completed.returncode == 1
    assert "threecommas/client.py" in completed.stderr


def test_regenerating_is_byte_stable_and_reports_no_change(checkout: Path) -> None:
    before = {p: p.read_bytes() for p in (checkout / "spec").rglob("*") if p.is_file()}
    completed = generator_cli("spec", *DOCS, "-o", "spec/openapi.yaml", "--report-changes", cwd=checkout)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines() == [
        "change report base: spec/openapi.json as on disk",
        "spec changes: none",
    ]
    assert {p: p.read_bytes() for p in (checkout / "spec").rglob("*") if p.is_file()} == before
    client = generator_cli("client", "spec/openapi.yaml", "-o", "generated_client", cwd=checkout)
    assert client.returncode == 0 and "unchanged" in client.stderr


def test_change_report_classifies_and_bumps_the_version(checkout: Path) -> None:
    spec_json = checkout / "spec" / "openapi.json"
    major, minor, _ = map(int, json.loads(spec_json.read_text())["info"]["version"].split("."))
    doc = checkout / DOCS[1]
    text = doc.read_text()
    # An optional parameter added to the history endpoint: a minor change for client users.
    text = text.replace(
        "order | string | NO | created_at, closed_at (created_at) | ",
        "order | string | NO | created_at, closed_at (created_at) | \nfrom | string | NO |   | Only trades since",
        1,
    )
    doc.write_text(text)
    completed = generator_cli("spec", *DOCS, "-o", "spec/openapi.yaml", "--report-changes", cwd=checkout)
    assert completed.returncode == 0, completed.stderr
    assert "minor version bump" in completed.stdout
    assert "[compatible] list_smart_trades.from: optional query parameter added" in completed.stdout
    assert json.loads(spec_json.read_text())["info"]["version"] == f"{major}.{minor + 1}.0"


def test_a_failing_doc_leaves_spec_and_client_untouched(checkout: Path) -> None:
    snapshot = {p: p.read_bytes() for p in checkout.rglob("*") if p.is_file() and "docs" not in p.parts}
    doc = checkout / DOCS[1]
    doc.write_text(doc.read_text().replace("| integer | YES |", "| integr | YES |", 1))
    completed = generator_cli("spec", *DOCS, "-o", "spec/openapi.yaml", cwd=checkout)
    assert completed.returncode == 1
    assert "smart_trades_api.md:14:1: error: account_id: unknown type 'integr'" in completed.stderr
    assert "did you mean 'integer'" in completed.stderr
    assert {
        p: p.read_bytes() for p in checkout.rglob("*") if p.is_file() and "docs" not in p.parts
    } == snapshot


def test_diff_command_on_two_specs(tmp_path: Path) -> None:
    old = json.loads((ROOT / "spec" / "openapi.json").read_text())
    new = json.loads(json.dumps(old))
    del new["paths"]["/ver1/ping"]
    # The body's fields, written in place (docs/interop.md): an edit of CreateSmartTradeFields.
    new["components"]["schemas"]["CreateSmartTradeRequest"]["allOf"][0]["required"].append("note")
    (tmp_path / "old.json").write_text(json.dumps(old))
    (tmp_path / "new.json").write_text(json.dumps(new))
    completed = generator_cli("diff", str(tmp_path / "old.json"), str(tmp_path / "new.json"), cwd=ROOT)
    assert completed.returncode == 0
    assert "major version bump" in completed.stdout
    assert "[BREAKING] ping: operation removed" in completed.stdout
    assert (
        "[BREAKING] CreateSmartTradeFields.note: now required (used by create_smart_trade)"
        in completed.stdout
    )


# -- `regenerate`: the spec and the client in one run, as `make regenerate` runs it --------------


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _edit_a_doc(checkout: Path) -> None:
    """A wording change of one parameter: a new spec version, a change-log entry, a new docstring."""
    doc = checkout / DOCS[1]
    doc.write_text(doc.read_text().replace("Amount of units to buy", "Amount of units to purchase", 1))


def test_regenerate_writes_the_same_files_as_spec_then_client(
    checkout: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """One process, the spec handed over in memory: the same bytes as the two commands give."""
    _edit_a_doc(checkout)
    other = tmp_path_factory.mktemp("other") / "checkout"
    shutil.copytree(checkout, other)
    log = ["--report-changes", "--changelog", "spec/CHANGELOG.md"]
    one = generator_cli(
        "regenerate", *DOCS, "-o", "spec/openapi.yaml", "--client", "generated_client", *log, cwd=checkout
    )
    assert one.returncode == 0, one.stderr
    spec = generator_cli("spec", *DOCS, "-o", "spec/openapi.yaml", *log, cwd=other)
    client = generator_cli("client", "spec/openapi.yaml", "-o", "generated_client", cwd=other)
    assert spec.returncode == 0 and client.returncode == 0, spec.stderr + client.stderr
    assert one.stdout == spec.stdout and "text changed" in one.stdout  # the same change report
    assert _files(checkout) == _files(other)
    assert (
        "purchase"
        in (checkout / "generated_client" / "threecommas" / "resources" / "smart_trades.py").read_text()
    )
    assert "wrote: " in one.stderr and "generated_client (" in one.stderr


def test_regenerate_dry_run_writes_neither(checkout: Path) -> None:
    _edit_a_doc(checkout)
    before = _files(checkout)
    completed = generator_cli(
        "regenerate",
        *DOCS,
        "-o",
        "spec/openapi.yaml",
        "--client",
        "generated_client",
        "--dry-run",
        cwd=checkout,
    )
    assert completed.returncode == 0, completed.stderr
    assert "dry run" in completed.stderr and "spec changes:" in completed.stdout
    assert _files(checkout) == before


def test_a_client_that_cannot_be_built_leaves_the_spec_untouched(checkout: Path) -> None:
    _edit_a_doc(checkout)
    (checkout / "not-a-folder").write_text("a file where the client would go\n")
    before = _files(checkout)
    completed = generator_cli(
        "regenerate", *DOCS, "-o", "spec/openapi.yaml", "--client", "not-a-folder", cwd=checkout
    )
    assert completed.returncode == 1
    assert "not-a-folder: error: is not a directory; nothing was written" in completed.stderr
    assert _files(checkout) == before


def _regenerate_in_process(checkout: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """``python -m generator regenerate`` of ``checkout``'s docs, run in this process so that a
    test can make one of its stages fail."""
    from generator import cli

    monkeypatch.chdir(checkout)
    return cli.main(["regenerate", *DOCS, "-o", "spec/openapi.yaml", "--client", "generated_client"])


def test_a_client_stage_error_writes_no_spec(
    checkout: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The client is rendered before the spec is written: its located error leaves every file as
    it was, and no half-built package beside the client's folder."""
    from generator.client import generate
    from generator.diagnostics import DiagnosticSink, GenerationFailed, Location

    def refuse(*_: object, **__: object) -> None:
        sink = DiagnosticSink()
        sink.error(Location("spec/openapi.yaml", 7, 3), "the client cannot say this", "client")
        raise GenerationFailed(sink)

    _edit_a_doc(checkout)
    before = _files(checkout)
    monkeypatch.setattr(generate, "render_package", refuse)
    assert _regenerate_in_process(checkout, monkeypatch) == 1
    err = capsys.readouterr().err
    assert "spec/openapi.yaml:7:3: error: the client cannot say this" in err
    assert "nothing was written" in err
    assert _files(checkout) == before


def test_a_spec_that_cannot_be_written_leaves_the_client_untouched(
    checkout: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator import spec_command
    from generator.emit import OutputError

    def fail(files: object) -> bool:
        raise OutputError(checkout / "spec" / "openapi.json", "No space left on device")

    _edit_a_doc(checkout)
    before = _files(checkout)
    monkeypatch.setattr(spec_command, "write_all_atomic", fail)
    assert _regenerate_in_process(checkout, monkeypatch) == 1
    assert "No space left on device; nothing was written" in capsys.readouterr().err
    assert _files(checkout) == before  # no staged package left beside the client either
