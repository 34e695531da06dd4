"""UpdateSmartTradeRequest: request body."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal

from attrs import define, field

from .._convert import (
    json_decimal,
    json_number,
    to_optional_decimal,
)
from .._values import dumps_body
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


@define(kw_only=True)
class UpdateSmartTradeRequest:
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

    take_profit: TakeProfitDisabled | TakeProfitClassic | UpdateSmartTradeTakeProfitStepSell
    stop_loss: StopLossDisabled | StopLossEnabled
    buy_price: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal)
    conditional_limit_price: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal)
    average_buy_price: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal)
    trailing_buy_step: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal)
    take_profit_step_orders: list[UpdateSmartTradeTakeProfitStepOrder] | Unset | None = UNSET
    take_profit_price_method: Literal["bid", "ask", "last"] | Unset = UNSET
    stop_loss_price_method: Literal["bid", "ask", "last"] | Unset = UNSET
    trailing_stop_loss: bool | Unset = UNSET
    stop_loss_timeout_enabled: bool | Unset = UNSET
    stop_loss_timeout_seconds: int | Unset = UNSET
    note: str | Unset = UNSET
    trailing_buy: TrailingBuyDisabled | UpdateSmartTradeTrailingBuyEnabled | Unset = UNSET
    take_profit_sell_method: TakeProfitSellMarket | TakeProfitSellLimit | Unset = UNSET
    trailing_take_profit: TrailingTakeProfitDisabled | TrailingTakeProfitEnabled | Unset = UNSET
    stop_loss_sell_method: StopLossSellMarket | StopLossSellLimit | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """The JSON object sent on the wire: the reference's flat format."""
        data: dict[str, Any] = {}
        data.update(self.take_profit.to_dict())
        data.update(self.stop_loss.to_dict())
        if not isinstance(self.buy_price, Unset):
            data["buy_price"] = json_number(self.buy_price)
        if not isinstance(self.conditional_limit_price, Unset):
            data["conditional_limit_price"] = json_number(self.conditional_limit_price)
        if not isinstance(self.average_buy_price, Unset):
            data["average_buy_price"] = json_number(self.average_buy_price)
        if not isinstance(self.trailing_buy_step, Unset):
            data["trailing_buy_step"] = json_number(self.trailing_buy_step)
        if self.take_profit_step_orders is None:
            data["take_profit_step_orders"] = None
        elif not isinstance(self.take_profit_step_orders, Unset):
            data["take_profit_step_orders"] = [item.to_dict() for item in self.take_profit_step_orders]
        if not isinstance(self.take_profit_price_method, Unset):
            data["take_profit_price_method"] = self.take_profit_price_method
        if not isinstance(self.stop_loss_price_method, Unset):
            data["stop_loss_price_method"] = self.stop_loss_price_method
        if not isinstance(self.trailing_stop_loss, Unset):
            data["trailing_stop_loss"] = self.trailing_stop_loss
        if not isinstance(self.stop_loss_timeout_enabled, Unset):
            data["stop_loss_timeout_enabled"] = self.stop_loss_timeout_enabled
        if not isinstance(self.stop_loss_timeout_seconds, Unset):
            data["stop_loss_timeout_seconds"] = self.stop_loss_timeout_seconds
        if not isinstance(self.note, Unset):
            data["note"] = self.note
        if not isinstance(self.trailing_buy, Unset):
            data.update(self.trailing_buy.to_dict())
        if not isinstance(self.take_profit_sell_method, Unset):
            data.update(self.take_profit_sell_method.to_dict())
        if not isinstance(self.trailing_take_profit, Unset):
            data.update(self.trailing_take_profit.to_dict())
        if not isinstance(self.stop_loss_sell_method, Unset):
            data.update(self.stop_loss_sell_method.to_dict())
        return data

    def to_json(self) -> str:
        """:meth:`to_dict` as JSON text, numbers with their exact digits (no float on the way)."""
        return dumps_body(self.to_dict()).decode("utf-8")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateSmartTradeRequest:
        """Read the wire form back (numbers may be Decimal, int or float)."""
        group_take_profit: TakeProfitDisabled | TakeProfitClassic | UpdateSmartTradeTakeProfitStepSell
        if TakeProfitDisabled.matches(data):
            group_take_profit = TakeProfitDisabled.from_dict(data)
        elif TakeProfitClassic.matches(data):
            group_take_profit = TakeProfitClassic.from_dict(data)
        elif UpdateSmartTradeTakeProfitStepSell.matches(data):
            group_take_profit = UpdateSmartTradeTakeProfitStepSell.from_dict(data)
        else:
            raise ValueError("no variant of take_profit matches the data")
        group_stop_loss: StopLossDisabled | StopLossEnabled
        if StopLossDisabled.matches(data):
            group_stop_loss = StopLossDisabled.from_dict(data)
        elif StopLossEnabled.matches(data):
            group_stop_loss = StopLossEnabled.from_dict(data)
        else:
            raise ValueError("no variant of stop_loss matches the data")
        group_trailing_buy: TrailingBuyDisabled | UpdateSmartTradeTrailingBuyEnabled | Unset
        if "trailing_buy_enabled" not in data:
            group_trailing_buy = UNSET  # not sent: the server applies the default
        elif TrailingBuyDisabled.matches(data):
            group_trailing_buy = TrailingBuyDisabled.from_dict(data)
        elif UpdateSmartTradeTrailingBuyEnabled.matches(data):
            group_trailing_buy = UpdateSmartTradeTrailingBuyEnabled.from_dict(data)
        else:
            group_trailing_buy = UNSET
        group_take_profit_sell_method: TakeProfitSellMarket | TakeProfitSellLimit | Unset
        if "take_profit_sell_method" not in data:
            group_take_profit_sell_method = UNSET  # not sent: the server applies the default
        elif TakeProfitSellMarket.matches(data):
            group_take_profit_sell_method = TakeProfitSellMarket.from_dict(data)
        elif TakeProfitSellLimit.matches(data):
            group_take_profit_sell_method = TakeProfitSellLimit.from_dict(data)
        else:
            group_take_profit_sell_method = UNSET
        group_trailing_take_profit: TrailingTakeProfitDisabled | TrailingTakeProfitEnabled | Unset
        if "trailing_take_profit" not in data:
            group_trailing_take_profit = UNSET  # not sent: the server applies the default
        elif TrailingTakeProfitDisabled.matches(data):
            group_trailing_take_profit = TrailingTakeProfitDisabled.from_dict(data)
        elif TrailingTakeProfitEnabled.matches(data):
            group_trailing_take_profit = TrailingTakeProfitEnabled.from_dict(data)
        else:
            group_trailing_take_profit = UNSET
        group_stop_loss_sell_method: StopLossSellMarket | StopLossSellLimit | Unset
        if "stop_loss_sell_method" not in data:
            group_stop_loss_sell_method = UNSET  # not sent: the server applies the default
        elif StopLossSellMarket.matches(data):
            group_stop_loss_sell_method = StopLossSellMarket.from_dict(data)
        elif StopLossSellLimit.matches(data):
            group_stop_loss_sell_method = StopLossSellLimit.from_dict(data)
        else:
            group_stop_loss_sell_method = UNSET
        return cls(
            take_profit=group_take_profit,
            stop_loss=group_stop_loss,
            buy_price=json_decimal(data["buy_price"]) if "buy_price" in data else UNSET,
            conditional_limit_price=json_decimal(data["conditional_limit_price"])
            if "conditional_limit_price" in data
            else UNSET,
            average_buy_price=json_decimal(data["average_buy_price"])
            if "average_buy_price" in data
            else UNSET,
            trailing_buy_step=json_decimal(data["trailing_buy_step"])
            if "trailing_buy_step" in data
            else UNSET,
            take_profit_step_orders=[
                UpdateSmartTradeTakeProfitStepOrder.from_dict(item)
                for item in data["take_profit_step_orders"]
            ]
            if "take_profit_step_orders" in data and data["take_profit_step_orders"] is not None
            else data.get("take_profit_step_orders", UNSET),
            take_profit_price_method=data.get("take_profit_price_method", UNSET),
            stop_loss_price_method=data.get("stop_loss_price_method", UNSET),
            trailing_stop_loss=data.get("trailing_stop_loss", UNSET),
            stop_loss_timeout_enabled=data.get("stop_loss_timeout_enabled", UNSET),
            stop_loss_timeout_seconds=data.get("stop_loss_timeout_seconds", UNSET),
            note=data.get("note", UNSET),
            trailing_buy=group_trailing_buy,
            take_profit_sell_method=group_take_profit_sell_method,
            trailing_take_profit=group_trailing_take_profit,
            stop_loss_sell_method=group_stop_loss_sell_method,
        )
