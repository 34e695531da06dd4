"""The client of the current reference, built from ``../shared/docs-mdx`` (issue 23).

The site's pages are the public reference's own text and are never copied here: without the
folder every test skips and says so. The spec and the client are the session's one build of the
site (``make regenerate DOCS=../shared/docs-mdx ...``, tests/support/current_build.py); its ruff
and ``mypy --strict`` run is tests/workflow/test_current_path.py. The checks iterate the spec, so
they cover every operation whatever the site holds.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import extensions
from generator.naming import pascal, singular, spec_sdk_names, words
from generator.spec_refs import group_reference
from tests.support.current_build import CurrentBuild

ROOT = Path(__file__).resolve().parents[2]


def _run(*command: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> str:
    completed = subprocess.run(
        [str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=900, check=False
    )
    assert completed.returncode == 0, completed.stdout[-4000:] + completed.stderr[-4000:]
    return completed.stdout


@pytest.fixture(scope="module")
def current(current_build: CurrentBuild) -> CurrentBuild:
    """The session's one build of the site (tests/support/current_build.py)."""
    return current_build


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    ]


#: Runs in the generated package's interpreter: what the client offers for each operation, found
#: as users find it (``client.<x-sdk-resource>.<x-sdk-method>``), as JSON.
SURVEY = r"""
import functools, inspect, json, sys, typing
import threecommas
from threecommas import AsyncClient, Client

names = json.loads(sys.argv[1])


def loaded():
    return sorted(m for m in sys.modules if m.startswith("threecommas.resources."))


before = loaded()
client, aclient = Client(api_key="k", api_secret="s"), AsyncClient(api_key="k", api_secret="s")
after_client = loaded()
resources = [n for n in dir(Client) if isinstance(inspect.getattr_static(Client, n), functools.cached_property)]


def reach(root, name):
    for part in name["resource"]:
        root = getattr(root, part, None)
    return getattr(type(root), name["method"], None) if root is not None else None


methods = {}
for operation_id, name in names.items():
    function, twin = reach(client, name), reach(aclient, name)
    if function is None or twin is None:
        continue
    hints = typing.get_type_hints(function)
    twin_returns = str(typing.get_type_hints(twin).get("return"))
    methods[operation_id] = {
        # A paged list is a plain method returning an AsyncPaginator (awaitable, async-iterable).
        "async": inspect.iscoroutinefunction(twin) or "AsyncPaginator" in twin_returns,
        "parameters": {p: str(hints.get(p)) for p in inspect.signature(function).parameters if p != "self"},
        "returns": str(hints.get("return")),
    }
print(json.dumps({"before": before, "after_client": after_client, "resources": resources, "methods": methods}))
"""


@pytest.fixture(scope="module")
def survey(current: CurrentBuild) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(current.client_dir)}
    names = {
        operation_id: {"resource": list(name.resource), "method": name.method}
        for operation_id, name in spec_sdk_names(current.spec).items()
    }
    result: dict[str, Any] = json.loads(_run(sys.executable, "-c", SURVEY, json.dumps(names), env=env))
    return result


def _methods(survey: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """What the client offers, by operation id."""
    methods: dict[str, dict[str, Any]] = survey["methods"]
    return methods


def test_every_operation_has_a_method_sync_and_async(current: CurrentBuild, survey: dict[str, Any]) -> None:
    operations = _operations(current.spec)
    assert len(operations) >= 85, len(operations)
    methods = _methods(survey)
    missing = [op["operationId"] for _, _, op in operations if op["operationId"] not in methods]
    assert not missing, missing
    assert all(methods[op["operationId"]]["async"] for _, _, op in operations)


def test_resources_are_imported_on_first_use(survey: dict[str, Any]) -> None:
    assert survey["before"] == [] and survey["after_client"] == []
    assert len(survey["resources"]) >= 6


def test_paging_wherever_the_spec_says_a_list_pages(current: CurrentBuild, survey: dict[str, Any]) -> None:
    """Every operation the spec pages (``x-paging``, by record offset or page number, its records
    the answer or held in one of its properties) returns a page of entities; no other does,
    whatever its parameters are called."""
    methods = _methods(survey)
    counts, held = [], []
    for _, _, operation in _operations(current.spec):
        returns = methods[operation["operationId"]]["returns"]
        paging = operation.get(extensions.PAGING)
        if paging is not None:
            assert re.search(r"SyncPage\[threecommas\.models\.\w+\.\w+\]", returns), (
                operation["operationId"],
                returns,
            )
            counts.append(paging["counts"])
            if "items" in paging:
                held.append(operation["operationId"])
        else:
            assert "SyncPage" not in returns, (operation["operationId"], returns)
    # The site pages both ways: limit/offset (bots, deals) and page/per_page (accounts, smart trades).
    assert counts.count("records") >= 2 and counts.count("pages") >= 2, counts
    # GET /ver1/trades and /ver1/trades/history answer {"trades": [...]}.
    assert len(held) >= 2, held


#: The site's trades answer ``{"trades": [...]}``: walked as any paged list, the items typed, a
#: short page the last.
HELD = r"""
import asyncio, json
import httpx
from threecommas import AsyncClient, Client
from threecommas.models import TradeEntity

seen = []
def answer(request):
    offset, limit = int(request.url.params["offset"]), int(request.url.params["limit"])
    seen.append(offset)
    trades = [{"uuid": str(i), "pair": "USDT_BTC"} for i in range(offset, min(offset + limit, 7))]
    return httpx.Response(200, json={"trades": trades})

client = Client(api_key="k", api_secret="s", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
out = {}
page = client.trades.list(limit=3, offset=0)
out["first"] = [type(page).__name__, [type(t).__name__ for t in page.items], page.has_next_page()]
out["walk"] = [int(t.uuid) for t in page]
out["history"] = [len(p.items) for p in client.trades.history(limit=3, offset=0).iter_pages()]

async def walk():
    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    async with AsyncClient(api_key="k", api_secret="s", http_client=http) as aclient:
        return [int(t.uuid) async for t in aclient.trades.list(limit=3, offset=0)]

out["async"] = asyncio.run(walk())
out["requests"] = seen
print(json.dumps(out))
"""


def test_the_sites_held_lists_page_as_every_list(current: CurrentBuild) -> None:
    env = {**os.environ, "PYTHONPATH": str(current.client_dir)}
    out = json.loads(_run(sys.executable, "-c", HELD, env=env))
    assert out["first"] == ["SyncPage", ["TradeEntity"] * 3, True]
    assert out["walk"] == out["async"] == list(range(7))
    assert out["history"] == [3, 3, 1]
    # Three pages each walk (3, 3, then 1 < 3: the last), no request after a short page.
    assert out["requests"] == [0, 3, 6] * 3


def test_nested_request_bodies_are_typed_classes(survey: dict[str, Any]) -> None:
    """``position.units.value`` and ``take_profit.steps[]``: classes all the way down, no dicts."""
    create = _methods(survey)["create_smart_trade"]["parameters"]
    assert "CreateSmartTradePosition" in create["position"]
    assert "TakeProfit" in create["take_profit"]
    assert not any("dict[" in annotation for annotation in create.values())


def test_an_object_two_operations_send_alike_is_one_class(survey: dict[str, Any]) -> None:
    """Issue 28: ``stop_loss`` and ``take_profit`` of ``smart_trades.create`` and ``.update`` accept
    the same (the pages word them differently): one class each, named by the object, not by
    the operation; ``position`` differs between the two and is one class per operation."""
    create = _methods(survey)["create_smart_trade"]["parameters"]
    update = _methods(survey)["update_smart_trade"]["parameters"]
    for keyword, name in (("stop_loss", "StopLoss"), ("take_profit", "TakeProfit"), ("leverage", "Leverage")):
        assert re.search(rf"\b{name}\b", create[keyword]) and create[keyword] == update[keyword], keyword
    assert "CreateSmartTradePosition" in create["position"]
    assert "UpdateSmartTradePosition" in update["position"]


def _class_bodies(models: Path) -> dict[str, str]:
    """Each generated class's module, without its docstrings and with its own name made neutral."""
    bodies = {}
    for path in sorted(models.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        name = re.search(r"^class (\w+)\(", text, re.MULTILINE)
        if name is not None:
            text = re.sub(r'"""(?:.|\n)*?"""', "", text)
            bodies[name.group(1)] = re.sub(rf"\b{name.group(1)}\b", "Self", text)
    return bodies


def copies_named_by_operations(models: Path, operation_ids: set[str]) -> list[tuple[str, str]]:
    """Pairs of classes alike but for the operation their name starts with
    (``CreateSmartTradeStopLoss`` and ``UpdateSmartTradeStopLoss``)."""
    prefixes = sorted({pascal(o) for o in operation_ids}, key=len, reverse=True)
    bodies = _class_bodies(models)
    by_rest: dict[tuple[str, str], list[str]] = {}
    for name, body in bodies.items():
        prefix = next((p for p in prefixes if name.startswith(p) and name != p), None)
        # An operation's own body and answer are its own (the user never names a body class; two
        # answers alike are named after what they answer): the objects inside them are checked.
        if prefix is not None and name.removeprefix(prefix) not in {"Request", "Response", "Item"}:
            rest = name.removeprefix(prefix)
            neutral = re.sub(rf"\b(?:{'|'.join(prefixes)}){rest}\b", "Twin", body)
            by_rest.setdefault((rest, neutral), []).append(name)
    return [tuple(names[:2]) for names in by_rest.values() if len(names) > 1]  # type: ignore[misc]


def test_no_class_is_a_copy_named_after_another_operation(current: CurrentBuild) -> None:
    models = current.client_dir / "threecommas" / "models"
    operation_ids = {o["operationId"] for _, _, o in _operations(current.spec)}
    assert copies_named_by_operations(models, operation_ids) == []


def test_rule_groups_are_typed_variants(current: CurrentBuild, survey: dict[str, Any]) -> None:
    schemas = current.spec["components"]["schemas"]
    methods = _methods(survey)
    checked = 0
    for _, _, operation in _operations(current.spec):
        content = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
        body = schemas.get(content.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1], {})
        for part in body.get("allOf", []):
            group = schemas.get(group_reference(part).get("$ref", "").rsplit("/", 1)[-1], {})
            if "oneOf" in group:
                annotation = methods[operation["operationId"]]["parameters"][group[extensions.GROUP_NAME]]
                variants = [branch["$ref"].rsplit("/", 1)[-1] for branch in group["oneOf"]]
                assert all(v in annotation for v in variants if "not" not in schemas[v]), annotation
                checked += 1
    assert checked >= 1


def test_money_is_decimal(survey: dict[str, Any]) -> None:
    create = _methods(survey)["create_bot"]["parameters"]
    assert "Decimal" in create["base_order_volume"]


#: Live-shaped answers replayed through the current client: ``?`` keys, ISO times with ``Z``,
#: 30-digit decimals, nulls, objects no page describes, and the two kinds of 429.
REPLAY = r"""
import json
import re
import httpx
from threecommas import Client, PlanLimitError, RateLimitError

DEAL = {
    "id": 1, "finished?": False, "cancellable?": True, "panic_sellable?": None,
    "created_at": "2025-07-23T02:51:11.184Z", "max_safety_orders": None,
    "base_order_volume": "10.123456789012345678901234567890", "take_profit": 1.5,
    "bought_volume": "100.391250960000000000000000000001", "closed_at": None,
    "bot_events": [{"message": "Deal started", "created_at": "2025-07-23T02:51:11.184Z", "extra": {"x": 1}}, None],
    "custom_safety_steps": None, "undocumented": {"a": {"b": 1}},
}
replies = []
seen = []

def answer(request):
    seen.append(request.url.path)
    status, body = replies.pop(0)
    return httpx.Response(status, json=body)

client = Client(api_key="k", api_secret="s", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
client._transport._sleep = lambda seconds: None
out = {}
replies.append((200, DEAL))
deal = client.deals.get(1)
out["deal"] = [deal.finished, deal.cancellable, deal.panic_sellable, deal.created_at.isoformat(),
               str(deal.base_order_volume), str(deal.take_profit), deal.max_safety_orders, deal.custom_safety_steps]
out["typed"] = [type(deal.created_at).__name__, type(deal.bought_volume).__name__, str(deal.bought_volume),
                deal.closed_at]
out["events"] = [[type(e).__name__, e.message, e.raw] for e in deal.bot_events]
out["raw"] = [deal.raw["undocumented"], len(deal.raw["bot_events"])]
replies.append((429, {"error": "This feature is not available in your subscription plan"}))
seen.clear()
try:
    client.deals.list()
except PlanLimitError as error:
    out["plan"] = [type(error).__name__, isinstance(error, RateLimitError), len(seen)]
replies.extend([(429, {"error": "rate_limit_exceeded"}), (200, [DEAL])])
seen.clear()
out["rate_limited_then"] = [len(client.deals.list().items), len(seen)]
print(json.dumps(out))
"""


def test_live_shaped_answers_read_through_the_current_client(current: CurrentBuild) -> None:
    env = {**os.environ, "PYTHONPATH": str(current.client_dir)}
    out = json.loads(_run(sys.executable, "-c", REPLAY, env=env))
    assert out["deal"] == [
        False,
        True,
        None,
        "2025-07-23T02:51:11.184000+00:00",  # "ISO 8601 datetime" on the page: a datetime
        "10.123456789012345678901234567890",
        "1.5",
        None,
        None,
    ]
    # A `string` the page's example shows as "0.0324" is a decimal: every digit kept.
    assert out["typed"] == ["datetime", "Decimal", "100.391250960000000000000000000001", None]
    assert out["events"] == [
        [
            "DealBotEvent",
            "Deal started",
            {"message": "Deal started", "created_at": "2025-07-23T02:51:11.184Z", "extra": {"x": 1}},
        ]
    ]
    assert out["raw"] == [{"a": {"b": 1}}, 2]
    assert out["plan"] == ["PlanLimitError", False, 1]
    assert out["rate_limited_then"] == [1, 2]


def one_object_two_words(names: list[str]) -> list[tuple[str, str]]:
    """Pairs of class names in which one object is written plural in one and singular in the
    other, before the same next word (``...StepsTrailingEnabled`` beside ``...StepTrailing``)."""
    spelled = [(tuple(words(name)), name) for name in names]
    found = []
    for key, name in spelled:
        for index in range(len(key) - 1):
            one = singular(key[index])
            if one == key[index]:
                continue
            twin_start = (*key[:index], one, key[index + 1])
            found += [(name, other) for other_key, other in spelled if other_key[: index + 2] == twin_start]
    return found


def test_one_object_is_one_word_in_every_class_name(current: CurrentBuild) -> None:
    models = current.client_dir / "threecommas" / "models"
    names = [path.stem for path in sorted(models.glob("*.py")) if path.name != "__init__.py"]
    assert len(names) > 100
    assert one_object_two_words(names) == []
    # The check finds the case it is for, and leaves a plural alone where nothing is singular.
    assert one_object_two_words(["TakeProfitStepsTrailingEnabled", "TakeProfitStepTrailing"]) == [
        ("TakeProfitStepsTrailingEnabled", "TakeProfitStepTrailing")
    ]
    assert one_object_two_words(["DealsStats", "DealStep"]) == []


def test_every_sample_names_what_the_client_defines(current: CurrentBuild) -> None:
    """The served samples (``x-codeSamples``) import classes and call methods; on the site's
    client every one of them must exist under that name (the samples and the client share
    generator/naming.py: this catches the two drifting apart)."""
    exported = {
        name
        for path in (current.client_dir / "threecommas" / "models").glob("*.py")
        for name in re.findall(r"^class (\w+)\(", path.read_text(encoding="utf-8"), re.MULTILINE)
    }
    assert len(exported) > 100
    calls = {str(name) for name in spec_sdk_names(current.spec).values()}
    imported: set[str] = set()
    for _, _, operation in _operations(current.spec):
        source = next(s["source"] for s in operation[extensions.CODE_SAMPLES] if s["label"] == "Python")
        for line in source.splitlines():
            if line.startswith("from threecommas.models import "):
                imported |= {n.strip() for n in line.split(" import ", 1)[1].split(",")}
        called = re.search(r"client\.([\w.]+)\(", source)
        assert called is not None and called.group(1) in calls, source
    assert imported, "no sample imports a model: the check read nothing"
    assert imported <= exported, sorted(imported - exported)


def test_the_client_readme_names_only_classes_the_client_has(current: CurrentBuild) -> None:
    """The client's README is rendered for whatever spec it is built from: its examples import
    no class this build lacks (the committed chapter's create example is for its flat body)."""
    models = current.client_dir / "threecommas" / "models"
    exported = {
        name
        for path in models.glob("*.py")
        for name in re.findall(r"^class (\w+)\(", path.read_text(encoding="utf-8"), re.MULTILINE)
    }
    readme = (current.client_dir / "README.md").read_text(encoding="utf-8")
    imported = {
        name.strip()
        for line in re.findall(r"^from threecommas\.models import (.+)$", readme, re.MULTILINE)
        for name in line.split(",")
    }
    assert imported <= exported, sorted(imported - exported)


def test_the_sites_names_follow_openai_python(current: CurrentBuild, survey: dict[str, Any]) -> None:
    """Issue 28 on the site's own cases: a single read is ``retrieve`` with ``get`` kept as a
    deprecated alias, and ``deals.list`` takes ``quote=`` under its wire name."""
    names = spec_sdk_names(current.spec)
    assert str(names["get_bot"]) == "bots.retrieve" and names["get_bot"].aliases == ("get",)
    assert "quote" in _methods(survey)["list_deals"]["parameters"]
    code = (
        "import warnings, httpx\nfrom threecommas import Client\n"
        "seen = []\n"
        "def answer(request):\n"
        "    seen.append(request.url.path)\n"
        "    return httpx.Response(200, json={'id': 1})\n"
        "http = httpx.Client(transport=httpx.MockTransport(answer))\n"
        "client = Client(api_key='k', api_secret='s', http_client=http)\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    try:\n        client.bots.get(1, include_events=False)\n"
        "    except Exception:\n        pass\n"
        "print(caught[0].category.__name__, seen)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(current.client_dir)}
    assert (
        _run(sys.executable, "-c", code, env=env).strip()
        == "DeprecationWarning ['/public/api/ver1/bots/1/show']"
    )
