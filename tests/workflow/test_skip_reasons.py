"""`make test` says why each skipped test skipped (the README promises skips "say so")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.node import ROOT


def test_the_summary_gives_each_skip_its_reason(tmp_path: Path) -> None:
    """The project's pytest settings, as `make test` runs them, list every skip with its reason."""
    (tmp_path / "test_absent.py").write_text(
        "import pytest\n\n\n"
        "def test_needs_a_folder() -> None:\n"
        "    pytest.skip('the folder ../elsewhere is absent: nothing to read')\n"
    )
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-c",
            str(ROOT / "pyproject.toml"),
            "--rootdir",
            str(tmp_path),
            str(tmp_path / "test_absent.py"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "1 skipped" in completed.stdout, completed.stdout
    assert "SKIPPED [1] " in completed.stdout, completed.stdout
    assert "the folder ../elsewhere is absent: nothing to read" in completed.stdout, completed.stdout
