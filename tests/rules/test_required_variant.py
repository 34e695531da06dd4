"""A field marked required that only one rule variant may send (issue 28).

``conditional_limit_price | number | YES | | Order price for conditional buy`` (a table) or
``<ApiParam name='trigger_price' required>... Used with order type `conditional`.`` (MDX) makes
the field required always, yet it belongs to the ``conditional`` variant alone: every other
variant could never be sent, and a client checking the rules would refuse each of them. The rule
stage warns at the field's row (file:line) and reads it as required in its variant only.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator import extensions
from generator.diagnostics import DiagnosticSink
from generator.pipeline import run_spec_pipeline
from generator.spec_refs import group_reference, resolve
from tests.mdx.pages import endpoint, line_of, page
from tests.support.built_client import build_client, run_with

TABLE = """\
# Orders Api
### Create order (Permission: SMART_TRADE_WRITE, Security: SIGNED)
```
POST /ver1/orders/create
```

**Parameters:**

Name | Type | Mandatory | Values(default) | Description
------------ | ------------ | ------------ | ------------ | ------------
pair | string | YES |   |
buy_method | string | YES | market, conditional |
conditional_limit_price | number | YES |   | Order price for conditional buy
"""

MDX = page(
    "Create order",
    endpoint("/ver1/orders/create", "POST", "SMART_TRADE_WRITE")
    + """## Body Parameters

<ApiParam name='pair' type='string' required>Pair.</ApiParam>
<ApiParam name='buy_method' type='string' required>Type. Possible values: `market`, `conditional`.</ApiParam>
<ApiParam name='conditional_limit_price' type='number' required>
  Trigger price. Used with order type `conditional`.
</ApiParam>
""",
)


def _warnings(sink: DiagnosticSink) -> list[str]:
    return [str(d) for d in sink.warnings if d.code == "mandatory-variant"]


def _variants(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The body's fields schema, and each variant of its one group by selector value."""
    body = resolve(
        spec,
        spec["paths"]["/ver1/orders/create"]["post"]["requestBody"]["content"]["application/json"]["schema"],
    )
    fields = resolve(spec, body["allOf"][0])
    group = resolve(spec, group_reference(body["allOf"][1]))
    assert group[extensions.SELECTOR] == "buy_method"
    variants = {}
    for branch in group["oneOf"]:
        variant = resolve(spec, branch)
        variants[variant["properties"]["buy_method"]["const"]] = variant
    return fields, variants


def _check(spec: dict[str, Any]) -> None:
    fields, variants = _variants(spec)
    assert "conditional_limit_price" not in fields.get("required", [])
    assert "conditional_limit_price" in variants["conditional"]["required"]
    assert "conditional_limit_price" not in variants["market"].get("required", [])


def test_a_table_field_required_in_one_variant_is_a_located_warning() -> None:
    result = run_spec_pipeline([("orders_api.md", TABLE)])
    line = line_of(TABLE, "conditional_limit_price | number")
    warnings = _warnings(result.sink)
    assert len(warnings) == 1, warnings
    assert warnings[0].startswith(f"orders_api.md:{line}:")
    assert "only the variant where buy_method = conditional may send it" in warnings[0]
    _check(result.spec)


def test_an_mdx_field_required_in_one_variant_is_a_located_warning() -> None:
    result = run_spec_pipeline([("docs/orders/1_create.mdx", MDX)])
    warnings = _warnings(result.sink)
    assert len(warnings) == 1, warnings
    line = line_of(MDX, "<ApiParam name='conditional_limit_price'")
    assert warnings[0].startswith(f"docs/orders/1_create.mdx:{line}:")
    _check(result.spec)


USE = """
import httpx
from threecommas import Client, RequestValidationError
from threecommas.models import BuyConditional, BuyMarket

sent = []
def answer(request):
    sent.append(request.content)
    return httpx.Response(200, json={})

client = Client(api_key="k", api_secret="s", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
client.orders.create(pair="USDT_BTC", buy_method=BuyMarket())
client.orders.create(pair="USDT_BTC", buy_method=BuyConditional(conditional_limit_price="1.5"))
print(len(sent))
"""


def test_the_client_sends_every_variant(tmp_path: Path) -> None:
    """Without the reading, the market variant's pre-send check could never pass."""
    spec = run_spec_pipeline([("orders_api.md", TABLE)]).spec
    spec["servers"] = [{"url": "https://api.3commas.io/public/api"}]
    client = build_client(json.loads(json.dumps(spec)), tmp_path)
    run = run_with(client, USE)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["2"]
