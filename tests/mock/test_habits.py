"""Issue 21: a script with openai-python habits runs against the mock and passes mypy --strict."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.prism import prism

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "habits_script.py"
PACKAGE = HERE.parents[1] / "generated_client"


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with prism() as url:
        yield url


def test_the_habits_script_runs_against_the_mock(mock_url: str) -> None:
    environment = {
        **os.environ,
        "THREECOMMAS_BASE_URL": mock_url,
        "THREECOMMAS_API_KEY": "mock",
        "THREECOMMAS_API_SECRET": "mock",
    }
    done = subprocess.run(
        [sys.executable, str(SCRIPT)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("created ") and any(line.startswith("cancelled ") for line in lines)
    assert lines[-1].startswith("threecommas ")


def test_the_habits_script_passes_mypy_strict(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".cache"), str(SCRIPT)],
        env={**os.environ, "MYPYPATH": str(PACKAGE)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
