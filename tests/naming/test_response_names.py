"""Response classes of MDX pages named as the pages name them (issue 28: "names never repeat their
owner ... read them aloud and fix what sounds generated"), on made-up pages.

- An entity two areas define differently takes, for its second definition, the name of the area
  that tells them apart: the trade of a SmartTrade (``smart-trade/trades/``) is
  ``SmartTradeTradeEntity``, not ``TradesTradeEntity`` (its chapter, which only says "trade" again).
"""

from __future__ import annotations

from typing import Any

import pytest

from generator.client.view import build_client_plan
from generator.naming import entity_words, twin_entity_prefix
from generator.pipeline import run_spec_pipeline
from tests.mdx.pages import SITE, endpoint, page


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


def test_the_sites_two_trade_entities() -> None:
    """The site's two ``TradeEntity`` pages differ (a simple trade by ``uuid``, a SmartTrade's
    trade by ``id``): ``TradeEntity`` and ``SmartTradeTradeEntity``."""
    if not SITE.is_dir():
        pytest.skip(f"the current reference is not in {SITE} (../shared/docs-mdx): nothing to read")
    pages = {
        str(p.relative_to(SITE.parent)): p.read_text(encoding="utf-8") for p in sorted(SITE.rglob("*.mdx"))
    }
    spec = _build(pages)
    schemas = spec["components"]["schemas"]
    assert "uuid" in schemas["TradeEntity"]["properties"]
    assert "order_side" in schemas["SmartTradeTradeEntity"]["properties"]
    assert "TradesTradeEntity" not in schemas
