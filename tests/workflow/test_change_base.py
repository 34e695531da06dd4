"""The change report's base: the spec as last committed when git holds the output, else the file on
disk, said in the report; ``--dry-run`` writes nothing; "edit, regenerate, revert, regenerate" ends
where it started (same bytes, same version, no CHANGELOG entry left)."""

from __future__ import annotations

import datetime
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.changelog import entry, since, with_entry
from generator.diff import Change, Impact
from tests.support.generator_cli import generator_cli
from tests.support.node import ROOT
from tests.workflow.test_regenerate import DOCS

#: An optional query parameter added to the history endpoint: a minor change.
ADDED_ROW = (
    "order | string | NO | created_at, closed_at (created_at) | ",
    "order | string | NO | created_at, closed_at (created_at) | \nfrom | string | NO |   | Only trades since",
)
REGENERATE = ("spec", *DOCS, "-o", "spec/openapi.yaml", "--report-changes", "--changelog", "CHANGELOG.md")


def _git(repo: Path, *arguments: str) -> str:
    completed = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *arguments],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return completed.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The docs, spec, client and change log of this repository, committed in a git repo of their own."""
    for part in ("spec", "generated_client"):
        shutil.copytree(
            ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("dist", "*.egg-info", "build")
        )
    shutil.copyfile(ROOT / "CHANGELOG.md", tmp_path / "CHANGELOG.md")
    _git(tmp_path, "init", "-q", "-b", "main")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-q", "-m", "committed build")
    return tmp_path


def _regenerate(repo: Path) -> str:
    spec = generator_cli(*REGENERATE, cwd=repo)
    assert spec.returncode == 0, spec.stderr
    client = generator_cli("client", "spec/openapi.yaml", "-o", "generated_client", cwd=repo)
    assert client.returncode == 0, client.stderr
    return spec.stdout


def _version(repo: Path) -> str:
    return str(json.loads((repo / "spec" / "openapi.json").read_text())["info"]["version"])


def _edit(repo: Path) -> None:
    doc = repo / DOCS[1]
    doc.write_text(doc.read_text().replace(*ADDED_ROW, 1))


def test_edit_regenerate_revert_regenerate_ends_where_it_started(repo: Path) -> None:
    committed = _version(repo)
    _edit(repo)
    report = _regenerate(repo)
    assert "change report base: spec/openapi.json as last committed (git HEAD)" in report
    bumped = _version(repo)
    assert bumped != committed and "minor version bump" in report
    assert f"\n## {bumped} (" in (repo / "CHANGELOG.md").read_text()
    edited = {path: (repo / path).read_bytes() for path in _git(repo, "diff", "--name-only").split()}
    assert "generated_client/pyproject.toml" in edited  # the client took the new version

    # Regenerating again compares with the committed spec still: one bump, one entry, same bytes.
    again = _regenerate(repo)
    assert again == report
    assert {path: (repo / path).read_bytes() for path in edited} == edited
    assert (repo / "CHANGELOG.md").read_text().count(f"\n## {bumped} (") == 1

    _git(repo, "checkout", "--", "spec/docs")
    reverted = _regenerate(repo)
    assert reverted.splitlines()[1:] == ["spec changes: none"], reverted
    assert _version(repo) == committed
    # Same bytes everywhere: the spec, the warnings, the client and the change log.
    assert _git(repo, "status", "--porcelain") == ""


def test_the_file_on_disk_is_the_base_outside_git(tmp_path: Path) -> None:
    for part in ("spec",):
        shutil.copytree(ROOT / part, tmp_path / part)
    completed = generator_cli(*REGENERATE, cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines()[0] == "change report base: spec/openapi.json as on disk"


def test_a_spec_edited_on_disk_is_not_the_base_when_git_holds_another(repo: Path) -> None:
    """Hand-edited (or half-regenerated) output does not shift the version: git's copy is the base."""
    spec_json = repo / "spec" / "openapi.json"
    spec = json.loads(spec_json.read_text())
    spec["info"]["version"] = "99.0.0"
    del spec["paths"]["/ver1/ping"]
    spec_json.write_text(json.dumps(spec))
    completed = generator_cli(*REGENERATE, cwd=repo)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines()[1] == "spec changes: none"
    assert _git(repo, "status", "--porcelain", "spec", "CHANGELOG.md") == ""


def test_a_base_that_is_not_a_spec_is_a_first_version(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    (tmp_path / "spec" / "openapi.json").write_text("[1, 2")
    completed = generator_cli(*REGENERATE, cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert "is not a JSON spec: read as a first version" in completed.stdout.splitlines()[0]
    assert _version(tmp_path) == "1.0.0"


def test_dry_run_reports_and_writes_nothing(repo: Path) -> None:
    _edit(repo)
    before = {p: p.read_bytes() for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts}
    completed = generator_cli(*REGENERATE, "--dry-run", cwd=repo)
    assert completed.returncode == 0, completed.stderr
    assert "[compatible] list_smart_trades.from: optional query parameter added" in completed.stdout
    assert "nothing was written" in completed.stderr
    after = {p: p.read_bytes() for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts}
    assert after == before


def test_dry_run_writes_nothing_even_where_nothing_could_be_written(tmp_path: Path) -> None:
    """No write check, no folder made: a dry run of a spec for a folder that does not exist."""
    target = tmp_path / "not" / "there" / "openapi.yaml"
    completed = generator_cli("spec", *(ROOT / d for d in DOCS), "-o", target, "--dry-run", cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    assert "a first version" in completed.stdout
    assert not (tmp_path / "not").exists()


def test_a_first_version_starts_its_change_log(tmp_path: Path) -> None:
    completed = generator_cli(
        "spec",
        *(ROOT / d for d in DOCS),
        "-o",
        tmp_path / "openapi.yaml",
        "--changelog",
        tmp_path / "CHANGELOG.md",
        cwd=tmp_path,
    )
    assert completed.returncode == 0, completed.stderr
    log = (tmp_path / "CHANGELOG.md").read_text()
    assert "\n## 1.0.0 (" in log and "first version" in log
    # Regenerating changes nothing, and adds no second entry.
    again = generator_cli(
        "spec",
        *(ROOT / d for d in DOCS),
        "-o",
        tmp_path / "openapi.yaml",
        "--changelog",
        tmp_path / "CHANGELOG.md",
    )
    assert again.returncode == 0 and (tmp_path / "CHANGELOG.md").read_text() == log
    # The known warnings are this build's: listed by `make warnings` of this spec.
    assert f"known warnings, see `make warnings SPEC={tmp_path / 'openapi.yaml'}`" in again.stderr


DAY = datetime.date(2026, 1, 2)
CHANGE = [Change(Impact.MINOR, "ping", "optional query parameter added")]


def test_since_drops_only_entries_after_the_base() -> None:
    log = with_entry(with_entry("Kept by hand.\n", entry("1.0.0", [], DAY)), entry("1.1.0", CHANGE, DAY))
    bumped = with_entry(log, entry("2.0.0", CHANGE, DAY))
    assert since(bumped, "1.1.0") == log
    assert since(log, "1.1.0") == log  # nothing after the base: untouched, byte for byte
    assert since(bumped, None) == bumped
    trimmed = since(bumped, "1.0.0")
    assert "## 2.0.0" not in trimmed and "## 1.1.0" not in trimmed
    assert "## 1.0.0" in trimmed and trimmed.rstrip().endswith("Kept by hand.")
    # Versions compare as numbers, not as text ("10" > "9").
    assert "## 1.10.0" in since(with_entry(log, entry("1.10.0", CHANGE, DAY)), "1.10.0")
    assert "## 1.10.0" not in since(with_entry(log, entry("1.10.0", CHANGE, DAY)), "1.9.0")


def test_since_keeps_headings_it_cannot_read() -> None:
    log = "# Changelog\n\n## Unreleased\n\nnotes\n\n## v2 (someday)\n\n## 3.0.0 (2026-01-01)\n\nx\n"
    assert since(log, "1.0.0") == "# Changelog\n\n## Unreleased\n\nnotes\n\n## v2 (someday)\n"


# -- a client that changed while the spec did not: a patch release of the shared version --------

REGENERATE_BOTH = (
    "regenerate", *DOCS, "-o", "spec/openapi.yaml", "--client", "generated_client",
    "--report-changes", "--changelog", "CHANGELOG.md",
)  # fmt: skip


def _as_an_older_generator_wrote_it(repo: Path) -> None:
    """The committed client as a generator with other templates made it: one module differs."""
    module = repo / "generated_client" / "threecommas" / "_deadline.py"
    module.write_text(module.read_text() + "\n# written by an older generator\n")
    _git(repo, "commit", "-q", "-am", "the client of an older generator")


def test_a_client_that_changed_alone_takes_a_patch_release_once(repo: Path) -> None:
    """The spec is unchanged since the last commit, the client generated from it is not: the shared
    version takes a patch bump (a package with other contents never goes out under a released
    version), with its change-log entry; regenerating again, or checking, agrees with it."""
    committed = _version(repo)
    _as_an_older_generator_wrote_it(repo)
    first = generator_cli(*REGENERATE_BOTH, cwd=repo)
    assert first.returncode == 0, first.stderr
    major, minor, patch = map(int, committed.split("."))
    bumped = f"{major}.{minor}.{patch + 1}"
    assert _version(repo) == bumped
    assert f"patch version bump to {bumped}" in first.stderr
    assert "spec changes: none" in first.stdout
    log = (repo / "CHANGELOG.md").read_text()
    assert log.index(f"## {bumped} (") < log.index(f"## {committed} (")
    assert "### Client only (patch)" in log.split(f"## {committed} (")[0]
    package = (repo / "generated_client" / "pyproject.toml").read_text()
    assert f'version = "{bumped}"' in package
    assert "older generator" not in (repo / "generated_client" / "threecommas" / "_deadline.py").read_text()
    snapshot = {p: p.read_bytes() for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts}
    again = generator_cli(*REGENERATE_BOTH, cwd=repo)  # the base is still the commit: the same release
    assert again.returncode == 0, again.stderr
    assert {p: p.read_bytes() for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts} == snapshot
    check = generator_cli(
        "check", *DOCS, "--spec", "spec/openapi.yaml", "--client", "generated_client", cwd=repo
    )
    assert check.returncode == 0, check.stderr


def test_check_asks_for_the_release_a_changed_client_needs(repo: Path) -> None:
    """Without `make regenerate`, the check names the spec (its version) among the stale files."""
    _as_an_older_generator_wrote_it(repo)
    check = generator_cli(
        "check", *DOCS, "--spec", "spec/openapi.yaml", "--client", "generated_client", cwd=repo
    )
    assert check.returncode == 1
    assert "spec/openapi.json" in check.stderr and "_deadline.py" in check.stderr


def test_an_unchanged_client_takes_no_release(repo: Path) -> None:
    before = _version(repo)
    completed = generator_cli(*REGENERATE_BOTH, cwd=repo)
    assert completed.returncode == 0, completed.stderr
    assert _version(repo) == before and "bump" not in completed.stderr
    assert not _git(repo, "status", "--porcelain")
