"""Broken documents: a located error, exit 1, and the previous spec files left byte for byte."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GENERAL = (ROOT / "spec" / "docs" / "general_api_information.md").read_text()
SEED = (ROOT / "spec" / "docs" / "smart_trades_api.md").read_text()


def _break(old: str, new: str, count: int = 1) -> str:
    assert old in SEED
    return SEED.replace(old, new, count)


BROKEN = {
    "missing fence": (
        _break("```\nPOST /ver1/smart_trades/create_simple_buy\n```\n", ""),
        "smart_trades_api.md:20:1: error: operation 'Create SimpleBuy' has no fenced 'METHOD /path' block",
    ),
    "broken table": (
        _break(
            "------------ | ------------ | ------------ | ------------ | ------------\naccount_id | integer | YES |   | id from GET /ver1/accounts\npair | string | YES |   | \nunits_to_buy | number | YES |   | Amount of units to buy\nbuy_price | number | YES |   | \nconditional_limit_price | number | NO |   | Order price for conditional SimpleSell",
            "account_id integer YES\npair string YES\nunits_to_buy | number | YES |   | Amount\nconditional_limit_price | number | NO |   | Order price for conditional SimpleSell",
        ),
        "smart_trades_api.md:12:1: error: parameters table is broken",
    ),
    "unknown type": (
        _break(
            "units_to_buy | number | YES |   | Amount of units to buy",
            "units_to_buy | nmber | YES |   | Amount of units to buy",
        ),
        "smart_trades_api.md:16:1: error: units_to_buy: unknown type 'nmber'",
    ),
    "duplicate operation": (
        _break("POST /ver1/smart_trades/create_simple_buy", "POST /ver1/smart_trades/create_simple_sell"),
        "smart_trades_api.md:20:1: error: duplicate operation POST /ver1/smart_trades/create_simple_sell (first defined at smart_trades_api.md:3:1)",
    ),
    "duplicate parameter": (
        _break(
            "pair | string | YES |   | \n", "pair | string | YES |   | \npair | string | NO |   | again\n"
        ),
        "smart_trades_api.md:16:1: error: parameter 'pair' is listed twice with different definitions (lines 15 and 16)",
    ),
    # Each bracket is a nested object schema that later stages walk recursively.
    "brackets nested too deep": (
        _break(
            "units_to_buy | number | YES |   | Amount of units to buy",
            "units_to_buy" + "".join(f"[b{i}]" for i in range(2000)) + " | number | YES |   | Amount",
        ),
        "smart_trades_api.md:16:1: error: parameter name 'units_to_buy' nests 2000 brackets deep; at most 16",
    ),
    "no operations at all": (
        "# Nothing here\n\nJust prose.\n",
        "smart_trades_api.md:1:1: error: no operation, entity or general information found",
    ),
}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name.startswith("openapi")}


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "general_api_information.md").write_text(GENERAL)
    (tmp_path / "openapi.yaml").write_text("previous yaml\n")
    (tmp_path / "openapi.json").write_text("{}\n")
    return tmp_path


def _spec(workdir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "spec",
            "general_api_information.md",
            "smart_trades_api.md",
            "-o",
            "openapi.yaml",
            *extra,
        ],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        check=False,
    )


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_document(name: str, workdir: Path) -> None:
    text, expected = BROKEN[name]
    (workdir / "smart_trades_api.md").write_text(text)
    before = _snapshot(workdir)
    completed = _spec(workdir)
    assert completed.returncode == 1
    assert expected in completed.stderr, completed.stderr
    assert "nothing was written" in completed.stderr
    assert _snapshot(workdir) == before
    assert sorted(p.name for p in workdir.iterdir()) == [
        "general_api_information.md",
        "openapi.json",
        "openapi.yaml",
        "smart_trades_api.md",
    ]


def test_brackets_at_the_depth_limit_are_read(workdir: Path) -> None:
    name = "units_to_buy" + "".join(f"[b{i}]" for i in range(16))
    (workdir / "smart_trades_api.md").write_text(
        _break(
            "units_to_buy | number | YES |   | Amount of units to buy", f"{name} | number | YES |   | Amount"
        )
    )
    completed = _spec(workdir)
    assert completed.returncode == 0, completed.stderr
    assert "b15" in (workdir / "openapi.json").read_text()


def test_not_utf8_is_reported_with_its_line(workdir: Path) -> None:
    (workdir / "smart_trades_api.md").write_bytes(
        SEED.encode().replace(b"Amount of units", b"Amount \xff of units", 1)
    )
    completed = _spec(workdir)
    assert completed.returncode == 1
    assert "smart_trades_api.md:16:1: error: document is not UTF-8" in completed.stderr


def test_missing_file_is_an_error(workdir: Path) -> None:
    completed = _spec(workdir)
    assert completed.returncode == 1
    assert "smart_trades_api.md:1:1: error: cannot read document" in completed.stderr


def test_strict_turns_warnings_into_failure(workdir: Path) -> None:
    (workdir / "smart_trades_api.md").write_text(SEED)
    relaxed = _spec(workdir)
    assert relaxed.returncode == 0, relaxed.stderr
    assert ": warning: " in relaxed.stderr
    (workdir / "openapi.yaml").write_text("previous yaml\n")
    before = _snapshot(workdir)
    strict = _spec(workdir, "--strict")
    assert strict.returncode == 1
    assert _snapshot(workdir) == before


def test_deeply_nested_json_is_a_warning_not_a_crash(workdir: Path) -> None:
    # json.loads raises RecursionError past ~1,000 levels: each place that reads JSON says so.
    start = GENERAL.index("```javascript\n") + len("```javascript\n")
    end = GENERAL.index("```", start)
    (workdir / "general_api_information.md").write_text(
        GENERAL[:start] + "[" * 100_000 + "\n" + GENERAL[end:]
    )
    (workdir / "smart_trades_api.md").write_text(
        _break("| limit, market, conditional (limit) |", "| " + "[" * 100_000 + " |")
    )
    completed = _spec(workdir)
    assert "Traceback" not in completed.stderr, completed.stderr[-2000:]
    assert completed.returncode == 0, completed.stderr[-2000:]
    fence_line = GENERAL[:start].count("\n")  # the example's fence, where the warning points
    assert (
        f"general_api_information.md:{fence_line}:1: warning: error payload example nests too deeply to read"
        in completed.stderr
    )
    assert "smart_trades_api.md:19:1: warning: buy_method: cannot read values" in completed.stderr
