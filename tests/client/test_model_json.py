"""Models as openai-python users expect them: to_dict() / to_json() round-trip, repr, equality."""

from __future__ import annotations

import json
from decimal import Decimal

from threecommas.models import SmartTradeEntity, TakeProfitClassic

from tests.client.conftest import TRADE


def test_a_response_entity_round_trips_through_json_text() -> None:
    trade = SmartTradeEntity.from_dict(TRADE)
    text = trade.to_json()
    assert json.loads(text, parse_float=Decimal) == json.loads(
        json.dumps(trade.to_dict()), parse_float=Decimal
    )
    again = SmartTradeEntity.from_dict(json.loads(text, parse_float=Decimal))
    assert again == trade and again.buy_price == Decimal("101.12")
    assert "SmartTradeEntity(" in repr(trade) and "id=7" in repr(trade)


def test_a_request_variant_writes_its_selectors_and_exact_numbers() -> None:
    variant = TakeProfitClassic(take_profit_price_condition=Decimal("33000.125"))
    text = variant.to_json()
    assert json.loads(text, parse_float=Decimal) == variant.to_dict()
    assert "33000.125" in text
    assert TakeProfitClassic.from_dict(json.loads(text, parse_float=Decimal)) == variant
    assert variant != TakeProfitClassic(take_profit_price_condition="1")
