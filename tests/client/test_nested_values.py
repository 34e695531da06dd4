"""Nested classes name their own refusals, and take a dict where a class is expected (issue 28).

A bad value in a nested class says which class and field; a dict in place of a nested class,
a list item or a rule group's variant is read through that class (its conversions included) or
refused with a ``TypeError`` naming what was expected, never ``'dict' object has no attribute``.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from threecommas import Client, RequestValidationError
from threecommas.models.stop_loss_disabled import StopLossDisabled
from threecommas.models.take_profit_classic import TakeProfitClassic
from threecommas.models.take_profit_step_order import TakeProfitStepOrder
from threecommas.models.take_profit_step_sell import TakeProfitStepSell

from tests.client.conftest import Script


def test_a_bad_value_in_a_nested_class_names_the_class_and_field() -> None:
    with pytest.raises(ValueError, match=r"^TakeProfitStepOrder\.percent: 'abc' is not a decimal number$"):
        TakeProfitStepOrder(percent="abc", price_method="bid")
    with pytest.raises(
        TypeError, match=r"^TakeProfitStepOrder\.price: expected a Decimal, int or str, got float"
    ):
        TakeProfitStepOrder(percent="1", price=0.1, price_method="bid")  # type: ignore[arg-type]


def test_a_missing_or_unknown_keyword_keeps_pythons_own_message() -> None:
    with pytest.raises(TypeError, match="missing 1 required keyword-only argument: 'price_method'"):
        TakeProfitStepOrder(percent="1")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'percents'"):
        TakeProfitStepOrder(percents="1", price_method="bid")  # type: ignore[call-arg]


def test_a_dict_in_a_list_of_classes_is_read_through_the_class() -> None:
    sell = TakeProfitStepSell(
        take_profit_step_orders=[{"percent": "50", "price": 101.5, "price_method": "ask"}]
    )
    (step,) = sell.take_profit_step_orders
    assert isinstance(step, TakeProfitStepOrder)
    assert step.percent == Decimal("50") and step.price == Decimal("101.5") and step.price_method == "ask"
    # Written exactly as given: the float read from JSON by its shortest repr, never its binary value.
    assert sell.to_dict()["take_profit_step_orders"] == [
        {"percent": 50, "price": Decimal("101.5"), "price_method": "ask"}
    ]


def test_a_bad_value_inside_a_dict_names_every_class_on_the_way() -> None:
    with pytest.raises(ValueError) as refused:
        TakeProfitStepSell(take_profit_step_orders=[{"percent": "x", "price_method": "bid"}])
    assert str(refused.value) == (
        "TakeProfitStepSell.take_profit_step_orders: TakeProfitStepOrder.percent: 'x' is not a decimal number"
    )


@pytest.mark.parametrize(
    ("items", "message"),
    [
        (["50%"], "expected TakeProfitStepOrder or a dict of its fields, got str"),
        ([{"percent": "1"}], "TakeProfitStepOrder needs 'price_method'"),
        ({"percent": "1", "price_method": "bid"}, "expected a list of TakeProfitStepOrder, got dict"),
    ],
)
def test_what_is_no_class_nor_dict_is_a_type_error_naming_the_class(items: object, message: str) -> None:
    with pytest.raises(TypeError) as refused:
        TakeProfitStepSell(take_profit_step_orders=items)  # type: ignore[arg-type]
    assert str(refused.value) == f"TakeProfitStepSell.take_profit_step_orders: {message}"


def test_a_rule_group_takes_the_wire_dict_of_one_variant(client: Client, script: Script) -> None:
    client.smart_trades.create(
        account_id=1,
        pair="USDT_BTC",
        units_to_buy="1",
        buy_price="100",
        take_profit={  # type: ignore[arg-type]
            "take_profit_enabled": True,
            "take_profit_type": "classic",
            "take_profit_price_condition": "110",
        },
        stop_loss=StopLossDisabled(),
    )
    sent = script.body()
    assert sent["take_profit_type"] == "classic" and sent["take_profit_price_condition"] == Decimal("110")
    assert TakeProfitClassic(take_profit_price_condition="1").take_profit_price_condition == Decimal("1")


def test_a_rule_group_dict_of_no_variant_is_refused_before_sending(client: Client, script: Script) -> None:
    with pytest.raises(RequestValidationError) as refused:
        client.smart_trades.create(
            account_id=1,
            pair="USDT_BTC",
            units_to_buy="1",
            buy_price="100",
            take_profit={"take_profit_type": "classic"},  # type: ignore[arg-type]
            stop_loss=StopLossDisabled(),
        )
    assert refused.value.parameter == "take_profit"
    assert "none of TakeProfitDisabled, TakeProfitClassic, TakeProfitStepSell" in refused.value.rule
    assert script.requests == []
