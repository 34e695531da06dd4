"""``BENCH_ONLY=answers make bench``: ``python -m generator answers`` on 1,000 and 10,000 recorded
exchanges, in each format, as users run it (a fresh interpreter per run).

Target (issue 30): 1,000 exchanges well under 10 s; memory bounded by the largest exchange, not
by the recording. Memory is the process's peak RSS; the baseline beside it is a fresh interpreter
that only loads the same HAR whole with ``json.load`` (what a reader that does not stream holds).
The exchanges are made up here from the committed spec: a page of ten SmartTrades (every field
from the spec's examples, one undocumented key, one status the spec does not list) for
``GET /ver1/smart_trades``, one SmartTrade for each other operation, every fifth one refused with a
4xx. A last row has the 10,000 exchanges plus one 8 MB answer: the peak grows by about that answer.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.answers.exchanges import go_vcr, har, vcrpy  # noqa: E402

SPEC = ROOT / "spec" / "openapi.yaml"
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
BASE = "https://api.3commas.io/public/api"

#: The peak is VmHWM, which exec resets: ``ru_maxrss`` would count the pages a child shares with
#: the parent it was forked from until it execs (the bench's own 70 MB).
HIGH_WATER = (
    "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')), file=sys.stderr)\n"
)
PEAK = "import sys\nfrom generator.cli import main\ncode = main(sys.argv[1:])\n" + HIGH_WATER
LOAD_ONLY = "import json, sys\njson.load(open(sys.argv[1]))\n" + HIGH_WATER


def trade(spec: dict[str, Any], number: int) -> dict[str, Any]:
    fields = spec["components"]["schemas"]["SmartTradeEntity"]["properties"]
    entity = {name: (field.get("examples") or [None])[0] for name, field in fields.items()}
    entity.update(id=number, status="paused" if number % 7 == 0 else "bought", bot_note="made up")
    return entity


def exchanges(spec: dict[str, Any], count: int, huge: bool = False) -> list[dict[str, Any]]:
    operations = [
        (method.upper(), path)
        for path, item in spec["paths"].items()
        for method in item
        if method in ("get", "post", "patch", "put", "delete")
    ]
    made = []
    for number in range(count):
        method, path = operations[number % len(operations)]
        url = BASE + path.replace("{smart_trade_id}", str(number))
        refused = number % 5 == 4
        if path == "/ver1/smart_trades" and method == "GET":
            url += "?limit=10&offset=0"
            answer: Any = [trade(spec, number * 10 + i) for i in range(10)]
        else:
            answer = trade(spec, number)
        made.append(
            {
                "method": method,
                "url": url,
                "headers": {"APIKEY": "bench-key", "Signature": "bench-signature"},
                "body": {"pair": "USDT_BTC"} if method != "GET" else None,
                "status": 422 if refused else 200,
                "answer": {"error": "record_invalid", "error_description": "made up"} if refused else answer,
            }
        )
    if huge:
        made.append({**made[0], "answer": [trade(spec, i) for i in range(4000)]})
    return made


def run(spec: Path, recording: Path) -> tuple[float, int]:
    started = time.perf_counter()
    ran = subprocess.run(
        [sys.executable, "-c", PEAK, "answers", str(spec), str(recording), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if ran.returncode not in (0, 1):
        raise SystemExit(f"answers failed: {ran.stderr}")
    return elapsed, int(ran.stderr.strip().splitlines()[-1])


def load_only(recording: Path) -> int:
    ran = subprocess.run(
        [sys.executable, "-c", LOAD_ONLY, str(recording)], capture_output=True, text=True, check=True
    )
    return int(ran.stderr.strip().splitlines()[-1])


WRITERS = {"HAR": (har, ".har"), "go-vcr v2": (go_vcr, ".yaml"), "vcrpy": (vcrpy, ".yml")}
SIZES = ((1000, False), (10000, False), (10000, True))


def write_recordings(work: Path) -> None:
    """Every recording of the table, written by a child process: a child forked from a parent
    holding 10,000 exchanges would count the parent's pages in its own peak RSS."""
    spec = yaml.safe_load(SPEC.read_text())
    for count, huge in SIZES:
        made = exchanges(spec, count, huge)
        for name, (writer, suffix) in WRITERS.items():
            if not huge or name == "HAR":
                (work / f"r{count}{'-huge' if huge else ''}{suffix}").write_text(writer(made))


def table() -> str:
    rows = [
        f"| exchanges | format | MB | seconds (median of {ROUNDS}) | peak RSS MB | `json.load` alone, MB |"
    ]
    rows.append("| ---: | --- | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        subprocess.run([sys.executable, __file__, "--write", str(work)], check=True)
        for count, huge in SIZES:
            for name, (_writer, suffix) in WRITERS.items():
                if huge and name != "HAR":
                    continue
                recording = work / f"r{count}{'-huge' if huge else ''}{suffix}"
                runs = [run(SPEC, recording) for _ in range(ROUNDS)]
                seconds = statistics.median(r[0] for r in runs)
                peak = max(r[1] for r in runs) / 1024
                baseline = f"{load_only(recording) / 1024:.0f}" if name == "HAR" else ""
                size = recording.stat().st_size / 1e6
                label = f"{count + huge:,}" + (" (one of 8 MB)" if huge else "")
                rows.append(f"| {label} | {name} | {size:.1f} | {seconds:.2f} | {peak:.0f} | {baseline} |")
    return "\n".join(rows)


HEADING = "## `answers` (target: 1,000 exchanges well under 10 s; memory flat in the recording's size)\n"


def main() -> int:
    print(HEADING)
    print(table())
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--write"]:
        write_recordings(Path(sys.argv[2]))
        sys.exit(0)
    sys.exit(main())
