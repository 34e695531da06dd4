"""Edit SmartTrade/SmartSale/SmartCover, ``PATCH /ver1/smart_trades/{smart_trade_id}/update``:
where its arguments go, and its answer read."""

from __future__ import annotations

import httpx

from ..._endpoint import Endpoint, PathParameter, read_json_object
from ...models.smart_trade_entity import SmartTradeEntity
from ...models.update_smart_trade_request import UpdateSmartTradeRequest


def parse_response(response: httpx.Response) -> SmartTradeEntity:
    """Read a successful response."""
    return SmartTradeEntity.from_dict(read_json_object(response))


ENDPOINT = Endpoint(
    "update_smart_trade",
    "PATCH",
    "/ver1/smart_trades/{smart_trade_id}/update",
    parse_response,
    path_parameters=(PathParameter("smart_trade_id", "smart_trade_id", "int"),),
    body=UpdateSmartTradeRequest,
    decimals=("buy_price", "conditional_limit_price", "average_buy_price", "trailing_buy_step"),
    body_check="check_update_smart_trade_request",
)
