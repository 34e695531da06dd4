"""Step panic sell, ``POST /ver1/smart_trades/{smart_trade_id}/step_panic_sell``: the request
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
from ...models.smart_trade_entity import SmartTradeEntity
from ...models.step_panic_sell_smart_trade_request import StepPanicSellSmartTradeRequest

OPERATION_ID = "step_panic_sell_smart_trade"


def build_request(
    *,
    smart_trade_id: int,
    step_id: int,
) -> PreparedRequest:
    """Check the arguments against the spec and build the request (nothing is sent): an argument
    that breaks a rule of the spec raises RequestValidationError, naming the parameter and rule."""
    from ..._checks import check_step_panic_sell_smart_trade_request  # at first use

    check_path_value(OPERATION_ID, "smart_trade_id", smart_trade_id, "int")
    payload = StepPanicSellSmartTradeRequest(
        step_id=step_id,
    ).to_dict()
    validate_request(OPERATION_ID, payload, check_step_panic_sell_smart_trade_request)
    return PreparedRequest(
        method="POST",
        path="/ver1/smart_trades/" + quote(str(smart_trade_id), safe="") + "/step_panic_sell",
        body=dumps_body(payload),
        operation_id=OPERATION_ID,
    )


def parse_response(response: httpx.Response) -> SmartTradeEntity:
    """Read a successful response."""
    return SmartTradeEntity.from_dict(read_json_object(response))
