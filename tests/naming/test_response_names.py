"""Response classes of MDX pages named as the pages name them (issue 28: "names never repeat their
owner ... read them aloud and fix what sounds generated"), on made-up pages.

- An answer a page describes in place is named as the page names it: *Required balances* →
  ``RequiredBalances``, *Get the list of active widgets* → ``ActiveWidgets`` ("get the list of"
  only says "read"), an action's answer ``AddWidgetResponse``; the objects inside it are named
  after it without ``Response`` (``RequiredBalancesMissingBalance``), and without path words that
  only repeat its name (``...WithLeverageData`` holding ``leverage_data[]``: ``...WithLeverageDataItem``).
  One item of a listed answer is named in the singular (*Widget events*: ``WidgetEvent``).
  An entity page's name is spelled as its title spells it (*DCA Bot entity*: ``DCABotEntity``).
- Objects of one response alike (their wording aside) and named alike are one class, as a
  request's are: an order's ``status``, its position's and its stop loss's are ``OrderStatus``,
  named by the response and the path words they share (``OrderConditionalTrailing``); ``units``
  and ``total``, alike but named otherwise, stay two; one that differs keeps its whole path
  (``OrderTakeProfitStepStatus``). Its docstring says what the page says at each place.
- An entity two areas define differently takes, for its second definition, the name of the area
  that tells them apart: the trade of a SmartTrade (``smart-trade/trades/``) is
  ``SmartTradeTradeEntity``, not ``TradesTradeEntity`` (its chapter, which only says "trade" again).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.client.view import build_client_plan
from generator.naming import (
    answer_name,
    body_object_classes,
    entity_page_name,
    entity_words,
    response_object_classes,
    twin_entity_prefix,
)
from generator.pipeline import run_spec_pipeline
from tests.mdx.pages import SITE, endpoint, page
from tests.support.built_client import build_client, run_with


def _entity_page(title: str, fields: str) -> str:
    return page(title, "<h2>Attributes</h2>\n\n" + fields)


def _field(name: str, kind: str = "string") -> str:
    return f"<ApiParam name='{name}' type='{kind}'>The {name}.</ApiParam>\n"


def _build(pages: dict[str, str]) -> dict[str, Any]:
    result = run_spec_pipeline(list(pages.items()))
    return result.spec


def _components(spec: dict[str, Any]) -> set[str]:
    return set(spec["components"]["schemas"])


def _classes(spec: dict[str, Any]) -> set[str]:
    return set(build_client_plan(spec).models)


TWO_TRADES = {
    "site/simple-trading/index.mdx": page("Simple Trading", "# Simple Trading\n\nTrades.\n"),
    "site/simple-trading/0_trade_entity.mdx": _entity_page("Trade Entity", _field("uuid") + _field("pair")),
    "site/smart-trade/index.mdx": page("SmartTrade", "# SmartTrade\n\nSmart trades.\n"),
    "site/smart-trade/trades/index.mdx": page("Trades", "# Trades\n\nThe trades of a SmartTrade.\n"),
    "site/smart-trade/trades/0_trade_entity.mdx": _entity_page(
        "Trade entity", _field("id", "integer") + _field("order_side")
    ),
    "site/smart-trade/trades/1_list.mdx": page(
        "Get trades of SmartTrade",
        endpoint("/ver1/smart_trades/:id/trades")
        + "## Path Parameter\n\n<ApiParam name='id' type='integer' required>Id.</ApiParam>\n\n"
        "## Response Parameters\n\nA list of [Trade](/smart-trade/trades/0_trade_entity.mdx) entities.\n",
    ),
}


def test_a_twin_entity_is_named_after_the_area_that_tells_it_apart() -> None:
    spec = _build(TWO_TRADES)
    assert {"TradeEntity", "SmartTradeTradeEntity"} <= _components(spec)
    assert not any(name.startswith("Trades") for name in _components(spec) | _classes(spec))
    assert {"TradeEntity", "SmartTradeTradeEntity"} <= _classes(spec)
    assert set(spec["components"]["schemas"]["SmartTradeTradeEntity"]["properties"]) == {"id", "order_side"}


def test_the_prefix_skips_areas_that_only_repeat_the_name() -> None:
    assert entity_words("TradeEntity") == entity_words("Trades") == ["trade"]
    assert twin_entity_prefix("TradeEntity", ("Trades", "SmartTrade")) == "SmartTrade"
    assert twin_entity_prefix("TradeEntity", ("Orders", "SmartTrade")) == "Orders"
    # Nothing tells them apart: the chapter's name, as before.
    assert twin_entity_prefix("TradeEntity", ("Trades",)) == "Trades"
    assert twin_entity_prefix("DealEntity", ("Deals Api",)) == "Deals"


@pytest.fixture(scope="module")
def site() -> dict[str, Any]:
    """The spec of ``../shared/docs-mdx`` (read in place, never copied)."""
    if not SITE.is_dir():
        pytest.skip(f"the current reference is not in {SITE} (../shared/docs-mdx): nothing to read")
    pages = {
        str(p.relative_to(SITE.parent)): p.read_text(encoding="utf-8") for p in sorted(SITE.rglob("*.mdx"))
    }
    return _build(pages)


def test_the_sites_two_trade_entities(site: dict[str, Any]) -> None:
    """The site's two ``TradeEntity`` pages differ (a simple trade by ``uuid``, a SmartTrade's
    trade by ``id``): ``TradeEntity`` and ``SmartTradeTradeEntity``."""
    schemas = site["components"]["schemas"]
    assert "uuid" in schemas["TradeEntity"]["properties"]
    assert "order_side" in schemas["SmartTradeTradeEntity"]["properties"]
    assert "TradesTradeEntity" not in schemas


def _nested(name: str, kind: str, text: str, inner: str) -> str:
    return (
        f"<ApiParam name='{name}' type='{kind}'>\n{text}\n<CollapsibleNestedParams>\n{inner}"
        "</CollapsibleNestedParams>\n</ApiParam>\n"
    )


def _status(whose: str, extra: str = "") -> str:
    fields = (
        f"<ApiParam name='basic_type' type='string'>Status of the {whose}.</ApiParam>\n"
        f"<ApiParam name='error' type='string'>Why the {whose} failed.</ApiParam>\n"
    )
    return _nested("status", "object", f"The {whose}'s status.", fields + extra)


_VALUE = "<ApiParam name='value' type='string'>{}</ApiParam>\n"
_TRAILING = _nested(
    "trailing",
    "object",
    "Trailing.",
    "<ApiParam name='editable' type='boolean'>Editable.</ApiParam>\n"
    "<ApiParam name='percent' type='number'>Percent.</ApiParam>\n",
)
ORDER_ENTITY = _entity_page(
    "Order entity",
    _field("id", "integer")
    + _status("order")
    + _nested(
        "position",
        "object",
        "The position.",
        _nested("units", "object", "Units.", _VALUE.format("How many."))
        + _nested("total", "object", "Total.", _VALUE.format("How much."))
        + _status("position")
        + _nested("conditional", "object", "When.", _TRAILING),
    )
    + _nested(
        "stop_loss",
        "object",
        "The stop loss.",
        _status("stop loss") + _nested("conditional", "object", "When.", _TRAILING + _field("price")),
    )
    + _nested(
        "take_profit",
        "object",
        "The take profit.",
        _nested("steps", "array", "Its steps.", _status("step", _field("title"))),
    ),
)
ORDERS = {
    "site/orders/0_order_entity.mdx": ORDER_ENTITY,
    "site/orders/1_show.mdx": page(
        "Show order",
        endpoint("/v1/orders/:id")
        + "## Path Parameter\n\n<ApiParam name='id' type='integer' required>Id.</ApiParam>\n\n## Response\n\n"
        "If successful, the response includes a copy of [Order](/orders/0_order_entity.mdx) entity.\n",
    ),
}


@pytest.fixture(scope="module")
def orders() -> dict[str, Any]:
    return _build(ORDERS)


def test_a_responses_objects_alike_are_one_class(orders: dict[str, Any]) -> None:
    plan = build_client_plan(orders)
    classes = set(plan.models)
    assert {"OrderEntity", "OrderStatus", "OrderConditionalTrailing", "OrderTakeProfitStepStatus"} <= classes
    assert {
        "OrderPositionUnits",
        "OrderPositionTotal",
        "OrderPositionConditional",
        "OrderStopLossConditional",
    } <= classes
    assert not {"OrderPositionStatus", "OrderStopLossStatus", "OrderPositionConditionalTrailing"} & classes
    reads = {
        (model.name, f.wire): f.model or (f.item.model if f.item else None)
        for model in plan.models.values()
        for f in model.fields
    }
    assert reads[("OrderEntity", "status")] == reads[("OrderPosition", "status")] == "OrderStatus"
    assert reads[("OrderStopLoss", "status")] == "OrderStatus"
    assert reads[("OrderTakeProfitStep", "status")] == "OrderTakeProfitStepStatus"
    said = {f.wire: f.description for f in plan.models["OrderStatus"].fields}
    assert said["error"] == (
        "In ``status``: Why the order failed. In ``position.status``: Why the position failed. "
        "In ``stop_loss.status``: Why the stop loss failed."
    )


def test_the_shared_class_reads_every_place(orders: dict[str, Any], tmp_path: Path) -> None:
    code = """
from threecommas.models import OrderEntity, OrderStatus
status = {"basic_type": "failed", "error": "no funds"}
order = OrderEntity.from_dict({"id": 1, "status": status, "position": {"status": status},
                               "stop_loss": {"status": status, "conditional": {"trailing": {"percent": 1}}}})
assert type(order.status) is type(order.position.status) is type(order.stop_loss.status) is OrderStatus
assert order.position.status.error == "no funds"
print("ok")
"""
    completed = run_with(build_client(orders, tmp_path), code)
    assert completed.returncode == 0 and completed.stdout.strip() == "ok", completed.stderr


def test_two_groups_one_name_the_object_the_name_spells_keeps_it() -> None:
    """``status`` alone and ``position.status``/``stop_loss.status`` (alike, but not like the
    first) would all be ``OrderStatus``: the object at ``status`` keeps it, the others keep their
    whole paths (one name never stands for two shapes)."""

    def obj(**properties: Any) -> dict[str, Any]:
        return {"type": "object", "properties": properties}

    one, other = obj(a={"type": "string"}), obj(b={"type": "string"})
    classes = response_object_classes(
        "OrderEntity", obj(status=one, position=obj(status=other), stop_loss=obj(status=other))
    )
    assert classes[("status",)] == "OrderStatus"
    assert classes[("position", "status")] == "OrderPositionStatus"
    assert classes[("stop_loss", "status")] == "OrderStopLossStatus"
    shared = response_object_classes(
        "OrderEntity", obj(position=obj(status=other), stop_loss=obj(status=other))
    )
    assert shared[("position", "status")] == shared[("stop_loss", "status")] == "OrderStatus"
    items = response_object_classes("Fields", obj(required={"type": "array", "items": one}))
    assert items[("required", "[]")] == "FieldsRequiredItem"


def test_the_sites_smart_trade_has_one_status_class(site: dict[str, Any]) -> None:
    """The site's SmartTrade page gives six objects ``status`` alike (the trade's, its position's,
    each take-profit step's, its stop loss's, each reduce-funds step's, its market close's): one
    ``SmartTradeStatus``. Its position's and stop loss's conditional ``trailing`` are one
    ``SmartTradeConditionalTrailing``."""
    plan = build_client_plan(site)
    reads = {
        (model.name, f.wire): f.model or (f.item.model if f.item else None)
        for model in plan.models.values()
        for f in model.fields
    }
    holders = ["SmartTradeEntity", "SmartTradePosition", "SmartTradeTakeProfitStep", "SmartTradeStopLoss"]
    holders += ["SmartTradeReduceFundsStep", "SmartTradeMarketClose"]
    assert {reads[(holder, "status")] for holder in holders} == {"SmartTradeStatus"}
    assert reads[("SmartTradePositionConditional", "trailing")] == "SmartTradeConditionalTrailing"
    assert reads[("SmartTradeStopLossConditional", "trailing")] == "SmartTradeConditionalTrailing"
    assert not [name for name in plan.models if name.startswith("SmartTrade") and name.endswith("Status")][1:]


def test_a_field_named_like_a_keyword_of_wording_is_compared() -> None:
    """Wording is left out when objects are compared, but a property named ``title`` or
    ``description`` is a field: two objects that differ by it are two classes (requests and
    responses alike)."""

    def body(**properties: Any) -> dict[str, Any]:
        note = {"type": "object", "properties": properties, "description": "A note."}
        schema = {"type": "object", "properties": {"note": note}}
        return {"requestBody": {"content": {"application/json": {"schema": schema}}}}

    text = {"type": "string"}
    spec = {
        "paths": {
            "/notes": {"post": {"operationId": "create_note", **body(text=text, title=text)}},
            "/notes/{id}": {"patch": {"operationId": "update_note", **body(text=text)}},
        }
    }
    classes = body_object_classes(spec)
    assert classes[("create_note", "note")] == "CreateNoteNote"
    assert classes[("update_note", "note")] == "UpdateNoteNote"
    titled = {"type": "object", "properties": {"title": text}}
    answer = {"type": "object", "properties": {"a": {"type": "object", "properties": {"x": titled}}}}
    answer["properties"]["b"] = {"type": "object", "properties": {"x": {"type": "object", "properties": {}}}}
    answer["properties"]["b"]["properties"]["x"]["properties"]["description"] = text
    named = response_object_classes("NoteEntity", answer)
    assert named[("a", "x")] == "NoteAX" and named[("b", "x")] == "NoteBX"


def test_an_answer_is_named_as_the_page_names_it() -> None:
    assert answer_name("Required balances for launch") == "RequiredBalancesForLaunch"
    assert answer_name("Get the list of active entities") == "ActiveEntities"
    assert answer_name("Get list of deals stats") == "DealsStats"
    assert answer_name("Get DCA Bot stats") == "DCABotStats"
    assert answer_name("Get all-time trading volume") == "AllTimeTradingVolume"
    assert answer_name("Add exchange account") == "AddExchangeAccountResponse"
    assert answer_name("Panic sell deal") == "PanicSellDealResponse"
    assert answer_name("Remove widget") == "RemoveWidgetResponse"
    # Names another component takes keep Response.
    assert answer_name("Error") == "ErrorResponse"
    assert answer_name("Get order entity") == "OrderEntityResponse"
    assert answer_name("Get") == "GetResponse"
    # One item of a listed answer is named in the singular; words that are no plural stay.
    assert answer_name("Grid Bot events", listed=True) == "GridBotEvent"
    assert answer_name("Get trades of deal", listed=True) == "TradeOfDeal"
    assert answer_name("Supported markets list", listed=True) == "SupportedMarket"
    assert answer_name("User balances for pie chart", listed=True) == "UserBalanceForPieChart"
    assert answer_name("Get the list of entries", listed=True) == "Entry"
    assert answer_name("Balance history data", listed=True) == "BalanceHistoryData"
    assert answer_name("Order status", listed=True) == "OrderStatus"
    assert answer_name("Cancel manual safety orders", listed=True) == "CancelManualSafetyOrdersResponse"
    assert answer_name("Grid Bot events") == "GridBotEvents"
    assert entity_page_name("dca_bot_entity", "DCA Bot entity") == "DCABotEntity"
    assert entity_page_name("smart_trade_entity", "SmartTrade entity") == "SmartTradeEntity"
    # A title that says other words leaves the file's name.
    assert entity_page_name("deal_entity", "The deal") == "DealEntity"


def _answer_page(title: str, url: str, parameters: str) -> str:
    return page(
        title,
        endpoint(url) + "## Path Parameter\n\n<ApiParam name='id' type='integer' required>Id.</ApiParam>\n\n"
        "## Response Parameters\n\n" + parameters,
    )


_AMOUNT = _field("quantity") + _field("currency")
ANSWERS = {
    "site/widgets/0_dca_bot_entity.mdx": _entity_page("DCA Bot entity", _field("id", "integer")),
    "site/widgets/1_balances.mdx": _answer_page(
        "Required balances",
        "/v1/widgets/:id/required_balances",
        _nested("missing_balance", "object", "Missing.", _nested("base", "object", "Base.", _AMOUNT))
        + _nested("required_balance", "object", "Required.", _nested("base", "object", "Base.", _AMOUNT)),
    ),
    "site/widgets/2_active.mdx": _answer_page(
        "Get the list of active widgets",
        "/v1/widgets/:id/active",
        _nested("data", "object", "Counts.", _field("active_count", "integer")),
    ),
    "site/widgets/3_add.mdx": _answer_page(
        "Add widget", "/v1/widgets/:id/add", _field("id", "integer") + _field("name")
    ).replace('method="GET"', 'method="POST"'),
    "site/widgets/5_events.mdx": _answer_page(
        "Widget events",
        "/v1/widgets/:id/events",
        _field("message")
        + "\n## Example Responses\n<ResponseTabs.Root>\n"
        + '<ResponseTabs.TabItem value="200" label="200 OK">\n\n'
        + '```json\n[{"message": "started"}]\n```\n</ResponseTabs.TabItem>\n</ResponseTabs.Root>\n',
    ),
    "site/widgets/4_rates.mdx": _answer_page(
        "Rates with leverage data",
        "/v1/widgets/:id/rates",
        _field("last") + _nested("leverage_data", "array", "Leverages.", _field("code") + _field("name")),
    ),
}


def test_the_answers_of_made_up_pages_are_named_as_the_pages_name_them(tmp_path: Path) -> None:
    spec = _build(ANSWERS)
    components = _components(spec)
    assert {
        "DCABotEntity",
        "RequiredBalances",
        "ActiveWidgets",
        "AddWidgetResponse",
        "RatesWithLeverageData",
    } <= components
    assert not [name for name in components if name.startswith("Get") or name == "DcaBotEntity"]
    classes = _classes(spec)
    assert {"RequiredBalancesMissingBalance", "RequiredBalancesBase", "ActiveWidgetsData"} <= classes
    assert "RatesWithLeverageDataItem" in classes
    events = spec["paths"]["/v1/widgets/{id}/events"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]
    assert events["schema"] == {"type": "array", "items": {"$ref": "#/components/schemas/WidgetEvent"}}
    # Response stays a word of no nested class; Base of both balances is one class.
    assert not [name for name in classes if "Response" in name and not name.endswith("Response")]
    assert not {"RequiredBalancesMissingBalanceBase", "RequiredBalancesRequiredBalanceBase"} & classes
    code = """
from threecommas.models import ActiveWidgets, RequiredBalances, RequiredBalancesBase
answer = RequiredBalances.from_dict({"missing_balance": {"base": {"quantity": "1", "currency": "BTC"}},
                                     "required_balance": {"base": {"quantity": "2", "currency": "BTC"}}})
assert type(answer.missing_balance.base) is type(answer.required_balance.base) is RequiredBalancesBase
assert ActiveWidgets.from_dict({"data": {"active_count": 3}}).data_.active_count == 3  # data is reserved
print("ok")
"""
    completed = run_with(build_client(spec, tmp_path), code)
    assert completed.returncode == 0 and completed.stdout.strip() == "ok", completed.stderr


def test_the_sites_answers_are_named_as_its_pages_name_them(site: dict[str, Any]) -> None:
    """``GetTheListOfActiveEntitiesResponse`` was the site's page *Get the list of active
    entities*; ``RequiredBalancesForLaunchResponseRequiredBalanceBase`` one object of *Required
    balances for launch*; ``DcaBotEntity`` the page *DCA Bot entity*."""
    components = _components(site)
    assert {"ActiveEntities", "RequiredBalancesForLaunch", "DCABotStats", "DCABotEntity"} <= components
    assert {"AddExchangeAccountResponse", "SmartTradeTradeEntity"} <= components
    assert not [name for name in components if name.startswith("GetThe") or name == "DcaBotEntity"]
    classes = _classes(site)
    assert {"RequiredBalancesForLaunchBase", "ActiveEntitiesData"} <= classes
    assert "CurrencyRatesAndLimitsWithLeverageDataItem" in classes
    # One item of a listed answer: GridBotEvent, TradeOfDeal, SupportedMarket (was ...Response).
    assert {"GridBotEvent", "TradeOfDeal", "SupportedMarket", "AvailableMarketSubtype"} <= classes
    assert not [name for name in classes if "Response" in name and not name.endswith("Response")]
