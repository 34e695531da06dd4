"""CreateSmartCoverRequest: request body."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal, cast

from attrs import define, field

from .._body import DECIMAL, RequestBody, as_variant, rule_group
from .._convert import (
    to_decimal,
)
from ..types import UNSET, Unset
from .buy_conditional import BuyConditional
from .buy_limit import BuyLimit
from .buy_market import BuyMarket
from .stop_loss_disabled import StopLossDisabled
from .stop_loss_enabled import StopLossEnabled
from .stop_loss_sell_limit import StopLossSellLimit
from .stop_loss_sell_market import StopLossSellMarket
from .take_profit_classic import TakeProfitClassic
from .take_profit_disabled import TakeProfitDisabled
from .take_profit_sell_limit import TakeProfitSellLimit
from .take_profit_sell_market import TakeProfitSellMarket
from .take_profit_step_sell import TakeProfitStepSell
from .trailing_buy_disabled import TrailingBuyDisabled
from .trailing_buy_enabled import TrailingBuyEnabled
from .trailing_take_profit_disabled import TrailingTakeProfitDisabled
from .trailing_take_profit_enabled import TrailingTakeProfitEnabled


def _as_take_profit(
    value: TakeProfitDisabled | TakeProfitClassic | TakeProfitStepSell | Mapping[str, Any],
) -> TakeProfitDisabled | TakeProfitClassic | TakeProfitStepSell:
    """``CreateSmartCoverRequest.take_profit``: a dict in place of a class is read through the class."""
    return cast(
        "TakeProfitDisabled | TakeProfitClassic | TakeProfitStepSell",
        as_variant(
            (
                TakeProfitDisabled,
                TakeProfitClassic,
                TakeProfitStepSell,
            ),
            value,
        ),
    )


def _as_stop_loss(
    value: StopLossDisabled | StopLossEnabled | Mapping[str, Any],
) -> StopLossDisabled | StopLossEnabled:
    """``CreateSmartCoverRequest.stop_loss``: a dict in place of a class is read through the class."""
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


def _as_buy_method(
    value: BuyLimit | BuyMarket | BuyConditional | Mapping[str, Any] | Unset,
) -> BuyLimit | BuyMarket | BuyConditional | Unset:
    """``CreateSmartCoverRequest.buy_method``: a dict in place of a class is read through the class."""
    if value is None or isinstance(value, Unset):
        return value
    return cast(
        "BuyLimit | BuyMarket | BuyConditional",
        as_variant(
            (
                BuyLimit,
                BuyMarket,
                BuyConditional,
            ),
            value,
        ),
    )


def _as_trailing_buy(
    value: TrailingBuyDisabled | TrailingBuyEnabled | Mapping[str, Any] | Unset,
) -> TrailingBuyDisabled | TrailingBuyEnabled | Unset:
    """``CreateSmartCoverRequest.trailing_buy``: a dict in place of a class is read through the class."""
    if value is None or isinstance(value, Unset):
        return value
    return cast(
        "TrailingBuyDisabled | TrailingBuyEnabled",
        as_variant(
            (
                TrailingBuyDisabled,
                TrailingBuyEnabled,
            ),
            value,
        ),
    )


def _as_take_profit_sell_method(
    value: TakeProfitSellMarket | TakeProfitSellLimit | Mapping[str, Any] | Unset,
) -> TakeProfitSellMarket | TakeProfitSellLimit | Unset:
    """``CreateSmartCoverRequest.take_profit_sell_method``: a dict in place of a class is read through the class."""
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
    """``CreateSmartCoverRequest.trailing_take_profit``: a dict in place of a class is read through the class."""
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
    """``CreateSmartCoverRequest.stop_loss_sell_method``: a dict in place of a class is read through the class."""
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
class CreateSmartCoverRequest(RequestBody):
    """Create SmartCover: the body of ``POST /ver1/smart_trades/create_smart_cover``.

    Attributes:
        account_id: id from GET /ver1/accounts
        units_to_buy: Amount of units to buy
        take_profit: One of TakeProfitDisabled, TakeProfitClassic, TakeProfitStepSell; the variant sets
            take_profit_enabled and the fields that go with it.
        stop_loss: One of StopLossDisabled, StopLossEnabled; the variant sets stop_loss_enabled and the
            fields that go with it.
        take_profit_price_method: Price type for take profit
        stop_loss_price_method: Price type for stop loss
        stop_loss_timeout_seconds: timeout in seconds
        buy_method: One of BuyLimit, BuyMarket, BuyConditional; the variant sets buy_method and the fields
            that go with it. Leave it out to send no buy_method (the API's default applies).
        trailing_buy: One of TrailingBuyDisabled, TrailingBuyEnabled; the variant sets trailing_buy_enabled
            and the fields that go with it. Leave it out to send no trailing_buy_enabled (the API's
            default applies).
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

    account_id: int
    pair: str
    units_to_buy: Decimal = field(converter=to_decimal, metadata=DECIMAL)
    buy_price: Decimal = field(converter=to_decimal, metadata=DECIMAL)
    take_profit: TakeProfitDisabled | TakeProfitClassic | TakeProfitStepSell = field(
        converter=_as_take_profit,
        metadata=rule_group("take_profit_enabled", TakeProfitDisabled, TakeProfitClassic, TakeProfitStepSell),
    )
    stop_loss: StopLossDisabled | StopLossEnabled = field(
        converter=_as_stop_loss, metadata=rule_group("stop_loss_enabled", StopLossDisabled, StopLossEnabled)
    )
    take_profit_price_method: Literal["bid", "ask", "last"] | Unset = UNSET
    stop_loss_price_method: Literal["bid", "ask", "last"] | Unset = UNSET
    trailing_stop_loss: bool | Unset = UNSET
    stop_loss_timeout_enabled: bool | Unset = UNSET
    stop_loss_timeout_seconds: int | Unset = UNSET
    note: str | Unset = UNSET
    buy_method: BuyLimit | BuyMarket | BuyConditional | Unset = field(
        default=UNSET,
        converter=_as_buy_method,
        metadata=rule_group("buy_method", BuyLimit, BuyMarket, BuyConditional),
    )
    trailing_buy: TrailingBuyDisabled | TrailingBuyEnabled | Unset = field(
        default=UNSET,
        converter=_as_trailing_buy,
        metadata=rule_group("trailing_buy_enabled", TrailingBuyDisabled, TrailingBuyEnabled),
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
