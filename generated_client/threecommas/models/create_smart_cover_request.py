"""CreateSmartCoverRequest: request body."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal

from attrs import define, field

from .._convert import (
    json_decimal,
    json_number,
    to_decimal,
)
from .._values import dumps_body
from ..types import UNSET, Unset
from .buy_conditional import BuyConditional
from .buy_limit_by_default import BuyLimitByDefault
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


@define(kw_only=True)
class CreateSmartCoverRequest:
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
        buy_method: One of BuyLimitByDefault, BuyMarket, BuyConditional; the variant sets buy_method and the
            fields that go with it. Leave it out to send no buy_method (the API's default applies).
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
    units_to_buy: Decimal = field(converter=to_decimal)
    buy_price: Decimal = field(converter=to_decimal)
    take_profit: TakeProfitDisabled | TakeProfitClassic | TakeProfitStepSell
    stop_loss: StopLossDisabled | StopLossEnabled
    take_profit_price_method: Literal["bid", "ask", "last"] | Unset = UNSET
    stop_loss_price_method: Literal["bid", "ask", "last"] | Unset = UNSET
    trailing_stop_loss: bool | Unset = UNSET
    stop_loss_timeout_enabled: bool | Unset = UNSET
    stop_loss_timeout_seconds: int | Unset = UNSET
    note: str | Unset = UNSET
    buy_method: BuyLimitByDefault | BuyMarket | BuyConditional | Unset = UNSET
    trailing_buy: TrailingBuyDisabled | TrailingBuyEnabled | Unset = UNSET
    take_profit_sell_method: TakeProfitSellMarket | TakeProfitSellLimit | Unset = UNSET
    trailing_take_profit: TrailingTakeProfitDisabled | TrailingTakeProfitEnabled | Unset = UNSET
    stop_loss_sell_method: StopLossSellMarket | StopLossSellLimit | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """The JSON object sent on the wire: the reference's flat format."""
        data: dict[str, Any] = {}
        data["account_id"] = self.account_id
        data["pair"] = self.pair
        data["units_to_buy"] = json_number(self.units_to_buy)
        data["buy_price"] = json_number(self.buy_price)
        data.update(self.take_profit.to_dict())
        data.update(self.stop_loss.to_dict())
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
        if not isinstance(self.buy_method, Unset):
            data.update(self.buy_method.to_dict())
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
    def from_dict(cls, data: Mapping[str, Any]) -> CreateSmartCoverRequest:
        """Read the wire form back (numbers may be Decimal, int or float)."""
        group_take_profit: TakeProfitDisabled | TakeProfitClassic | TakeProfitStepSell
        if TakeProfitDisabled.matches(data):
            group_take_profit = TakeProfitDisabled.from_dict(data)
        elif TakeProfitClassic.matches(data):
            group_take_profit = TakeProfitClassic.from_dict(data)
        elif TakeProfitStepSell.matches(data):
            group_take_profit = TakeProfitStepSell.from_dict(data)
        else:
            raise ValueError("no variant of take_profit matches the data")
        group_stop_loss: StopLossDisabled | StopLossEnabled
        if StopLossDisabled.matches(data):
            group_stop_loss = StopLossDisabled.from_dict(data)
        elif StopLossEnabled.matches(data):
            group_stop_loss = StopLossEnabled.from_dict(data)
        else:
            raise ValueError("no variant of stop_loss matches the data")
        group_buy_method: BuyLimitByDefault | BuyMarket | BuyConditional | Unset
        if "buy_method" not in data:
            group_buy_method = UNSET  # not sent: the server applies the default
        elif BuyLimitByDefault.matches(data):
            group_buy_method = BuyLimitByDefault.from_dict(data)
        elif BuyMarket.matches(data):
            group_buy_method = BuyMarket.from_dict(data)
        elif BuyConditional.matches(data):
            group_buy_method = BuyConditional.from_dict(data)
        else:
            group_buy_method = UNSET
        group_trailing_buy: TrailingBuyDisabled | TrailingBuyEnabled | Unset
        if "trailing_buy_enabled" not in data:
            group_trailing_buy = UNSET  # not sent: the server applies the default
        elif TrailingBuyDisabled.matches(data):
            group_trailing_buy = TrailingBuyDisabled.from_dict(data)
        elif TrailingBuyEnabled.matches(data):
            group_trailing_buy = TrailingBuyEnabled.from_dict(data)
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
            account_id=data["account_id"],
            pair=data["pair"],
            units_to_buy=json_decimal(data["units_to_buy"]),
            buy_price=json_decimal(data["buy_price"]),
            take_profit=group_take_profit,
            stop_loss=group_stop_loss,
            take_profit_price_method=data.get("take_profit_price_method", UNSET),
            stop_loss_price_method=data.get("stop_loss_price_method", UNSET),
            trailing_stop_loss=data.get("trailing_stop_loss", UNSET),
            stop_loss_timeout_enabled=data.get("stop_loss_timeout_enabled", UNSET),
            stop_loss_timeout_seconds=data.get("stop_loss_timeout_seconds", UNSET),
            note=data.get("note", UNSET),
            buy_method=group_buy_method,
            trailing_buy=group_trailing_buy,
            take_profit_sell_method=group_take_profit_sell_method,
            trailing_take_profit=group_trailing_take_profit,
            stop_loss_sell_method=group_stop_loss_sell_method,
        )
