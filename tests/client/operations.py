"""One valid call per operation, with what must go on the wire: shared by sync and async tests."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from threecommas.models import (
    BuyMarket,
    MarketOrder,
    StopLossDisabled,
    TakeProfitDisabled,
)

NO_RULES: dict[str, Any] = {"take_profit": TakeProfitDisabled(), "stop_loss": StopLossDisabled()}

#: operation id -> (tag attribute, keyword arguments, method, path, JSON body or None)
CALLS: dict[str, tuple[str, dict[str, Any], str, str, dict[str, Any] | None]] = {
    "ping": ("public", {}, "GET", "/public/api/ver1/ping", None),
    "get_time": ("public", {}, "GET", "/public/api/ver1/time", None),
    "create_simple_sell": (
        "smart_trades",
        {
            "account_id": 1,
            "pair": "USDT_BTC",
            "units_to_buy": "0.5",
            "buy_price": 100,
            "buy_method": BuyMarket(),
        },
        "POST",
        "/public/api/ver1/smart_trades/create_simple_sell",
        {
            "account_id": 1,
            "pair": "USDT_BTC",
            "units_to_buy": Decimal("0.5"),
            "buy_price": 100,
            "buy_method": "market",
        },
    ),
    "create_simple_buy": (
        "smart_trades",
        {
            "account_id": 1,
            "pair": "USDT_BTC",
            "units_to_buy": "0.5",
            "buy_price": 100,
            "buy_method": BuyMarket(),
        },
        "POST",
        "/public/api/ver1/smart_trades/create_simple_buy",
        {
            "account_id": 1,
            "pair": "USDT_BTC",
            "units_to_buy": Decimal("0.5"),
            "buy_price": 100,
            "buy_method": "market",
        },
    ),
    "create_smart_sell": (
        "smart_trades",
        {"account_id": 1, "pair": "USDT_BTC", "units_to_buy": 2, "average_buy_price": "9.99", **NO_RULES},
        "POST",
        "/public/api/ver1/smart_trades/create_smart_sell",
        {
            "account_id": 1,
            "pair": "USDT_BTC",
            "units_to_buy": 2,
            "average_buy_price": Decimal("9.99"),
            "take_profit_enabled": False,
            "stop_loss_enabled": False,
        },
    ),
    "create_smart_cover": (
        "smart_trades",
        {"account_id": 1, "pair": "USDT_BTC", "units_to_buy": 2, "buy_price": "9.99", **NO_RULES},
        "POST",
        "/public/api/ver1/smart_trades/create_smart_cover",
        {
            "account_id": 1,
            "pair": "USDT_BTC",
            "units_to_buy": 2,
            "buy_price": Decimal("9.99"),
            "take_profit_enabled": False,
            "stop_loss_enabled": False,
        },
    ),
    "create_smart_trade": (
        "smart_trades",
        {"account_id": 1, "pair": "USDT_BTC", "units_to_buy": 2, "buy_price": "9.99", **NO_RULES},
        "POST",
        "/public/api/ver1/smart_trades/create_smart_trade",
        {
            "account_id": 1,
            "pair": "USDT_BTC",
            "units_to_buy": 2,
            "buy_price": Decimal("9.99"),
            "take_profit_enabled": False,
            "stop_loss_enabled": False,
        },
    ),
    "list_smart_trades": (
        "smart_trades",
        {"limit": 5, "scope": "active"},
        "GET",
        "/public/api/ver1/smart_trades",
        None,
    ),
    "cancel_smart_trade_order": (
        "smart_trades",
        {"smart_trade_id": 7, "step_id": "3"},
        "POST",
        "/public/api/ver1/smart_trades/7/cancel_order",
        {"step_id": "3"},
    ),
    "add_smart_trade_funds": (
        "smart_trades",
        {"smart_trade_id": 7, "quantity": "1.5", "order_type": MarketOrder(), "response_type": "smart_trade"},
        "POST",
        "/public/api/ver1/smart_trades/7/add_funds",
        {"quantity": Decimal("1.5"), "is_market": True, "response_type": "smart_trade"},
    ),
    "step_panic_sell_smart_trade": (
        "smart_trades",
        {"smart_trade_id": 7, "step_id": 3},
        "POST",
        "/public/api/ver1/smart_trades/7/step_panic_sell",
        {"step_id": 3},
    ),
    "update_smart_trade": (
        "smart_trades",
        {"smart_trade_id": 7, "note": "hi", **NO_RULES},
        "PATCH",
        "/public/api/ver1/smart_trades/7/update",
        {"note": "hi", "take_profit_enabled": False, "stop_loss_enabled": False},
    ),
    "cancel_smart_trade": (
        "smart_trades",
        {"smart_trade_id": 7},
        "POST",
        "/public/api/ver1/smart_trades/7/cancel",
        None,
    ),
    "panic_sell_smart_trade": (
        "smart_trades",
        {"smart_trade_id": 7},
        "POST",
        "/public/api/ver1/smart_trades/7/panic_sell",
        None,
    ),
    "force_process_smart_trade": (
        "smart_trades",
        {"smart_trade_id": 7},
        "POST",
        "/public/api/ver1/smart_trades/7/force_process",
        None,
    ),
}
