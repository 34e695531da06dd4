"""Made-up MDX pages, built through the whole spec pipeline (node parses them, as in a real run)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from typing import Any

import pytest

from generator.diagnostics import DiagnosticSink, GenerationFailed
from generator.pipeline import run_spec_pipeline
from tests.support.node import ROOT


@pytest.fixture(autouse=True)
def _node_and_parser() -> None:
    if shutil.which("node") is None:
        pytest.fail("node is not on PATH: the MDX reader needs it (it is part of set-up)")
    if not (ROOT / "node_modules" / "remark-mdx").is_dir():
        pytest.fail("node_modules/remark-mdx is missing: run `make node` (npm ci) first")


Build = Callable[..., tuple[dict[str, Any], DiagnosticSink]]


@pytest.fixture
def build() -> Build:
    """``build({"area/1_x.mdx": text, ...})`` → (spec, diagnostics); the spec is validated."""

    def run(pages: dict[str, str]) -> tuple[dict[str, Any], DiagnosticSink]:
        result = run_spec_pipeline(list(pages.items()))
        return result.spec, result.sink

    return run


@pytest.fixture
def build_failing() -> Callable[[dict[str, str]], list[str]]:
    """Pages that must end in located errors: the diagnostics, as printed."""

    def run(pages: dict[str, str]) -> list[str]:
        with pytest.raises(GenerationFailed) as failure:
            run_spec_pipeline(list(pages.items()))
        return [str(d) for d in failure.value.diagnostics]

    return run
