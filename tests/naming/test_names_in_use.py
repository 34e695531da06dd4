"""The client's names as a user meets them, on a client built from a small made-up spec.

- A single read is ``retrieve``; its former name ``get`` still works for one minor version and
  warns with a ``DeprecationWarning`` that points at the caller's line (sync, async, raw).
- A keyword keeps its wire name (``quote=``) unless the method needs the name itself
  (``timeout`` is the per-call option: the query parameter is ``timeout_``); a model's attribute
  keeps its wire name (``widget.timeout``), since a model has no per-call options.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator.client.view import build_client_plan
from generator.naming import RESERVED_ATTRIBUTES
from generator.openapi.samples import add_code_samples
from tests.support.built_client import build_client, run_with
from tests.support.node import ROOT

_WIDGET = {
    "type": "object",
    "properties": {"id": {"type": "integer"}, "timeout": {"type": "integer"}, "quote": {"type": "string"}},
    "required": ["id"],
}


def made_up_spec() -> dict[str, Any]:
    ok: dict[str, Any] = {"description": "ok", "content": {"application/json": {"schema": {}}}}
    one = {**ok, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WidgetEntity"}}}}
    many = {
        **ok,
        "content": {
            "application/json": {
                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/WidgetEntity"}}
            }
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Widgets", "version": "1.0.0"},
        "servers": [{"url": "https://example.test/public/api"}],
        "paths": {
            "/ver1/widgets/{widget_id}": {
                "get": {
                    "summary": "Get widget",
                    "tags": ["Widgets"],
                    "parameters": [
                        {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "integer"}}
                    ],
                    "responses": {"200": one},
                }
            },
            "/ver1/widgets": {
                "get": {
                    "summary": "List widgets",
                    "tags": ["Widgets"],
                    "parameters": [
                        {"name": "quote", "in": "query", "schema": {"type": "string"}},
                        {"name": "timeout", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "responses": {"200": many},
                }
            },
        },
        "components": {"schemas": {"WidgetEntity": _WIDGET}},
    }


USE = """
import asyncio, json, warnings
import httpx
from threecommas import AsyncClient, Client

seen = []
def answer(request):
    seen.append([request.url.path, dict(request.url.params)])
    if request.url.path.endswith("/widgets"):
        return httpx.Response(200, json=[{"id": 1, "timeout": 30, "quote": "USDT"}])
    return httpx.Response(200, json={"id": 7, "timeout": 30})

transport = httpx.MockTransport(answer)
client = Client(api_key="k", api_secret="s", http_client=httpx.Client(transport=transport))
widgets = client.widgets.list(quote="USDT", timeout_=5)
first = widgets[0] if isinstance(widgets, list) else widgets.items[0]
report = {"attribute": first.timeout, "quote": first.quote}

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    new = client.widgets.retrieve(7)
    assert not caught, [str(w.message) for w in caught]
    old = client.widgets.get(7)  # THE CALLER'S LINE
    raw = client.widgets.with_raw_response.get(7)
report["same"] = old == new and raw.parse() == new
report["sync"] = [(w.category.__name__, str(w.message), w.lineno) for w in caught]

async def main():
    async with AsyncClient(api_key="k", api_secret="s", http_client=httpx.AsyncClient(transport=transport)) as aclient:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            widget = await aclient.widgets.get(7)
        return widget.id, [w.category.__name__ for w in caught]

report["async"] = asyncio.run(main())
report["seen"] = seen
print(json.dumps(report))
"""


@pytest.fixture(scope="module")
def used(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    client = build_client(made_up_spec(), tmp_path_factory.mktemp("names"))
    done = run_with(client, USE)
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def test_the_former_name_of_a_read_works_and_warns_at_the_callers_line(used: dict[str, Any]) -> None:
    line = next(n for n, text in enumerate(USE.splitlines(), 1) if "THE CALLER'S LINE" in text)
    message = "client.widgets.get() is deprecated and will be removed in the next minor version: "
    message += "call client.widgets.retrieve()"
    assert used["sync"] == [["DeprecationWarning", message, line], ["DeprecationWarning", message, line + 1]]
    assert used["same"] is True
    assert used["async"] == [7, ["DeprecationWarning"]]


def test_a_keyword_keeps_its_wire_name_unless_the_method_needs_it(used: dict[str, Any]) -> None:
    assert used["seen"][0] == ["/public/api/ver1/widgets", {"quote": "USDT", "timeout": "5"}]
    assert used["attribute"] == 30 and used["quote"] == "USDT"


def test_the_spec_names_the_read_and_its_alias_and_the_samples_call_it() -> None:
    spec = made_up_spec()
    plan = build_client_plan(spec)
    (listing,) = [op for op in plan.operations.values() if op.path == "/ver1/widgets"]
    assert [p.python for p in listing.query_params] == ["quote", "timeout_"]
    assert [f.python for f in plan.models["WidgetEntity"].fields] == ["id", "timeout", "quote"]
    samples = add_code_samples(spec)["paths"]["/ver1/widgets/{widget_id}"]["get"]["x-codeSamples"]
    assert "client.widgets.retrieve(" in samples[0]["source"]


def test_a_model_attribute_never_shadows_a_name_its_class_body_reads() -> None:
    """Every lower-case name the model template imports (attrs' ``field``, the runtime's
    converters...) is one an attribute may not take: the class body reads it after the
    attributes before it are assigned. Class names are safe: an attribute is snake_case."""
    from generator.client import roles

    template = (ROOT / "generator" / "client" / "templates" / "model.py.jinja").read_text(encoding="utf-8")
    # The template's own imports, and the runtime names each role's module imports (roles.py).
    lines = [
        *template.splitlines(),
        *"".join(roles._REQUEST_IMPORTS + roles._RESPONSE_IMPORTS).split("from "),
    ]
    lines = [line if line.startswith("from ") else f"from {line}" for line in lines if " import " in line]
    lines += [f"from .._body import {name}" for name in roles._RUNTIME_CONVERTERS]
    imported = {
        name.strip()
        for line in lines
        if line.startswith("from ") and " import " in line and "{{" not in line
        for name in line.split(" import ", 1)[1].split(",")
    }
    lower = {name for name in imported if name[:1].islower() and name != "annotations"}
    assert "to_decimal" in lower and "field" in lower  # the scan read the imports
    assert lower <= RESERVED_ATTRIBUTES, sorted(lower - RESERVED_ATTRIBUTES)
