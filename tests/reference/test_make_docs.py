"""`make regenerate DOCS=...` takes files or folders; the generator reads a folder recursively.

A folder means its ``*.md`` and ``*.mdx`` at any depth, in name order, without ``README.md``.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from generator.pipeline import expand_documents

ROOT = Path(__file__).resolve().parents[2]


def _spec_command(*make_arguments: str) -> str:
    completed = subprocess.run(
        ["make", "-n", "regenerate", *make_arguments], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return next(line for line in completed.stdout.splitlines() if " -m generator regenerate " in line)


def test_default_docs_are_the_committed_chapters_folder() -> None:
    assert " -m generator regenerate spec/docs -o spec/openapi.yaml" in _spec_command()
    chapters = [p.name for p in expand_documents([ROOT / "spec" / "docs"])]
    assert chapters == ["general_api_information.md", "smart_trades_api.md"]


def test_a_folder_means_its_documents_at_any_depth_without_its_readme(tmp_path: Path) -> None:
    (tmp_path / "area" / "deeper").mkdir(parents=True)
    for name in (
        "bots_api.md",
        "README.md",
        "accounts_api.md",
        "notes.txt",
        "area/1_a.mdx",
        "area/deeper/2.mdx",
    ):
        (tmp_path / name).write_text("# x\n")
    assert f"regenerate {tmp_path} -o" in _spec_command(f"DOCS={tmp_path}")
    found = [p.relative_to(tmp_path).as_posix() for p in expand_documents([tmp_path])]
    assert found == ["accounts_api.md", "area/1_a.mdx", "area/deeper/2.mdx", "bots_api.md"]


def test_files_and_folders_mix_and_outputs_can_go_elsewhere(tmp_path: Path) -> None:
    (tmp_path / "deals_api.md").write_text("# x\n")
    chapter = "spec/docs/general_api_information.md"
    command = _spec_command(f"DOCS={chapter} {tmp_path}", f"SPEC={tmp_path}/o.yaml")
    assert f"{chapter} {tmp_path} -o {tmp_path}/o.yaml" in command
    assert expand_documents([Path(chapter), tmp_path]) == [Path(chapter), tmp_path / "deals_api.md"]
