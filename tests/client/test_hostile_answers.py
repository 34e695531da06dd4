"""Hostile success answers: absurd numbers and deeply nested JSON are read tolerantly or refused
with the client's own error, never by hanging or by a raw ``RecursionError``."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
from threecommas import (
    APIResponseValidationError,
    APIStatusError,
    AsyncClient,
    Client,
    RequestValidationError,
)
from threecommas._read import MAX_DECIMAL_DIGITS, MAX_DECIMAL_EXPONENT, MAX_INT_DIGITS
from threecommas.models import SmartTradeEntity, StopLossDisabled, TakeProfitClassic

from tests.client.conftest import Script

DEEP = b"[" * 100_000 + b"]" * 100_000
DEEP_OBJECT = b'{"a":' * 100_000 + b"1" + b"}" * 100_000

# Each would cost from seconds to hours of CPU if converted naively (1e99999999 as an integer
# has 100 million digits); each must simply be unreadable.
HUGE_INTEGERS: list[Any] = [
    "1e99999999",
    "1E+99999999",
    "1e50",  # an exponent, even a small one, is not how an integer is written
    "9" * (MAX_INT_DIGITS + 1),
    "1" + "0" * 5000,
    " " * 300 + "1",
    10**MAX_INT_DIGITS,
    Decimal("1e99999999"),
    Decimal("1E+2"),
    float("1e300"),
]
HUGE_DECIMALS: list[Any] = [
    "1e99999999",
    "-1e-99999999",
    f"1e{MAX_DECIMAL_EXPONENT + 1}",
    "1." + "1" * MAX_DECIMAL_DIGITS,
    "1" * 300,
    Decimal("1e99999999"),
    10 ** (MAX_DECIMAL_DIGITS + 1),
]


@pytest.mark.parametrize("value", HUGE_INTEGERS, ids=repr)
def test_absurd_integers_are_unreadable_not_computed(value: Any) -> None:
    trade = SmartTradeEntity.from_dict({"id": value, "account_id": 5})
    assert trade.id is None
    assert trade.account_id == 5
    assert trade.raw["id"] == value


@pytest.mark.parametrize("value", HUGE_DECIMALS, ids=lambda v: repr(v)[:40])
def test_absurd_decimals_are_unreadable(value: Any) -> None:
    trade = SmartTradeEntity.from_dict({"buy_price": value, "note": "kept"})
    assert trade.buy_price is None
    assert trade.note == "kept"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12", 12),
        ("-12", -12),
        ("12.0", 12),
        (12, 12),
        (Decimal("12.00"), 12),
        ("9" * MAX_INT_DIGITS, int("9" * MAX_INT_DIGITS)),
    ],
)
def test_ordinary_integers_still_read(value: Any, expected: int) -> None:
    assert SmartTradeEntity.from_dict({"id": value}).id == expected


@pytest.mark.parametrize(
    "text",
    [
        "101.12",
        "-0.00000001",
        "1e-8",
        "1E+3",
        "0." + "1" * (MAX_DECIMAL_DIGITS - 1),
        f"1e{MAX_DECIMAL_EXPONENT}",
    ],
)
def test_ordinary_decimals_still_read_exactly(text: str) -> None:
    assert SmartTradeEntity.from_dict({"buy_price": text}).buy_price == Decimal(text)


def test_a_huge_number_in_a_list_answer_is_read_tolerantly(client: Client, script: Script) -> None:
    script.replies = [httpx.Response(200, content=b'[{"id": "1e99999999", "note": "kept"}]')]
    trades = client.smart_trades.list()
    assert [(t.id, t.note) for t in trades] == [(None, "kept")]


def test_a_huge_json_number_is_read_tolerantly(client: Client, script: Script) -> None:
    script.replies = [httpx.Response(200, content=b'{"id": 1e99999999, "buy_price": 1e99999999}')]
    trade = client.smart_trades.cancel(smart_trade_id=5)
    assert trade.id is None
    assert trade.buy_price is None


@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT], ids=["arrays", "objects"])
def test_deep_json_is_an_unexpected_response(client: Client, script: Script, body: bytes) -> None:
    script.replies = [httpx.Response(200, content=body)]
    with pytest.raises(APIResponseValidationError):
        client.smart_trades.list()
    with pytest.raises(APIResponseValidationError):
        client.smart_trades.cancel(smart_trade_id=5)


@pytest.mark.parametrize("body", [DEEP, DEEP_OBJECT], ids=["arrays", "objects"])
async def test_deep_json_is_an_unexpected_response_async(
    async_client: AsyncClient, script: Script, body: bytes
) -> None:
    script.replies = [httpx.Response(200, content=body)]
    with pytest.raises(APIResponseValidationError):
        await async_client.smart_trades.list()
    with pytest.raises(APIResponseValidationError):
        await async_client.smart_trades.cancel(smart_trade_id=5)


def test_deep_json_in_an_error_answer_is_still_an_api_error(client: Client, script: Script) -> None:
    script.replies = [httpx.Response(400, content=DEEP)]
    with pytest.raises(APIStatusError) as raised:
        client.smart_trades.cancel(smart_trade_id=5)
    assert raised.value.status_code == 400


async def test_deep_json_in_an_error_answer_is_still_an_api_error_async(
    async_client: AsyncClient, script: Script
) -> None:
    script.replies = [httpx.Response(400, content=DEEP)]
    with pytest.raises(APIStatusError):
        await async_client.smart_trades.cancel(smart_trade_id=5)


@pytest.mark.parametrize("huge", [Decimal("1e999999999"), "1e999999999", Decimal("-1e-999999999")])
def test_absurd_request_decimals_are_refused_before_sending(
    huge: Any, client: Client, script: Script
) -> None:
    # Written in plain digits, as the wire format needs, 1e999999999 would be a gigabyte of text.
    with pytest.raises(RequestValidationError) as raised:
        client.smart_trades.create(
            account_id=1,
            pair="USDT_BTC",
            units_to_buy=huge,
            buy_price=1,
            take_profit=TakeProfitClassic(take_profit_price_condition=1),
            stop_loss=StopLossDisabled(),
        )
    assert raised.value.parameter == "units_to_buy"
    assert script.requests == []


def test_fields_are_read_on_first_access_and_kept() -> None:
    trade = SmartTradeEntity.from_dict(
        {"id": "7", "buy_price": "101.12", "created_at": "2018-08-08 08:08:08"}
    )
    assert trade.buy_price == Decimal("101.12")
    assert trade.buy_price is trade.buy_price  # converted once
    assert trade == SmartTradeEntity(
        id=7,
        buy_price=Decimal("101.12"),
        created_at=SmartTradeEntity.from_dict({"created_at": "2018-08-08 08:08:08"}).created_at,
        raw={"ignored": "raw is not compared"},
    )
    with pytest.raises(AttributeError):
        trade.no_such_field  # type: ignore[attr-defined]  # noqa: B018


@pytest.mark.parametrize(
    ("body", "field", "expected"),
    [
        (
            b'{"id": 7, "buy_price": 0.1000000000000000055511151231257827}',
            "buy_price",
            Decimal("0.1000000000000000055511151231257827"),
        ),
        (b'{"id": 7, "buy_price": 1E+2}', "buy_price", Decimal("1E+2")),
        (b'{"id": 7, "note": "\\ud800"}', "note", "\ud800"),  # a lone surrogate: the fast parser refuses it
        (b'{"id": 7, "buy_price": NaN}', "buy_price", None),  # not JSON, but json reads it: so do we
        ('{"id": 7, "note": "kept"}'.encode("utf-16"), "note", "kept"),
    ],
)
def test_answers_the_fast_parser_refuses_are_read_as_before(
    client: Client, script: Script, body: bytes, field: str, expected: Any
) -> None:
    script.replies = [httpx.Response(200, content=body)]
    trade = client.smart_trades.cancel(smart_trade_id=7)
    assert trade.id == 7
    assert getattr(trade, field) == expected


def test_the_integer_pattern_spells_the_digit_limit() -> None:
    # The pattern is a literal (the generator's pattern audit reads literals only): it must say
    # the same limit as the constant.
    from threecommas import _read

    assert (
        _read._INTEGER_TEXT.pattern
        == rf"[+-]?(\d{{1,{_read.MAX_INT_DIGITS}}})(?:\.0{{0,{_read.MAX_INT_DIGITS}}})?"
    )
