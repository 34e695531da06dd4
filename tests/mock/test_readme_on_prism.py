"""The READMEs' Python examples run as written against ``make mock`` (Prism on the spec).

Every Python block of the client README (``generated_client/README.md``, from its template) and
of the repository's README (none today: its examples are commands; a block added there runs here
too) is executed with the environment the quick start sets (the mock's URL and placeholder
keys), Prism started from node_modules on 127.0.0.1 by the test and stopped after it: a block
that Prism answers with 422 (a request the spec refuses), or one that reaches for any other
address, fails here. A block calling a former name (a deprecated alias, which warns) fails too,
and no block names one: the examples use the current names. ``tests/client/test_readme.py`` runs
the client README's blocks against a server that checks signatures, and type-checks them with
``mypy --strict``.
"""

from __future__ import annotations

import asyncio
import json
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import extensions
from generator.naming import spec_sdk_names
from tests.support.prism import prism

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "generated_client" / "README.md"
READMES = (README, ROOT / "README.md")
#: The client's own words for a former name (``_deprecated.py``, ``models/__init__.py``).
DEPRECATED = r".* is deprecated and will be removed in the next minor version"


def python_blocks(readme: Path = README) -> list[str]:
    return re.findall(r"```python\n(.*?)```", readme.read_text(encoding="utf-8"), re.S)


BLOCKS = [(readme, index) for readme in READMES for index in range(len(python_blocks(readme)))]


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with prism() as url:
        yield url


def test_the_quick_start_is_first_and_the_real_api_is_labelled() -> None:
    text = README.read_text(encoding="utf-8")
    assert text.index("make mock") < text.index("```python")
    blocks = python_blocks()
    assert "Client()" in blocks[0] and "base_url" not in blocks[0]
    real = [b for b in blocks if "https://api.3commas.io" in b]
    assert len(real) == 1  # one example names the real API, and it says so just before it
    before = text[: text.index(real[0])].rsplit("```", 1)[0][-300:]
    assert "Against the real API" in before


@pytest.mark.parametrize(
    ("readme", "index"), BLOCKS, ids=[f"{r.relative_to(ROOT)} block {i + 1}" for r, i in BLOCKS]
)
def test_each_readme_block_runs_against_the_mock(
    readme: Path, index: int, mock_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("THREECOMMAS_BASE_URL", mock_url)
    monkeypatch.setenv("THREECOMMAS_API_KEY", "mock")
    monkeypatch.setenv("THREECOMMAS_API_SECRET", "mock")
    code = python_blocks(readme)[index]
    namespace: dict[str, Any] = {"__name__": "readme_block"}
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=DEPRECATED, category=DeprecationWarning)
        exec(compile(code, f"{readme.name} block {index + 1}", "exec"), namespace)
        if "main" in namespace:
            asyncio.run(namespace["main"]())


def former_names(spec: dict[str, Any]) -> list[str]:
    """Every former name the spec keeps as a deprecated alias: ``.smart_trades.get(`` for a
    method, ``BuyLimitByDefault`` for a class."""
    names = [
        f".{'.'.join(name.resource)}.{alias}("
        for name in spec_sdk_names(spec).values()
        for alias in name.aliases
    ]
    for schema in spec["components"]["schemas"].values():
        names += [str(alias) for alias in schema.get(extensions.SDK_ALIASES) or ()]
    return names


def test_no_example_names_a_former_name() -> None:
    spec = json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8"))
    code = "\n".join(block for readme in READMES for block in python_blocks(readme))
    assert "client.smart_trades.list(" in code  # the blocks were found
    used = [name for name in former_names(spec) if re.search(rf"{re.escape(name)}(?!\w)", code)]
    assert used == []


def test_a_former_name_would_fail_here() -> None:
    """The filter above turns the client's deprecation warning into the block's failure."""
    spec = json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8"))
    classes = [name for name in former_names(spec) if not name.startswith(".")]
    if not classes:
        pytest.skip("the committed spec keeps no former class name to try")
    with warnings.catch_warnings(), pytest.raises(DeprecationWarning, match=DEPRECATED):
        warnings.filterwarnings("error", message=DEPRECATED, category=DeprecationWarning)
        exec(f"from threecommas.models import {classes[0]}", {"__name__": "readme_block"})
