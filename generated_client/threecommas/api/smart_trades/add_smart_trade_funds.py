"""Smart Trade add funds

``POST /ver1/smart_trades/{smart_trade_id}/add_funds``. Builds the request and reads the response; the
client does the sending.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal
from urllib.parse import quote

import httpx

from ..._convert import DecimalLike, to_decimal
from ..._read import loads_json
from ..._transport import PreparedRequest
from ..._validation import validate_request
from ..._values import dumps_body
from ...errors import RequestValidationError, UnexpectedResponseError
from ...models.add_smart_trade_funds_request import AddSmartTradeFundsRequest
from ...models.limit_order import LimitOrder
from ...models.market_order import MarketOrder
from ...models.smart_trade_entity import SmartTradeEntity
from ...models.smart_trade_step_entity import SmartTradeStepEntity
from ...types import UNSET, Unset

OPERATION_ID = "add_smart_trade_funds"
METHOD = "POST"


def build_request(
    *,
    smart_trade_id: int,
    quantity: DecimalLike,
    order_type: LimitOrder | MarketOrder,
    response_type: Literal["smart_trade", "empty", "order", "step"] | Unset = UNSET,
) -> PreparedRequest:
    """Check the arguments against the spec and build the request; nothing is sent.

    Raises:
        RequestValidationError: an argument breaks a rule of the spec (names the parameter and rule).
    """
    # The compiled checks, imported on the first call of an operation, not with the package.
    from ..._checks import check_add_smart_trade_funds_request

    # Exact decimals: convert here so that a bad value is reported under its parameter's name.
    quantity = _decimal(quantity, "quantity")
    _check_path_value("smart_trade_id", smart_trade_id, "int")
    _query_pairs: tuple[tuple[str, str], ...] = ()
    _payload = AddSmartTradeFundsRequest(
        quantity=quantity,
        order_type=order_type,
        response_type=response_type,
    ).to_dict()
    validate_request(OPERATION_ID, _payload, check_add_smart_trade_funds_request)
    _content: bytes | None = dumps_body(_payload)
    _path = "/ver1/smart_trades/" + quote(str(smart_trade_id), safe="") + "/add_funds"
    return PreparedRequest(
        method=METHOD, path=_path, query=_query_pairs, body=_content, operation_id=OPERATION_ID
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
    data = _json_object(response)
    if response_type == "smart_trade":
        return SmartTradeEntity.from_dict(data)
    if response_type == "step":
        return SmartTradeStepEntity.from_dict(data)
    return dict(data)


def _json(response: httpx.Response) -> Any:
    try:
        return loads_json(response.content)
    except (ValueError, RecursionError) as error:  # not JSON, or nested too deep to read
        raise UnexpectedResponseError(
            response.status_code, METHOD, response.request.url.path, f"response is not JSON: {error}"
        ) from None


def _json_object(response: httpx.Response) -> Mapping[str, Any]:
    data = _json(response)
    if not isinstance(data, Mapping):
        raise UnexpectedResponseError(
            response.status_code, METHOD, response.request.url.path, "expected a JSON object"
        )
    return data


def _decimal(value: DecimalLike, parameter: str) -> Decimal:
    try:
        return to_decimal(value)
    except (TypeError, ValueError) as error:
        raise RequestValidationError(
            operation_id=OPERATION_ID, parameter=parameter, rule=str(error)
        ) from None


def _check_path_value(parameter: str, value: object, kind: str) -> None:
    valid = (
        isinstance(value, int) and not isinstance(value, bool)
        if kind == "int"
        else isinstance(value, str | int)
    )
    if not valid or (isinstance(value, str) and not value):
        raise RequestValidationError(
            operation_id=OPERATION_ID, parameter=parameter, rule=f"must be a non-empty {kind}, got {value!r}"
        )
