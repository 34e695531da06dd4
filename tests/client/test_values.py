"""Decimals both ways, timestamps in both forms, and tolerant reading of responses."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from threecommas import Client, RequestValidationError
from threecommas._values import dumps_body, format_decimal, parse_timestamp
from threecommas.models import SmartTradeEntity, StopLossDisabled, TakeProfitClassic

from tests.client.conftest import TRADE, Script

DECIMALS = st.decimals(allow_nan=False, allow_infinity=False, places=8, min_value=-(10**12), max_value=10**12)


@given(DECIMALS)
def test_decimal_goes_on_the_wire_with_every_digit(value: Decimal) -> None:
    body = dumps_body({"price": value})
    assert json.loads(body, parse_float=Decimal, parse_int=Decimal)["price"] == value
    assert b"e" not in body.removeprefix(b'{"price":').lower()  # plain notation, no exponent


@given(DECIMALS)
def test_response_decimal_strings_read_back_exactly(value: Decimal) -> None:
    text = format_decimal(value)
    trade = SmartTradeEntity.from_dict({"buy_price": text})
    assert trade.buy_price == value
    assert trade.to_dict()["buy_price"] == text


def test_request_numbers_accept_decimal_int_and_str(client: Client, script: Script) -> None:
    client.smart_trades.create(
        account_id=1,
        pair="USDT_BTC",
        units_to_buy=Decimal("0.00000001"),
        buy_price=30000,
        take_profit=TakeProfitClassic(take_profit_price_condition="0.1"),
        stop_loss=StopLossDisabled(),
    )
    sent = json.loads(script.requests[0].content, parse_float=Decimal)
    assert sent["units_to_buy"] == Decimal("0.00000001")
    assert b'"buy_price":30000' in script.requests[0].content
    assert b'"take_profit_price_condition":0.1' in script.requests[0].content


#: Decimals a binary64 double carries exactly: what a JSON number brings to its reader.
CARRIED = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12).map(
    lambda f: Decimal(repr(f))
)


@given(st.one_of(CARRIED, DECIMALS.filter(lambda d: Decimal(repr(float(d))) == d)))
def test_request_models_give_json_safe_dicts_with_exact_numbers(value: Decimal) -> None:
    model = TakeProfitClassic(take_profit_price_condition=value)
    data = model.to_dict()
    text = json.dumps(data)  # JSON types only: no Decimal left
    assert json.loads(text, parse_float=Decimal, parse_int=Decimal)["take_profit_price_condition"] == value
    assert TakeProfitClassic.from_dict(json.loads(text)) == model


def test_a_number_no_json_double_carries_is_refused_not_rounded() -> None:
    with pytest.raises(ValueError, match="significant digits"):
        TakeProfitClassic(take_profit_price_condition=Decimal("0.12345678901234567890123"))
    assert (
        TakeProfitClassic(take_profit_price_condition=Decimal("12345678901234567890123")).to_dict()[
            "take_profit_price_condition"
        ]
        == 12345678901234567890123
    )  # a whole number is an int: exact at any size


@pytest.mark.parametrize("bad", [0.1, float("nan"), "abc", True, None])
def test_non_decimal_numbers_are_refused_before_sending(bad: object, client: Client, script: Script) -> None:
    with pytest.raises(RequestValidationError) as caught:
        client.smart_trades.create(
            account_id=1,
            pair="X",
            units_to_buy=bad,  # type: ignore[arg-type]
            buy_price=1,
            take_profit=TakeProfitClassic(take_profit_price_condition=1),
            stop_loss=StopLossDisabled(),
        )
    assert caught.value.parameter == "units_to_buy"
    assert script.requests == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018-08-08 08:08:08", datetime(2018, 8, 8, 8, 8, 8, tzinfo=UTC)),
        ("2018-08-08T08:08:08Z", datetime(2018, 8, 8, 8, 8, 8, tzinfo=UTC)),
        (
            "2018-08-08T08:08:08.250+02:00",
            datetime(2018, 8, 8, 8, 8, 8, 250000, tzinfo=timezone(timedelta(hours=2))),
        ),
        ("2018-08-08T08:08:08", datetime(2018, 8, 8, 8, 8, 8, tzinfo=UTC)),
    ],
)
def test_timestamps_in_both_forms(text: str, expected: datetime) -> None:
    assert parse_timestamp(text) == expected
    assert SmartTradeEntity.from_dict({"created_at": text}).created_at == expected


def test_api_timestamps_serialise_back_unchanged() -> None:
    trade = SmartTradeEntity.from_dict({"created_at": "2018-08-08 08:08:08"})
    assert trade.to_dict()["created_at"] == "2018-08-08 08:08:08"


def test_missing_null_unknown_and_extra_fields_never_break_reading(client: Client, script: Script) -> None:
    reply = {
        "id": 7,
        "status": "a_status_added_next_year",
        "buy_price": None,
        "profit_percentage": "not a number",
        "created_at": "yesterday",
        "smart_trade_steps": [{"id": 1}, "junk", None],
        "take_profit_steps": "oops",
        "brand_new_field": {"x": 1},
    }
    script.replies = [httpx.Response(200, json=reply)]
    trade = client.smart_trades.cancel(smart_trade_id=7)
    assert trade.id == 7
    assert trade.status == "a_status_added_next_year"
    assert trade.buy_price is None
    assert trade.profit_percentage is None
    assert trade.created_at is None
    assert [step.id for step in trade.smart_trade_steps or []] == [1]
    assert trade.take_profit_steps is None
    assert trade.account_id is None
    assert trade.raw["brand_new_field"] == {"x": 1}
    assert trade.raw["profit_percentage"] == "not a number"
    assert trade.to_dict() == reply


def test_entity_round_trip_of_the_reference_example() -> None:
    assert SmartTradeEntity.from_dict(TRADE).to_dict() == TRADE
