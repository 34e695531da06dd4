"""Smart Trade add funds, ``POST /ver1/smart_trades/{smart_trade_id}/add_funds``: where its
arguments go, and its answer read."""

from __future__ import annotations

from typing import Any

import httpx

from ..._endpoint import Endpoint, PathParameter, read_json_object
from ...models.add_smart_trade_funds_request import AddSmartTradeFundsRequest
from ...models.smart_trade_entity import SmartTradeEntity
from ...models.smart_trade_step_entity import SmartTradeStepEntity
from ...types import UNSET, Unset


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


ENDPOINT = Endpoint(
    "add_smart_trade_funds",
    "POST",
    "/ver1/smart_trades/{smart_trade_id}/add_funds",
    parse_response,
    path_parameters=(PathParameter("smart_trade_id", "smart_trade_id", "int"),),
    body=AddSmartTradeFundsRequest,
    decimals=("quantity",),
    body_check="check_add_smart_trade_funds_request",
    answer_by="response_type",
)
