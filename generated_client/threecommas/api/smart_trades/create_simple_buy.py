"""Create SimpleBuy

``POST /ver1/smart_trades/create_simple_buy``. Builds the request and reads the response; the
client does the sending.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import httpx

from ..._convert import DecimalLike, to_decimal
from ..._read import loads_json
from ..._transport import PreparedRequest
from ..._validation import validate_request
from ..._values import dumps_body
from ...errors import RequestValidationError, UnexpectedResponseError
from ...models.buy_conditional import BuyConditional
from ...models.buy_limit import BuyLimit
from ...models.buy_market import BuyMarket
from ...models.create_simple_buy_request import CreateSimpleBuyRequest
from ...models.smart_trade_entity import SmartTradeEntity

OPERATION_ID = "create_simple_buy"
METHOD = "POST"


def build_request(
    *,
    account_id: int,
    pair: str,
    units_to_buy: DecimalLike,
    buy_price: DecimalLike,
    buy_method: BuyLimit | BuyMarket | BuyConditional,
) -> PreparedRequest:
    """Check the arguments against the spec and build the request; nothing is sent.

    Raises:
        RequestValidationError: an argument breaks a rule of the spec (names the parameter and rule).
    """
    # The compiled checks, imported on the first call of an operation, not with the package.
    from ..._checks import check_create_simple_buy_request

    # Exact decimals: convert here so that a bad value is reported under its parameter's name.
    units_to_buy = _decimal(units_to_buy, "units_to_buy")
    buy_price = _decimal(buy_price, "buy_price")
    _query_pairs: tuple[tuple[str, str], ...] = ()
    _payload = CreateSimpleBuyRequest(
        account_id=account_id,
        pair=pair,
        units_to_buy=units_to_buy,
        buy_price=buy_price,
        buy_method=buy_method,
    ).to_dict()
    validate_request(OPERATION_ID, _payload, check_create_simple_buy_request)
    _content: bytes | None = dumps_body(_payload)
    _path = "/ver1/smart_trades/create_simple_buy"
    return PreparedRequest(
        method=METHOD, path=_path, query=_query_pairs, body=_content, operation_id=OPERATION_ID
    )


def parse_response(response: httpx.Response) -> SmartTradeEntity:
    """Read a successful response."""
    return SmartTradeEntity.from_dict(_json_object(response))


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
