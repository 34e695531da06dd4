"""Step panic sell, ``POST /ver1/smart_trades/{smart_trade_id}/step_panic_sell``: where its
arguments go, and its answer read."""

from __future__ import annotations

import httpx

from ..._endpoint import Endpoint, PathParameter, read_json_object
from ...models.smart_trade_entity import SmartTradeEntity
from ...models.step_panic_sell_smart_trade_request import StepPanicSellSmartTradeRequest


def parse_response(response: httpx.Response) -> SmartTradeEntity:
    """Read a successful response."""
    return SmartTradeEntity.from_dict(read_json_object(response))


ENDPOINT = Endpoint(
    "step_panic_sell_smart_trade",
    "POST",
    "/ver1/smart_trades/{smart_trade_id}/step_panic_sell",
    parse_response,
    path_parameters=(PathParameter("smart_trade_id", "smart_trade_id", "int"),),
    body=StepPanicSellSmartTradeRequest,
    body_check="check_step_panic_sell_smart_trade_request",
)
