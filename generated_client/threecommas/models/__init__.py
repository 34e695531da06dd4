"""Request, rule-variant and response classes.

Each class is imported from its module the first time it is asked for (PEP 562), so that
importing the package does not import every chapter's classes.
"""

from __future__ import annotations

import importlib
import warnings
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_smart_trade_funds_request import AddSmartTradeFundsRequest as AddSmartTradeFundsRequest
    from .buy_conditional import BuyConditional as BuyConditional
    from .buy_limit import BuyLimit as BuyLimit
    from .buy_market import BuyMarket as BuyMarket
    from .cancel_smart_trade_order_request import CancelSmartTradeOrderRequest as CancelSmartTradeOrderRequest
    from .create_simple_buy_request import CreateSimpleBuyRequest as CreateSimpleBuyRequest
    from .create_simple_sell_request import CreateSimpleSellRequest as CreateSimpleSellRequest
    from .create_smart_cover_request import CreateSmartCoverRequest as CreateSmartCoverRequest
    from .create_smart_sell_request import CreateSmartSellRequest as CreateSmartSellRequest
    from .create_smart_trade_request import CreateSmartTradeRequest as CreateSmartTradeRequest
    from .error import Error as Error
    from .limit_order import LimitOrder as LimitOrder
    from .market_order import MarketOrder as MarketOrder
    from .pong_entity import PongEntity as PongEntity
    from .smart_trade_entity import SmartTradeEntity as SmartTradeEntity
    from .smart_trade_step_entity import SmartTradeStepEntity as SmartTradeStepEntity
    from .step_panic_sell_smart_trade_request import (
        StepPanicSellSmartTradeRequest as StepPanicSellSmartTradeRequest,
    )
    from .stop_loss_disabled import StopLossDisabled as StopLossDisabled
    from .stop_loss_enabled import StopLossEnabled as StopLossEnabled
    from .stop_loss_sell_limit import StopLossSellLimit as StopLossSellLimit
    from .stop_loss_sell_market import StopLossSellMarket as StopLossSellMarket
    from .take_profit_classic import TakeProfitClassic as TakeProfitClassic
    from .take_profit_disabled import TakeProfitDisabled as TakeProfitDisabled
    from .take_profit_sell_limit import TakeProfitSellLimit as TakeProfitSellLimit
    from .take_profit_sell_market import TakeProfitSellMarket as TakeProfitSellMarket
    from .take_profit_step_order import TakeProfitStepOrder as TakeProfitStepOrder
    from .take_profit_step_sell import TakeProfitStepSell as TakeProfitStepSell
    from .time_entity import TimeEntity as TimeEntity
    from .trailing_buy_disabled import TrailingBuyDisabled as TrailingBuyDisabled
    from .trailing_buy_enabled import TrailingBuyEnabled as TrailingBuyEnabled
    from .trailing_take_profit_disabled import TrailingTakeProfitDisabled as TrailingTakeProfitDisabled
    from .trailing_take_profit_enabled import TrailingTakeProfitEnabled as TrailingTakeProfitEnabled
    from .update_smart_trade_request import UpdateSmartTradeRequest as UpdateSmartTradeRequest
    from .update_smart_trade_take_profit_step_order import (
        UpdateSmartTradeTakeProfitStepOrder as UpdateSmartTradeTakeProfitStepOrder,
    )
    from .update_smart_trade_take_profit_step_sell import (
        UpdateSmartTradeTakeProfitStepSell as UpdateSmartTradeTakeProfitStepSell,
    )
    from .update_smart_trade_trailing_buy_enabled import (
        UpdateSmartTradeTrailingBuyEnabled as UpdateSmartTradeTrailingBuyEnabled,
    )

    BuyLimitByDefault = BuyLimit  # a former name (see _FORMER_NAMES)

#: Class name -> module of this package that defines it.
_MODULES = {
    "AddSmartTradeFundsRequest": "add_smart_trade_funds_request",
    "BuyConditional": "buy_conditional",
    "BuyLimit": "buy_limit",
    "BuyMarket": "buy_market",
    "CancelSmartTradeOrderRequest": "cancel_smart_trade_order_request",
    "CreateSimpleBuyRequest": "create_simple_buy_request",
    "CreateSimpleSellRequest": "create_simple_sell_request",
    "CreateSmartCoverRequest": "create_smart_cover_request",
    "CreateSmartSellRequest": "create_smart_sell_request",
    "CreateSmartTradeRequest": "create_smart_trade_request",
    "Error": "error",
    "LimitOrder": "limit_order",
    "MarketOrder": "market_order",
    "PongEntity": "pong_entity",
    "SmartTradeEntity": "smart_trade_entity",
    "SmartTradeStepEntity": "smart_trade_step_entity",
    "StepPanicSellSmartTradeRequest": "step_panic_sell_smart_trade_request",
    "StopLossDisabled": "stop_loss_disabled",
    "StopLossEnabled": "stop_loss_enabled",
    "StopLossSellLimit": "stop_loss_sell_limit",
    "StopLossSellMarket": "stop_loss_sell_market",
    "TakeProfitClassic": "take_profit_classic",
    "TakeProfitDisabled": "take_profit_disabled",
    "TakeProfitSellLimit": "take_profit_sell_limit",
    "TakeProfitSellMarket": "take_profit_sell_market",
    "TakeProfitStepOrder": "take_profit_step_order",
    "TakeProfitStepSell": "take_profit_step_sell",
    "TimeEntity": "time_entity",
    "TrailingBuyDisabled": "trailing_buy_disabled",
    "TrailingBuyEnabled": "trailing_buy_enabled",
    "TrailingTakeProfitDisabled": "trailing_take_profit_disabled",
    "TrailingTakeProfitEnabled": "trailing_take_profit_enabled",
    "UpdateSmartTradeRequest": "update_smart_trade_request",
    "UpdateSmartTradeTakeProfitStepOrder": "update_smart_trade_take_profit_step_order",
    "UpdateSmartTradeTakeProfitStepSell": "update_smart_trade_take_profit_step_sell",
    "UpdateSmartTradeTrailingBuyEnabled": "update_smart_trade_trailing_buy_enabled",
}


#: A class's former name -> its name: still importable for one minor version, with a warning.
_FORMER_NAMES = {
    "BuyLimitByDefault": "BuyLimit",
}


def __getattr__(name: str) -> Any:
    if name in _FORMER_NAMES:
        current = _FORMER_NAMES[name]
        warnings.warn(
            f"{name} is deprecated and will be removed in the next minor version: use {current}",
            DeprecationWarning,
            stacklevel=2,
        )
        return __getattr__(current)
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


#: Every class, for ``from threecommas.models import *`` (type checkers see the imports above).
__all__ = tuple(_MODULES)
