"""`make bench`: how fast regeneration is, and what the client adds to each call.

Every figure is a ratio to a baseline measured in the same run, never an absolute threshold:

1. regeneration, stage by stage, next to stock openapi-python-client on the same spec;
2. parser scaling: the reference at 1x, 8x, 64x and 512x its size (512x is 7.4 MB, just under
   the 8 MiB input limit), time per operation and peak memory;
3. one signed create and one list call against a loopback server, sync and async, next to raw
   httpx with hand-written signing and JSON parsing (the floor) and py3cw 0.1.1, interleaved,
   medians of several rounds;
4. import time next to ``import httpx`` alone, and peak memory of 1,000 calls.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import hashlib
import hmac
import io
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from generator.client.generate import format_package, render_package, verify_package  # noqa: E402
from generator.diagnostics import DiagnosticSink  # noqa: E402
from generator.emit import dump_json, dump_yaml  # noqa: E402
from generator.openapi.build import build_spec, plan_operations  # noqa: E402
from generator.openapi.validate import validate_spec  # noqa: E402
from generator.pipeline import extract_all_rules, read_documents  # noqa: E402

DOCS = [ROOT / "spec" / "docs" / "general_api_information.md", ROOT / "spec" / "docs" / "smart_trades_api.md"]
SECRET = "bench-secret"

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "7"))
CALLS = int(os.environ.get("BENCH_CALLS", "300"))


def median_time(function: Callable[[], Any], rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# -- 1. regeneration ---------------------------------------------------------------------------


def regeneration() -> list[tuple[str, float]]:
    sources = [(p.name, p.read_text()) for p in DOCS]
    spec_path = ROOT / "spec" / "openapi.yaml"
    stages: dict[str, list[float]] = {}
    stock: list[float] = []
    for _ in range(max(3, ROUNDS // 2)):
        with tempfile.TemporaryDirectory() as work:
            sink = DiagnosticSink()
            marks = [("start", time.perf_counter())]
            documents = read_documents(sources, sink)
            planned = plan_operations(documents, sink)
            marks.append(("parse", time.perf_counter()))
            rules = extract_all_rules(planned, sink)
            marks.append(("rules", time.perf_counter()))
            spec = build_spec(documents, planned, rules, sink)
            validate_spec(spec, sink)
            (Path(work) / "openapi.yaml").write_text(dump_yaml(spec))
            (Path(work) / "openapi.json").write_text(dump_json(spec))
            marks.append(("spec emit (build, validate, write)", time.perf_counter()))
            output = Path(work) / "client"
            plan = render_package(spec, output)
            marks.append(("client generation", time.perf_counter()))
            format_package(output)
            verify_package(output, plan)
            marks.append(("formatting (ruff) and checks", time.perf_counter()))
            for (_, before), (name, after) in itertools.pairwise(marks):
                stages.setdefault(name, []).append(after - before)
            stages.setdefault("whole regeneration", []).append(marks[-1][1] - marks[0][1])
            stock.append(stock_generation(spec_path, Path(work) / "stock"))
    rows = [(name, statistics.median(values)) for name, values in stages.items()]
    rows.append(("stock openapi-python-client, same spec (with its ruff hooks)", statistics.median(stock)))
    return rows


def stock_generation(spec_path: Path, output: Path) -> float:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    start = time.perf_counter()
    subprocess.run(
        [
            Path(sys.executable).parent / "openapi-python-client",
            "generate",
            "--path",
            spec_path,
            "--output-path",
            output,
            "--meta",
            "none",
            "--overwrite",
        ],
        capture_output=True,
        check=False,
        env=env,
    )
    return time.perf_counter() - start


# -- 2. parser scaling -------------------------------------------------------------------------


def scaling() -> list[tuple[int, int, float, float]]:
    """(factor, operations, seconds per operation, peak MB) from 1x up to the 8 MiB input limit."""
    rows = []
    for factor in (1, 8, 64, 512):
        # Each size in a fresh process: peak memory (ru_maxrss) only ever grows within one.
        completed = subprocess.run(
            [sys.executable, __file__, "--scaling-child", str(factor), str(3 if factor >= 64 else ROUNDS)],
            capture_output=True,
            text=True,
            check=True,
        )
        operations, per_operation, peak = completed.stdout.split()
        rows.append((factor, int(operations), float(per_operation), float(peak)))
    return rows


def scaling_child(factor: int, rounds: int) -> None:
    import resource

    general = DOCS[0].read_text()
    body, entities = DOCS[1].read_text().split("# Response Entities")
    copies = [body.replace("/ver1/smart_trades", f"/ver1/copy{n}/smart_trades") for n in range(1, factor)]
    copies.insert(0, body)
    document = "\n".join(copies) + "\n# Response Entities" + entities
    sources = [("general.md", general), ("smart_trades.md", document)]
    assert len(document.encode()) <= 8 * 1024 * 1024, "beyond the input limit"
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    def run() -> None:
        sink = DiagnosticSink()
        documents = read_documents(sources, sink)
        planned = plan_operations(documents, sink)
        build_spec(documents, planned, extract_all_rules(planned, sink), sink)

    operations = 13 * factor + 2
    per_operation = median_time(run, rounds=rounds) / operations
    peak = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    print(operations, per_operation, peak)


# -- 3. per call -------------------------------------------------------------------------------

ENTITY = {
    "id": 1,
    "account_id": 68,
    "status": "bought",
    "buy_price": "101.12",
    "units_to_buy": "1.0525",
    "created_at": "2018-08-08 08:08:08",
    "profit_percentage": "15.26",
    "take_profit_price_condition": "105.125",
    "stop_loss_price_condition": "95.84",
    "pair": "USDT_BTC",
    "note": "Best pair",
    "take_profit_steps": [{"id": 1, "price": "102.15", "percent": "25.6", "status": "enqueued"}],
}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # One buffered write per answer, and no Nagle: otherwise each call waits ~40 ms for a
    # delayed ACK, which would hide every client's own cost.
    disable_nagle_algorithm = True
    wbufsize = -1
    single = json.dumps(ENTITY).encode()
    many = json.dumps([ENTITY] * 10).encode()

    def _answer(self, body: bytes) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()

    def do_GET(self) -> None:
        self._answer(self.many)

    def do_POST(self) -> None:
        self._answer(self.single)

    def log_message(self, *_: object) -> None:
        pass


@contextlib.contextmanager
def loopback() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


CREATE_BODY = {
    "account_id": 1,
    "pair": "USDT_BTC",
    "units_to_buy": "0.01",
    "buy_price": "30000",
    "take_profit_enabled": True,
    "take_profit_type": "classic",
    "take_profit_price_condition": "33000",
    "stop_loss_enabled": False,
}


def floor_calls(base: str) -> tuple[Callable[[], Any], Callable[[], Any]]:
    """Raw httpx, signing and JSON by hand: the least any client can do."""
    client = httpx.Client(base_url=base)

    def signed(method: str, path: str, body: bytes | None, query: str = "") -> Any:
        uri = f"/public/api{path}" + (f"?{query}" if query else "")
        signature = hmac.new(SECRET.encode(), uri.encode() + (body or b""), hashlib.sha256).hexdigest()
        response = client.request(
            method,
            path + (f"?{query}" if query else ""),
            content=body,
            headers={"APIKEY": "k", "Signature": signature, "Content-Type": "application/json"},
        )
        return json.loads(response.content, parse_float=Decimal)

    body = json.dumps(CREATE_BODY).encode()
    return (
        lambda: signed("POST", "/ver1/smart_trades/create_smart_trade", body),
        lambda: signed("GET", "/ver1/smart_trades", None, "limit=10&offset=0"),
    )


def ours_calls(base: str) -> tuple[Callable[[], Any], Callable[[], Any]]:
    from threecommas import Client
    from threecommas.models import StopLossDisabled, TakeProfitClassic

    client = Client(api_key="k", api_secret=SECRET, base_url=base)
    trades = client.smart_trades
    return (
        lambda: trades.create_smart_trade(
            account_id=1,
            pair="USDT_BTC",
            units_to_buy="0.01",
            buy_price="30000",
            take_profit=TakeProfitClassic(take_profit_price_condition="33000"),
            stop_loss=StopLossDisabled(),
        ),
        lambda: trades.list_smart_trades(limit=10, offset=0),
    )


def py3cw_calls(base: str) -> tuple[Callable[[], Any], Callable[[], Any]]:
    import py3cw.request as py3cw_request

    py3cw_request.API_URL = base  # py3cw has no base-URL option; point it at the loopback server
    client = py3cw_request.Py3CW(
        key="k", secret=SECRET, request_options={"request_timeout": 10, "nr_of_retries": 0}
    )
    return (
        lambda: client.request(
            entity="smart_trades_deprecated", action="create_smart_trade", payload=CREATE_BODY
        ),
        lambda: client.request(
            entity="smart_trades_deprecated", action="", payload={"limit": 10, "offset": 0}
        ),
    )


def per_call() -> list[tuple[str, float, float]]:
    results: dict[str, dict[str, list[float]]] = {}
    with loopback() as base:
        contenders = {"raw httpx (floor)": floor_calls(base), "threecommas sync": ours_calls(base)}
        with contextlib.suppress(Exception):
            contenders["py3cw 0.1.1"] = py3cw_calls(base)
        for contender in contenders.values():  # warm up connections and caches
            for call in contender:
                for _ in range(20):
                    call()
        for _ in range(ROUNDS):  # interleaved: every contender in every round
            for name, (create, listing) in contenders.items():
                for label, call in (("create", create), ("list", listing)):
                    gc.disable()
                    start = time.perf_counter()
                    for _ in range(CALLS):
                        call()
                    elapsed = (time.perf_counter() - start) / CALLS
                    gc.enable()
                    results.setdefault(name, {}).setdefault(label, []).append(elapsed)
        results["threecommas async"] = async_per_call(base)
        results["raw httpx async (floor)"] = async_floor(base)
    return [
        (name, statistics.median(r["create"]), statistics.median(r["list"])) for name, r in results.items()
    ]


def async_per_call(base: str) -> dict[str, list[float]]:
    from threecommas import AsyncClient
    from threecommas.models import StopLossDisabled, TakeProfitClassic

    async def main() -> dict[str, list[float]]:
        out: dict[str, list[float]] = {"create": [], "list": []}
        async with AsyncClient(api_key="k", api_secret=SECRET, base_url=base) as client:
            trades = client.smart_trades
            for round_ in range(ROUNDS + 1):
                for label in ("create", "list"):
                    start = time.perf_counter()
                    for _ in range(CALLS):
                        if label == "create":
                            await trades.create_smart_trade(
                                account_id=1,
                                pair="USDT_BTC",
                                units_to_buy="0.01",
                                buy_price="30000",
                                take_profit=TakeProfitClassic(take_profit_price_condition="33000"),
                                stop_loss=StopLossDisabled(),
                            )
                        else:
                            await trades.list_smart_trades(limit=10, offset=0)
                    if round_:
                        out[label].append((time.perf_counter() - start) / CALLS)
        return out

    return asyncio.run(main())


def async_floor(base: str) -> dict[str, list[float]]:
    async def main() -> dict[str, list[float]]:
        out: dict[str, list[float]] = {"create": [], "list": []}
        body = json.dumps(CREATE_BODY).encode()
        async with httpx.AsyncClient(base_url=base) as client:
            for round_ in range(ROUNDS + 1):
                for label in ("create", "list"):
                    start = time.perf_counter()
                    for _ in range(CALLS):
                        path = (
                            "/ver1/smart_trades/create_smart_trade"
                            if label == "create"
                            else "/ver1/smart_trades?limit=10&offset=0"
                        )
                        content = body if label == "create" else None
                        signature = hmac.new(
                            SECRET.encode(), f"/public/api{path}".encode() + (content or b""), hashlib.sha256
                        ).hexdigest()
                        response = await client.request(
                            "POST" if content else "GET",
                            path,
                            content=content,
                            headers={"APIKEY": "k", "Signature": signature},
                        )
                        json.loads(response.content, parse_float=Decimal)
                    if round_:
                        out[label].append((time.perf_counter() - start) / CALLS)
        return out

    return asyncio.run(main())


# -- 4. import time and memory -----------------------------------------------------------------


def import_time(module: str) -> float:
    code = f"import time; s = time.perf_counter(); import {module}; print(time.perf_counter() - s)"
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    values = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
            ).stdout
        )
        for _ in range(ROUNDS)
    ]
    return statistics.median(values)


def peak_memory() -> tuple[float, float]:
    with loopback() as base:
        create, _ = ours_calls(base)
        floor_create, _ = floor_calls(base)
        peaks = []
        for call in (floor_create, create):
            call()
            tracemalloc.start()
            for _ in range(1000):
                call()
            peaks.append(tracemalloc.get_traced_memory()[1] / 1024 / 1024)
            tracemalloc.stop()
    return peaks[0], peaks[1]


def main() -> int:
    out = io.StringIO()
    print("## Regeneration (median seconds)", file=out)
    rows = regeneration()
    stock = rows[-1][1]
    whole = dict(rows)["whole regeneration"]
    print("| stage | seconds | share of whole |\n| --- | ---: | ---: |", file=out)
    for name, seconds in rows:
        print(f"| {name} | {seconds:.3f} | {seconds / whole:.0%} |", file=out)
    print(
        f"\nwhole regeneration / stock openapi-python-client: **{whole / stock:.2f}x** (target <= 1.3x)\n",
        file=out,
    )

    print("## Parser scaling (time per operation)", file=out)
    print(
        "| size | operations | ms per operation | vs 1x | peak memory added (MB) |\n"
        "| --- | ---: | ---: | ---: | ---: |",
        file=out,
    )
    scale = scaling()
    for factor, operations, per_op, peak in scale:
        print(
            f"| {factor}x | {operations} | {per_op * 1000:.2f} | {per_op / scale[0][2]:.2f}x | {peak:.0f} |",
            file=out,
        )
    print("\ntarget: every size within 1.5x of 1x per operation; memory proportional to size\n", file=out)

    print("## Per call against a loopback server (median microseconds per call)", file=out)
    calls = per_call()
    floors = {
        "sync": next(c for c in calls if c[0] == "raw httpx (floor)"),
        "async": next(c for c in calls if c[0] == "raw httpx async (floor)"),
    }
    print(
        "| client | create | list | create / floor | list / floor |\n| --- | ---: | ---: | ---: | ---: |",
        file=out,
    )
    for name, create, listing in calls:
        floor = floors["async" if "async" in name else "sync"]
        print(
            f"| {name} | {create * 1e6:.0f} | {listing * 1e6:.0f} "
            f"| {create / floor[1]:.2f}x | {listing / floor[2]:.2f}x |",
            file=out,
        )
    print("\ntarget: <= 1.15x the floor, faster than py3cw\n", file=out)

    print("## Import and memory", file=out)
    ours, httpx_alone = import_time("threecommas"), import_time("httpx")
    print(
        f"import threecommas: {ours * 1000:.0f} ms; import httpx alone: {httpx_alone * 1000:.0f} ms "
        f"(**{ours / httpx_alone:.2f}x**)",
        file=out,
    )
    floor_peak, our_peak = peak_memory()
    print(
        f"peak traced memory over 1,000 create calls: threecommas {our_peak:.2f} MiB, "
        f"raw httpx {floor_peak:.2f} MiB",
        file=out,
    )
    print(out.getvalue())
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / "latest.md").write_text(out.getvalue())
    shutil.rmtree(ROOT / "bench" / "__pycache__", ignore_errors=True)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--scaling-child"]:
        scaling_child(int(sys.argv[2]), int(sys.argv[3]))
        sys.exit(0)
    sys.exit(main())
