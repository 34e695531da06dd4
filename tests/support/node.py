"""Locating the node tools of package-lock.json (installed by `make node`, i.e. `npm ci`)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def node_tool(name: str) -> Path:
    """``node_modules/.bin/<name>``; fails the test with the fix if `npm ci` has not run."""
    path = ROOT / "node_modules" / ".bin" / name
    if not path.exists():
        pytest.fail(f"{path} is missing: run `make node` (npm ci) first; `make test` does it for you")
    return path
