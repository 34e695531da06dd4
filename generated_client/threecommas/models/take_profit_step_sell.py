"""TakeProfitStepSell: one variant of a rule group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define, field

from .._body import RequestBody, encode_body, list_of, on_wire
from .take_profit_step_order import TakeProfitStepOrder


@define(kw_only=True)
class TakeProfitStepSell(RequestBody):
    """Sends take_profit_enabled = true, take_profit_type = step_sell.

    take_profit_step_orders: Required if take_profit_type = step_sell.

    Attributes:
        take_profit_step_orders: Required if take_profit_type = step_sell. 4 steps max. Format: [{percent: 50, price:
            100(or price_percentage = 20), price_method: bid,ask,last}, ...]
    """

    SELECTORS: ClassVar[Mapping[str, Any]] = {"take_profit_enabled": True, "take_profit_type": "step_sell"}

    take_profit_step_orders: list[TakeProfitStepOrder] = field(
        metadata=on_wire(encode=list_of(encode_body), decode=list_of(TakeProfitStepOrder.from_dict))
    )
