"""Manual cancel order, ``POST /ver1/smart_trades/{smart_trade_id}/cancel_order``: the request
built, the answer read."""

from __future__ import annotations

from urllib.parse import quote

import httpx

from ..._endpoint import (
    check_path_value,
    read_json_object,
)
from ..._transport import PreparedRequest
from ..._validation import validate_request
from ..._values import dumps_body
from ...models.cancel_smart_trade_order_request import CancelSmartTradeOrderRequest
from ...models.smart_trade_entity import SmartTradeEntity

OPERATION_ID = "cancel_smart_trade_order"


def build_request(
    *,
    smart_trade_id: int,
    step_id: str,
) -> PreparedRequest:
    """Check the arguments against the spec and build the request (nothing is sent): an argument
    that breaks a rule of the spec raises RequestValidationError, naming the parameter and rule."""
    from ..._checks import check_cancel_smart_trade_order_request  # at first use

    check_path_value(OPERATION_ID, "smart_trade_id", smart_trade_id, "int")
    payload = CancelSmartTradeOrderRequest(
        step_id=step_id,
    ).to_dict()
    validate_request(OPERATION_ID, payload, check_cancel_smart_trade_order_request)
    return PreparedRequest(
        method="POST",
        path="/ver1/smart_trades/" + quote(str(smart_trade_id), safe="") + "/cancel_order",
        body=dumps_body(payload),
        operation_id=OPERATION_ID,
    )


def parse_response(response: httpx.Response) -> SmartTradeEntity:
    """Read a successful response."""
    return SmartTradeEntity.from_dict(read_json_object(response))
