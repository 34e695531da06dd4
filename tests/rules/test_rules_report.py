"""`python -m generator rules`: what it understood, line by line, and what it did not."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.support.generator_cli import generator_cli

ROOT = Path(__file__).resolve().parents[2]
DOCS = ["spec/docs/general_api_information.md", "spec/docs/smart_trades_api.md"]


def _rules(*documents: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return generator_cli("rules", *documents, cwd=cwd, timeout=120)


def test_seed_report_understands_everything() -> None:
    completed = _rules(*DOCS)
    assert completed.returncode == 0
    lines = completed.stdout.splitlines()
    assert lines[-1] == "phrases not understood: 0"
    assert (
        "  spec/docs/smart_trades_api.md:137  take_profit_sell_order_price: required if take_profit_sell_method = limit"
        "  <- 'Required if limit'"
    ) in lines
    assert (
        "  spec/docs/smart_trades_api.md:194  rate: required if not is_market  <- 'Required if LIMIT order used'"
        in lines
    )
    assert "create_smart_trade  (POST /ver1/smart_trades/create_smart_trade)" in lines


def test_unreadable_phrases_are_listed_with_their_line(tmp_path: Path) -> None:
    text = (
        (ROOT / DOCS[1])
        .read_text()
        .replace("Required if take_profit_enabled.", "Required when the moon is full.", 1)
    )
    (tmp_path / "smart_trades_api.md").write_text(text)
    completed = _rules(str(tmp_path / "smart_trades_api.md"))
    assert completed.returncode == 1
    assert (
        "smart_trades_api.md:53  take_profit_type: NOT UNDERSTOOD 'Required when the moon is full'"
        in completed.stdout
    )
    assert completed.stdout.splitlines()[-1] == "phrases not understood: 1"
