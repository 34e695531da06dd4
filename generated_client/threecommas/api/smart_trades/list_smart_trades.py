"""Get SmartTrade history, ``GET /ver1/smart_trades``: the request built, the answer read."""

from __future__ import annotations

from typing import Any, Literal

import httpx

from ..._endpoint import (
    query_pairs,
    read_json_objects,
)
from ..._transport import PreparedRequest
from ..._validation import validate_request
from ...models.smart_trade_entity import SmartTradeEntity
from ...types import UNSET, Unset

OPERATION_ID = "list_smart_trades"


def build_request(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    scope: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    order: Literal["created_at", "closed_at"] | Unset = UNSET,
) -> PreparedRequest:
    """Check the arguments against the spec and build the request (nothing is sent): an argument
    that breaks a rule of the spec raises RequestValidationError, naming the parameter and rule."""
    from ..._checks import check_list_smart_trades_query  # at first use

    query: dict[str, Any] = {}
    if not isinstance(limit, Unset):
        query["limit"] = limit
    if not isinstance(offset, Unset):
        query["offset"] = offset
    if not isinstance(account_id, Unset):
        query["account_id"] = account_id
    if not isinstance(scope, Unset):
        query["scope"] = scope
    if not isinstance(type_, Unset):
        query["type"] = type_
    if not isinstance(order, Unset):
        query["order"] = order
    validate_request(OPERATION_ID, query, check_list_smart_trades_query)
    return PreparedRequest(
        method="GET",
        path="/ver1/smart_trades",
        query=query_pairs(query),
        operation_id=OPERATION_ID,
    )


def parse_response(response: httpx.Response) -> list[SmartTradeEntity]:
    """Read a successful response: a list (items that are not objects are skipped)."""
    return [SmartTradeEntity.from_dict(item) for item in read_json_objects(response)]
