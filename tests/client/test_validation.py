"""Arguments that break a rule of the spec are refused, naming parameter and rule, before sending."""

from __future__ import annotations

from typing import Any

import pytest
from threecommas import Client, RequestValidationError
from threecommas.models import (
    LimitOrder,
    StopLossDisabled,
    StopLossEnabled,
    TakeProfitClassic,
    TakeProfitDisabled,
    TakeProfitStepOrder,
    TakeProfitStepSell,
    TrailingBuyEnabled,
    UpdateSmartTradeTakeProfitStepOrder,
)

from tests.client.conftest import Script

BASE: dict[str, Any] = {"account_id": 1, "pair": "USDT_BTC", "units_to_buy": 1, "buy_price": 100}


def _step(**extra: Any) -> TakeProfitStepOrder:
    return TakeProfitStepOrder(percent=25, price_method="bid", **extra)


CASES = [
    (
        "5 steps",
        {
            "take_profit": TakeProfitStepSell(take_profit_step_orders=[_step(price=1)] * 5),
            "stop_loss": StopLossDisabled(),
        },
        "take_profit_step_orders",
        "at most 4",
    ),
    (
        "positive stop loss on SmartTrade",
        {
            "take_profit": TakeProfitDisabled(),
            "stop_loss": StopLossEnabled(stop_loss_price_condition=90, stop_loss_percentage_condition=3),
        },
        "stop_loss_percentage_condition",
        "< 0",
    ),
    (
        "negative take profit percentage",
        {
            "take_profit": TakeProfitClassic(
                take_profit_price_condition=110, take_profit_percentage_condition=-1
            ),
            "stop_loss": StopLossDisabled(),
        },
        "take_profit_percentage_condition",
        "> 0",
    ),
    (
        "cross rule: trailing buy needs the percentage condition",
        {
            "take_profit": TakeProfitClassic(take_profit_price_condition=110),
            "stop_loss": StopLossDisabled(),
            "trailing_buy": TrailingBuyEnabled(trailing_buy_step=1),
        },
        "take_profit_percentage_condition",
        "Required if take_profit_type = classic AND trailing_buy_enabled",
    ),
    (
        "a step needs price or price_percentage",
        {
            "take_profit": TakeProfitStepSell(take_profit_step_orders=[_step()]),
            "stop_loss": StopLossDisabled(),
        },
        "take_profit_step_orders[0]",
        "exactly one of price / price_percentage",
    ),
    (
        "not both",
        {
            "take_profit": TakeProfitStepSell(take_profit_step_orders=[_step(price=1, price_percentage=2)]),
            "stop_loss": StopLossDisabled(),
        },
        "take_profit_step_orders[0]",
        "not price and price_percentage",
    ),
    (
        "wrong enum",
        {
            "take_profit": TakeProfitDisabled(),
            "stop_loss": StopLossDisabled(),
            "take_profit_price_method": "mid",
        },
        "take_profit_price_method",
        "must be one of 'bid', 'ask', 'last'",
    ),
]


@pytest.mark.parametrize(("name", "arguments", "parameter", "rule"), CASES, ids=[c[0] for c in CASES])
def test_create_smart_trade_refuses(
    name: str, arguments: dict[str, Any], parameter: str, rule: str, client: Client, script: Script
) -> None:
    with pytest.raises(RequestValidationError) as caught:
        client.smart_trades.create(**BASE, **arguments)
    assert caught.value.parameter == parameter
    assert rule in caught.value.rule
    assert caught.value.operation_id == "create_smart_trade"
    assert script.requests == []


def test_smart_cover_signs_are_the_opposite(client: Client, script: Script) -> None:
    stop_loss = StopLossEnabled(stop_loss_price_condition=90, stop_loss_percentage_condition=3)
    client.smart_trades.create_smart_cover(**BASE, take_profit=TakeProfitDisabled(), stop_loss=stop_loss)
    assert len(script.requests) == 1
    with pytest.raises(RequestValidationError, match="stop_loss_percentage_condition must be > 0"):
        client.smart_trades.create_smart_cover(
            **BASE,
            take_profit=TakeProfitDisabled(),
            stop_loss=StopLossEnabled(stop_loss_price_condition=90, stop_loss_percentage_condition=-3),
        )


def test_add_funds_limit_order_needs_a_rate(client: Client, script: Script) -> None:
    client.smart_trades.add_funds(smart_trade_id=1, quantity=1, order_type=LimitOrder(rate="99.5"))
    assert b'"is_market":false' in script.requests[0].content and b'"rate":99.5' in script.requests[0].content


def test_update_step_positions_must_be_unique_and_positive(client: Client, script: Script) -> None:
    from threecommas.models import UpdateSmartTradeTakeProfitStepSell

    def update(*positions: int) -> None:
        steps = [UpdateSmartTradeTakeProfitStepOrder(position=p, percent=10) for p in positions]
        client.smart_trades.update(
            smart_trade_id=1,
            take_profit=UpdateSmartTradeTakeProfitStepSell(),
            take_profit_step_orders=steps,
            stop_loss=StopLossDisabled(),
        )

    update(1, 2)
    with pytest.raises(RequestValidationError, match="position must be unique"):
        update(1, 1)
    with pytest.raises(RequestValidationError, match=r"take_profit_step_orders\[0\].position must be >= 1"):
        update(0)
    assert len(script.requests) == 1


def test_path_parameter_type_is_checked(client: Client, script: Script) -> None:
    with pytest.raises(RequestValidationError, match="smart_trade_id"):
        client.smart_trades.cancel(smart_trade_id="1/../../accounts")  # type: ignore[arg-type]
    assert script.requests == []


def test_a_missing_variant_field_says_which_class_to_set_it_on(client: Client, script: Script) -> None:
    from threecommas.models import StopLossDisabled, TakeProfitClassic, TrailingBuyEnabled

    with pytest.raises(RequestValidationError) as caught:
        client.smart_trades.create(
            account_id=1,
            pair="USDT_BTC",
            units_to_buy=1,
            buy_price=1,
            take_profit=TakeProfitClassic(take_profit_price_condition=2),
            stop_loss=StopLossDisabled(),
            trailing_buy=TrailingBuyEnabled(trailing_buy_step=1),
        )
    assert caught.value.owner == "TakeProfitClassic"
    assert str(caught.value) == (
        "create_smart_trade: set take_profit_percentage_condition on TakeProfitClassic(...), "
        "required because take_profit_type = classic AND trailing_buy_enabled"
    )
    assert script.requests == []  # nothing was sent


def test_a_missing_field_is_set_on_a_variant_of_the_operations_own_body() -> None:
    """The class named is looked for among the body's own rule-group variants, never elsewhere in
    the package: another operation's variant with the same selectors and field is not named."""
    from attrs import define
    from threecommas._validation import variant_owning

    @define
    class OwnClassic:
        SELECTORS = {"take_profit_type": "classic"}  # noqa: RUF012 (as the generated classes write it)
        take_profit_price_condition: str

    @define
    class OtherOperationsClassic:
        SELECTORS = {"take_profit_type": "classic"}  # noqa: RUF012
        take_profit_price_condition: str

    data = {"take_profit_type": "classic"}
    assert variant_owning("take_profit_price_condition", data, [OwnClassic]) == "OwnClassic"
    assert variant_owning("take_profit_price_condition", data, []) is None
    # Two of its own variants fit: it names neither rather than guess.
    assert variant_owning("take_profit_price_condition", data, [OwnClassic, OtherOperationsClassic]) is None
