"""AddSmartTradeFundsRequest: request body."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal, cast

from attrs import define, field

from .._body import DECIMAL, RequestBody, as_variant, rule_group
from .._convert import (
    to_decimal,
)
from ..types import UNSET, Unset
from .limit_order import LimitOrder
from .market_order import MarketOrder


def _as_order_type(value: LimitOrder | MarketOrder | Mapping[str, Any]) -> LimitOrder | MarketOrder:
    """``AddSmartTradeFundsRequest.order_type``: a dict in place of a class is read through the class."""
    return cast(
        "LimitOrder | MarketOrder",
        as_variant(
            (
                LimitOrder,
                MarketOrder,
            ),
            value,
        ),
    )


@define(kw_only=True)
class AddSmartTradeFundsRequest(RequestBody):
    """Smart Trade add funds: the body of ``POST /ver1/smart_trades/{smart_trade_id}/add_funds``.

    Attributes:
        quantity: buy order quantity
        order_type: One of LimitOrder, MarketOrder; the variant sets is_market and the fields that go with
            it.
    """

    quantity: Decimal = field(converter=to_decimal, metadata=DECIMAL)
    order_type: LimitOrder | MarketOrder = field(
        converter=_as_order_type, metadata=rule_group("is_market", LimitOrder, MarketOrder)
    )
    response_type: Literal["smart_trade", "empty", "order", "step"] | Unset = UNSET
