"""Smart Trade add funds, ``POST /ver1/smart_trades/{smart_trade_id}/add_funds``: the request
built, the answer read."""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import quote

import httpx

from ..._convert import DecimalLike
from ..._endpoint import (
    check_path_value,
    decimal_argument,
    read_json_object,
)
from ..._transport import PreparedRequest
from ..._validation import validate_request
from ..._values import dumps_body
from ...models.add_smart_trade_funds_request import AddSmartTradeFundsRequest
from ...models.limit_order import LimitOrder
from ...models.market_order import MarketOrder
from ...models.smart_trade_entity import SmartTradeEntity
from ...models.smart_trade_step_entity import SmartTradeStepEntity
from ...types import UNSET, Unset

OPERATION_ID = "add_smart_trade_funds"


def build_request(
    *,
    smart_trade_id: int,
    quantity: DecimalLike,
    order_type: LimitOrder | MarketOrder,
    response_type: Literal["smart_trade", "empty", "order", "step"] | Unset = UNSET,
) -> PreparedRequest:
    """Check the arguments against the spec and build the request (nothing is sent): an argument
    that breaks a rule of the spec raises RequestValidationError, naming the parameter and rule."""
    from ..._checks import check_add_smart_trade_funds_request  # at first use

    quantity = decimal_argument(OPERATION_ID, "quantity", quantity)
    check_path_value(OPERATION_ID, "smart_trade_id", smart_trade_id, "int")
    payload = AddSmartTradeFundsRequest(
        quantity=quantity,
        order_type=order_type,
        response_type=response_type,
    ).to_dict()
    validate_request(OPERATION_ID, payload, check_add_smart_trade_funds_request)
    return PreparedRequest(
        method="POST",
        path="/ver1/smart_trades/" + quote(str(smart_trade_id), safe="") + "/add_funds",
        body=dumps_body(payload),
        operation_id=OPERATION_ID,
    )


def parse_response(
    response: httpx.Response, response_type: str | Unset = UNSET
) -> SmartTradeEntity | SmartTradeStepEntity | dict[str, Any]:
    """Read a successful response; its shape is the one ``response_type`` asked for.

    - ``smart_trade``: SmartTradeEntity
    - ``empty``: an empty object
    - ``order``: a JSON object (shape not documented)
    - ``step``: SmartTradeStepEntity
    """
    data = read_json_object(response)
    if response_type == "smart_trade":
        return SmartTradeEntity.from_dict(data)
    if response_type == "step":
        return SmartTradeStepEntity.from_dict(data)
    return dict(data)
