"""Request, rule-variant and response classes."""

from .add_smart_trade_funds_request import AddSmartTradeFundsRequest
from .buy_conditional import BuyConditional
from .buy_limit import BuyLimit
from .buy_limit_by_default import BuyLimitByDefault
from .buy_market import BuyMarket
from .cancel_smart_trade_order_request import CancelSmartTradeOrderRequest
from .create_simple_buy_request import CreateSimpleBuyRequest
from .create_simple_sell_request import CreateSimpleSellRequest
from .create_smart_cover_request import CreateSmartCoverRequest
from .create_smart_sell_request import CreateSmartSellRequest
from .create_smart_trade_request import CreateSmartTradeRequest
from .error import Error
from .limit_order import LimitOrder
from .market_order import MarketOrder
from .pong_entity import PongEntity
from .smart_trade_entity import SmartTradeEntity
from .smart_trade_step_entity import SmartTradeStepEntity
from .step_panic_sell_smart_trade_request import StepPanicSellSmartTradeRequest
from .stop_loss_disabled import StopLossDisabled
from .stop_loss_enabled import StopLossEnabled
from .stop_loss_sell_limit import StopLossSellLimit
from .stop_loss_sell_market import StopLossSellMarket
from .take_profit_classic import TakeProfitClassic
from .take_profit_disabled import TakeProfitDisabled
from .take_profit_sell_limit import TakeProfitSellLimit
from .take_profit_sell_market import TakeProfitSellMarket
from .take_profit_step_order import TakeProfitStepOrder
from .take_profit_step_sell import TakeProfitStepSell
from .time_entity import TimeEntity
from .trailing_buy_disabled import TrailingBuyDisabled
from .trailing_buy_enabled import TrailingBuyEnabled
from .trailing_take_profit_disabled import TrailingTakeProfitDisabled
from .trailing_take_profit_enabled import TrailingTakeProfitEnabled
from .update_smart_trade_request import UpdateSmartTradeRequest
from .update_smart_trade_take_profit_step_order import UpdateSmartTradeTakeProfitStepOrder
from .update_smart_trade_take_profit_step_sell import UpdateSmartTradeTakeProfitStepSell
from .update_smart_trade_trailing_buy_enabled import UpdateSmartTradeTrailingBuyEnabled

__all__ = (
    "AddSmartTradeFundsRequest",
    "BuyConditional",
    "BuyLimit",
    "BuyLimitByDefault",
    "BuyMarket",
    "CancelSmartTradeOrderRequest",
    "CreateSimpleBuyRequest",
    "CreateSimpleSellRequest",
    "CreateSmartCoverRequest",
    "CreateSmartSellRequest",
    "CreateSmartTradeRequest",
    "Error",
    "LimitOrder",
    "MarketOrder",
    "PongEntity",
    "SmartTradeEntity",
    "SmartTradeStepEntity",
    "StepPanicSellSmartTradeRequest",
    "StopLossDisabled",
    "StopLossEnabled",
    "StopLossSellLimit",
    "StopLossSellMarket",
    "TakeProfitClassic",
    "TakeProfitDisabled",
    "TakeProfitSellLimit",
    "TakeProfitSellMarket",
    "TakeProfitStepOrder",
    "TakeProfitStepSell",
    "TimeEntity",
    "TrailingBuyDisabled",
    "TrailingBuyEnabled",
    "TrailingTakeProfitDisabled",
    "TrailingTakeProfitEnabled",
    "UpdateSmartTradeRequest",
    "UpdateSmartTradeTakeProfitStepOrder",
    "UpdateSmartTradeTakeProfitStepSell",
    "UpdateSmartTradeTrailingBuyEnabled",
)
