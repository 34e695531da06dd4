"""Manual cancel order, ``POST /ver1/smart_trades/{smart_trade_id}/cancel_order``: where its
arguments go, and its answer read."""

from __future__ import annotations

import httpx

from ..._endpoint import Endpoint, PathParameter, read_json_object
from ...models.cancel_smart_trade_order_request import CancelSmartTradeOrderRequest
from ...models.smart_trade_entity import SmartTradeEntity


def parse_response(response: httpx.Response) -> SmartTradeEntity:
    """Read a successful response."""
    return SmartTradeEntity.from_dict(read_json_object(response))


ENDPOINT = Endpoint(
    "cancel_smart_trade_order",
    "POST",
    "/ver1/smart_trades/{smart_trade_id}/cancel_order",
    parse_response,
    path_parameters=(PathParameter("smart_trade_id", "smart_trade_id", "int"),),
    body=CancelSmartTradeOrderRequest,
    body_check="check_cancel_smart_trade_order_request",
)
