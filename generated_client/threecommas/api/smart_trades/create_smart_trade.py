"""Create SmartTrade, ``POST /ver1/smart_trades/create_smart_trade``: where its arguments go, and
its answer read."""

from __future__ import annotations

import httpx

from ..._endpoint import Endpoint, read_json_object
from ...models.create_smart_trade_request import CreateSmartTradeRequest
from ...models.smart_trade_entity import SmartTradeEntity


def parse_response(response: httpx.Response) -> SmartTradeEntity:
    """Read a successful response."""
    return SmartTradeEntity.from_dict(read_json_object(response))


ENDPOINT = Endpoint(
    "create_smart_trade",
    "POST",
    "/ver1/smart_trades/create_smart_trade",
    parse_response,
    body=CreateSmartTradeRequest,
    decimals=("units_to_buy", "buy_price"),
    body_check="check_create_smart_trade_request",
)
