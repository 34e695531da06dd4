"""AddSmartTradeFundsRequest: request body."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal

from attrs import define, field

from .._convert import (
    json_decimal,
    json_number,
    to_decimal,
)
from .._values import dumps_body
from ..types import UNSET, Unset
from .limit_order import LimitOrder
from .market_order import MarketOrder


@define(kw_only=True)
class AddSmartTradeFundsRequest:
    """Smart Trade add funds: the body of ``POST /ver1/smart_trades/{smart_trade_id}/add_funds``.

    Attributes:
        quantity: buy order quantity
        order_type: One of LimitOrder, MarketOrder; the variant sets is_market and the fields that go with
            it.
    """

    quantity: Decimal = field(converter=to_decimal)
    order_type: LimitOrder | MarketOrder
    response_type: Literal["smart_trade", "empty", "order", "step"] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """The JSON object sent on the wire: the reference's flat format."""
        data: dict[str, Any] = {}
        data["quantity"] = json_number(self.quantity)
        data.update(self.order_type.to_dict())
        if not isinstance(self.response_type, Unset):
            data["response_type"] = self.response_type
        return data

    def to_json(self) -> str:
        """:meth:`to_dict` as JSON text, numbers with their exact digits (no float on the way)."""
        return dumps_body(self.to_dict()).decode("utf-8")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AddSmartTradeFundsRequest:
        """Read the wire form back (numbers may be Decimal, int or float)."""
        group_order_type: LimitOrder | MarketOrder
        if LimitOrder.matches(data):
            group_order_type = LimitOrder.from_dict(data)
        elif MarketOrder.matches(data):
            group_order_type = MarketOrder.from_dict(data)
        else:
            raise ValueError("no variant of order_type matches the data")
        return cls(
            quantity=json_decimal(data["quantity"]),
            order_type=group_order_type,
            response_type=data.get("response_type", UNSET),
        )
