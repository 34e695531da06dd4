"""StepPanicSellSmartTradeRequest: request body."""

from __future__ import annotations

from attrs import define

from .._body import RequestBody


@define(kw_only=True)
class StepPanicSellSmartTradeRequest(RequestBody):
    """Step panic sell: the body of ``POST /ver1/smart_trades/{smart_trade_id}/step_panic_sell``."""

    step_id: int
