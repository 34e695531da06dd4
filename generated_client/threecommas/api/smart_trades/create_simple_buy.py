"""Create SimpleBuy, ``POST /ver1/smart_trades/create_simple_buy``: the request built, the answer
read."""

from __future__ import annotations

import httpx

from ..._convert import DecimalLike
from ..._endpoint import (
    decimal_argument,
    read_json_object,
)
from ..._transport import PreparedRequest
from ..._validation import validate_request
from ..._values import dumps_body
from ...models.buy_conditional import BuyConditional
from ...models.buy_limit import BuyLimit
from ...models.buy_market import BuyMarket
from ...models.create_simple_buy_request import CreateSimpleBuyRequest
from ...models.smart_trade_entity import SmartTradeEntity

OPERATION_ID = "create_simple_buy"


def build_request(
    *,
    account_id: int,
    pair: str,
    units_to_buy: DecimalLike,
    buy_price: DecimalLike,
    buy_method: BuyLimit | BuyMarket | BuyConditional,
) -> PreparedRequest:
    """Check the arguments against the spec and build the request (nothing is sent): an argument
    that breaks a rule of the spec raises RequestValidationError, naming the parameter and rule."""
    from ..._checks import check_create_simple_buy_request  # at first use

    units_to_buy = decimal_argument(OPERATION_ID, "units_to_buy", units_to_buy)
    buy_price = decimal_argument(OPERATION_ID, "buy_price", buy_price)
    payload = CreateSimpleBuyRequest(
        account_id=account_id,
        pair=pair,
        units_to_buy=units_to_buy,
        buy_price=buy_price,
        buy_method=buy_method,
    ).to_dict()
    validate_request(OPERATION_ID, payload, check_create_simple_buy_request)
    return PreparedRequest(
        method="POST",
        path="/ver1/smart_trades/create_simple_buy",
        body=dumps_body(payload),
        operation_id=OPERATION_ID,
    )


def parse_response(response: httpx.Response) -> SmartTradeEntity:
    """Read a successful response."""
    return SmartTradeEntity.from_dict(read_json_object(response))
