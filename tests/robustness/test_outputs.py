"""Outputs are replaced whole or not at all, and a failure is one located line, never a traceback."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from generator.client.generate import generate_client
from generator.emit import OutputError
from generator.spec_command import spec_pair
from tests.support.generator_cli import generator_cli

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "spec" / "docs" / "general_api_information.md", ROOT / "spec" / "docs" / "smart_trades_api.md"]
SPEC_JSON = ROOT / "spec" / "openapi.json"


def _run(*arguments: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return generator_cli(*arguments, cwd=cwd, env={"PYTHONPATH": str(ROOT), "PATH": os.environ["PATH"]})


def _one_line_failure(completed: subprocess.CompletedProcess[str], expected: str) -> None:
    assert completed.returncode == 1, completed.stderr
    assert "Traceback" not in completed.stderr, completed.stderr
    errors = [line for line in completed.stderr.splitlines() if ": error: " in line]
    assert len(errors) == 1, completed.stderr
    assert expected in completed.stderr, completed.stderr


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_spec_pair_is_not_split_when_the_json_cannot_be_replaced(tmp_path: Path) -> None:
    (tmp_path / "out.yaml").write_text("previous yaml\n")
    (tmp_path / "out.json").mkdir()
    completed = _run("spec", *DOCS, "-o", "out.yaml", cwd=tmp_path)
    _one_line_failure(completed, "out.json: error: is a directory, not a file; nothing was written")
    assert (tmp_path / "out.yaml").read_text() == "previous yaml\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json", "out.yaml"]


def test_spec_output_under_a_regular_file(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("a file\n")
    completed = _run("spec", *DOCS, "-o", "plain/out.yaml", cwd=tmp_path)
    _one_line_failure(completed, "plain/out.yaml: error: cannot write: plain is not a directory")
    assert (tmp_path / "plain").read_text() == "a file\n"


def test_spec_output_pointing_at_a_directory(tmp_path: Path) -> None:
    (tmp_path / "out.yaml").mkdir()
    completed = _run("spec", *DOCS, "-o", "out.yaml", cwd=tmp_path)
    _one_line_failure(completed, "out.yaml: error: is a directory, not a file")
    assert not (tmp_path / "out.json").exists()


def test_client_given_a_truncated_spec(tmp_path: Path) -> None:
    text = SPEC_JSON.read_text()
    (tmp_path / "openapi.json").write_text(text[: len(text) // 2])
    completed = _run("client", "openapi.json", "-o", "out", cwd=tmp_path)
    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr
    line = text[: len(text) // 2].count("\n") + 1
    assert f"openapi.json:{line}:" in completed.stderr, completed.stderr
    assert "error: not JSON: " in completed.stderr
    assert "nothing was written" in completed.stderr
    assert not (tmp_path / "out").exists()


def test_client_given_a_spec_cut_to_a_fragment(tmp_path: Path) -> None:
    # Cut at a line boundary, the YAML still loads, but its last schema is empty.
    lines = (ROOT / "spec" / "openapi.yaml").read_text().splitlines(keepends=True)
    components = lines.index("components:\n")
    (tmp_path / "openapi.yaml").write_text("".join(lines[: components + 3]))
    completed = _run("client", "openapi.yaml", "-o", "out", cwd=tmp_path)
    # The schema left empty is named where it stands: a spec problem, located, not a bug of ours.
    _one_line_failure(
        completed,
        f"openapi.yaml:{components + 3}:5: error: not a valid OpenAPI document at "
        "components/schemas/AddSmartTradeFundsRequest: ",
    )
    assert len(completed.stderr.splitlines()) == 2, completed.stderr  # the error, then "failed: ..."
    assert not (tmp_path / "out").exists()


def test_client_given_a_spec_with_a_reference_to_nothing(tmp_path: Path) -> None:
    spec = json.loads(SPEC_JSON.read_text())
    del spec["components"]["schemas"]["PongEntity"]
    (tmp_path / "openapi.json").write_text(json.dumps(spec, indent=2))
    completed = _run("client", "openapi.json", "-o", "out", cwd=tmp_path)
    # Named at its first use: the ping response's schema, in the file's order.
    line = (
        json.dumps(spec, indent=2)
        .splitlines()
        .index('                  "$ref": "#/components/schemas/PongEntity"')
        + 1
    )
    _one_line_failure(
        completed,
        f"openapi.json:{line}:19: error: not a valid OpenAPI document at "
        "paths//ver1/ping/get/responses/200/content/application/json/schema/$ref: "
        "$ref #/components/schemas/PongEntity points to nothing",
    )
    assert not (tmp_path / "out").exists()


def test_client_given_a_spec_whose_operation_is_not_an_object(tmp_path: Path) -> None:
    spec = json.loads(SPEC_JSON.read_text())
    spec["paths"]["/ver1/ping"]["get"] = ["not", "an", "operation"]
    (tmp_path / "openapi.json").write_text(json.dumps(spec, indent=2))
    completed = _run("client", "openapi.json", "-o", "out", cwd=tmp_path)
    line = json.dumps(spec, indent=2).splitlines().index('      "get": [') + 1
    _one_line_failure(completed, f"openapi.json:{line}:7: error: not a valid OpenAPI document at paths/")
    assert "generator bug" not in completed.stderr
    assert not (tmp_path / "out").exists()


def test_client_given_a_missing_spec(tmp_path: Path) -> None:
    _one_line_failure(
        _run("client", "absent.json", "-o", "out", cwd=tmp_path), "absent.json: error: No such file"
    )


def test_client_output_that_is_a_regular_file(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("a file\n")
    completed = _run("client", SPEC_JSON, "-o", "out", cwd=tmp_path)
    _one_line_failure(completed, "out: error: is not a directory; nothing was written")
    assert (tmp_path / "out").read_text() == "a file\n"


def test_client_output_under_a_regular_file(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("a file\n")
    completed = _run("client", SPEC_JSON, "-o", "plain/out", cwd=tmp_path)
    _one_line_failure(completed, "plain/out: error: cannot write: ")
    assert f"{tmp_path / 'plain'} is not a directory" in completed.stderr


@pytest.fixture
def previous_package(tmp_path: Path) -> Path:
    """An output folder as a developer has it: a package, built wheels, an editable install."""
    output = tmp_path / "client"
    (output / "threecommas").mkdir(parents=True)
    (output / "threecommas" / "__init__.py").write_text("# previous\n")
    (output / "dist").mkdir()
    (output / "dist" / "threecommas_client-1.0.0-py3-none-any.whl").write_bytes(b"wheel")
    (output / "threecommas_client.egg-info").mkdir()
    (output / "threecommas_client.egg-info" / "PKG-INFO").write_text("Name: threecommas-client\n")
    return output


def test_client_failing_swap_leaves_the_previous_package_whole(
    previous_package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _tree(previous_package)
    real_replace = os.replace
    calls: list[str] = []

    def second_fails(source: str | os.PathLike[str], destination: str | os.PathLike[str]) -> None:
        calls.append(str(destination))
        if len(calls) == 2:
            raise OSError(30, "Read-only file system")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", second_fails)
    with pytest.raises(OutputError, match="cannot replace: Read-only file system"):
        generate_client(SPEC_JSON, previous_package, quiet=True)
    assert len(calls) == 3  # old moved aside, new refused, old moved back
    assert _tree(previous_package) == before
    assert sorted(p.name for p in previous_package.parent.iterdir()) == ["client"]


def test_client_stray_backup_paths_do_not_matter(previous_package: Path) -> None:
    # A crashed run of an older version left these; they are not ours to remove or to trip on.
    stray_file = previous_package.parent / ".client.old"
    stray_file.write_text("stray\n")
    stray_folder = previous_package.parent / ".client-stray"
    (stray_folder / "inside").mkdir(parents=True)
    wheel = (previous_package / "dist" / "threecommas_client-1.0.0-py3-none-any.whl").read_bytes()
    generate_client(SPEC_JSON, previous_package, quiet=True)
    assert (previous_package / "threecommas" / "client.py").is_file()
    assert (previous_package / "dist" / "threecommas_client-1.0.0-py3-none-any.whl").read_bytes() == wheel
    assert (previous_package / "threecommas_client.egg-info" / "PKG-INFO").is_file()
    assert stray_file.read_text() == "stray\n"
    assert (stray_folder / "inside").is_dir()
    assert sorted(p.name for p in previous_package.parent.iterdir()) == [
        ".client-stray",
        ".client.old",
        "client",
    ]
    shutil.rmtree(previous_package)


def test_client_folder_holds_no_tool_cache(tmp_path: Path) -> None:
    """Formatting runs ruff inside the new package: its cache must not end up in the output."""
    generate_client(SPEC_JSON, tmp_path / "client", quiet=True)
    caches = [p for p in (tmp_path / "client").rglob("*") if p.name in {".ruff_cache", "__pycache__"}]
    assert not caches, caches
    assert sorted(p.name for p in tmp_path.iterdir()) == ["client"]  # no work folder left beside it


@pytest.mark.parametrize(
    ("given", "yaml_name", "json_name"),
    [
        ("out.yaml", "out.yaml", "out.json"),
        ("out.yml", "out.yml", "out.json"),
        ("out.json", "out.yaml", "out.json"),
    ],
)
def test_spec_writes_both_forms_whatever_the_suffix(
    tmp_path: Path, given: str, yaml_name: str, json_name: str
) -> None:
    """``-o`` names either form; the other goes beside it, and the message names both files."""
    completed = _run("spec", *DOCS, "-o", given, cwd=tmp_path)
    assert completed.returncode == 0, completed.stderr
    # The build's warnings are written beside the spec (docs/serving.md).
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({yaml_name, json_name, "warnings.txt"})
    written = json.loads((tmp_path / json_name).read_text())
    assert YAML(typ="safe", pure=True).load((tmp_path / yaml_name).read_text()) == written
    assert written["paths"] == json.loads(SPEC_JSON.read_text())["paths"]  # the spec, not a stub
    assert f"wrote: {yaml_name} (YAML) and {json_name} (JSON)" in completed.stderr, completed.stderr
    again = _run("spec", *DOCS, "-o", given, cwd=tmp_path)
    assert f"unchanged: {yaml_name} (YAML) and {json_name} (JSON)" in again.stderr, again.stderr


@pytest.mark.parametrize("given", ["out", "out.txt", "out.JSON.bak"])
def test_spec_output_without_a_known_suffix_is_refused_before_any_work(tmp_path: Path, given: str) -> None:
    completed = _run("spec", *DOCS, "-o", given, cwd=tmp_path)
    _one_line_failure(completed, f"{given}: error: must end in .yaml, .yml or .json")
    assert list(tmp_path.iterdir()) == []


def test_check_and_spec_read_the_same_pair_of_paths() -> None:
    """`check --spec` names the pair as `spec -o` does: given the JSON, the YAML is beside it."""
    assert spec_pair(Path("a/x.json")) == (Path("a/x.yaml"), Path("a/x.json"))
    assert spec_pair(Path("a/x.YML")) == (Path("a/x.YML"), Path("a/x.json"))
    with pytest.raises(OutputError, match="must end in"):
        spec_pair(Path("a/x.json.txt"))
