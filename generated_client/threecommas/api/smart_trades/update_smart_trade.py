"""Edit SmartTrade/SmartSale/SmartCover, ``PATCH /ver1/smart_trades/{smart_trade_id}/update``: the
request built, the answer read."""

from __future__ import annotations

from typing import Literal
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
from ...models.smart_trade_entity import SmartTradeEntity
from ...models.stop_loss_disabled import StopLossDisabled
from ...models.stop_loss_enabled import StopLossEnabled
from ...models.stop_loss_sell_limit import StopLossSellLimit
from ...models.stop_loss_sell_market import StopLossSellMarket
from ...models.take_profit_classic import TakeProfitClassic
from ...models.take_profit_disabled import TakeProfitDisabled
from ...models.take_profit_sell_limit import TakeProfitSellLimit
from ...models.take_profit_sell_market import TakeProfitSellMarket
from ...models.trailing_buy_disabled import TrailingBuyDisabled
from ...models.trailing_take_profit_disabled import TrailingTakeProfitDisabled
from ...models.trailing_take_profit_enabled import TrailingTakeProfitEnabled
from ...models.update_smart_trade_request import UpdateSmartTradeRequest
from ...models.update_smart_trade_take_profit_step_order import UpdateSmartTradeTakeProfitStepOrder
from ...models.update_smart_trade_take_profit_step_sell import UpdateSmartTradeTakeProfitStepSell
from ...models.update_smart_trade_trailing_buy_enabled import UpdateSmartTradeTrailingBuyEnabled
from ...types import UNSET, Unset

OPERATION_ID = "update_smart_trade"


def build_request(
    *,
    smart_trade_id: int,
    take_profit: TakeProfitDisabled | TakeProfitClassic | UpdateSmartTradeTakeProfitStepSell,
    stop_loss: StopLossDisabled | StopLossEnabled,
    buy_price: DecimalLike | Unset = UNSET,
    conditional_limit_price: DecimalLike | Unset = UNSET,
    average_buy_price: DecimalLike | Unset = UNSET,
    trailing_buy_step: DecimalLike | Unset = UNSET,
    take_profit_step_orders: list[UpdateSmartTradeTakeProfitStepOrder] | Unset | None = UNSET,
    take_profit_price_method: Literal["bid", "ask", "last"] | Unset = UNSET,
    stop_loss_price_method: Literal["bid", "ask", "last"] | Unset = UNSET,
    trailing_stop_loss: bool | Unset = UNSET,
    stop_loss_timeout_enabled: bool | Unset = UNSET,
    stop_loss_timeout_seconds: int | Unset = UNSET,
    note: str | Unset = UNSET,
    trailing_buy: TrailingBuyDisabled | UpdateSmartTradeTrailingBuyEnabled | Unset = UNSET,
    take_profit_sell_method: TakeProfitSellMarket | TakeProfitSellLimit | Unset = UNSET,
    trailing_take_profit: TrailingTakeProfitDisabled | TrailingTakeProfitEnabled | Unset = UNSET,
    stop_loss_sell_method: StopLossSellMarket | StopLossSellLimit | Unset = UNSET,
) -> PreparedRequest:
    """Check the arguments against the spec and build the request (nothing is sent): an argument
    that breaks a rule of the spec raises RequestValidationError, naming the parameter and rule."""
    from ..._checks import check_update_smart_trade_request  # at first use

    if not isinstance(buy_price, Unset):
        buy_price = decimal_argument(OPERATION_ID, "buy_price", buy_price)
    if not isinstance(conditional_limit_price, Unset):
        conditional_limit_price = decimal_argument(
            OPERATION_ID, "conditional_limit_price", conditional_limit_price
        )
    if not isinstance(average_buy_price, Unset):
        average_buy_price = decimal_argument(OPERATION_ID, "average_buy_price", average_buy_price)
    if not isinstance(trailing_buy_step, Unset):
        trailing_buy_step = decimal_argument(OPERATION_ID, "trailing_buy_step", trailing_buy_step)
    check_path_value(OPERATION_ID, "smart_trade_id", smart_trade_id, "int")
    payload = UpdateSmartTradeRequest(
        take_profit=take_profit,
        stop_loss=stop_loss,
        buy_price=buy_price,
        conditional_limit_price=conditional_limit_price,
        average_buy_price=average_buy_price,
        trailing_buy_step=trailing_buy_step,
        take_profit_step_orders=take_profit_step_orders,
        take_profit_price_method=take_profit_price_method,
        stop_loss_price_method=stop_loss_price_method,
        trailing_stop_loss=trailing_stop_loss,
        stop_loss_timeout_enabled=stop_loss_timeout_enabled,
        stop_loss_timeout_seconds=stop_loss_timeout_seconds,
        note=note,
        trailing_buy=trailing_buy,
        take_profit_sell_method=take_profit_sell_method,
        trailing_take_profit=trailing_take_profit,
        stop_loss_sell_method=stop_loss_sell_method,
    ).to_dict()
    validate_request(OPERATION_ID, payload, check_update_smart_trade_request)
    return PreparedRequest(
        method="PATCH",
        path="/ver1/smart_trades/" + quote(str(smart_trade_id), safe="") + "/update",
        body=dumps_body(payload),
        operation_id=OPERATION_ID,
    )


def parse_response(response: httpx.Response) -> SmartTradeEntity:
    """Read a successful response."""
    return SmartTradeEntity.from_dict(read_json_object(response))
