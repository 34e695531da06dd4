"""Other languages get useful types: openapi-typescript on the spec, then `tsc --strict`.

A create_smart_trade body with the classic take-profit variant compiles; one that sends a
take-profit price with take profit disabled (a field of another variant) must not.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.node import ROOT, node_tool

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def types_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("ts")
    subprocess.run(
        [
            node_tool("openapi-typescript"),
            str(ROOT / "spec" / "openapi.yaml"),
            "--default-non-nullable",
            "false",
            "-o",
            str(work / "api.d.ts"),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    for name in ("valid_usage.ts", "invalid_usage.ts"):
        shutil.copy(HERE / name, work / name)
    return work


def _tsc(directory: Path, file: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            node_tool("tsc"),
            "--strict",
            "--noEmit",
            "--skipLibCheck",
            "--target",
            "es2020",
            "--module",
            "es2020",
            file,
        ],
        cwd=directory,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_generated_types_exist(types_dir: Path) -> None:
    text = (types_dir / "api.d.ts").read_text()
    assert "CreateSmartTradeRequest" in text and "TakeProfitClassic" in text


def test_valid_variant_compiles(types_dir: Path) -> None:
    completed = _tsc(types_dir, "valid_usage.ts")
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_wrong_variant_does_not_compile(types_dir: Path) -> None:
    completed = _tsc(types_dir, "invalid_usage.ts")
    assert completed.returncode != 0
    assert "error TS" in completed.stdout
    assert "take_profit_price_condition" in completed.stdout or "take_profit_enabled" in completed.stdout
