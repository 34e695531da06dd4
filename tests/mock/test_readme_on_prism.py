"""The client README runs as written against ``make mock`` (Prism on the spec).

Every Python block is executed with the environment the quick start sets (the mock's URL and
placeholder keys): a block that Prism answers with 422 (a request the spec refuses), or one that
reaches for any other address, fails here. ``tests/client/test_readme.py`` runs the same blocks
against a server that checks signatures, and type-checks them with ``mypy --strict``.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.prism import prism

README = Path(__file__).resolve().parents[2] / "generated_client" / "README.md"


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


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


@pytest.mark.parametrize("index", range(len(python_blocks())))
def test_each_readme_block_runs_against_the_mock(
    index: int, mock_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("THREECOMMAS_BASE_URL", mock_url)
    monkeypatch.setenv("THREECOMMAS_API_KEY", "mock")
    monkeypatch.setenv("THREECOMMAS_API_SECRET", "mock")
    code = python_blocks()[index]
    namespace: dict[str, Any] = {"__name__": "readme_block"}
    exec(compile(code, f"{README.name} block {index + 1}", "exec"), namespace)
    if "main" in namespace:
        asyncio.run(namespace["main"]())
