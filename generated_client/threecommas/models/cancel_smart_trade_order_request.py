"""CancelSmartTradeOrderRequest: request body."""

from __future__ import annotations

from attrs import define

from .._body import BodyField, BodyFields, RequestBody


@define(kw_only=True)
class CancelSmartTradeOrderRequest(RequestBody):
    """Manual cancel order: the body of ``POST /ver1/smart_trades/{smart_trade_id}/cancel_order``.

    Attributes:
        step_id: SmartTrade step id to cancel
    """

    step_id: str


CancelSmartTradeOrderRequest.FIELDS = BodyFields(
    BodyField("step_id", required=True),
)
