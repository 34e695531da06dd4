"""UpdateSmartTradeRequest: request body."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, cast

from attrs import define, field

from .._body import (
    DECIMAL,
    RequestBody,
    as_bodies,
    as_variant,
    encode_body,
    list_of,
    on_wire,
    rule_group,
)
from .._convert import (
    to_optional_decimal,
)
from ..types import UNSET, Unset
from .stop_loss_disabled import StopLossDisabled
from .stop_loss_enabled import StopLossEnabled
from .stop_loss_sell_limit import StopLossSellLimit
from .stop_loss_sell_market import StopLossSellMarket
from .take_profit_classic import TakeProfitClassic
from .take_profit_disabled import TakeProfitDisabled
from .take_profit_sell_limit import TakeProfitSellLimit
from .take_profit_sell_market import TakeProfitSellMarket
from .trailing_buy_disabled import TrailingBuyDisabled
from .trailing_take_profit_disabled import TrailingTakeProfitDisabled
from .trailing_take_profit_enabled import TrailingTakeProfitEnabled
from .update_smart_trade_take_profit_step_order import UpdateSmartTradeTakeProfitStepOrder
from .update_smart_trade_take_profit_step_sell import UpdateSmartTradeTakeProfitStepSell
from .update_smart_trade_trailing_buy_enabled import UpdateSmartTradeTrailingBuyEnabled


def _as_take_profit(
    value: TakeProfitDisabled | TakeProfitClassic | UpdateSmartTradeTakeProfitStepSell | Mapping[str, Any],
) -> TakeProfitDisabled | TakeProfitClassic | UpdateSmartTradeTakeProfitStepSell:
    """``UpdateSmartTradeRequest.take_profit``: a dict in place of a class is read through the class."""
    return cast(
        "TakeProfitDisabled | TakeProfitClassic | UpdateSmartTradeTakeProfitStepSell",
        as_variant(
            (
                TakeProfitDisabled,
                TakeProfitClassic,
                UpdateSmartTradeTakeProfitStepSell,
            ),
            value,
        ),
    )


def _as_stop_loss(
    value: StopLossDisabled | StopLossEnabled | Mapping[str, Any],
) -> StopLossDisabled | StopLossEnabled:
    """``UpdateSmartTradeRequest.stop_loss``: a dict in place of a class is read through the class."""
    return cast(
        "StopLossDisabled | StopLossEnabled",
        as_variant(
            (
                StopLossDisabled,
                StopLossEnabled,
            ),
            value,
        ),
    )


def _as_take_profit_step_orders(
    value: Sequence[UpdateSmartTradeTakeProfitStepOrder | Mapping[str, Any]] | Unset | None,
) -> list[UpdateSmartTradeTakeProfitStepOrder] | Unset | None:
    """``UpdateSmartTradeRequest.take_profit_step_orders``: a dict in place of a class is read through the class."""
    if value is None or isinstance(value, Unset):
        return value
    return as_bodies(UpdateSmartTradeTakeProfitStepOrder, value)


def _as_trailing_buy(
    value: TrailingBuyDisabled | UpdateSmartTradeTrailingBuyEnabled | Mapping[str, Any] | Unset,
) -> TrailingBuyDisabled | UpdateSmartTradeTrailingBuyEnabled | Unset:
    """``UpdateSmartTradeRequest.trailing_buy``: a dict in place of a class is read through the class."""
    if value is None or isinstance(value, Unset):
        return value
    return cast(
        "TrailingBuyDisabled | UpdateSmartTradeTrailingBuyEnabled",
        as_variant(
            (
                TrailingBuyDisabled,
                UpdateSmartTradeTrailingBuyEnabled,
            ),
            value,
        ),
    )


def _as_take_profit_sell_method(
    value: TakeProfitSellMarket | TakeProfitSellLimit | Mapping[str, Any] | Unset,
) -> TakeProfitSellMarket | TakeProfitSellLimit | Unset:
    """``UpdateSmartTradeRequest.take_profit_sell_method``: a dict in place of a class is read through the class."""
    if value is None or isinstance(value, Unset):
        return value
    return cast(
        "TakeProfitSellMarket | TakeProfitSellLimit",
        as_variant(
            (
                TakeProfitSellMarket,
                TakeProfitSellLimit,
            ),
            value,
        ),
    )


def _as_trailing_take_profit(
    value: TrailingTakeProfitDisabled | TrailingTakeProfitEnabled | Mapping[str, Any] | Unset,
) -> TrailingTakeProfitDisabled | TrailingTakeProfitEnabled | Unset:
    """``UpdateSmartTradeRequest.trailing_take_profit``: a dict in place of a class is read through the class."""
    if value is None or isinstance(value, Unset):
        return value
    return cast(
        "TrailingTakeProfitDisabled | TrailingTakeProfitEnabled",
        as_variant(
            (
                TrailingTakeProfitDisabled,
                TrailingTakeProfitEnabled,
            ),
            value,
        ),
    )


def _as_stop_loss_sell_method(
    value: StopLossSellMarket | StopLossSellLimit | Mapping[str, Any] | Unset,
) -> StopLossSellMarket | StopLossSellLimit | Unset:
    """``UpdateSmartTradeRequest.stop_loss_sell_method``: a dict in place of a class is read through the class."""
    if value is None or isinstance(value, Unset):
        return value
    return cast(
        "StopLossSellMarket | StopLossSellLimit",
        as_variant(
            (
                StopLossSellMarket,
                StopLossSellLimit,
            ),
            value,
        ),
    )


@define(kw_only=True)
class UpdateSmartTradeRequest(RequestBody):
    """Edit SmartTrade/SmartSale/SmartCover: the body of ``PATCH
    /ver1/smart_trades/{smart_trade_id}/update``.

    Attributes:
        take_profit: One of TakeProfitDisabled, TakeProfitClassic, UpdateSmartTradeTakeProfitStepSell; the
            variant sets take_profit_enabled and the fields that go with it.
        stop_loss: One of StopLossDisabled, StopLossEnabled; the variant sets stop_loss_enabled and the
            fields that go with it.
        buy_price: Available if Conditional SmartTrade
        average_buy_price: Available if SmartSale
        trailing_buy_step: Available if trailing_buy_enabled
        take_profit_step_orders: Available if take_profit_type = step_sell. If null - steps won't be changed. In order to
            apply changes - send a new set of steps, which contains new and previous steps that were
            not edited. Position must be unique(for new and previous steps in SmartTrade scope) and
            greater then 0
        take_profit_price_method: Price type for take profit(bid,asl,last)
        stop_loss_price_method: Price type for stop loss
        stop_loss_timeout_seconds: Timeout in seconds
        trailing_buy: One of TrailingBuyDisabled, UpdateSmartTradeTrailingBuyEnabled; the variant sets
            trailing_buy_enabled and the fields that go with it. Leave it out to send no
            trailing_buy_enabled (the API's default applies).
        take_profit_sell_method: One of TakeProfitSellMarket, TakeProfitSellLimit; the variant sets
            take_profit_sell_method and the fields that go with it. Leave it out to send no
            take_profit_sell_method (the API's default applies).
        trailing_take_profit: One of TrailingTakeProfitDisabled, TrailingTakeProfitEnabled; the variant sets
            trailing_take_profit and the fields that go with it. Leave it out to send no
            trailing_take_profit (the API's default applies).
        stop_loss_sell_method: One of StopLossSellMarket, StopLossSellLimit; the variant sets stop_loss_sell_method and
            the fields that go with it. Leave it out to send no stop_loss_sell_method (the API's
            default applies).
    """

    take_profit: TakeProfitDisabled | TakeProfitClassic | UpdateSmartTradeTakeProfitStepSell = field(
        converter=_as_take_profit,
        metadata=rule_group(
            "take_profit_enabled", TakeProfitDisabled, TakeProfitClassic, UpdateSmartTradeTakeProfitStepSell
        ),
    )
    stop_loss: StopLossDisabled | StopLossEnabled = field(
        converter=_as_stop_loss, metadata=rule_group("stop_loss_enabled", StopLossDisabled, StopLossEnabled)
    )
    buy_price: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal, metadata=DECIMAL)
    conditional_limit_price: Decimal | Unset = field(
        default=UNSET, converter=to_optional_decimal, metadata=DECIMAL
    )
    average_buy_price: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal, metadata=DECIMAL)
    trailing_buy_step: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal, metadata=DECIMAL)
    take_profit_step_orders: list[UpdateSmartTradeTakeProfitStepOrder] | Unset | None = field(
        default=UNSET,
        converter=_as_take_profit_step_orders,
        metadata=on_wire(
            encode=list_of(encode_body), decode=list_of(UpdateSmartTradeTakeProfitStepOrder.from_dict)
        ),
    )
    take_profit_price_method: Literal["bid", "ask", "last"] | Unset = UNSET
    stop_loss_price_method: Literal["bid", "ask", "last"] | Unset = UNSET
    trailing_stop_loss: bool | Unset = UNSET
    stop_loss_timeout_enabled: bool | Unset = UNSET
    stop_loss_timeout_seconds: int | Unset = UNSET
    note: str | Unset = UNSET
    trailing_buy: TrailingBuyDisabled | UpdateSmartTradeTrailingBuyEnabled | Unset = field(
        default=UNSET,
        converter=_as_trailing_buy,
        metadata=rule_group("trailing_buy_enabled", TrailingBuyDisabled, UpdateSmartTradeTrailingBuyEnabled),
    )
    take_profit_sell_method: TakeProfitSellMarket | TakeProfitSellLimit | Unset = field(
        default=UNSET,
        converter=_as_take_profit_sell_method,
        metadata=rule_group("take_profit_sell_method", TakeProfitSellMarket, TakeProfitSellLimit),
    )
    trailing_take_profit: TrailingTakeProfitDisabled | TrailingTakeProfitEnabled | Unset = field(
        default=UNSET,
        converter=_as_trailing_take_profit,
        metadata=rule_group("trailing_take_profit", TrailingTakeProfitDisabled, TrailingTakeProfitEnabled),
    )
    stop_loss_sell_method: StopLossSellMarket | StopLossSellLimit | Unset = field(
        default=UNSET,
        converter=_as_stop_loss_sell_method,
        metadata=rule_group("stop_loss_sell_method", StopLossSellMarket, StopLossSellLimit),
    )
