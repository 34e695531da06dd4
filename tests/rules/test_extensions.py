"""The private ``x-`` keys have one spelling, in ``generator/extensions.py``.

Every other module of the generator and of the tests names them through that module; the
client's runtime, copied into a package that cannot import the generator, spells the keys it
reads itself, and each of those copies must be a key the module defines. docs/extensions.md
lists every key.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from generator import extensions
from tests.contract.spec_tools import load_spec

ROOT = Path(__file__).resolve().parents[2]
KEY = re.compile(r"x-[a-z]+(?:-[a-z]+)*")
RUNTIME = ROOT / "generator" / "client" / "runtime"
HOME = ROOT / "generator" / "extensions.py"


def _key_literals(path: Path) -> list[tuple[int, str]]:
    """Every string constant shaped like an extension key (HTTP headers such as ``x-trace`` too)."""
    return _literals_in(path.read_text(encoding="utf-8"))


def _spelled_keys(path: Path) -> list[tuple[int, str]]:
    """The constants that spell a key of the vocabulary (an HTTP header ``x-trace`` is not one)."""
    return [(line, key) for line, key in _key_literals(path) if key in extensions.SPEC_KEYS]


def _literals_in(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and KEY.fullmatch(node.value)
        and id(node) not in docstrings
    ]


SOURCES = sorted(
    path
    for folder in (ROOT / "generator", ROOT / "tests", ROOT / "bench")
    for path in folder.rglob("*.py")
    if path != HOME and RUNTIME not in path.parents
)


def test_the_scan_sees_keys(tmp_path: Path) -> None:
    """The check below can fail: a module spelling a key is found by the same scan."""
    module = tmp_path / "spells.py"
    module.write_text(f'"""Doc."""\nSELECTOR = {extensions.SELECTOR!r}\nHEADER = "x-trace"\n')
    assert _spelled_keys(module) == [(2, extensions.SELECTOR)]


@pytest.mark.parametrize("path", SOURCES, ids=[str(p.relative_to(ROOT)) for p in SOURCES])
def test_no_module_spells_a_key_itself(path: Path) -> None:
    assert _spelled_keys(path) == [], f"use generator.extensions in {path.relative_to(ROOT)}"


def test_the_runtime_copies_are_keys_the_module_defines() -> None:
    for path in sorted(RUNTIME.glob("*.py")):
        for line, key in _key_literals(path):
            assert key in extensions.SPEC_KEYS, f"{path.name}:{line}: {key} is not in generator/extensions.py"


def test_every_key_of_the_spec_is_defined() -> None:
    text = (ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8")
    used = set(re.findall(r"^\s*(?:- )?(x-[a-z-]+):", text, flags=re.MULTILINE))
    assert used, "the scan found no key"
    assert used <= extensions.SPEC_KEYS, used - extensions.SPEC_KEYS
    assert load_spec()  # the file read is the spec


def test_the_docs_list_every_key() -> None:
    page = (ROOT / "docs" / "extensions.md").read_text(encoding="utf-8")
    for key in sorted(extensions.SPEC_KEYS):
        assert f"| `{key}` |" in page, key
