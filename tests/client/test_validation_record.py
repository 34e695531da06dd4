"""The client command does not check again a spec the spec command has just validated and written,
and checks every other one (generator/validation_record.py).

Each test keeps its records in a folder of its own (``XDG_CACHE_HOME``) and builds the committed
chapters with the spec command in-process; ``spec_problems`` is replaced by a recorder, so that
what is checked is seen without relying on how long checking takes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import validation_record
from generator.client import generate
from generator.diagnostics import GenerationFailed
from generator.spec_command import write_spec
from generator.yaml12 import load_yaml12
from tests.support.node import ROOT

DOCS = [ROOT / "spec" / "docs"]


@pytest.fixture
def checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the client command checks (really, after noting them)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    seen: list[Path] = []
    real = generate.spec_problems

    def recording(spec: dict[str, object], text: str, path: Path) -> object:
        seen.append(path)
        return real(spec, text, path)

    monkeypatch.setattr(generate, "spec_problems", recording)
    return seen


def _built(tmp_path: Path) -> Path:
    spec = tmp_path / "out" / "openapi.yaml"
    assert write_spec(DOCS, spec, strict=False, report_changes=False) == 0
    return spec


def test_a_spec_the_spec_command_wrote_is_read_from_its_json_unchecked(
    tmp_path: Path, checked: list[Path]
) -> None:
    spec = _built(tmp_path)
    for given in (spec, spec.with_suffix(".json")):
        loaded, _ = generate.read_spec(given)
        # The same data, in the same order, as reading and checking the YAML gives.
        assert json.dumps(loaded) == json.dumps(load_yaml12(spec.read_text(encoding="utf-8")))
    assert checked == []


def test_an_edited_spec_is_checked(tmp_path: Path, checked: list[Path]) -> None:
    spec = _built(tmp_path)
    text = spec.read_text(encoding="utf-8")
    spec.write_text(text.replace("title: ", "title: Edited ", 1), encoding="utf-8")
    loaded, _ = generate.read_spec(spec)
    assert loaded["info"]["title"].startswith("Edited ")
    assert checked == [spec]


def test_a_changed_json_form_sends_the_yaml_to_the_check(tmp_path: Path, checked: list[Path]) -> None:
    spec = _built(tmp_path)
    twin = spec.with_suffix(".json")
    twin.write_text(
        twin.read_text(encoding="utf-8").replace('"title": "', '"title": "JSON ', 1), encoding="utf-8"
    )
    loaded, _ = generate.read_spec(spec)
    assert not loaded["info"]["title"].startswith("JSON ")  # the YAML's data, checked
    twin.unlink()
    generate.read_spec(spec)
    assert checked == [spec, spec]


def test_an_invalid_spec_copied_from_elsewhere_is_refused(tmp_path: Path, checked: list[Path]) -> None:
    spec = _built(tmp_path)
    broken = tmp_path / "elsewhere" / "openapi.yaml"
    broken.parent.mkdir()
    broken.write_text(
        spec.read_text(encoding="utf-8").replace("openapi: 3.1.0", "openapi: 3.1.0\nwebhooks: 7", 1)
    )
    (broken.parent / "openapi.json").write_bytes(spec.with_suffix(".json").read_bytes())
    with pytest.raises(GenerationFailed):
        generate.read_spec(broken)
    assert checked == [broken]


def test_records_of_another_checker_do_not_count(
    tmp_path: Path, checked: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = _built(tmp_path)
    # An upgrade of a validating package, or an edit of our checks, is another checker.
    monkeypatch.setattr(validation_record, "_checking", lambda: b"another checker")
    generate.read_spec(spec)
    assert checked == [spec]


def test_an_unwritable_cache_only_means_checking_again(
    tmp_path: Path, checked: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "cache").write_text("a file where the folder would be")
    spec = _built(tmp_path)
    generate.read_spec(spec)
    assert checked == [spec]


def test_old_records_are_removed(
    tmp_path: Path, checked: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(validation_record, "KEPT", 4)
    for number in range(5):
        validation_record.record(f"yaml {number}", f"json {number}")
    assert len(list(validation_record.folder().iterdir())) == 4


def test_no_home_folder_only_means_checking_again(
    tmp_path: Path, checked: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    spec = _built(tmp_path)
    generate.read_spec(spec)
    assert checked == [spec]
