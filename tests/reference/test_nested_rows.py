"""A 2022-style table chapter (SmartTrades v2, made up here): nested rows marked YES are required
inside their parent object whenever the parent is sent, never at the top of the body."""

from __future__ import annotations

from generator.pipeline import run_spec_pipeline
from tests.support.chapters import body_validator, create_smart_trade_v2

CHAPTER = create_smart_trade_v2(
    """\
account_id | integer | YES |   | id from GET /ver1/accounts
pair | string | YES |   |
position[type] | string | YES | buy, sell |
position[units][value] | number | YES |   |
position[price][value] | number | NO |   |
take_profit[enabled] | boolean | NO |   |
take_profit[steps][][volume] | number | YES |   | Percent of the position
take_profit[steps][][price][value] | number | YES |   |
take_profit[steps][][price][type] | string | NO | bid, ask, last |
"""
)


def test_nested_rows_are_required_within_their_parent() -> None:
    spec = run_spec_pipeline([("docs/smart_trades_v2_api.md", CHAPTER)]).spec
    validator = body_validator(spec)
    base = {"account_id": 1, "pair": "USDT_BTC"}
    position = {"type": "buy", "units": {"value": 1}}
    assert validator.is_valid(base)  # the parents are optional: so is everything inside them
    assert validator.is_valid({**base, "position": position})
    assert not validator.is_valid({**base, "position": {"units": {"value": 1}}})  # no type
    assert not validator.is_valid({**base, "position": {"type": "buy", "units": {}}})  # no units.value
    assert not validator.is_valid({**base, "position": {"type": "buy"}})  # units is required for its value
    step = {"volume": 50, "price": {"value": 100}}
    assert validator.is_valid({**base, "take_profit": {"steps": [step]}})
    assert validator.is_valid({**base, "take_profit": {"enabled": True}})
    assert not validator.is_valid({**base, "take_profit": {"steps": [{"price": {"value": 100}}]}})
    assert not validator.is_valid({**base, "take_profit": {"steps": [{"volume": 50, "price": {}}]}})
    assert not validator.is_valid({**base, "take_profit": {"steps": [{"volume": 50}]}})  # price holds value
    assert not validator.is_valid({"pair": "USDT_BTC"})  # the top-level YES still holds
