"""Step panic sell

``POST /ver1/smart_trades/{smart_trade_id}/step_panic_sell``. Builds the request and reads the response; the
client does the sending.
"""

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
    """Check the arguments against the spec and build the request; nothing is sent.

    Raises:
        RequestValidationError: an argument breaks a rule of the spec (names the parameter and rule).
    """
    # The compiled checks, imported on the first call of an operation, not with the package.
    from ..._checks import check_step_panic_sell_smart_trade_request

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
