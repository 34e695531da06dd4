"""Create SmartSale, ``POST /ver1/smart_trades/create_smart_sell``: the request built, the answer
read."""

from __future__ import annotations

from typing import Literal

import httpx

from ..._convert import DecimalLike
from ..._endpoint import (
    decimal_argument,
    read_json_object,
)
from ..._transport import PreparedRequest
from ..._validation import validate_request
from ..._values import dumps_body
from ...models.create_smart_sell_request import CreateSmartSellRequest
from ...models.smart_trade_entity import SmartTradeEntity
from ...models.stop_loss_disabled import StopLossDisabled
from ...models.stop_loss_enabled import StopLossEnabled
from ...models.stop_loss_sell_limit import StopLossSellLimit
from ...models.stop_loss_sell_market import StopLossSellMarket
from ...models.take_profit_classic import TakeProfitClassic
from ...models.take_profit_disabled import TakeProfitDisabled
from ...models.take_profit_sell_limit import TakeProfitSellLimit
from ...models.take_profit_sell_market import TakeProfitSellMarket
from ...models.take_profit_step_sell import TakeProfitStepSell
from ...models.trailing_take_profit_disabled import TrailingTakeProfitDisabled
from ...models.trailing_take_profit_enabled import TrailingTakeProfitEnabled
from ...types import UNSET, Unset

OPERATION_ID = "create_smart_sell"


def build_request(
    *,
    account_id: int,
    pair: str,
    units_to_buy: DecimalLike,
    average_buy_price: DecimalLike,
    take_profit: TakeProfitDisabled | TakeProfitClassic | TakeProfitStepSell,
    stop_loss: StopLossDisabled | StopLossEnabled,
    take_profit_price_method: Literal["bid", "ask", "last"] | Unset = UNSET,
    stop_loss_price_method: Literal["bid", "ask", "last"] | Unset = UNSET,
    trailing_stop_loss: bool | Unset = UNSET,
    stop_loss_timeout_enabled: bool | Unset = UNSET,
    stop_loss_timeout_seconds: int | Unset = UNSET,
    note: str | Unset = UNSET,
    take_profit_sell_method: TakeProfitSellMarket | TakeProfitSellLimit | Unset = UNSET,
    trailing_take_profit: TrailingTakeProfitDisabled | TrailingTakeProfitEnabled | Unset = UNSET,
    stop_loss_sell_method: StopLossSellMarket | StopLossSellLimit | Unset = UNSET,
) -> PreparedRequest:
    """Check the arguments against the spec and build the request (nothing is sent): an argument
    that breaks a rule of the spec raises RequestValidationError, naming the parameter and rule."""
    from ..._checks import check_create_smart_sell_request  # at first use

    units_to_buy = decimal_argument(OPERATION_ID, "units_to_buy", units_to_buy)
    average_buy_price = decimal_argument(OPERATION_ID, "average_buy_price", average_buy_price)
    payload = CreateSmartSellRequest(
        account_id=account_id,
        pair=pair,
        units_to_buy=units_to_buy,
        average_buy_price=average_buy_price,
        take_profit=take_profit,
        stop_loss=stop_loss,
        take_profit_price_method=take_profit_price_method,
        stop_loss_price_method=stop_loss_price_method,
        trailing_stop_loss=trailing_stop_loss,
        stop_loss_timeout_enabled=stop_loss_timeout_enabled,
        stop_loss_timeout_seconds=stop_loss_timeout_seconds,
        note=note,
        take_profit_sell_method=take_profit_sell_method,
        trailing_take_profit=trailing_take_profit,
        stop_loss_sell_method=stop_loss_sell_method,
    ).to_dict()
    validate_request(OPERATION_ID, payload, check_create_smart_sell_request)
    return PreparedRequest(
        method="POST",
        path="/ver1/smart_trades/create_smart_sell",
        body=dumps_body(payload),
        operation_id=OPERATION_ID,
    )


def parse_response(response: httpx.Response) -> SmartTradeEntity:
    """Read a successful response."""
    return SmartTradeEntity.from_dict(read_json_object(response))
