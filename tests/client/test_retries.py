"""Retries: reads with backoff and Retry-After; never a second order; never after 418."""

from __future__ import annotations

import httpx
import pytest
from threecommas import (
    APIConnectionError,
    APITimeoutError,
    Client,
    InternalServerError,
    IpBannedError,
    RateLimitError,
    RetryPolicy,
)

from tests.client.conftest import TRADE, Script, Sleeps


def _ok() -> httpx.Response:
    return httpx.Response(200, json={"pong": "pong"})


def test_read_is_retried_on_5xx_with_exponential_backoff(
    client: Client, script: Script, sleeps: Sleeps
) -> None:
    script.replies = [httpx.Response(503), httpx.Response(500), _ok()]
    assert client.public.ping().pong == "pong"
    assert len(script.requests) == 3
    assert len(sleeps) == 2
    assert 0.375 <= sleeps[0] <= 0.625 and 0.75 <= sleeps[1] <= 1.25  # 0.5 s then 1 s, +-25 % jitter


def test_read_honours_retry_after(client: Client, script: Script, sleeps: Sleeps) -> None:
    script.replies = [httpx.Response(429, headers={"Retry-After": "7"}), _ok()]
    client.public.ping()
    assert sleeps == [7.0]


def test_read_gives_up_after_max_retries(client: Client, script: Script) -> None:
    script.replies = [httpx.Response(429)]
    with pytest.raises(RateLimitError):
        client.public.ping()
    assert len(script.requests) == 3  # the first attempt and two retries


def test_nothing_is_retried_after_418(client: Client, script: Script, sleeps: Sleeps) -> None:
    script.replies = [httpx.Response(418), _ok()]
    with pytest.raises(IpBannedError):
        client.public.ping()
    assert len(script.requests) == 1 and sleeps == []


def test_read_is_retried_after_a_dropped_connection(client: Client, script: Script) -> None:
    script.replies = [httpx.RemoteProtocolError("server disconnected"), _ok()]
    assert client.public.ping().pong == "pong"
    assert len(script.requests) == 2


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(500),
        httpx.Response(502),
        httpx.Response(504),
        httpx.Response(429),
        httpx.ReadTimeout("no answer"),
        httpx.RemoteProtocolError("dropped mid-response"),
        httpx.ReadError("reset"),
    ],
    ids=["500", "502", "504", "429", "read-timeout", "dropped", "reset"],
)
@pytest.mark.parametrize(
    "call",
    ["create", "panic_sell", "add_funds", "cancel", "update"],
)
def test_a_write_that_may_have_arrived_is_sent_once(
    failure: httpx.Response | Exception, call: str, client: Client, script: Script
) -> None:
    script.replies = [failure, httpx.Response(200, json=TRADE)]
    with pytest.raises((InternalServerError, RateLimitError, APIConnectionError)):
        _write(client, call)
    assert len(script.requests) == 1


def test_a_write_whose_connection_was_refused_is_retried(client: Client, script: Script) -> None:
    script.replies = [httpx.ConnectError("connection refused"), httpx.Response(200, json=TRADE)]
    assert _write(client, "create").id == 7
    assert len(script.requests) == 2


def test_a_write_timing_out_on_connect_is_retried_but_not_on_read(client: Client, script: Script) -> None:
    script.replies = [httpx.ConnectTimeout("connect"), httpx.Response(200, json=TRADE)]
    assert _write(client, "cancel").id == 7
    script.requests.clear()
    script.replies = [httpx.ReadTimeout("read"), httpx.Response(200, json=TRADE)]
    with pytest.raises(APITimeoutError) as caught:
        _write(client, "cancel")
    assert caught.value.may_have_reached_server is True
    assert len(script.requests) == 1


def _write(client: Client, call: str):  # type: ignore[no-untyped-def]
    from threecommas.models import MarketOrder, StopLossDisabled, TakeProfitDisabled

    trades = client.smart_trades
    if call == "create":
        return trades.create(
            account_id=1,
            pair="X",
            units_to_buy=1,
            buy_price=1,
            take_profit=TakeProfitDisabled(),
            stop_loss=StopLossDisabled(),
        )
    if call == "panic_sell":
        return trades.panic_sell(smart_trade_id=7)
    if call == "add_funds":
        return trades.add_funds(smart_trade_id=7, quantity=1, order_type=MarketOrder())
    if call == "update":
        return trades.update(smart_trade_id=7, take_profit=TakeProfitDisabled(), stop_loss=StopLossDisabled())
    return trades.cancel(smart_trade_id=7)


def test_retry_policy_is_a_frozen_hashable_value() -> None:
    # A frozen dataclass since issue 12 (attrs left the import path): what attrs gave stays.
    import dataclasses
    import weakref

    policy = RetryPolicy(max_retries=3)
    assert policy == RetryPolicy(max_retries=3) and hash(policy) == hash(RetryPolicy(max_retries=3))
    assert weakref.ref(policy)() is policy
    assert dataclasses.replace(policy, max_retries=5).max_retries == 5
    with pytest.raises(AttributeError):
        policy.max_retries = 4  # type: ignore[misc]
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)
