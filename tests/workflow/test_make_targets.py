"""The Makefile: every target takes the same DOCS=/SPEC=/CLIENT=/CHANGELOG= and never mixes one
build's parts with another's; the venv is the project's whatever CLIENT= says; regenerate sets up
node when MDX pages are among DOCS.

Most checks read the commands make would run (``make -n``, the set-up stamps taken as done), so
they cost nothing; ``make site`` and ``make warnings`` run for real on a small build of their own.
The whole current path, run for real, is tests/workflow/test_current_path.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.site import SITE_FILES
from tests.support.node import ROOT

#: Set-up steps taken as done, so that ``make -n`` prints the target's own commands only.
SET_UP = (".stamps/venv", ".stamps/node", ".stamps/mdx-bundle")


def _make(*arguments: str, dry: bool = True, set_up_done: bool = True) -> str:
    command = ["make", "--no-print-directory"]
    if dry:
        command.append("-n")
    if set_up_done:
        command += [f"--old-file={stamp}" for stamp in SET_UP]
    completed = subprocess.run(
        [*command, *arguments], cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return completed.stdout


def test_the_venv_installs_the_committed_client_whatever_client_says() -> None:
    """``CLIENT=/tmp/cur/client`` may not exist yet (regenerate writes it): never installed."""
    recipe = _make("-B", "venv", "CLIENT=/tmp/not-built-yet/client", set_up_done=False)
    assert "-e ./generated_client" in recipe
    assert "not-built-yet" not in recipe


def test_regenerate_sets_up_node_when_mdx_pages_are_among_the_docs(tmp_path: Path) -> None:
    pages = tmp_path / "site" / "area" / "deeper"
    pages.mkdir(parents=True)
    (pages / "1_page.mdx").write_text("---\ntitle: x\n---\n")
    (tmp_path / "chapter.md").write_text("# x\n")
    for target in ("regenerate", "spec", "rules", "check"):
        with_mdx = _make("-B", target, f"DOCS={tmp_path / 'site'}", set_up_done=False)
        assert "npm ci" in with_mdx, target
        mixed = _make(
            "-B", target, f"DOCS={tmp_path / 'chapter.md'} {pages / '1_page.mdx'}", set_up_done=False
        )
        assert "npm ci" in mixed, target
        without = _make("-B", target, f"DOCS={tmp_path / 'chapter.md'}", set_up_done=False)
        assert "npm ci" not in without, target


BUILD = {"DOCS": "/b/pages", "SPEC": "/b/out/api.yaml", "CLIENT": "/b/out/pkg"}


@pytest.mark.parametrize(
    ("target", "wanted"),
    [
        ("regenerate", ["/b/pages", "-o /b/out/api.yaml", "--changelog /b/out/CHANGELOG.md", "/b/out/pkg"]),
        ("spec", ["/b/pages", "-o /b/out/api.yaml"]),
        ("rules", ["/b/pages"]),
        ("client", ["/b/out/api.yaml", "-o /b/out/pkg"]),
        ("check", ["/b/pages", "--spec /b/out/api.yaml", "--client /b/out/pkg"]),
        ("site", ["--spec /b/out/api.yaml", "--changelog /b/out/CHANGELOG.md"]),
        ("serve-spec", ["--spec /b/out/api.yaml", "--changelog /b/out/CHANGELOG.md", "generator.serve"]),
        ("mock", ["/b/out/api.yaml"]),
        ("dist", ["/b/out/pkg/dist", "/b/out/pkg"]),
        ("publish", ["twine upload", "/b/out/pkg/dist/*"]),
        ("warnings", ["/b/out/warnings.txt"]),
    ],
)
def test_each_target_uses_the_build_it_is_given(target: str, wanted: list[str]) -> None:
    commands = _make(target, *(f"{k}={v}" for k, v in BUILD.items()), "REPOSITORY_URL=http://127.0.0.1:1/")
    for part in wanted:
        assert part in commands, (part, commands)
    # Nothing of the committed build: its docs, spec, client or change log.
    for committed in ("spec/docs", "spec/openapi", "spec/warnings", "generated_client", " CHANGELOG.md"):
        assert committed not in commands, (committed, commands)


def test_changelog_given_wins(tmp_path: Path) -> None:
    commands = _make("site", "SPEC=/b/out/api.yaml", "CHANGELOG=/elsewhere/LOG.md")
    assert "--changelog /elsewhere/LOG.md" in commands


def test_the_committed_build_keeps_its_own_change_log() -> None:
    commands = _make("regenerate")
    assert "--changelog CHANGELOG.md" in commands and "-o spec/openapi.yaml" in commands


@pytest.fixture
def other_build(tmp_path: Path) -> Path:
    """A build that is not the committed one: another version, its own warnings and change log."""
    spec = json.loads((ROOT / "spec" / "openapi.json").read_text())
    spec["info"]["version"] = "7.7.7"
    (tmp_path / "openapi.json").write_text(json.dumps(spec))
    (tmp_path / "openapi.yaml").write_text((ROOT / "spec" / "openapi.yaml").read_text() + "# other build\n")
    (tmp_path / "warnings.txt").write_text("pages/x.mdx:1:1: warning: only in the other build [x]\n")
    (tmp_path / "CHANGELOG.md").write_text("# Changelog\n\n## 7.7.7 (2026-01-01)\n\nthe other build\n")
    return tmp_path


def test_make_site_ships_the_spec_and_change_log_of_the_build_given(
    other_build: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    _make("site", f"SPEC={other_build / 'openapi.yaml'}", f"SITE={site}", dry=False)
    assert sorted(p.name for p in site.iterdir()) == sorted(SITE_FILES)
    for name in ("openapi.yaml", "openapi.json", "CHANGELOG.md"):
        assert (site / name).read_bytes() == (other_build / name).read_bytes(), name
    assert "7.7.7" in (site / "index.html").read_text()


def test_make_site_refuses_a_build_without_its_change_log(other_build: Path, tmp_path: Path) -> None:
    """Never the committed CHANGELOG.md beside another spec."""
    (other_build / "CHANGELOG.md").unlink()
    completed = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "site",
            f"SPEC={other_build / 'openapi.json'}",
            f"SITE={tmp_path / 's'}",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode != 0
    assert f"{other_build / 'CHANGELOG.md'}" in completed.stderr
    assert not (tmp_path / "s").exists()


def test_make_warnings_reads_the_warnings_beside_the_spec(other_build: Path) -> None:
    printed = _make("-s", "warnings", f"SPEC={other_build / 'openapi.yaml'}", dry=False)
    assert printed == (other_build / "warnings.txt").read_text()
    assert _make("-s", "warnings", dry=False) == (ROOT / "spec" / "warnings.txt").read_text()


def test_generator_site_defaults_to_the_change_log_of_its_spec(other_build: Path, tmp_path: Path) -> None:
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator.site",
            "--spec",
            other_build / "openapi.yaml",
            "-o",
            tmp_path / "s",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert (tmp_path / "s" / "CHANGELOG.md").read_bytes() == (other_build / "CHANGELOG.md").read_bytes()


def test_the_committed_overlays_correct_the_committed_build_only(tmp_path: Path) -> None:
    """spec/overlays/*.yaml (here a stand-in folder) go with the committed docs, never with another DOCS=."""
    folder = tmp_path / "overlays"
    folder.mkdir()
    (folder / "fix.yaml").write_text("overlay: 1.0.0\n")
    committed = _make("-B", "spec", f"OVERLAY_DIR={folder}")
    assert f"--overlay {folder / 'fix.yaml'}" in committed
    other = _make("-B", "spec", f"OVERLAY_DIR={folder}", f"DOCS={tmp_path}", f"SPEC={tmp_path / 'o.yaml'}")
    assert "--overlay" not in other
    given = _make(
        "-B", "spec", f"OVERLAY_DIR={folder}", f"DOCS={tmp_path}", f"OVERLAYS={tmp_path / 'mine.yaml'}"
    )
    assert f"--overlay {tmp_path / 'mine.yaml'}" in given and "fix.yaml" not in given
