"""Create SmartCover, ``POST /ver1/smart_trades/create_smart_cover``: where its arguments go, and
its answer read."""

from __future__ import annotations

import httpx

from ..._endpoint import Endpoint, read_json_object
from ...models.create_smart_cover_request import CreateSmartCoverRequest
from ...models.smart_trade_entity import SmartTradeEntity


def parse_response(response: httpx.Response) -> SmartTradeEntity:
    """Read a successful response."""
    return SmartTradeEntity.from_dict(read_json_object(response))


ENDPOINT = Endpoint(
    "create_smart_cover",
    "POST",
    "/ver1/smart_trades/create_smart_cover",
    parse_response,
    body=CreateSmartCoverRequest,
    decimals=("units_to_buy", "buy_price"),
    body_check="check_create_smart_cover_request",
)
