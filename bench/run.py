"""`make bench`: how fast regeneration is, and what the client adds to each call.

Every figure is a ratio to a baseline measured in the same run, never an absolute threshold:

1. regeneration, stage by stage, next to stock openapi-python-client on the same spec;
2. parser scaling: the reference at 1x, 8x, 64x and 512x its size (512x is 7.4 MB, just under
   the 8 MiB input limit), time per operation of the whole `spec` command (read, plan, rules,
   build, validate, YAML and JSON) and peak memory;
3. one signed create (the reference's full 22-field example, our typed arguments built inside
   the timed call) and one list call (50 trades of every field, step lists included, parsed into
   entities) against a loopback server in its own process checking every signature, sync and
   async, next to raw httpx with hand-written signing and plain ``json.loads`` (the floor) and
   py3cw 0.1.1, interleaved, paired ratios over many short rounds;
4. import time next to ``import httpx`` alone, in a virtualenv holding only the client and its
   dependencies, interleaved, paired ratios;
5. the current reference (``../shared/docs-mdx``, when present): the whole site read into a spec
   as users run it (target <= 10 s), and spec + client next to stock openapi-python-client on
   that spec (``BENCH_ONLY=mdx`` runs this part alone);
6. the MCP server's start-up, process start to tools listed (``bench/mcp_startup.py``;
   ``BENCH_ONLY=mcp`` runs this part alone);
7. ``answers`` on 1,000 and 10,000 recorded exchanges, time and peak memory
   (``BENCH_ONLY=answers``, bench/answers_bench.py).
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
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bench.mcp_startup import mcp_table  # noqa: E402
from generator.client.generate import render_package  # noqa: E402
from generator.diagnostics import DiagnosticSink  # noqa: E402
from generator.emit import dump_json, dump_yaml  # noqa: E402
from generator.openapi.build import build_spec  # noqa: E402
from generator.openapi.validate import validate_spec  # noqa: E402
from generator.operations import plan_operations  # noqa: E402
from generator.pipeline import extract_all_rules, read_documents  # noqa: E402

DOCS = [ROOT / "spec" / "docs" / "general_api_information.md", ROOT / "spec" / "docs" / "smart_trades_api.md"]
SECRET = "bench-secret"

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "7"))
CALLS = int(os.environ.get("BENCH_CALLS", "300"))
#: Per-call rounds: many short paired rounds, so that a burst of load elsewhere spoils few.
CALL_ROUNDS = int(os.environ.get("BENCH_CALL_ROUNDS", "31"))
CALLS_PER_ROUND = int(os.environ.get("BENCH_CALLS_PER_ROUND", "60"))


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
            render_package(spec, output)
            marks.append(("client generation (templates and ruff post-hooks)", time.perf_counter()))
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


# -- 5. the current reference (MDX site) ------------------------------------------------------

SITE = ROOT.parent / "shared" / "docs-mdx"


def mdx_site() -> tuple[list[tuple[str, float]], tuple[list[float], list[float]]]:
    """Median seconds of `regenerate` over the whole site (node parse included), of `spec` and
    `client` run apart, and of stock openapi-python-client on the same spec."""
    generator = [sys.executable, "-m", "generator"]
    regenerate_runs: list[float] = []
    spec_runs: list[float] = []
    client_runs: list[float] = []
    stock: list[float] = []

    def timed(*arguments: str) -> float:
        """Seconds of one ``python -m generator`` command, run as users run it."""
        start = time.perf_counter()
        subprocess.run([*generator, *arguments], cwd=ROOT, capture_output=True, check=True)
        return time.perf_counter() - start

    for _ in range(max(3, ROUNDS // 2)):
        with tempfile.TemporaryDirectory() as work:
            # What `make regenerate DOCS=../shared/docs-mdx` runs: one process, spec and client;
            # stock right after it, on the spec it wrote.
            one = Path(work) / "one"
            regenerate_runs.append(
                timed(
                    "regenerate", str(SITE), "-o", str(one / "openapi.yaml"), "--client", str(one / "client")
                )
            )
            stock.append(stock_generation(one / "openapi.yaml", Path(work) / "stock"))
            # The two commands apart (`make spec`, then `make client`): the client reads the
            # file and checks it again, as it does any spec given to it.
            spec_path = Path(work) / "two" / "openapi.yaml"
            spec_runs.append(timed("spec", str(SITE), "-o", str(spec_path)))
            client_runs.append(timed("client", str(spec_path), "-o", f"{work}/two/client"))
    # Each round's ratio, ours over stock measured next to it: on a loaded machine the rounds
    # differ more than the two sides of one round do.
    ratios = sorted(r / k for r, k in zip(regenerate_runs, stock, strict=True))
    apart = sorted((s + c) / k for s, c, k in zip(spec_runs, client_runs, stock, strict=True))
    return [
        (
            "site → spec + client (`python -m generator regenerate`, as `make regenerate`)",
            statistics.median(regenerate_runs),
        ),
        ("site → spec (`python -m generator spec ../shared/docs-mdx`)", statistics.median(spec_runs)),
        (
            "spec → client (`python -m generator client`, the spec read and checked again)",
            statistics.median(client_runs),
        ),
        ("stock openapi-python-client, same spec", statistics.median(stock)),
    ], (ratios, apart)


def mdx_table(out: io.StringIO) -> None:
    if not SITE.is_dir():
        print(f"skipped: {SITE} (../shared/docs-mdx) is absent\n", file=out)
        return
    load_before = os.getloadavg()[0]
    rows, (ratios, apart) = mdx_site()
    print(f"load average before: {load_before:.1f}\n", file=out)
    print("| step | seconds |\n| --- | ---: |", file=out)
    for name, seconds in rows:
        print(f"| {name} | {seconds:.3f} |", file=out)
    spec_seconds = rows[1][1]
    print(f"\nsite → spec: **{spec_seconds:.1f} s** (target <= 10 s)", file=out)
    print(
        "regenerate (spec + client) / stock openapi-python-client, per round: "
        f"median **{statistics.median(ratios):.2f}x**, from {ratios[0]:.2f}x to {ratios[-1]:.2f}x "
        f"over {len(ratios)} rounds (target <= 1.3x)",
        file=out,
    )
    print(
        "the same as two commands (`spec`, then `client` checking the file again): "
        f"median {statistics.median(apart):.2f}x, from {apart[0]:.2f}x to {apart[-1]:.2f}x; "
        f"load average after: {os.getloadavg()[0]:.1f}\n",
        file=out,
    )


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
        # The whole `spec` command but the file writes: validation and both dumps included,
        # since they were most of its time on large documents (issue 19.8).
        sink = DiagnosticSink()
        documents = read_documents(sources, sink)
        planned = plan_operations(documents, sink)
        spec = build_spec(documents, planned, extract_all_rules(planned, sink), sink)
        validate_spec(spec, sink)
        dump_yaml(spec)
        dump_json(spec)

    operations = 13 * factor + 2
    per_operation = median_time(run, rounds=rounds) / operations
    peak = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    print(operations, per_operation, peak)


# -- 3. per call -------------------------------------------------------------------------------

SERVER_PATH = "/ver1/smart_trades"
#: The reference's full Create SmartTrade: 22 fields, every one of its seven rule groups set (buy
#: method limit, trailing buy off, a step-sell take profit of two steps, sold at market, with a
#: trailing take profit, a stop loss sold by a limit order, with a timeout). The floor and py3cw
#: send this dict, encoded per call; our client builds the same body from typed arguments
#: (checked to be the same JSON before timing: :func:`same_create_body`).
CREATE_BODY = {
    "account_id": 1,
    "pair": "USDT_BTC",
    "units_to_buy": 0.01,
    "buy_price": 30000,
    "buy_method": "limit",
    "trailing_buy_enabled": False,
    "take_profit_enabled": True,
    "take_profit_type": "step_sell",
    "take_profit_step_orders": [
        {"percent": 50, "price": 31000, "price_method": "bid"},
        {"percent": 50, "price_percentage": 12.5, "price_method": "last"},
    ],
    "take_profit_price_method": "bid",
    "take_profit_sell_method": "market",
    "trailing_take_profit": True,
    "trailing_take_profit_step": 0.5,
    "stop_loss_enabled": True,
    "stop_loss_price_condition": 28500,
    "stop_loss_price_method": "last",
    "stop_loss_sell_method": "limit",
    "stop_loss_sell_order_price": 28400,
    "trailing_stop_loss": False,
    "stop_loss_timeout_enabled": True,
    "stop_loss_timeout_seconds": 300,
    "note": "bench",
}


@contextlib.contextmanager
def api_server() -> Iterator[str]:
    """The verifying server (bench/server.py) in its own process."""
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "server.py"), SECRET],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        yield f"http://127.0.0.1:{int(process.stdout.readline())}/public/api"
    finally:
        assert process.stdin is not None
        process.stdin.close()
        process.wait(timeout=10)


def _sign(path_and_query: str, body: bytes) -> str:
    return hmac.new(SECRET.encode(), path_and_query.encode() + body, hashlib.sha256).hexdigest()


def floor_calls(base: str) -> dict[str, Callable[[], Any]]:
    """Raw httpx with hand signing and json.loads: the least any client can do per call."""
    client = httpx.Client()

    def create() -> Any:
        body = json.dumps(dict(CREATE_BODY)).encode()
        path = "/public/api/ver1/smart_trades/create_smart_trade"
        response = client.post(
            base + "/ver1/smart_trades/create_smart_trade",
            content=body,
            headers={"APIKEY": "k", "Signature": _sign(path, body), "Content-Type": "application/json"},
        )
        if response.status_code != 200:
            raise RuntimeError(f"floor create: {response.status_code}")
        return json.loads(response.content)

    def listing() -> Any:
        query = "limit=50&offset=0"
        response = client.get(
            f"{base}/ver1/smart_trades?{query}",
            headers={"APIKEY": "k", "Signature": _sign(f"/public/api/ver1/smart_trades?{query}", b"")},
        )
        if response.status_code != 200:
            raise RuntimeError(f"floor list: {response.status_code}")
        return json.loads(response.content)

    def read_all() -> Any:
        page = listing()
        read_every_value(page)
        return page

    return {"create": create, "list": listing, "list, every field read": read_all}


def _create_arguments() -> dict[str, Any]:
    """The typed arguments of :data:`CREATE_BODY`, every variant class and step built anew, as a
    caller's code does per call."""
    from threecommas.models import (
        BuyLimit,
        StopLossEnabled,
        StopLossSellLimit,
        TakeProfitSellMarket,
        TakeProfitStepOrder,
        TakeProfitStepSell,
        TrailingBuyDisabled,
        TrailingTakeProfitEnabled,
    )

    return {
        "account_id": 1,
        "pair": "USDT_BTC",
        "units_to_buy": "0.01",
        "buy_price": 30000,
        "buy_method": BuyLimit(),
        "trailing_buy": TrailingBuyDisabled(),
        "take_profit": TakeProfitStepSell(
            take_profit_step_orders=[
                TakeProfitStepOrder(percent=50, price=31000, price_method="bid"),
                TakeProfitStepOrder(percent=50, price_percentage="12.5", price_method="last"),
            ]
        ),
        "take_profit_price_method": "bid",
        "take_profit_sell_method": TakeProfitSellMarket(),
        "trailing_take_profit": TrailingTakeProfitEnabled(trailing_take_profit_step="0.5"),
        "stop_loss": StopLossEnabled(stop_loss_price_condition=28500),
        "stop_loss_price_method": "last",
        "stop_loss_sell_method": StopLossSellLimit(stop_loss_sell_order_price=28400),
        "trailing_stop_loss": False,
        "stop_loss_timeout_enabled": True,
        "stop_loss_timeout_seconds": 300,
        "note": "bench",
    }


def same_create_body() -> None:
    """Our client's create body is the floor's, field for field: the two send the same request.
    Building the arguments warns of nothing: a warning (a class's former name) would be timed
    with every call."""
    from threecommas.models import CreateSmartTradeRequest

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ours = json.loads(CreateSmartTradeRequest(**_create_arguments()).to_json())
    if ours != CREATE_BODY:
        raise AssertionError(f"the bench's two create bodies differ: {ours} != {CREATE_BODY}")


def read_every_value(value: Any) -> None:
    """The floor's counterpart of :func:`read_every_field`: visit every value of the parsed JSON."""
    for item in value.values() if type(value) is dict else value:
        if type(item) is dict or type(item) is list:
            read_every_value(item)


#: Entity class -> its typed fields (``raw`` left out), for :func:`read_every_field`.
ENTITY_FIELDS: dict[type, tuple[str, ...]] = {}


def read_every_field(entity: Any) -> None:
    """Read every typed field, nested entities included: the cost of converting all of it.

    The same shape of walk as the floor's :func:`read_every_value` (one look at each value, a
    type test to find what to descend into), so that the walk costs both sides alike.
    """
    for name in ENTITY_FIELDS[type(entity)]:
        item = getattr(entity, name)
        if type(item) is list:
            for element in item:
                if type(element) in ENTITY_FIELDS:
                    read_every_field(element)
        elif type(item) in ENTITY_FIELDS:
            read_every_field(item)


def _entity_fields() -> None:
    import attrs
    from threecommas.models import SmartTradeEntity, SmartTradeStepEntity

    for cls in (SmartTradeEntity, SmartTradeStepEntity):
        ENTITY_FIELDS[cls] = tuple(f.name for f in attrs.fields(cls) if f.name != "raw")


def ours_calls(base: str) -> dict[str, Callable[[], Any]]:
    from threecommas import Client

    client = Client(api_key="k", api_secret=SECRET, base_url=base)
    trades = client.smart_trades
    _entity_fields()

    def read_all() -> Any:
        page = trades.list(limit=50, offset=0)
        for trade in page.items:  # this page only: iterating the page would fetch the next
            read_every_field(trade)
        return page

    return {
        # The arguments are built inside the call, as a caller would: the step objects count.
        "create": lambda: trades.create(**_create_arguments()),
        "list": lambda: trades.list(limit=50, offset=0),
        "list, every field read": read_all,
    }


def py3cw_calls(base: str) -> dict[str, Callable[[], Any]]:
    import py3cw.request as py3cw_request

    # py3cw has no base-URL option, and files `smart_trades` under its v2 routes: point it at
    # the server and give it the reference's v1 routes, so that it calls the same paths.
    py3cw_request.API_URL = base.removesuffix("/public/api")
    py3cw_request.API_VERSION_V2_ENTITIES = []
    py3cw_request.API_METHODS["smart_trades"] = {
        "": ("GET", ""),
        "create_smart_trade": ("POST", "create_smart_trade"),
    }
    client = py3cw_request.Py3CW(
        key="k", secret=SECRET, request_options={"request_timeout": 10, "nr_of_retries": 0}
    )

    def call(action: str, payload: dict[str, Any]) -> Any:
        error, data = client.request(entity="smart_trades", action=action, payload=payload)
        if error:
            raise RuntimeError(f"py3cw: {error}")
        return data

    return {
        "create": lambda: call("create_smart_trade", dict(CREATE_BODY)),
        "list": lambda: call("", {"limit": 50, "offset": 0}),
    }


def _timed(call: Callable[[], Any], calls: int) -> float:
    gc.collect()
    gc.disable()
    start = time.perf_counter()
    for _ in range(calls):
        call()
    elapsed = (time.perf_counter() - start) / calls
    gc.enable()
    return elapsed


def per_call_sync(base: str) -> dict[str, dict[str, list[float]]]:
    """Every contender, every operation, in every round; the order rotates between rounds."""
    contenders = {
        "raw httpx (floor)": floor_calls(base),
        "threecommas": ours_calls(base),
        "py3cw 0.1.1": py3cw_calls(base),
    }
    for operations in contenders.values():  # warm up connections and caches; fail on any error
        for call in operations.values():
            for _ in range(5):
                call()
    times: dict[str, dict[str, list[float]]] = {}
    names = list(contenders)
    for round_ in range(CALL_ROUNDS):
        for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
            for label, call in contenders[name].items():
                calls = CALLS_PER_ROUND if label == "create" else max(2, CALLS_PER_ROUND // 20)
                times.setdefault(name, {}).setdefault(label, []).append(_timed(call, calls))
    return times


def per_call_async(base: str) -> dict[str, dict[str, list[float]]]:
    from threecommas import AsyncClient

    async def main() -> dict[str, dict[str, list[float]]]:
        http = httpx.AsyncClient()
        client = AsyncClient(api_key="k", api_secret=SECRET, base_url=base)
        _entity_fields()
        trades = client.smart_trades

        async def floor_create() -> Any:
            body = json.dumps(dict(CREATE_BODY)).encode()
            path = "/public/api/ver1/smart_trades/create_smart_trade"
            response = await http.post(
                base + "/ver1/smart_trades/create_smart_trade",
                content=body,
                headers={"APIKEY": "k", "Signature": _sign(path, body), "Content-Type": "application/json"},
            )
            if response.status_code != 200:
                raise RuntimeError(f"async floor create: {response.status_code}")
            return json.loads(response.content)

        async def floor_list() -> Any:
            query = "limit=50&offset=0"
            response = await http.get(
                f"{base}/ver1/smart_trades?{query}",
                headers={"APIKEY": "k", "Signature": _sign(f"/public/api/ver1/smart_trades?{query}", b"")},
            )
            if response.status_code != 200:
                raise RuntimeError(f"async floor list: {response.status_code}")
            return json.loads(response.content)

        async def floor_list_all() -> Any:
            page = await floor_list()
            read_every_value(page)
            return page

        async def ours_create() -> Any:
            return await trades.create(**_create_arguments())

        async def ours_list() -> Any:
            return await trades.list(limit=50, offset=0)

        async def ours_list_all() -> Any:
            page = await trades.list(limit=50, offset=0)
            for trade in page.items:
                read_every_field(trade)
            return page

        contenders = {
            "raw httpx async (floor)": {
                "create": floor_create,
                "list": floor_list,
                "list, every field read": floor_list_all,
            },
            "threecommas async": {
                "create": ours_create,
                "list": ours_list,
                "list, every field read": ours_list_all,
            },
        }

        async def timed(call: Callable[[], Any], calls: int) -> float:
            gc.collect()
            gc.disable()
            start = time.perf_counter()
            for _ in range(calls):
                await call()
            elapsed = (time.perf_counter() - start) / calls
            gc.enable()
            return elapsed

        for operations in contenders.values():
            for call in operations.values():
                for _ in range(5):
                    await call()
        times: dict[str, dict[str, list[float]]] = {}
        names = list(contenders)
        for round_ in range(CALL_ROUNDS):
            for name in names[round_ % 2 :] + names[: round_ % 2]:
                for label, call in contenders[name].items():
                    calls = CALLS_PER_ROUND if label == "create" else max(2, CALLS_PER_ROUND // 20)
                    times.setdefault(name, {}).setdefault(label, []).append(await timed(call, calls))
        await client.aclose()
        await http.aclose()
        return times

    return asyncio.run(main())


def paired(ours: list[float], floor: list[float]) -> str:
    """Median of the per-round ratios, with their interquartile range: ``1.08x (1.03-1.12)``."""
    ratios = sorted(o / f for o, f in zip(ours, floor, strict=True))
    low, _, high = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else (ratios[0],) * 3
    return f"{statistics.median(ratios):.2f}x ({low:.2f}-{high:.2f})"


def per_call_table(out: io.StringIO) -> None:
    same_create_body()
    load = os.getloadavg()
    print(f"load average at the start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}\n", file=out)
    with api_server() as base:
        sync = per_call_sync(base)
        asynchronous = per_call_async(base)
    print(
        "| client | create (us) | list 50 (us) | list 50, every field read (us) "
        "| create / floor | list / floor | list, every field read / floor |",
        file=out,
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |", file=out)
    for results, floor_name in ((sync, "raw httpx (floor)"), (asynchronous, "raw httpx async (floor)")):
        floor = results[floor_name]
        for name, times in results.items():
            full = times.get("list, every field read")
            create, listing = statistics.median(times["create"]), statistics.median(times["list"])
            full_text = f"{statistics.median(full) * 1e6:.0f}" if full else "-"
            print(f"| {name} | {create * 1e6:.0f} | {listing * 1e6:.0f} | {full_text} |", end="", file=out)
            print(
                f" {paired(times['create'], floor['create'])} | {paired(times['list'], floor['list'])} "
                f"| {paired(full, floor['list, every field read']) if full else '-'} |",
                file=out,
            )
    print(
        "\nRatios: median of the per-round ratios to the floor of the same round "
        "(interquartile range in brackets); 'every field read' is against the floor visiting every "
        "value of its parsed JSON (plain json.loads, as response.json() does). targets: create <= 1.15x, "
        "list <= 1.0x, both faster than py3cw\n",
        file=out,
    )


# -- 4. import time ---------------------------------------------------------------------------


@contextlib.contextmanager
def users_environment() -> Iterator[Path]:
    """A fresh virtualenv holding what ``pip install threecommas-client`` gives a user.

    The development venv also holds httpx's optional CLI (click, rich, pygments), which
    ``import httpx`` loads whenever it is installed: it inflates the baseline by about half and
    so understates what the client adds. The client is installed from this checkout, its
    dependencies from PyPI; the interpreters run isolated (``-I``: no ``PYTHONPATH``, no user
    site), so that nothing of the development checkout leaks in.
    """
    with tempfile.TemporaryDirectory(prefix="bench-import-") as work:
        venv = Path(work) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        python = venv / "bin" / "python"
        subprocess.run(
            [
                python,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                ROOT / "generated_client",
            ],
            check=True,
        )
        yield python


def import_rounds(python: Path, modules: tuple[str, ...]) -> dict[str, list[float]]:
    """Seconds of ``import module`` in fresh interpreters, the modules interleaved in each round;
    bytecode compiled beforehand (the first import writes it)."""
    code = "import sys, time; s = time.perf_counter(); import {0}; print(time.perf_counter() - s)"
    for module in modules:
        subprocess.run([python, "-I", "-c", f"import {module}"], check=True)
    times: dict[str, list[float]] = {module: [] for module in modules}
    for round_ in range(max(ROUNDS, 15)):
        for module in modules[round_ % 2 :] + modules[: round_ % 2]:
            completed = subprocess.run(
                [python, "-I", "-c", code.format(module)], capture_output=True, text=True, check=True
            )
            times[module].append(float(completed.stdout))
    return times


def loads_asyncio(python: Path, module: str) -> bool:
    completed = subprocess.run(
        [python, "-I", "-c", f"import sys, {module}; print('asyncio' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    )
    return completed.stdout.strip() == "True"


def import_table(out: io.StringIO) -> None:
    with users_environment() as python:
        times = import_rounds(python, ("httpx", "threecommas"))
        asyncio_loaded = loads_asyncio(python, "threecommas")
    ours, alone = times["threecommas"], times["httpx"]
    ours_ms, alone_ms = statistics.median(ours) * 1000, statistics.median(alone) * 1000
    print(
        f"In a fresh virtualenv with only the client and its dependencies: import threecommas "
        f"{ours_ms:.1f} ms; import httpx alone {alone_ms:.1f} ms; "
        f"paired ratio **{paired(ours, alone)}** (target <= 1.3x); asyncio imported by threecommas: "
        f"{asyncio_loaded}",
        file=out,
    )


def machine() -> str:
    import platform

    python = platform.python_version()
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {python}, {platform.system()}"


def scaling_table(out: io.StringIO) -> None:
    print("## Parser scaling (the whole `spec` command but the writes, per operation)", file=out)
    print(
        "| size | operations | seconds | ms per operation | vs 1x | peak memory added (MB) |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        file=out,
    )
    scale = scaling()
    for factor, operations, per_op, peak in scale:
        print(
            f"| {factor}x | {operations} | {per_op * operations:.1f} | {per_op * 1000:.2f} "
            f"| {per_op / scale[0][2]:.2f}x | {peak:.0f} |",
            file=out,
        )
    print(
        "\ntarget: 512x (7.4 MB) under 60 s; every size within 1.5x of 1x per operation; "
        "memory proportional to size\n",
        file=out,
    )


def main() -> int:
    out = io.StringIO()
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {machine()}\n", file=out)
    if os.environ.get("BENCH_ONLY") == "scaling":
        scaling_table(out)
        print(out.getvalue())
        return 0
    if os.environ.get("BENCH_ONLY") == "mdx":
        print("## The current reference (MDX site)", file=out)
        mdx_table(out)
        print(out.getvalue())
        return 0
    if os.environ.get("BENCH_ONLY") == "mcp":
        print("## The MCP server's start-up", file=out)
        mcp_table(out)
        print(out.getvalue())
        return 0
    if os.environ.get("BENCH_ONLY") == "answers":
        import answers_bench

        return answers_bench.main()
    if os.environ.get("BENCH_ONLY") in ("client", "calls"):
        print("## Per call against the verifying server in its own process", file=out)
        per_call_table(out)
        if os.environ["BENCH_ONLY"] == "calls":  # without the import table's fresh virtualenv
            print(out.getvalue())
            return 0
        print("## Import", file=out)
        import_table(out)
        print(out.getvalue())
        return 0
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

    scaling_table(out)

    print("## Per call against the verifying server in its own process", file=out)
    per_call_table(out)
    print("## Import", file=out)
    import_table(out)
    print("## The current reference (MDX site)", file=out)
    mdx_table(out)
    print("## The MCP server's start-up", file=out)
    mcp_table(out)
    import answers_bench

    print(answers_bench.HEADING, file=out)
    print(answers_bench.table(), file=out)
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
