"""Each construct of the current reference's MDX pages, on a small made-up page, through the pipeline."""

from __future__ import annotations

import json
from typing import Any

from generator import extensions
from generator.spec_refs import group_reference, rules_as_built
from tests.mdx.conftest import Build
from tests.mdx.pages import endpoint, line_of, page, warnings_of
from tests.support.chapters import reference_validator


def _schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    return spec["components"]["schemas"][name]  # type: ignore[no-any-return]


def _body(spec: dict[str, Any], path: str, method: str = "post") -> dict[str, Any]:
    reference = spec["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    return _schema(spec, reference.rsplit("/", 1)[1])


def test_endpoint_gives_the_operation_its_permission_and_security(build: Build) -> None:
    spec, _ = build(
        {
            "docs/bots/1_show.mdx": page(
                "Show bot",
                endpoint("/ver1/bots/:bot_id/show", "GET", "BOTS_READ", "SIGNED")
                + "\nShows one bot.\n\n## Path Parameter\n\n"
                "<ApiParam name='bot_id' type='integer' required>\n  The bot.\n</ApiParam>\n",
            )
        }
    )
    operation = spec["paths"]["/ver1/bots/{bot_id}/show"]["get"]
    assert operation["summary"] == "Show bot"
    assert operation["description"] == "Shows one bot."
    assert operation[extensions.PERMISSION] == "BOTS_READ"
    assert operation["security"] == [{"APIKEY": [], "Signature": []}]
    assert operation["parameters"][0]["name"] == "bot_id"
    assert operation["parameters"][0]["in"] == "path"
    assert operation["tags"] == ["Bots"]


def test_summaries_examples_and_endpoints_without_permissions_are_not_operations(build: Build) -> None:
    operation = endpoint("/ver1/bots", "GET")
    spec, _ = build(
        {
            "docs/dca-bot/1_list.mdx": page("List bots", operation),
            "docs/dca-bot/index.mdx": page("DCA Bot", operation + "\n# DCA Bots\n\nBots trade for you.\n"),
            "docs/guide/1_start.mdx": page(
                "Start",
                '## Try it\n\n<Endpoint url="/ver1/validate" method="GET" />\n\n'
                '<NoContentEndpoint method="GET" endpoint="/ver1/deals" />\n',
            ),
        }
    )
    assert list(spec["paths"]) == ["/ver1/bots"]
    # The index names the area (its title, not the folder's `Dca Bot`) and describes it.
    assert spec["tags"] == [{"name": "DCA Bot", "description": "Bots trade for you."}]


def test_headings_say_where_parameters_go_even_indented_inside_jsx(build: Build) -> None:
    spec, _ = build(
        {
            "docs/bots/1_edit.mdx": page(
                "Edit bot",
                endpoint("/ver1/bots/:id/update", "PATCH", "BOTS_WRITE")
                + """
<StickyLayout.Root>
  <StickyLayout.Main>
    ## Path Parameters

    <ApiParam name='id' type='integer' required>The bot.</ApiParam>

    ## Query Parameter

    <ApiParam name='dry_run' type='boolean'>Only check.</ApiParam>

    ## Body parameters

    <ApiParam name='name' type='string' required>New name.</ApiParam>
  </StickyLayout.Main>
</StickyLayout.Root>
""",
            )
        }
    )
    operation = spec["paths"]["/ver1/bots/{id}/update"]["patch"]
    assert [(p["name"], p["in"]) for p in operation["parameters"]] == [("id", "path"), ("dry_run", "query")]
    body = _body(spec, "/ver1/bots/{id}/update", "patch")
    assert body["properties"]["name"]["type"] == "string"
    assert body["required"] == ["name"]


def test_request_parameters_follow_the_method(build: Build) -> None:
    block = "## Request Parameters\n\n<ApiParam name='limit' type='integer'>How many.</ApiParam>\n"
    spec, _ = build(
        {
            "docs/a/1_list.mdx": page("List", endpoint("/ver1/things", "GET") + block),
            "docs/a/2_make.mdx": page("Make", endpoint("/ver1/things", "POST", "BOTS_WRITE") + block),
        }
    )
    assert spec["paths"]["/ver1/things"]["get"]["parameters"][0]["in"] == "query"
    assert "limit" in _body(spec, "/ver1/things")["properties"]


NESTED_INSIDE_BLOCK = """
<ApiParam name='units' type='object' required>
  Units.
  <CollapsibleNestedParams>
    <ApiParam name='value' type='string' required>Amount.</ApiParam>
  </CollapsibleNestedParams>
</ApiParam>
"""
NESTED_NEXT_SIBLING = """
<ApiParam name='units' type='object' required>
  Units.
</ApiParam>
<CollapsibleNestedParams>
  <ApiParam name='value' type='string' required>Amount.</ApiParam>
</CollapsibleNestedParams>
"""
NESTED_DIRECTLY = """
<ApiParam name='units' type='object' required>
  Units.
  <ApiParam name='value' type='string' required>Amount.</ApiParam>
</ApiParam>
"""


def test_the_three_ways_of_nesting_give_the_same_object(build: Build) -> None:
    shapes = []
    for way in (NESTED_INSIDE_BLOCK, NESTED_NEXT_SIBLING, NESTED_DIRECTLY):
        spec, _ = build(
            {"docs/t/1_make.mdx": page("Make", endpoint("/v2/t", "POST") + "## Body Parameters\n" + way)}
        )
        shapes.append(_body(spec, "/v2/t")["properties"]["units"])
    assert shapes[0] == shapes[1] == shapes[2]
    assert shapes[0]["properties"]["value"]["type"] == "string"
    assert shapes[0]["required"] == ["value"]


def test_arrays_of_objects_carry_their_items_fields(build: Build) -> None:
    spec, _ = build(
        {
            "docs/t/1_make.mdx": page(
                "Make",
                endpoint("/v2/t", "POST")
                + """## Body Parameters

<ApiParam name='steps' type='array'>
  Steps.
</ApiParam>
<CollapsibleNestedParams>
  <ApiParam name='volume' type='number' required>Volume.</ApiParam>
</CollapsibleNestedParams>
<ApiParam name='pairs' type='array[string]'>Pairs.</ApiParam>
<ApiParam name='extra' type='array[json]'>Anything.</ApiParam>
""",
            )
        }
    )
    properties = _body(spec, "/v2/t")["properties"]
    assert properties["steps"]["type"] == "array"
    assert properties["steps"]["items"]["properties"]["volume"]["type"] == "number"
    assert properties["steps"]["items"]["required"] == ["volume"]
    assert properties["pairs"]["items"] == {"type": "string"}
    assert properties["extra"]["items"] == {"type": "object"}


def test_allowed_values_from_bullets_and_from_prose(build: Build) -> None:
    spec, _ = build(
        {
            "docs/t/1_list.mdx": page(
                "List",
                endpoint("/v2/t", "GET")
                + """## Query Parameters

<ApiParam name='status' type='string'>
  Filter.
  <CollapsibleNestedParams openName="Hide allowed values" collapsedName="Show allowed values">
    * **all** - every one;
    * active;
    * `finished`.
  </CollapsibleNestedParams>
</ApiParam>
<ApiParam name='price_type' type='string'>
  The price. Possible values: `bid`, `ask`, `last`.
</ApiParam>
""",
            )
        }
    )
    parameters = {p["name"]: p["schema"] for p in spec["paths"]["/v2/t"]["get"]["parameters"]}
    assert parameters["status"]["enum"] == ["all", "active", "finished"]
    assert parameters["price_type"]["enum"] == ["bid", "ask", "last"]


def test_parameter_range_literals_expressions_comma_decimals_and_lengths(build: Build) -> None:
    spec, _ = build(
        {
            "docs/t/1_make.mdx": page(
                "Make",
                endpoint("/v2/t", "POST")
                + """## Body Parameters

<ApiParam name='order' type='string'>Order. <ParameterRange defaultVal="asc" /></ApiParam>
<ApiParam name='limit' type='integer'>
  Limit.
  <ParameterRange min={1} max={1000} defaultVal={10} />
</ApiParam>
<ApiParam name='percent' type='number'>
  Percent.
  <ParameterRange min={"0,01"} max={100} />
</ApiParam>
<ApiParam name='note' type='string'>
  Note.
  <ParameterRange min={1} max={300} labels={{min: "minlength", max: "maxlength"}} />
</ApiParam>
<ApiParam name='since' type='string or null'>Since. <ParameterRange defaultVal={"null"} /></ApiParam>
""",
            )
        }
    )
    properties = _body(spec, "/v2/t")["properties"]
    assert properties["order"]["default"] == "asc"
    assert (
        properties["limit"]["minimum"],
        properties["limit"]["maximum"],
        properties["limit"]["default"],
    ) == (
        1,
        1000,
        10,
    )
    assert properties["percent"]["minimum"] == 0.01
    assert (properties["note"]["minLength"], properties["note"]["maxLength"]) == (1, 300)
    assert "minimum" not in properties["note"]
    assert properties["since"]["type"] == ["string", "null"]
    assert "default" not in properties["since"]


def test_answers_entity_pages_and_links_to_them(build: Build) -> None:
    entity = page(
        "Widget entity",
        """<h2>Attributes</h2>

<ApiParam name='id' type='integer'>Id.</ApiParam>
<ApiParam name='size' type='object'>
  Size.
  <CollapsibleNestedParams>
    <ApiParam name='width' type='number or null'>Width.</ApiParam>
  </CollapsibleNestedParams>
</ApiParam>
""",
    )
    linked = page(
        "Show widget",
        endpoint("/v1/widgets/:id", "GET")
        + "## Path Parameter\n\n<ApiParam name='id' type='integer' required>Id.</ApiParam>\n\n## Response\n\n"
        "If successful, the response includes a copy of [Widget](/widgets/0_widget_entity.mdx) entity.\n",
    )
    own = page(
        "Widget sizes",
        endpoint("/v1/widgets/sizes", "POST", "BOTS_WRITE")
        + """## Response Parameters

<ApiParam name='code' type='string'>Code.</ApiParam>

## Example Response
<ResponseTabs.Root>
<ResponseTabs.TabItem value="201" label="201 Created" default>

```json
[{"code": "s"}]
```
</ResponseTabs.TabItem>
</ResponseTabs.Root>
""",
    )
    spec, _ = build(
        {
            "site/widgets/0_widget_entity.mdx": entity,
            "site/widgets/1_show.mdx": linked,
            "site/widgets/2_sizes.mdx": own,
        }
    )
    widget = _schema(spec, "WidgetEntity")
    assert widget["properties"]["size"]["properties"]["width"]["type"] == ["number", "null"]
    shown = spec["paths"]["/v1/widgets/{id}"]["get"]["responses"]["200"]["content"]["application/json"]
    assert shown["schema"] == {"$ref": "#/components/schemas/WidgetEntity"}
    sizes = spec["paths"]["/v1/widgets/sizes"]["post"]["responses"]
    assert "200" not in sizes
    assert sizes["201"]["content"]["application/json"]["schema"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/WidgetSize"},
    }


def test_rsa_and_hmac_signing_pages_give_two_alternatives(build: Build) -> None:
    guide = page(
        "Signing",
        '## Base URL\n\n<Endpoint url="https://api.example.test/public/api" />\n\n'
        "## How to compute the signature with RSA\n\nSign it.\n\n"
        "## How to compute the signature with HMAC SHA256\n\nHash it.\n",
    )
    spec, _ = build(
        {"docs/quick-start/5_signing.mdx": guide, "docs/a/1_list.mdx": page("List", endpoint("/ver1/a"))}
    )
    assert set(spec["components"]["securitySchemes"]) == {"APIKEY", "Signature", "RsaSignature"}
    assert spec["paths"]["/ver1/a"]["get"]["security"] == [
        {"APIKEY": [], "Signature": []},
        {"APIKEY": [], "RsaSignature": []},
    ]
    assert spec["servers"][0]["url"] == "https://api.example.test/public/api"


def test_open_endpoints_need_no_signature(build: Build) -> None:
    spec, _ = build({"docs/m/1_list.mdx": page("Markets", endpoint("/ver1/markets", "GET", "NONE", "NONE"))})
    assert spec["paths"]["/ver1/markets"]["get"]["security"] == []


def test_contradictions_are_located_warnings_with_a_choice(build: Build) -> None:
    contradicting = page(
        "Profit",
        endpoint("/ver1/bots/:bot_id/profit", "POST", "BOTS_RAED")
        + """
## Path Parameter

<ApiParam name='id' type='integer' required>The bot.</ApiParam>

## Body Parameters

<ApiParam name='days' type='integer'>Days.</ApiParam>
<ApiParam name='days' type='string'>Days again.</ApiParam>

## Example Request

<NoContentEndpoint method="GET" endpoint="/ver1/bots/1/profit" />

## Example Response
<ResponseTabs.Root>
<ResponseTabs.TabItem value="40O" label="400">

```json
{"error": "x"}
```
</ResponseTabs.TabItem>
</ResponseTabs.Root>
""",
    )
    permissions = page(
        "Types",
        "## Permission Types\n\n| Permission Type | Description |\n|---|---|\n| BOTS_READ | Read |\n",
    )
    spec, sink = build({"docs/bots/1_profit.mdx": contradicting, "docs/quick-start/1_types.mdx": permissions})

    def at(snippet: str) -> str:
        return f"docs/bots/1_profit.mdx:{line_of(contradicting, snippet)}:"

    path_warning = warnings_of(sink, "mdx-path")
    assert len(path_warning) == 1 and path_warning[0].startswith(at("<ApiParam name='id'"))
    assert spec["paths"]["/ver1/bots/{bot_id}/profit"]["post"]["parameters"][0]["name"] == "bot_id"
    twice = warnings_of(sink, "mdx-duplicate")
    assert len(twice) == 1 and twice[0].startswith(at("Days again"))
    assert _body(spec, "/ver1/bots/{bot_id}/profit")["properties"]["days"]["type"] == "integer"
    method = warnings_of(sink, "mdx-method")
    assert len(method) == 1 and method[0].startswith(at("<NoContentEndpoint"))
    status = warnings_of(sink, "mdx-status")
    assert len(status) == 1 and status[0].startswith(at('value="40O"')) and "'40O'" in status[0]
    permission = warnings_of(sink, "permission")
    assert len(permission) == 1 and "did you mean BOTS_READ?" in permission[0]


def test_new_rule_phrases_become_rule_groups_never_stricter(build: Build) -> None:
    spec, sink = build(
        {
            "docs/bots/1_make.mdx": page(
                "Make bot",
                endpoint("/ver1/bots/create", "POST", "BOTS_WRITE")
                + """## Body Parameters

<ApiParam name='timeout_enabled' type='boolean'>Use a timeout.</ApiParam>
<ApiParam name='timeout_seconds' type='integer' required>
  Seconds.

  This parameter is required when `timeout_enabled` is set to `true`.
</ApiParam>
<ApiParam name='deviation' type='number'>
  Deviation. Must be greater than `-95` and lower than `1000`.
</ApiParam>
<ApiParam name='take_profit' type='object'>
  Take profit.
  <CollapsibleNestedParams>
    <ApiParam name='enabled' type='boolean'>On.</ApiParam>
    <ApiParam name='volume' type='number' required>
      Volume. This parameter is required when `take_profit[enabled]` is set to `true`.
    </ApiParam>
  </CollapsibleNestedParams>
</ApiParam>
""",
            )
        }
    )
    body_name = spec["paths"]["/ver1/bots/create"]["post"]["requestBody"]["content"]["application/json"][
        "schema"
    ]
    built = dict(rules_as_built(spec))  # the rule objects as built: the body's fields a component
    body = _schema(built, body_name["$ref"].rsplit("/", 1)[1])
    fields = _schema(built, body["allOf"][0]["$ref"].rsplit("/", 1)[1])
    # Required only when the selector says so: not in the plain list, but in the group's variant.
    assert "timeout_seconds" not in fields.get("required", [])
    group = _schema(built, group_reference(body["allOf"][1])["$ref"].rsplit("/", 1)[1])
    assert group[extensions.SELECTOR] == "timeout_enabled"
    assert (
        fields["properties"]["deviation"]["exclusiveMinimum"],
        fields["properties"]["deviation"]["exclusiveMaximum"],
    ) == (
        -95,
        1000,
    )
    # The nested condition lives in the nested object: a group on its `enabled`, whose `true`
    # variant requires the volume; the field is not required unconditionally.
    take_profit = fields["properties"]["take_profit"]
    assert "required" not in take_profit
    nested_group = _schema(built, group_reference(take_profit["allOf"][0])["$ref"].rsplit("/", 1)[1])
    assert nested_group[extensions.SELECTOR] == "enabled"
    assert warnings_of(sink, "rule") == []


def _accepts(spec: dict[str, Any], schema: dict[str, Any], instance: object) -> bool:
    return reference_validator(spec, schema["$ref"]).is_valid(instance)


def test_rules_on_nested_parameters_live_in_their_object_never_stricter(build: Build) -> None:
    text = page(
        "Make trade",
        endpoint("/v2/st", "POST")
        + """## Body Parameters

<ApiParam name='take_profit' type='object'>
  Take profit.
  <CollapsibleNestedParams>
    <ApiParam name='enabled' type='boolean' required>On.</ApiParam>
    <ApiParam name='steps' type='array'>Steps.</ApiParam>
    <CollapsibleNestedParams>
      <ApiParam name='volume' type='number'>
        Volume. This parameter is required when `take_profit[enabled]` is set to `true`.
      </ApiParam>
      <ApiParam name='trailing' type='object'>Trailing.</ApiParam>
      <CollapsibleNestedParams>
        <ApiParam name='enabled' type='boolean'>On.</ApiParam>
        <ApiParam name='percent' type='number'>
          Percent. This parameter is required when `take_profit[steps][trailing][enabled]` is set to `true`.
        </ApiParam>
      </CollapsibleNestedParams>
    </CollapsibleNestedParams>
  </CollapsibleNestedParams>
</ApiParam>
<ApiParam name='position' type='object'>
  Position.
  <CollapsibleNestedParams>
    <ApiParam name='order_type' type='string' required>The type: `market` or `conditional`.</ApiParam>
    <ApiParam name='conditional' type='object'>Conditional.</ApiParam>
    <CollapsibleNestedParams>
      <ApiParam name='price' type='number'>Trigger. Used with order type `conditional`.</ApiParam>
    </CollapsibleNestedParams>
  </CollapsibleNestedParams>
</ApiParam>
<ApiParam name='note' type='string'>
  Note. This parameter is required when `position[conditional][price]` is set to `1`.
</ApiParam>
""",
    )
    spec, sink = build({"docs/st/1_make.mdx": text})
    body = {
        "$ref": spec["paths"]["/v2/st"]["post"]["requestBody"]["content"]["application/json"]["schema"][
            "$ref"
        ]
    }
    step = {"volume": 1, "trailing": {"enabled": True, "percent": 2}}
    assert _accepts(spec, body, {"take_profit": {"enabled": True, "steps": [step]}})
    # Each step needs its volume when take profit is on, and only then.
    assert not _accepts(spec, body, {"take_profit": {"enabled": True, "steps": [{"trailing": {}}]}})
    assert _accepts(spec, body, {"take_profit": {"enabled": False, "steps": [{"trailing": {}}]}})
    assert _accepts(spec, body, {"take_profit": {"enabled": True}})  # steps themselves stay optional
    # The trailing's percent, within each step's trailing object, when that trailing is on.
    assert not _accepts(
        spec, body, {"take_profit": {"enabled": False, "steps": [{"trailing": {"enabled": True}}]}}
    )
    assert _accepts(
        spec, body, {"take_profit": {"enabled": False, "steps": [{"trailing": {"enabled": False}}]}}
    )
    # "Used with order type `conditional`": the position's order_type, whose text lists the word,
    # groups the field; it forbids nothing.
    assert _accepts(spec, body, {"position": {"order_type": "market", "conditional": {"price": 1}}})
    built = dict(rules_as_built(spec))  # the rule objects as built: position's holder beside its fields
    position = _schema(built, body["$ref"].rsplit("/", 1)[1])
    position_group = _schema(
        built, group_reference(position["properties"]["position"]["allOf"][0])["$ref"].rsplit("/", 1)[1]
    )
    assert position_group[extensions.SELECTOR] == "order_type"
    # The text lists `market` or `conditional` (an enum): one variant per value.
    variants = [_schema(spec, v["$ref"].rsplit("/", 1)[1]) for v in position_group["oneOf"]]
    assert [v["properties"]["order_type"] for v in variants] == [
        {"type": "string", "const": "market"},
        {"type": "string", "const": "conditional"},
    ]
    conditional = variants[1]
    assert conditional[extensions.GROUP_FIELDS] == ["order_type", "conditional"]
    # A condition inside an object that does not hold the field: a located warning keeping the text.
    (unread,) = warnings_of(sink, "rule")
    assert unread.startswith(f"docs/st/1_make.mdx:{line_of(text, 'Note. This')}")
    assert "required when position[conditional][price] = 1" in unread


def test_used_with_order_type_marks_the_field_for_that_type(build: Build) -> None:
    spec, sink = build(
        {
            "docs/t/1_make.mdx": page(
                "Make",
                endpoint("/v2/t", "POST")
                + """## Body Parameters

<ApiParam name='order_type' type='string' required>Type. Possible values: `market`, `conditional`.</ApiParam>
<ApiParam name='trigger_price' type='number'>Trigger price. Used with order type `conditional`.</ApiParam>
""",
            )
        }
    )
    assert warnings_of(sink, "rule") == []
    body = _body(spec, "/v2/t")
    group = _schema(spec, group_reference(body["allOf"][1])["$ref"].rsplit("/", 1)[1])
    assert group[extensions.SELECTOR] == "order_type"
    assert set(group["discriminator"]["mapping"]) == {"market", "conditional"}
    market = _schema(spec, group["discriminator"]["mapping"]["market"].rsplit("/", 1)[1])
    conditional = _schema(spec, group["discriminator"]["mapping"]["conditional"].rsplit("/", 1)[1])
    assert "trigger_price" in json.dumps(conditional)
    assert "trigger_price" not in json.dumps(market.get("properties", {}))


def test_an_object_the_example_shows_as_a_list_is_an_array(build: Build) -> None:
    spec, _ = build(
        {
            "docs/g/1_orders.mdx": page(
                "Grid orders",
                endpoint("/ver1/grid_bots/:id/market_orders")
                + """## Path Parameter

<ApiParam name='id' type='integer' required>The bot.</ApiParam>

## Response Parameters

<ApiParam name='lines' type='object'>
  Grid lines.
  <CollapsibleNestedParams>
    <ApiParam name='price' type='string'>Price.</ApiParam>
  </CollapsibleNestedParams>
</ApiParam>
<ApiParam name='summary' type='object'>Totals.</ApiParam>

## Example Response
<ResponseTabs.Root>
<ResponseTabs.TabItem value="200" label="200 OK">

```json
{"lines": [{"price": "1.5"}], "summary": {"count": 1}}
```
</ResponseTabs.TabItem>
</ResponseTabs.Root>
""",
            )
        }
    )
    answer = _schema(spec, "GridOrders")["properties"]
    assert answer["lines"]["type"] == ["array", "null"]
    assert answer["lines"]["items"]["properties"]["price"]["type"] == ["string", "null"]
    assert answer["summary"]["type"] == ["object", "null"]


def test_a_link_whose_text_names_the_areas_own_entity_and_a_wrapped_answer(build: Build) -> None:
    def entity_page(title: str, field: str) -> str:
        return page(
            title, f"<h2>Attributes</h2>\n\n<ApiParam name='{field}' type='string'>A field.</ApiParam>\n"
        )

    shown = page(
        "Get trade",
        endpoint("/ver1/trades/{uuid}")
        + """## Path Parameters

<ApiParam name='uuid' type='string' required>The trade.</ApiParam>

## Response Parameters

If successful, returns the full trade object. See [Trade Entity](/smart/smart-entity) for all attributes.

## Example Responses
<ResponseTabs.Root>
<ResponseTabs.TabItem value="200" label="200 OK">

```json
{"trade": {"uuid": "be52", "pair": "BTC_ETH"}}
```
</ResponseTabs.TabItem>
</ResponseTabs.Root>
""",
    )
    smart = entity_page("Smart entity", "id").replace(
        "title: Smart entity", "id: smart-entity\ntitle: Smart entity"
    )
    spec, sink = build(
        {
            "site/smart/0_smart_entity.mdx": smart,
            "site/simple/0_trade_entity.mdx": entity_page("Trade Entity", "uuid"),
            "site/simple/2_get_trade.mdx": shown,
        }
    )
    answer = spec["paths"]["/ver1/trades/{uuid}"]["get"]["responses"]["200"]["content"]["application/json"]
    assert answer["schema"] == {
        "type": "object",
        "properties": {"trade": {"$ref": "#/components/schemas/TradeEntity"}},
    }
    chosen = [w for w in warnings_of(sink, "response") if "names TradeEntity of this area" in w]
    assert len(chosen) == 1 and chosen[0].startswith("site/simple/2_get_trade.mdx:")


def test_answer_strings_the_page_shows_as_timestamps_or_decimals_are_typed(build: Build) -> None:
    entity = page(
        "Order entity",
        """<h2>Attributes</h2>

<ApiParam name='id' type='string'>Id.</ApiParam>
<ApiParam name='created_at' type='string'>Created at.</ApiParam>
<ApiParam name='closed_at' type='string or null'>ISO 8601 datetime string of when the order closed.</ApiParam>
<ApiParam name='amount' type='string'>Amount.</ApiParam>
<ApiParam name='rate' type='number'>Rate.</ApiParam>
<ApiParam name='side' type='string'>Side.</ApiParam>

```json
{"id": "12", "created_at": "2025-07-23T02:51:11.184Z", "closed_at": null, "amount": "0.001",
 "rate": "0.5", "side": "buy"}
```
""",
    )
    show = page(
        "Show order",
        endpoint("/v1/orders/:id", "GET")
        + "## Path Parameter\n\n<ApiParam name='id' type='integer' required>Id.</ApiParam>\n\n## Response\n\n"
        "If successful, the response includes a copy of [Order](/orders/0_order_entity.mdx) entity.\n",
    )
    spec, _ = build({"site/orders/0_order_entity.mdx": entity, "site/orders/1_show.mdx": show})
    fields = _schema(spec, "OrderEntity")["properties"]
    # The example shows a timestamp; the description says one (its example is null).
    assert fields["created_at"]["format"] == "date-time"
    assert fields["created_at"]["examples"] == ["2025-07-23T02:51:11.184Z"]
    assert fields["closed_at"]["format"] == "date-time"
    # A number written as a string with a fraction: the decimal format of the 2019 chapters.
    assert fields["amount"] == {
        "type": ["string", "null"],
        "format": "decimal",
        "description": "Amount.",
        "examples": ["0.001"],
    }
    # Without a fraction ("12"): as the page types it.
    assert "format" not in fields["id"] and "format" not in fields["side"]
    # A number the page shows as a decimal string: either form (test_mdx_fidelity).
    assert fields["rate"]["type"] == ["number", "string", "null"]
