"""TakeProfitStepSell: one variant of a rule group."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from attrs import define, field

from .._body import RequestBody, as_bodies, encode_body, list_of, on_wire
from .take_profit_step_order import TakeProfitStepOrder


def _as_take_profit_step_orders(
    value: Sequence[TakeProfitStepOrder | Mapping[str, Any]],
) -> list[TakeProfitStepOrder]:
    """``TakeProfitStepSell.take_profit_step_orders``: a dict in place of a class is read through the class."""
    return as_bodies(TakeProfitStepOrder, value)


@define(kw_only=True)
class TakeProfitStepSell(RequestBody):
    """Sends take_profit_enabled = true, take_profit_type = step_sell.

    take_profit_type: Required if take_profit_enabled. take_profit_step_orders: Required if
    take_profit_type = step_sell.

    Attributes:
        take_profit_step_orders: Required if take_profit_type = step_sell. 4 steps max. Format: [{percent: 50, price:
            100(or price_percentage = 20), price_method: bid,ask,last}, ...]
    """

    SELECTORS: ClassVar[Mapping[str, Any]] = {"take_profit_enabled": True, "take_profit_type": "step_sell"}

    take_profit_step_orders: list[TakeProfitStepOrder] = field(
        converter=_as_take_profit_step_orders,
        metadata=on_wire(encode=list_of(encode_body), decode=list_of(TakeProfitStepOrder.from_dict)),
    )
