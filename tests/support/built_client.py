"""A client generated from a spec made in a test, and Python code run against it in a child
process (so that its ``threecommas`` package does not meet the committed one)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from generator.client.generate import generate_client
from generator.spec_refs import rules_as_built

ROOT = Path(__file__).resolve().parents[2]


def seed_spec() -> dict[str, Any]:
    """The committed spec, as data to edit: its rule objects as built, each body's fields a
    component (``spec_refs.rules_as_built``), which the client reads alike."""
    spec: dict[str, Any] = YAML(typ="safe", pure=True).load((ROOT / "spec" / "openapi.yaml").read_text())
    return dict(rules_as_built(spec))


def build_client(spec: dict[str, Any], work: Path) -> Path:
    """The package generated from ``spec`` in ``work/client``."""
    spec_path = work / "openapi.yaml"
    with spec_path.open("w") as out:
        YAML(typ="safe", pure=True).dump(spec, out)
    generate_client(spec_path, work / "client", quiet=True)
    return work / "client"


def run_with(client: Path, code: str) -> subprocess.CompletedProcess[str]:
    """``code`` run by a fresh interpreter that imports ``threecommas`` from ``client``."""
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(client)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
