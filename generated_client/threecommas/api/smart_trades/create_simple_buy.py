"""Create SimpleBuy, ``POST /ver1/smart_trades/create_simple_buy``: where its arguments go, and its
answer read."""

from __future__ import annotations

import httpx

from ..._endpoint import Endpoint, read_json_object
from ...models.create_simple_buy_request import CreateSimpleBuyRequest
from ...models.smart_trade_entity import SmartTradeEntity


def parse_response(response: httpx.Response) -> SmartTradeEntity:
    """Read a successful response."""
    return SmartTradeEntity.from_dict(read_json_object(response))


ENDPOINT = Endpoint(
    "create_simple_buy",
    "POST",
    "/ver1/smart_trades/create_simple_buy",
    parse_response,
    body=CreateSimpleBuyRequest,
    decimals=("units_to_buy", "buy_price"),
    body_check="check_create_simple_buy_request",
)
