"""Create SimpleSell, ``POST /ver1/smart_trades/create_simple_sell``: where its arguments go, and
its answer read."""

from __future__ import annotations

import httpx

from ..._endpoint import Endpoint, read_json_object
from ...models.create_simple_sell_request import CreateSimpleSellRequest
from ...models.smart_trade_entity import SmartTradeEntity


def parse_response(response: httpx.Response) -> SmartTradeEntity:
    """Read a successful response."""
    return SmartTradeEntity.from_dict(read_json_object(response))


ENDPOINT = Endpoint(
    "create_simple_sell",
    "POST",
    "/ver1/smart_trades/create_simple_sell",
    parse_response,
    body=CreateSimpleSellRequest,
    decimals=("units_to_buy", "buy_price"),
    body_check="check_create_simple_sell_request",
)
