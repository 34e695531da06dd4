"""Answers as the live API sends them, not as the reference's examples show them (issue 23).

Recorded-style answers replayed through a mock transport: ISO timestamps with milliseconds and
``Z``, decimals as strings of 30 digits, ``null`` in any field, objects no page describes,
error bodies with only ``error``, and a 429 that means "not in your subscription plan".
The answers are made up in the live API's shape; no recorded data is copied here.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
import pytest
from threecommas import (
    ApiError,
    AsyncClient,
    BadRequestError,
    Client,
    PlanLimitError,
    RateLimitedError,
)
from threecommas.models import SmartTradeEntity

from tests.client.conftest import Script
from tests.support.recording import Sleeps

#: A trade as the live API writes one: ISO times with milliseconds and Z, 30-digit decimals,
#: nulls, an object and a list of objects no page describes.
LIVE_TRADE: dict[str, Any] = {
    "id": 31415926,
    "account_id": 2718281,
    "status": "bought",
    "created_at": "2025-07-23T02:51:11.184Z",
    "updated_at": "2025-07-23T02:51:12.000Z",
    "closed_at": None,
    "buy_price": "118432.123456789012345678901234",
    "units_to_buy": "0.000012345678901234567890123456",
    "total": None,
    "profit_percentage": "-0.000000000000000000000000000001",
    "take_profit_enabled": None,
    "note": None,
    "take_profit_steps": [
        {
            "id": 1,
            "price": "118999.999999999999999999999999",
            "created_at": "2025-07-23T02:51:11.184Z",
            "status": None,
            "trailing": {"enabled": False, "percent": None},
        },
        None,
    ],
    "smart_trade_steps": None,
    "profit": {"usd": "1.234567890123456789012345678901", "percent": None},
    "data": {"editable": True, "position": {"type": "buy", "units": {"value": "0.1"}}},
}


def _ok(body: Any) -> httpx.Response:
    return httpx.Response(200, json=body)


def test_a_live_trade_reads_typed_and_exact(client: Client, script: Script) -> None:
    script.replies = [_ok([LIVE_TRADE])]
    (trade,) = client.smart_trades.list_smart_trades()
    assert trade.created_at == datetime(2025, 7, 23, 2, 51, 11, 184000, tzinfo=UTC)
    assert trade.updated_at == datetime(2025, 7, 23, 2, 51, 12, tzinfo=UTC)
    assert trade.buy_price == Decimal("118432.123456789012345678901234")
    assert str(trade.units_to_buy) == "0.000012345678901234567890123456"  # every digit kept
    assert trade.profit_percentage == Decimal("-1E-30")
    assert (trade.closed_at, trade.total, trade.take_profit_enabled, trade.note) == (None, None, None, None)
    assert trade.smart_trade_steps is None
    steps = trade.take_profit_steps
    assert steps is not None and len(steps) == 1  # the null item is left out; raw keeps it
    assert steps[0].price == Decimal("118999.999999999999999999999999")
    assert steps[0].created_at == datetime(2025, 7, 23, 2, 51, 11, 184000, tzinfo=UTC)
    assert steps[0].status is None


def test_objects_no_page_describes_stay_in_raw(client: Client, script: Script) -> None:
    script.replies = [_ok([LIVE_TRADE])]
    (trade,) = client.smart_trades.list_smart_trades()
    assert trade.raw["profit"] == {"usd": "1.234567890123456789012345678901", "percent": None}
    assert trade.raw["data"]["position"]["units"]["value"] == "0.1"
    assert trade.raw["take_profit_steps"][1] is None
    steps = trade.take_profit_steps
    assert steps is not None and steps[0].raw["trailing"] == {"enabled": False, "percent": None}
    # Written back, nothing the client does not know is lost.
    assert trade.to_dict()["data"] == LIVE_TRADE["data"]


def test_an_answer_of_nulls_reads_as_none_everywhere() -> None:
    fields = [name for name in SmartTradeEntity.__annotations__ if name != "raw"]
    wire = {("type" if name == "type_" else name): None for name in fields}
    trade = SmartTradeEntity.from_dict(wire)
    assert all(getattr(trade, name) is None for name in fields)


def test_an_error_with_only_error_says_what_it_can(client: Client, script: Script) -> None:
    script.replies = [httpx.Response(422, json={"error": "not_enough_funds"})]
    with pytest.raises(BadRequestError) as caught:
        client.smart_trades.cancel_smart_trade(smart_trade_id=5)
    error = caught.value
    assert (error.error, error.error_description, error.error_attributes) == ("not_enough_funds", None, {})
    assert str(error) == "POST /ver1/smart_trades/5/cancel -> 422: not_enough_funds"


@pytest.mark.parametrize(
    "body",
    [
        {"error": "Your subscription plan does not include this feature"},
        {"error": "access_denied", "error_description": "Upgrade your plan to use the API for grid bots"},
        {"error": "Not available on your current tariff"},
    ],
)
def test_a_429_about_the_plan_is_not_a_rate_limit_and_is_never_retried(
    body: dict[str, str], client: Client, script: Script, sleeps: Sleeps
) -> None:
    script.replies = [httpx.Response(429, json=body)]
    with pytest.raises(PlanLimitError) as caught:
        client.smart_trades.list_smart_trades()  # a read: a rate limit would be retried
    assert not isinstance(caught.value, RateLimitedError)
    assert isinstance(caught.value, ApiError) and caught.value.status_code == 429
    assert len(script.requests) == 1 and sleeps == []


async def test_a_429_about_the_plan_is_never_retried_async(async_client: AsyncClient, script: Script) -> None:
    script.replies = [httpx.Response(429, json={"error": "Your subscription plan does not include this"})]
    with pytest.raises(PlanLimitError):
        await async_client.smart_trades.list_smart_trades()
    assert len(script.requests) == 1


def test_a_429_rate_limit_is_still_one_and_retried(client: Client, script: Script, sleeps: Sleeps) -> None:
    """The plan check can fail: a plain rate-limit answer keeps its class and its retries."""
    script.replies = [httpx.Response(429, json={"error": "Too many requests"}), _ok([LIVE_TRADE])]
    (trade,) = client.smart_trades.list_smart_trades()
    assert trade.id == 31415926
    assert len(script.requests) == 2 and len(sleeps) == 1
    script.replies = [httpx.Response(429, json={"error": "rate_limit_exceeded"})]
    with pytest.raises(RateLimitedError) as caught:
        client.with_options(max_retries=0).smart_trades.list_smart_trades()
    assert type(caught.value) is RateLimitedError
