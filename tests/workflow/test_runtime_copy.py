"""The hand-written runtime reaches the package unchanged: what is reviewed is what ships."""

from __future__ import annotations

import tomllib

import pytest

from generator.client.generate import PACKAGE, RUNTIME, RUNTIME_MODULES
from tests.support.node import ROOT

PACKAGE_DIR = ROOT / "generated_client" / PACKAGE


def _line_length(pyproject_text: str) -> int:
    return int(tomllib.loads(pyproject_text)["tool"]["ruff"]["line-length"])


def test_every_runtime_module_is_copied() -> None:
    # ``__init__.py`` is rendered from a template; every other runtime file must be in the copy list.
    on_disk = {p.name for p in RUNTIME.glob("*.py")} - {"__init__.py"}
    assert on_disk == set(RUNTIME_MODULES)


@pytest.mark.parametrize("module", RUNTIME_MODULES)
def test_runtime_copy_is_byte_identical(module: str) -> None:
    source, copy = RUNTIME / module, PACKAGE_DIR / module
    assert copy.is_file(), f"{copy} is missing: run `make regenerate`"
    assert copy.read_bytes() == source.read_bytes(), (
        f"{copy.relative_to(ROOT)} differs from {source.relative_to(ROOT)}: the package's ruff "
        "settings reformat it (see generated_client/pyproject.toml) or the copy is stale"
    )


def test_package_and_repo_format_at_one_line_length() -> None:
    # ruff formats the package with its own pyproject; at another line length it rewraps the runtime.
    template = (ROOT / "generator" / "client" / "templates" / "pyproject.toml.jinja").read_text()
    root = _line_length((ROOT / "pyproject.toml").read_text())
    assert _line_length((ROOT / "generated_client" / "pyproject.toml").read_text()) == root
    assert f"line-length = {root}\n" in template
