"""Get SmartTrade history, ``GET /ver1/smart_trades``: where its arguments go, and its answer read."""

from __future__ import annotations

import httpx

from ..._endpoint import Endpoint, QueryParameter, read_json_objects
from ..._pagination import Paging
from ...models.smart_trade_entity import SmartTradeEntity


def parse_response(response: httpx.Response) -> list[SmartTradeEntity]:
    """Read a successful response: a list (items that are not objects are skipped)."""
    return [SmartTradeEntity.from_dict(item) for item in read_json_objects(response)]


ENDPOINT = Endpoint(
    "list_smart_trades",
    "GET",
    "/ver1/smart_trades",
    parse_response,
    query=(
        QueryParameter("limit", "limit"),
        QueryParameter("offset", "offset"),
        QueryParameter("account_id", "account_id"),
        QueryParameter("scope", "scope"),
        QueryParameter("type_", "type"),
        QueryParameter("order", "order"),
    ),
    query_check="check_list_smart_trades_query",
    paging=Paging("limit", "offset", False, None),
)
