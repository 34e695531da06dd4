"""Deterministic, atomic output."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.emit import OutputError, dump_json, dump_yaml, write_all_atomic
from generator.pipeline import run_spec_pipeline

ROOT = Path(__file__).resolve().parents[2]


def test_same_input_same_bytes() -> None:
    sources = [(p.name, p.read_text()) for p in sorted((ROOT / "spec" / "docs").glob("*.md"))]
    first, second = run_spec_pipeline(sources).spec, run_spec_pipeline(sources).spec
    assert dump_yaml(first) == dump_yaml(second)
    assert dump_json(first) == dump_json(second)


def test_write_atomic_reports_changes_and_keeps_mode(tmp_path: Path) -> None:
    target = tmp_path / "out.yaml"
    assert write_all_atomic({target: "a: 1\n"}) is True
    assert write_all_atomic({target: "a: 1\n"}) is False
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def test_failed_write_leaves_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.yaml"
    target.write_text("old\n")

    def refuse(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError, match="disk full"):
        write_all_atomic({target: "new\n"})
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.yaml"]  # no temporary file left behind


def test_a_pair_is_replaced_both_or_neither(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "out.yaml", tmp_path / "out.json"
    first.write_text("old yaml\n")
    second.write_text("old json\n")
    real_replace = os.replace
    calls: list[object] = []

    def second_fails(source: str, destination: os.PathLike[str] | str) -> None:
        calls.append(destination)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", second_fails)
    with pytest.raises(OutputError, match=r"out\.json: cannot write: No space left on device"):
        write_all_atomic({first: "new yaml\n", second: "new json\n"})
    assert len(calls) >= 2  # the first file was replaced, then put back
    assert first.read_text() == "old yaml\n"
    assert second.read_text() == "old json\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json", "out.yaml"]


def test_a_pair_with_a_new_file_is_removed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "out.yaml", tmp_path / "out.json"
    real_replace = os.replace

    def second_fails(source: str, destination: os.PathLike[str] | str) -> None:
        if Path(destination) == second:
            raise OSError(5, "Input/output error")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", second_fails)
    with pytest.raises(OutputError):
        write_all_atomic({first: "new yaml\n", second: "new json\n"})
    assert list(tmp_path.iterdir()) == []


def test_a_directory_in_the_way_stops_the_pair_before_anything_is_written(tmp_path: Path) -> None:
    first, second = tmp_path / "out.yaml", tmp_path / "out.json"
    first.write_text("old yaml\n")
    second.mkdir()
    with pytest.raises(OutputError, match="is a directory"):
        write_all_atomic({first: "new yaml\n", second: "new json\n"})
    assert first.read_text() == "old yaml\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json", "out.yaml"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
