"""CancelSmartTradeOrderRequest: request body."""

from __future__ import annotations

from attrs import define

from .._body import RequestBody


@define(kw_only=True)
class CancelSmartTradeOrderRequest(RequestBody):
    """Manual cancel order: the body of ``POST /ver1/smart_trades/{smart_trade_id}/cancel_order``.

    Attributes:
        step_id: SmartTrade step id to cancel
    """

    step_id: str
