"""Deterministic, atomic output."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.emit import dump_json, dump_yaml, write_atomic
from generator.pipeline import run_spec_pipeline

ROOT = Path(__file__).resolve().parents[2]


def test_same_input_same_bytes() -> None:
    sources = [(p.name, p.read_text()) for p in sorted((ROOT / "spec" / "docs").glob("*.md"))]
    first, second = run_spec_pipeline(sources).spec, run_spec_pipeline(sources).spec
    assert dump_yaml(first) == dump_yaml(second)
    assert dump_json(first) == dump_json(second)


def test_write_atomic_reports_changes_and_keeps_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.yaml"
    assert write_atomic(target, "a: 1\n") is True
    assert write_atomic(target, "a: 1\n") is False
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def test_failed_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.yaml"
    target.write_text("old\n")

    def refuse(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        write_atomic(target, "new\n")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]  # no temporary file left behind


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
