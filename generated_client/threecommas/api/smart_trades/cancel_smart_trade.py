"""Cancel SmartTrade, ``POST /ver1/smart_trades/{smart_trade_id}/cancel``: the request built, the
answer read."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ..._endpoint import (
    check_path_value,
    read_json_object,
)
from ..._transport import PreparedRequest
from ...models.smart_trade_entity import SmartTradeEntity

OPERATION_ID = "cancel_smart_trade"


def build_request(
    *,
    smart_trade_id: int,
) -> PreparedRequest:
    """Check the arguments against the spec and build the request (nothing is sent): an argument
    that breaks a rule of the spec raises RequestValidationError, naming the parameter and rule."""
    check_path_value(OPERATION_ID, "smart_trade_id", smart_trade_id, "int")
    return PreparedRequest(
        method="POST",
        path="/ver1/smart_trades/" + quote(str(smart_trade_id), safe="") + "/cancel",
        operation_id=OPERATION_ID,
    )


def parse_response(response: httpx.Response) -> SmartTradeEntity:
    """Read a successful response."""
    return SmartTradeEntity.from_dict(read_json_object(response))
