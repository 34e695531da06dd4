"""The generator's command line, run as a user runs it: ``python -m generator ...`` in a child
process, its output captured."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def generator_cli(
    *arguments: str | Path,
    cwd: Path = ROOT,
    timeout: float = 300,
    env: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``python -m generator *arguments`` in ``cwd``; the caller reads its exit code and output."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, arguments)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )
