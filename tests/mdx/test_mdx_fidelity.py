"""The spec says what the pages show: where a page contradicts itself, the reading a careful reader makes."""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator

from generator.openapi.examples import problem
from generator.openapi.links import redoc_slug
from tests.mdx.conftest import Build
from tests.mdx.pages import endpoint, line_of, page, warnings_of


def _query(spec: dict[str, Any], path: str) -> dict[str, Any]:
    return {p["name"]: p["schema"] for p in spec["paths"][path]["get"]["parameters"]}


def test_a_range_on_a_boolean_is_an_integer_with_that_range(build: Build) -> None:
    text = page(
        "List deals",
        endpoint("/ver1/deals")
        + "\n## Query Parameters\n\n<ApiParam name='max_active_deals' type='boolean'>\n  At most.\n"
        "  <ParameterRange min={1} max={199} defaultVal={1} />\n</ApiParam>\n"
        "<ApiParam name='ratio' type='string'>\n  A share.\n  <ParameterRange min={1} max={2} />\n</ApiParam>\n"
        "<ApiParam name='part' type='boolean'>\n  A part.\n  <ParameterRange min={\"0,5\"} max={2} />\n</ApiParam>\n"
        "<ApiParam name='label' type='string'>\n  A name.\n  <ParameterRange min={1} max={9} defaultVal=\"none\" />\n</ApiParam>\n",
    )
    spec, sink = build({"docs/deals/1_list.mdx": text})
    schemas = _query(spec, "/ver1/deals")
    assert schemas["max_active_deals"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": 199,
        "default": 1,
        "description": "At most.",
    }
    assert schemas["ratio"]["type"] == "number"
    assert (schemas["ratio"]["minimum"], schemas["ratio"]["maximum"]) == (1, 2)
    assert (schemas["part"]["type"], schemas["part"]["minimum"]) == ("number", 0.5)
    assert schemas["label"]["type"] == "string"
    assert "minimum" not in schemas["label"] and "maximum" not in schemas["label"]
    label = next(p for p in spec["paths"]["/ver1/deals"]["get"]["parameters"] if p["name"] == "label")
    assert "Range: 1..9." in label["description"]
    warned = warnings_of(sink, "mdx-range")
    assert (
        f"docs/deals/1_list.mdx:{line_of(text, 'max_active_deals')}:1: warning: max_active_deals is typed "
        "boolean but has the range 1..199; read as integer with that range [mdx-range]" in warned
    )
    assert len(warned) == 4, warned


ENTITY_PAGE = """\
## Attributes

<ApiParam name='id' type='integer'>
  The bot.
</ApiParam>
<ApiParam name='pairs' type='string'>
  Its pairs.
</ApiParam>
<ApiParam name='steps' type='object'>
  Its steps.
</ApiParam>
<ApiParam name='volume' type='number'>
  Its volume.
</ApiParam>
<ApiParam name='orders' type='string'>
  Its orders.
</ApiParam>
<ApiParam name='name' type='string'>
  Its name.
</ApiParam>

```json
{
  "id": 7,
  "pairs": ["USDT_BTC", "USDT_ETH"],
  "steps": [],
  "volume": "2.0",
  "orders": [],
  "name": "x"
}
```
"""


def test_the_pages_own_example_beats_its_declared_type(build: Build) -> None:
    text = page("Bot", ENTITY_PAGE)
    spec, sink = build(
        {"docs/bots/0_bot_entity.mdx": text, "docs/bots/1_list.mdx": page("List", endpoint("/ver1/bots"))}
    )
    properties = spec["components"]["schemas"]["BotEntity"]["properties"]
    assert properties["pairs"]["type"] == ["array", "null"]
    assert properties["pairs"]["items"]["type"] == "string"
    assert properties["steps"]["type"] == ["array", "null"]  # an empty list still says "list"
    assert properties["steps"]["items"]["type"] == "object"
    assert properties["orders"]["type"] == ["array", "null"]
    assert properties["orders"]["items"] == {}
    volume = properties["volume"]
    assert volume["type"] == ["number", "string", "null"] and volume["format"] == "decimal"
    assert properties["id"]["type"] == ["integer", "null"] and properties["name"]["type"] == [
        "string",
        "null",
    ]
    # Both forms of the decimal are accepted, and only numbers.
    validator = Draft202012Validator(volume, format_checker=None)
    assert validator.is_valid(2.0) and validator.is_valid("2.0") and validator.is_valid(None)
    assert not validator.is_valid("two")
    warned = warnings_of(sink, "mdx-example-type")
    assert len(warned) == 4, warned
    pairs = next(w for w in warned if "pairs" in w)
    declared, shown = line_of(text, "name='pairs'"), line_of(text, '"pairs": [')
    assert pairs.startswith(f"docs/bots/0_bot_entity.mdx:{declared}:1: warning:")
    assert f"example at docs/bots/0_bot_entity.mdx:{shown}:3 shows" in pairs
    assert "read as a list of strings" in pairs


def test_an_example_that_agrees_with_the_declared_type_warns_nothing(build: Build) -> None:
    agreeing = ENTITY_PAGE.replace('["USDT_BTC", "USDT_ETH"]', '"USDT_BTC"').replace('"2.0"', "2.0")
    agreeing = agreeing.replace('"steps": []', '"steps": {}').replace('"orders": []', '"orders": "a"')
    spec, sink = build(
        {
            "docs/bots/0_bot_entity.mdx": page("Bot", agreeing),
            "docs/bots/1_list.mdx": page("List", endpoint("/ver1/bots")),
        }
    )
    assert not warnings_of(sink, "mdx-example-type")
    assert spec["components"]["schemas"]["BotEntity"]["properties"]["volume"]["type"] == ["number", "null"]


def test_an_answer_field_listed_twice_with_different_types_follows_the_example(build: Build) -> None:
    text = page(
        "Bot",
        "## Attributes\n\n<ApiParam name='deviation' type='string'>\n  As text.\n</ApiParam>\n"
        "<ApiParam name='count' type='integer'>\n  First.\n</ApiParam>\n"
        "<ApiParam name='deviation' type='number'>\n  As a number.\n</ApiParam>\n"
        "<ApiParam name='count' type='boolean'>\n  Second.\n</ApiParam>\n"
        '\n```json\n{"deviation": 0.2, "count": null}\n```\n',
    )
    spec, sink = build(
        {"docs/bots/0_bot_entity.mdx": text, "docs/bots/1_list.mdx": page("List", endpoint("/ver1/bots"))}
    )
    properties = spec["components"]["schemas"]["BotEntity"]["properties"]
    assert properties["deviation"]["type"] == ["number", "null"]  # not first-come: the example's
    assert properties["deviation"]["description"] == "As a number."
    assert properties["count"]["type"] == ["integer", "null"]  # null tells them apart: the first
    warned = warnings_of(sink, "mdx-duplicate")
    assert len(warned) == 2, warned
    deviation = next(w for w in warned if "'deviation'" in w)
    first, second = line_of(text, "name='deviation'"), line_of(text, "name='deviation' type='number'")
    assert deviation.startswith(f"docs/bots/0_bot_entity.mdx:{second}:1: warning: answer field 'deviation'")
    assert f"'string' at docs/bots/0_bot_entity.mdx:{first}:1" in deviation
    assert "read as 'number': the page's example at" in deviation and deviation.endswith(
        "shows 0.2 [mdx-duplicate]"
    )
    assert "the first one is kept" in next(w for w in warned if "'count'" in w)


PROSE_VALUES = """\
## Body Parameters

<ApiParam name='side' type='string' required>
  The order side to enter a position: `buy` or `sell`.
</ApiParam>
<ApiParam name='order_type' type='string'>
  The type of order: `market`, `limit`, or `conditional`. Pick one.
</ApiParam>
<ApiParam name='order' type='string'>
  Sets the direction of order `ASC` or `DESC`.
</ApiParam>
<ApiParam name='position' type='string'>
  The kind of position held: `long`, `short` or `null`.
</ApiParam>
<ApiParam name='sorted_by' type='string'>
  Field to sort by. Allowed values: <code>pair</code>, <code>created_at</code>.
</ApiParam>
<ApiParam name='label' type='string'>
  A label, e.g. `MEMO` or `Tag`.
</ApiParam>
<ApiParam name='price' type='string'>
  Price for `limit` or `conditional` type order.
</ApiParam>
<ApiParam name='profit' type='string'>
  The type of profit `base` or `total`, which sets the basis.
</ApiParam>
<ApiParam name='volume' type='number'>
  The volume: `1` or `2`.
</ApiParam>
<ApiParam name='pair' type='string'>
  A pair such as `USDT_BTC` or `USDT_ETH`.
</ApiParam>
"""


def test_value_lists_in_prose_are_enums_only_where_they_list_the_values(build: Build) -> None:
    spec, _ = build(
        {"docs/trades/1_create.mdx": page("Create", endpoint("/ver1/trades", "POST") + PROSE_VALUES)}
    )
    reference = spec["paths"]["/ver1/trades"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body = spec["components"]["schemas"][reference["$ref"].rsplit("/", 1)[1]]["properties"]
    assert body["side"]["enum"] == ["buy", "sell"]
    assert body["order_type"]["enum"] == ["market", "limit", "conditional"]
    assert body["order"]["enum"] == ["ASC", "DESC"]
    # A documented null is nullability, never the string 'null'.
    assert body["position"]["type"] == ["string", "null"]
    assert body["position"]["enum"] == ["long", "short", None]
    assert body["sorted_by"]["enum"] == ["pair", "created_at"]
    # Examples, words inside a sentence and lists on a number are prose: nothing forbidden.
    for free in ("label", "price", "profit", "volume", "pair"):
        assert "enum" not in body[free], (free, body[free])


def test_an_answers_prose_values_that_its_example_contradicts_are_no_enum(build: Build) -> None:
    text = page(
        "Order",
        "## Attributes\n\n<ApiParam name='side' type='string'>\n  The side: `Buy` or `Sell`.\n</ApiParam>\n"
        "<ApiParam name='kind' type='string'>\n  The kind: `long` or `short`.\n</ApiParam>\n"
        '\n```json\n{"side": "SELL", "kind": "long"}\n```\n',
    )
    spec, sink = build(
        {
            "docs/orders/0_order_entity.mdx": text,
            "docs/orders/1_list.mdx": page("List", endpoint("/ver1/orders")),
        }
    )
    properties = spec["components"]["schemas"]["OrderEntity"]["properties"]
    assert "enum" not in properties["side"]
    assert properties["kind"]["enum"] == ["long", "short", None]
    warned = warnings_of(sink, "mdx-values")
    side = line_of(text, "name='side'")
    assert len(warned) == 1 and warned[0].startswith(f"docs/orders/0_order_entity.mdx:{side}:1:")
    assert "shows 'SELL'" in warned[0]


def test_links_between_pages_are_anchors_of_the_served_page(build: Build) -> None:
    listing = page(
        "All market pairs",
        endpoint("/ver1/accounts/market_pairs", "GET", "ACCOUNTS_READ")
        + "\nThe pairs of a market.\n\n## Query Parameters\n\n<ApiParam name='market_code' type='string'>\n"
        "  A code from [Supported markets](/docs/market-data/0_supported_markets.mdx#top).\n</ApiParam>\n",
    )
    markets = page(
        "Supported markets",
        endpoint("/ver1/accounts/market_list", "GET", "ACCOUNTS_READ")
        + "\nEvery market; its pairs: [All market pairs](/market-data/1_all_market_pairs.mdx), "
        "[the area](/market-data/index.mdx), [a trade](/market-data/trade-entity), "
        "[the guide](/guide/start), [elsewhere](https://example.com/x.mdx), [gone](/nowhere/page.mdx).\n",
    )
    entity = "---\ntitle: Trade\nid: trade-entity\n---\n\n## Attributes\n\n<ApiParam name='id' type='integer'>Id.</ApiParam>\n"
    spec, sink = build(
        {
            "site/market-data/0_supported_markets.mdx": markets,
            "site/market-data/1_all_market_pairs.mdx": listing,
            "site/market-data/2_trade_entity.mdx": entity,
            "site/market-data/index.mdx": page("Market data", "# Market data\n\nMarkets.\n"),
            "site/guide/1_start.mdx": page("Start", "## Start\n\nRead this first.\n"),
        }
    )
    described = spec["paths"]["/ver1/accounts/market_list"]["get"]["description"]
    assert "[All market pairs](#tag/Market-data/operation/get_account_market_pairs)" in described
    assert "[the area](#tag/Market-data)" in described
    assert "[a trade](#tag/Market-data)" in described  # an entity page: its area
    assert "[the guide](#section/General-Information)" in described
    assert "[elsewhere](https://example.com/x.mdx)" in described
    assert described.endswith("gone.")  # no such page: the words, without a dead link
    parameter = spec["paths"]["/ver1/accounts/market_pairs"]["get"]["parameters"][0]
    assert (
        parameter["description"]
        == "A code from [Supported markets](#tag/Market-data/operation/get_account_market_list)."
    )
    warned = warnings_of(sink, "link")
    assert warned == [
        f"site/market-data/0_supported_markets.mdx:{line_of(markets, '<Endpoint')}:1: warning: the link "
        "[gone](/nowhere/page.mdx) goes to no page of this reference; its words are kept without the link [link]"
    ]


def test_redoc_slugs_keep_case_and_join_words() -> None:
    assert redoc_slug("Smart Trade") == "Smart-Trade"
    assert redoc_slug("DCA Bot") == "DCA-Bot"
    assert redoc_slug("  A & B / c ") == "A-B-c"
    assert redoc_slug("&&") == "and-and"


QUICK_START = """\
---
title: Start here
---

import Tabs from "@theme/Tabs";
import TabItem from "@theme/TabItem";
import CodeBlock from '@theme/CodeBlock';

## Base URL

The base URL is the same for every endpoint.

<Endpoint url="https://api.example.test/public/api" />

## Check your key

<Endpoint url="/ver1/validate" method="GET" />

If successful, the API returns:

```json
{"valid": true}
```

<Steps>
  <Step title="Sign" description={<>Use <code>HMAC</code> on <b>totalParams</b>.<CodeBlock language="bash">{`openssl dgst -sha256`}</CodeBlock></>} />
</Steps>

### Request Parameters

<Tabs>
  <TabItem value="query" label="Via query string">
    <CodeBlock language="bash">{`curl 'https://api.example.test/x?mode=paper'`}</CodeBlock>
  </TabItem>
</Tabs>

<div>

| Key | Value |
| --- | ----- |
| api_key | abc |

</div>

<Informer variant="warning">
  The signature is case sensitive.
</Informer>

## Errors

<Errors>
  <ErrorText code="401">Authentication failed.</ErrorText>
  <ErrorText code="429">Too many requests.</ErrorText>
</Errors>

## Attributes

<ApiParam name='error' type='string' required>
  The error code.
</ApiParam>

## Limits

<Endpoint url="/ver1/deals" method="GET" />

120 requests per minute.
"""


VALIDATE_LINE = line_of(QUICK_START, '<Endpoint url="/ver1/validate"')


def test_general_information_keeps_what_components_show(build: Build) -> None:
    spec, sink = build(
        {
            "site/quick-start/1_start.mdx": QUICK_START,
            "site/deals/1_list.mdx": page("List", endpoint("/ver1/deals")),
        }
    )
    text = spec["info"]["description"]
    assert spec["servers"][0]["url"] == "https://api.example.test/public/api"
    assert "The base URL is the same for every endpoint.\n\n`https://api.example.test/public/api`" in text
    assert '`GET /ver1/validate`\n\nIf successful, the API returns:\n\n```json\n{"valid": true}\n```' in text
    assert "**Sign**\n\nUse `HMAC` on **totalParams**.\n\n```bash\nopenssl dgst -sha256\n```" in text
    assert (
        "#### Request Parameters\n\n**Via query string**\n\n```bash\ncurl 'https://api.example.test/x?mode=paper'\n```"
        in text
    )
    assert "| Key | Value |\n| --- | --- |\n| api_key | abc |" in text
    assert "The signature is case sensitive." in text
    assert "- `401`: Authentication failed.\n\n- `429`: Too many requests." in text
    assert "- `error` (string, required): The error code." in text
    assert "`GET /ver1/deals`\n\n120 requests per minute." in text
    assert not warnings_of(sink, "mdx-section")
    # The credentials check is shown in the text only: a located note says why it is no operation;
    # `GET /ver1/deals` has a page of its own, and is one.
    assert "/ver1/validate" not in spec["paths"]
    assert warnings_of(sink, "shown-endpoint") == [
        f"site/quick-start/1_start.mdx:{VALIDATE_LINE}:1: warning: "
        "GET /ver1/validate is shown in the text only: no page gives its permission, security, parameters or "
        "answer, so it is not an operation of the spec (the text keeps it in General Information) [shown-endpoint]"
    ]


def test_a_fence_inside_code_keeps_its_block_whole(build: Build) -> None:
    quick = '---\ntitle: Code\n---\n\n## Code\n\n<CodeBlock language="md">{`before\n\\`\\`\\`\nafter`}</CodeBlock>\n'
    spec, _ = build(
        {"site/quick-start/1_code.mdx": quick, "site/deals/1_list.mdx": page("List", endpoint("/ver1/deals"))}
    )
    assert "````md\nbefore\n```\nafter\n````" in spec["info"]["description"]


ANSWERS = (
    endpoint("/ver1/deals/:id/show")
    + """
## Path Parameter

<ApiParam name='id' type='integer' required>The deal.</ApiParam>

## Response Parameters

<ApiParam name='id' type='integer'>Id.</ApiParam>
<ApiParam name='status' type='string'>The status: `active` or `done`.</ApiParam>

<ResponseTabs.Root>
<ResponseTabs.TabItem value="200">

```json
{"id": 7, "status": "active"}
```

</ResponseTabs.TabItem>
<ResponseTabs.TabItem value="200">

```json
{"id": 7, "status": "active", "secret_field": 1}
```

</ResponseTabs.TabItem>
<ResponseTabs.TabItem value="404">

```json
{"error": "not_found", "error_description": "No such deal"}
```

</ResponseTabs.TabItem>
<ResponseTabs.TabItem value="422">

```json
{"error_description": "no error code"}
```

</ResponseTabs.TabItem>
</ResponseTabs.Root>
"""
)


def test_the_pages_answers_are_examples_of_their_responses(build: Build) -> None:
    text = page("Show deal", ANSWERS)
    spec, sink = build({"docs/deals/1_show.mdx": text})
    responses = spec["paths"]["/ver1/deals/{id}/show"]["get"]["responses"]
    success = responses["200"]["content"]["application/json"]
    assert success["examples"]["page"]["value"] == {"id": 7, "status": "active"}
    # An error the page shows: its own response, the error payload, the documented body.
    missing = responses["404"]["content"]["application/json"]
    assert missing["schema"] == {"$ref": "#/components/schemas/Error"}
    assert missing["examples"]["page"]["value"] == {"error": "not_found", "error_description": "No such deal"}
    assert responses["404"]["description"]
    # The 422 body lacks the error code the Error schema requires: not attached, a located warning.
    assert "examples" not in responses["422"]["content"]["application/json"]
    warned = warnings_of(sink, "example-schema")
    block = line_of(text, '{"error_description": "no error code"}') - 1
    # A field the page's example shows but the spec does not describe would be lost: not attached.
    assert list(success["examples"]) == ["page"]  # not `page-2`
    undescribed = line_of(text, '"secret_field"') - 1
    assert warned.pop(0) == (
        f"docs/deals/1_show.mdx:{undescribed}:1: warning: get_deal: the page's 200 example does not fit the "
        "spec's schema at $.secret_field: a field the spec does not describe; not attached [example-schema]"
    )
    assert warned == [
        f"docs/deals/1_show.mdx:{block}:1: warning: "
        "get_deal: the page's 422 example does not fit the spec's schema at the answer: "
        '"error" is a required property; not attached [example-schema]'
    ]
    # Every attached example fits the schema it is attached to.
    for status, response in responses.items():
        media = response.get("content", {}).get("application/json", {})
        for example in media.get("examples", {}).values():
            assert problem(spec, media["schema"], example["value"]) is None, status


def test_an_entity_example_the_schema_refuses_is_a_warning(build: Build) -> None:
    entity = page(
        "Deal",
        "## Attributes\n\n<ApiParam name='id' type='string'>Id.</ApiParam>\n"
        "<ApiParam name='done' type='boolean'>Done.</ApiParam>\n"
        "<ApiParam name='count' type='integer'>Count.</ApiParam>\n"
        "<ApiParam name='size' type='integer'>Size.</ApiParam>\n"
        "<ApiParam name='steps' type='array'>\n  Steps.\n  <ApiParam name='items' type='array'>Items.</ApiParam>\n</ApiParam>\n"
        "<ApiParam name='kind' type='string'>\n  Kind.\n  <CollapsibleNestedParams>\n\n  - `long`\n  - `short`\n\n"
        "  </CollapsibleNestedParams>\n</ApiParam>\n"
        '\n```json\n{"id": 12, "done": "true", "count": "3", "steps": {"items": []}, "kind": "flat", "size": "big"}\n```\n',
    )
    spec, sink = build(
        {
            "docs/deals/0_deal_entity.mdx": entity,
            "docs/deals/1_list.mdx": page("List", endpoint("/ver1/deals")),
        }
    )
    properties = spec["components"]["schemas"]["DealEntity"]["properties"]
    assert properties["done"]["type"] == ["boolean", "string", "null"]  # "true" as text: both read
    assert properties["count"]["type"] == ["integer", "string", "null"]
    assert properties["steps"]["type"] == ["object", "null"]  # `array` shown as an object
    assert properties["kind"]["enum"] == ["long", "short", "flat", None]  # the example's value is one
    assert properties["id"]["type"] == ["string", "number", "null"]  # shown as 12: both read
    # `size` typed integer, shown as "big": no reading takes it, so the example's check says so.
    warned = warnings_of(sink, "example-schema")
    assert len(warned) == 1 and '$.size: "big" is not of types "null", "integer"' in warned[0], warned
    assert warned[0].startswith(f"docs/deals/0_deal_entity.mdx:{line_of(entity, '```json')}:1:")


def test_more_of_what_examples_show_beats_the_declared_type(build: Build) -> None:
    entity = page(
        "Line",
        "## Attributes\n\n<ApiParam name='id' type='string'>Id.</ApiParam>\n"
        "<ApiParam name='total' type='number'>Total.</ApiParam>\n"
        "<ApiParam name='types' type='array'>Market types.</ApiParam>\n"
        "<ApiParam name='note' type='string'>A note.</ApiParam>\n"
        '\n```json\n[{"id": null, "total": {"value": "1.5"}, "types": ["spot"], "note": "x"},\n'
        ' {"id": 256427679, "total": null, "types": [], "note": "y"}]\n```\n',
    )
    spec, sink = build(
        {
            "docs/lines/0_line_entity.mdx": entity,
            "docs/lines/1_list.mdx": page("List", endpoint("/ver1/lines")),
        }
    )
    properties = spec["components"]["schemas"]["LineEntity"]["properties"]
    # A later item shows the id a number (the first one has it null): string or number, both read.
    assert properties["id"]["type"] == ["string", "number", "null"]
    assert properties["total"]["type"] == ["object", "null"]  # a number shown as an object
    assert (
        properties["types"]["type"] == ["array", "null"] and properties["types"]["items"]["type"] == "string"
    )
    assert properties["note"]["type"] == ["string", "null"]
    assert len(warnings_of(sink, "mdx-example-type")) == 3
    assert not warnings_of(sink, "example-schema")  # every value of the example is kept
