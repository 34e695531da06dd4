"""Other languages get useful types: openapi-typescript on the spec, then `tsc --strict`.

create_smart_trade bodies the reference allows compile (the classic take-profit variant, and
one carrying fields of other variants, which the reference never forbids); a body that picks
the step-sell take profit without its steps, or gives a selector a value outside its enum, must
not.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.node import ROOT, node_tool

HERE = Path(__file__).parent
#: file -> (the one thing wrong in it, its fix): the fixed body must compile, so the error
#: is that thing and nothing else.
INVALID = {
    "invalid_steps_missing.ts": (
        "  stop_loss_enabled: false,",
        '  take_profit_step_orders: [{ percent: 50, price: 101, price_method: "bid" }],\n  stop_loss_enabled: false,',
    ),
    "invalid_selector_value.ts": ('take_profit_type: "trailing"', 'take_profit_type: "classic"'),
}


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
    for name in ("valid_usage.ts", *INVALID):
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


@pytest.mark.parametrize("file", sorted(INVALID))
def test_a_body_the_reference_refuses_does_not_compile(types_dir: Path, file: str) -> None:
    completed = _tsc(types_dir, file)
    assert completed.returncode != 0
    assert "error TS" in completed.stdout
    wrong, fix = INVALID[file]
    text = (types_dir / file).read_text()
    assert text.count(wrong) == 1
    (types_dir / f"fixed_{file}").write_text(text.replace(wrong, fix))
    fixed = _tsc(types_dir, f"fixed_{file}")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
