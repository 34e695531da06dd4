"""`make regenerate DOCS=...` takes chapter files or folders (a folder: its *.md but README.md)."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _spec_command(*make_arguments: str) -> str:
    completed = subprocess.run(
        ["make", "-n", "regenerate", *make_arguments], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return next(line for line in completed.stdout.splitlines() if " -m generator spec " in line)


def test_default_docs_are_the_committed_chapters() -> None:
    command = _spec_command()
    assert (
        "spec/docs/general_api_information.md spec/docs/smart_trades_api.md -o spec/openapi.yaml" in command
    )


def test_a_folder_means_its_chapters_without_its_readme(tmp_path: Path) -> None:
    for name in ("bots_api.md", "README.md", "accounts_api.md", "notes.txt"):
        (tmp_path / name).write_text("# x\n")
    command = _spec_command(f"DOCS={tmp_path}")
    assert f"{tmp_path}/accounts_api.md {tmp_path}/bots_api.md -o" in command
    assert "README" not in command and "notes.txt" not in command


def test_files_and_folders_mix_and_outputs_can_go_elsewhere(tmp_path: Path) -> None:
    (tmp_path / "deals_api.md").write_text("# x\n")
    command = _spec_command(
        f"DOCS=spec/docs/general_api_information.md {tmp_path}", f"SPEC={tmp_path}/o.yaml"
    )
    assert f"spec/docs/general_api_information.md {tmp_path}/deals_api.md -o {tmp_path}/o.yaml" in command
