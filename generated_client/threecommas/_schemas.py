"""Request schemas from the spec, resolved: what the client checks arguments against."""

from typing import Any

PING_BODY: dict[str, Any] = {}
PING_QUERY: dict[str, Any] = {}
GET_TIME_BODY: dict[str, Any] = {}
GET_TIME_QUERY: dict[str, Any] = {}
CREATE_SIMPLE_SELL_BODY: dict[str, Any] = {
    "description": "Every field, typed (first), and one rule group per selector (the others).",
    "allOf": [
        {
            "type": "object",
            "properties": {
                "account_id": {"type": "integer", "description": "id from GET /ver1/accounts"},
                "pair": {"type": "string"},
                "units_to_buy": {"type": "number", "description": "Amount of units to buy"},
                "buy_price": {"type": "number"},
                "conditional_limit_price": {
                    "type": "number",
                    "description": "Order price for conditional SimpleSell with limit order",
                },
                "buy_method": {
                    "type": "string",
                    "enum": ["limit", "market", "conditional"],
                    "default": "limit",
                },
            },
            "required": ["account_id", "pair", "units_to_buy", "buy_price", "buy_method"],
        },
        {
            "description": "Rules that depend on buy_method: one variant per value of buy_method.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"buy_method": {"const": "limit"}},
                    "required": ["buy_method"],
                    "x-group-fields": ["buy_method"],
                },
                {
                    "type": "object",
                    "properties": {"buy_method": {"const": "market"}},
                    "required": ["buy_method"],
                    "x-group-fields": ["buy_method"],
                },
                {
                    "type": "object",
                    "properties": {"buy_method": {"const": "conditional"}},
                    "required": ["buy_method"],
                    "x-group-fields": ["buy_method", "conditional_limit_price"],
                },
            ],
            "discriminator": {
                "propertyName": "buy_method",
                "mapping": {
                    "limit": "#/components/schemas/BuyLimit",
                    "market": "#/components/schemas/BuyMarket",
                    "conditional": "#/components/schemas/BuyConditional",
                },
            },
            "x-selector": "buy_method",
            "x-group-name": "buy_method",
        },
    ],
}
CREATE_SIMPLE_SELL_QUERY: dict[str, Any] = {}
CREATE_SIMPLE_BUY_BODY: dict[str, Any] = {
    "description": "Every field, typed (first), and one rule group per selector (the others).",
    "allOf": [
        {
            "type": "object",
            "properties": {
                "account_id": {"type": "integer", "description": "id from GET /ver1/accounts"},
                "pair": {"type": "string"},
                "units_to_buy": {"type": "number", "description": "Amount of units to buy"},
                "buy_price": {"type": "number"},
                "conditional_limit_price": {
                    "type": "number",
                    "description": "Order price for conditional SimpleBuy with limit order",
                },
                "buy_method": {
                    "type": "string",
                    "enum": ["limit", "market", "conditional"],
                    "default": "limit",
                },
            },
            "required": ["account_id", "pair", "units_to_buy", "buy_price", "buy_method"],
        },
        {
            "description": "Rules that depend on buy_method: one variant per value of buy_method.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"buy_method": {"const": "limit"}},
                    "required": ["buy_method"],
                    "x-group-fields": ["buy_method"],
                },
                {
                    "type": "object",
                    "properties": {"buy_method": {"const": "market"}},
                    "required": ["buy_method"],
                    "x-group-fields": ["buy_method"],
                },
                {
                    "type": "object",
                    "properties": {"buy_method": {"const": "conditional"}},
                    "required": ["buy_method"],
                    "x-group-fields": ["buy_method", "conditional_limit_price"],
                },
            ],
            "discriminator": {
                "propertyName": "buy_method",
                "mapping": {
                    "limit": "#/components/schemas/BuyLimit",
                    "market": "#/components/schemas/BuyMarket",
                    "conditional": "#/components/schemas/BuyConditional",
                },
            },
            "x-selector": "buy_method",
            "x-group-name": "buy_method",
        },
    ],
}
CREATE_SIMPLE_BUY_QUERY: dict[str, Any] = {}
CREATE_SMART_SELL_BODY: dict[str, Any] = {
    "description": "Every field, typed (first), and one rule group per selector (the others).",
    "allOf": [
        {
            "type": "object",
            "properties": {
                "account_id": {"type": "integer", "description": "id from GET /ver1/accounts"},
                "pair": {"type": "string"},
                "units_to_buy": {"type": "number", "description": "Bought amount"},
                "average_buy_price": {"type": "number", "description": "Bought price"},
                "take_profit_enabled": {"type": "boolean"},
                "take_profit_type": {
                    "type": "string",
                    "enum": ["classic", "step_sell"],
                    "description": "Required if take_profit_enabled. classic - common take profit, step_sell - step sell take profit",
                },
                "take_profit_price_condition": {
                    "type": "number",
                    "description": "Required if take_profit_type = classic",
                },
                "take_profit_percentage_condition": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "description": "Required if take_profit_type = classic AND trailing_buy_enabled. Must be positive",
                },
                "take_profit_step_orders": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "percent": {"type": "number"},
                            "price": {"type": "number"},
                            "price_method": {"type": "string", "enum": ["bid", "ask", "last"]},
                            "price_percentage": {"type": "number"},
                        },
                        "required": ["percent", "price_method"],
                        "oneOf": [{"required": ["price"]}, {"required": ["price_percentage"]}],
                    },
                    "maxItems": 4,
                    "description": "Required if take_profit_type = step_sell. 4 steps max. Format: [{percent: 50, price: 100(or price_percentage = 20), price_method: bid,ask,last}, ...]",
                },
                "take_profit_price_method": {
                    "type": "string",
                    "enum": ["bid", "ask", "last"],
                    "default": "bid",
                    "description": "Price type for take profit(bid,asl,last)",
                },
                "take_profit_sell_method": {
                    "type": "string",
                    "enum": ["market", "limit"],
                    "default": "market",
                },
                "take_profit_sell_order_price": {"type": "number", "description": "Required if limit"},
                "trailing_take_profit": {"type": "boolean"},
                "trailing_take_profit_step": {
                    "type": "number",
                    "description": "require if trailing_take_profit",
                },
                "stop_loss_enabled": {"type": "boolean"},
                "stop_loss_price_condition": {
                    "type": "number",
                    "description": "Required if stop_loss_enabled",
                },
                "stop_loss_percentage_condition": {
                    "type": "number",
                    "exclusiveMaximum": 0,
                    "description": "Required if stop_loss_enabled AND trailing_buy_enabled. Must be negative",
                },
                "stop_loss_price_method": {
                    "type": "string",
                    "enum": ["bid", "ask", "last"],
                    "default": "bid",
                    "description": "Price type for stop loss",
                },
                "stop_loss_sell_method": {"type": "string", "enum": ["market", "limit"], "default": "market"},
                "stop_loss_sell_order_price": {"type": "number", "description": "Required if limit"},
                "trailing_stop_loss": {"type": "boolean"},
                "stop_loss_timeout_enabled": {"type": "boolean"},
                "stop_loss_timeout_seconds": {
                    "type": "integer",
                    "default": 300,
                    "description": "Timeout in seconds",
                },
                "note": {"type": "string"},
            },
            "required": [
                "account_id",
                "pair",
                "units_to_buy",
                "average_buy_price",
                "take_profit_enabled",
                "stop_loss_enabled",
            ],
        },
        {
            "description": "Rules that depend on take_profit_enabled: one variant per value of take_profit_enabled.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"take_profit_enabled": {"const": False}},
                    "required": ["take_profit_enabled"],
                    "x-group-fields": ["take_profit_enabled"],
                },
                {
                    "type": "object",
                    "properties": {"take_profit_enabled": {"const": True}, "take_profit_type": {}},
                    "oneOf": [
                        {
                            "type": "object",
                            "properties": {
                                "take_profit_enabled": {"const": True},
                                "take_profit_type": {"const": "classic"},
                                "take_profit_price_condition": {},
                            },
                            "required": [
                                "take_profit_enabled",
                                "take_profit_type",
                                "take_profit_price_condition",
                            ],
                            "x-required-because": {
                                "take_profit_price_condition": "Required if take_profit_type = classic"
                            },
                            "x-group-fields": [
                                "take_profit_enabled",
                                "take_profit_type",
                                "take_profit_price_condition",
                                "take_profit_percentage_condition",
                            ],
                        },
                        {
                            "type": "object",
                            "properties": {
                                "take_profit_enabled": {"const": True},
                                "take_profit_type": {"const": "step_sell"},
                                "take_profit_step_orders": {},
                            },
                            "required": [
                                "take_profit_enabled",
                                "take_profit_type",
                                "take_profit_step_orders",
                            ],
                            "x-required-because": {
                                "take_profit_step_orders": "Required if take_profit_type = step_sell"
                            },
                            "x-group-fields": [
                                "take_profit_enabled",
                                "take_profit_type",
                                "take_profit_step_orders",
                            ],
                        },
                    ],
                    "discriminator": {
                        "propertyName": "take_profit_type",
                        "mapping": {
                            "classic": "#/components/schemas/TakeProfitClassic",
                            "step_sell": "#/components/schemas/TakeProfitStepSell",
                        },
                    },
                    "required": ["take_profit_enabled", "take_profit_type"],
                    "x-required-because": {"take_profit_type": "Required if take_profit_enabled"},
                    "x-group-fields": ["take_profit_enabled"],
                },
            ],
            "x-selector": "take_profit_enabled",
            "x-group-name": "take_profit",
        },
        {
            "description": "Rules that depend on take_profit_sell_method: one variant per value of take_profit_sell_method.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"take_profit_sell_method": {"const": "market"}},
                    "x-group-fields": ["take_profit_sell_method"],
                },
                {
                    "type": "object",
                    "properties": {
                        "take_profit_sell_method": {"const": "limit"},
                        "take_profit_sell_order_price": {},
                    },
                    "required": ["take_profit_sell_method", "take_profit_sell_order_price"],
                    "x-required-because": {"take_profit_sell_order_price": "Required if limit"},
                    "x-group-fields": ["take_profit_sell_method", "take_profit_sell_order_price"],
                },
            ],
            "x-selector-default": "market",
            "x-selector": "take_profit_sell_method",
            "x-group-name": "take_profit_sell_method",
        },
        {
            "description": "Rules that depend on trailing_take_profit: one variant per value of trailing_take_profit.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"trailing_take_profit": {"const": False}},
                    "x-group-fields": ["trailing_take_profit"],
                },
                {
                    "type": "object",
                    "properties": {"trailing_take_profit": {"const": True}, "trailing_take_profit_step": {}},
                    "required": ["trailing_take_profit", "trailing_take_profit_step"],
                    "x-required-because": {"trailing_take_profit_step": "require if trailing_take_profit"},
                    "x-group-fields": ["trailing_take_profit", "trailing_take_profit_step"],
                },
            ],
            "x-selector-default": False,
            "x-selector": "trailing_take_profit",
            "x-group-name": "trailing_take_profit",
        },
        {
            "description": "Rules that depend on stop_loss_enabled: one variant per value of stop_loss_enabled.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"stop_loss_enabled": {"const": False}},
                    "required": ["stop_loss_enabled"],
                    "x-group-fields": ["stop_loss_enabled"],
                },
                {
                    "type": "object",
                    "properties": {"stop_loss_enabled": {"const": True}, "stop_loss_price_condition": {}},
                    "required": ["stop_loss_enabled", "stop_loss_price_condition"],
                    "x-required-because": {"stop_loss_price_condition": "Required if stop_loss_enabled"},
                    "x-group-fields": [
                        "stop_loss_enabled",
                        "stop_loss_price_condition",
                        "stop_loss_percentage_condition",
                    ],
                },
            ],
            "x-selector": "stop_loss_enabled",
            "x-group-name": "stop_loss",
        },
        {
            "description": "Rules that depend on stop_loss_sell_method: one variant per value of stop_loss_sell_method.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"stop_loss_sell_method": {"const": "market"}},
                    "x-group-fields": ["stop_loss_sell_method"],
                },
                {
                    "type": "object",
                    "properties": {
                        "stop_loss_sell_method": {"const": "limit"},
                        "stop_loss_sell_order_price": {},
                    },
                    "required": ["stop_loss_sell_method", "stop_loss_sell_order_price"],
                    "x-required-because": {"stop_loss_sell_order_price": "Required if limit"},
                    "x-group-fields": ["stop_loss_sell_method", "stop_loss_sell_order_price"],
                },
            ],
            "x-selector-default": "market",
            "x-selector": "stop_loss_sell_method",
            "x-group-name": "stop_loss_sell_method",
        },
    ],
}
CREATE_SMART_SELL_QUERY: dict[str, Any] = {}
CREATE_SMART_COVER_BODY: dict[str, Any] = {
    "description": "Every field, typed (first), and one rule group per selector (the others).",
    "allOf": [
        {
            "type": "object",
            "properties": {
                "account_id": {"type": "integer", "description": "id from GET /ver1/accounts"},
                "pair": {"type": "string"},
                "units_to_buy": {"type": "number", "description": "Amount of units to buy"},
                "buy_price": {"type": "number"},
                "conditional_limit_price": {
                    "type": "number",
                    "description": "Order price for conditional SmartCover with limit order",
                },
                "buy_method": {
                    "type": "string",
                    "enum": ["limit", "market", "conditional"],
                    "default": "limit",
                },
                "trailing_buy_enabled": {"type": "boolean"},
                "trailing_buy_step": {
                    "type": "number",
                    "default": 5.0,
                    "description": "Required if trailing_buy_enabled",
                },
                "take_profit_enabled": {"type": "boolean"},
                "take_profit_type": {
                    "type": "string",
                    "enum": ["classic", "step_sell"],
                    "description": "Required if take_profit_enabled. classic - common take profit, step_sell - step sell take profit",
                },
                "take_profit_price_condition": {
                    "type": "number",
                    "description": "Required if take_profit_type = classic",
                },
                "take_profit_percentage_condition": {
                    "type": "number",
                    "exclusiveMaximum": 0,
                    "description": "Required if take_profit_type = classic AND trailing_buy_enabled. Must be negative",
                },
                "take_profit_step_orders": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "percent": {"type": "number"},
                            "price": {"type": "number"},
                            "price_method": {"type": "string", "enum": ["bid", "ask", "last"]},
                            "price_percentage": {"type": "number"},
                        },
                        "required": ["percent", "price_method"],
                        "oneOf": [{"required": ["price"]}, {"required": ["price_percentage"]}],
                    },
                    "maxItems": 4,
                    "description": "Required if take_profit_type = step_sell. 4 steps max. Format: [{percent: 50, price: 100(or price_percentage = 20), price_method: bid,ask,last}, ...]",
                },
                "take_profit_price_method": {
                    "type": "string",
                    "enum": ["bid", "ask", "last"],
                    "default": "bid",
                    "description": "Price type for take profit",
                },
                "take_profit_sell_method": {
                    "type": "string",
                    "enum": ["market", "limit"],
                    "default": "market",
                },
                "take_profit_sell_order_price": {"type": "number", "description": "Required if limit"},
                "trailing_take_profit": {"type": "boolean"},
                "trailing_take_profit_step": {
                    "type": "number",
                    "description": "require if trailing_take_profit",
                },
                "stop_loss_enabled": {"type": "boolean"},
                "stop_loss_price_condition": {
                    "type": "number",
                    "description": "Required if stop_loss_enabled",
                },
                "stop_loss_percentage_condition": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "description": "Required if stop_loss_enabled AND trailing_buy_enabled. Must Be positive",
                },
                "stop_loss_price_method": {
                    "type": "string",
                    "enum": ["bid", "ask", "last"],
                    "default": "bid",
                    "description": "Price type for stop loss",
                },
                "stop_loss_sell_method": {"type": "string", "enum": ["market", "limit"], "default": "market"},
                "stop_loss_sell_order_price": {"type": "number", "description": "Required if limit"},
                "trailing_stop_loss": {"type": "boolean"},
                "stop_loss_timeout_enabled": {"type": "boolean"},
                "stop_loss_timeout_seconds": {
                    "type": "integer",
                    "default": 300,
                    "description": "timeout in seconds",
                },
                "note": {"type": "string"},
            },
            "required": [
                "account_id",
                "pair",
                "units_to_buy",
                "buy_price",
                "take_profit_enabled",
                "stop_loss_enabled",
            ],
        },
        {
            "description": "Rules that depend on buy_method: one variant per value of buy_method.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"buy_method": {"const": "limit"}},
                    "x-group-fields": ["buy_method"],
                },
                {
                    "type": "object",
                    "properties": {"buy_method": {"const": "market"}},
                    "required": ["buy_method"],
                    "x-group-fields": ["buy_method"],
                },
                {
                    "type": "object",
                    "properties": {"buy_method": {"const": "conditional"}},
                    "required": ["buy_method"],
                    "x-group-fields": ["buy_method", "conditional_limit_price"],
                },
            ],
            "x-selector-default": "limit",
            "x-selector": "buy_method",
            "x-group-name": "buy_method",
        },
        {
            "description": "Rules that depend on trailing_buy_enabled: one variant per value of trailing_buy_enabled.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"trailing_buy_enabled": {"const": False}},
                    "x-group-fields": ["trailing_buy_enabled"],
                },
                {
                    "type": "object",
                    "properties": {"trailing_buy_enabled": {"const": True}, "trailing_buy_step": {}},
                    "required": ["trailing_buy_enabled", "trailing_buy_step"],
                    "x-required-because": {"trailing_buy_step": "Required if trailing_buy_enabled"},
                    "allOf": [
                        {
                            "description": "Required if take_profit_type = classic AND trailing_buy_enabled",
                            "if": {
                                "properties": {
                                    "take_profit_enabled": {"const": True},
                                    "take_profit_type": {"const": "classic"},
                                },
                                "required": ["take_profit_enabled", "take_profit_type"],
                            },
                            "then": {
                                "properties": {"take_profit_percentage_condition": {}},
                                "required": ["take_profit_percentage_condition"],
                            },
                        },
                        {
                            "description": "Required if stop_loss_enabled AND trailing_buy_enabled",
                            "if": {
                                "properties": {"stop_loss_enabled": {"const": True}},
                                "required": ["stop_loss_enabled"],
                            },
                            "then": {
                                "properties": {"stop_loss_percentage_condition": {}},
                                "required": ["stop_loss_percentage_condition"],
                            },
                        },
                    ],
                    "x-group-fields": ["trailing_buy_enabled", "trailing_buy_step"],
                },
            ],
            "x-selector-default": False,
            "x-selector": "trailing_buy_enabled",
            "x-group-name": "trailing_buy",
        },
        {
            "description": "Rules that depend on take_profit_enabled: one variant per value of take_profit_enabled.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"take_profit_enabled": {"const": False}},
                    "required": ["take_profit_enabled"],
                    "x-group-fields": ["take_profit_enabled"],
                },
                {
                    "type": "object",
                    "properties": {"take_profit_enabled": {"const": True}, "take_profit_type": {}},
                    "oneOf": [
                        {
                            "type": "object",
                            "properties": {
                                "take_profit_enabled": {"const": True},
                                "take_profit_type": {"const": "classic"},
                                "take_profit_price_condition": {},
                            },
                            "required": [
                                "take_profit_enabled",
                                "take_profit_type",
                                "take_profit_price_condition",
                            ],
                            "x-required-because": {
                                "take_profit_price_condition": "Required if take_profit_type = classic"
                            },
                            "x-group-fields": [
                                "take_profit_enabled",
                                "take_profit_type",
                                "take_profit_price_condition",
                                "take_profit_percentage_condition",
                            ],
                        },
                        {
                            "type": "object",
                            "properties": {
                                "take_profit_enabled": {"const": True},
                                "take_profit_type": {"const": "step_sell"},
                                "take_profit_step_orders": {},
                            },
                            "required": [
                                "take_profit_enabled",
                                "take_profit_type",
                                "take_profit_step_orders",
                            ],
                            "x-required-because": {
                                "take_profit_step_orders": "Required if take_profit_type = step_sell"
                            },
                            "x-group-fields": [
                                "take_profit_enabled",
                                "take_profit_type",
                                "take_profit_step_orders",
                            ],
                        },
                    ],
                    "discriminator": {
                        "propertyName": "take_profit_type",
                        "mapping": {
                            "classic": "#/components/schemas/TakeProfitClassic",
                            "step_sell": "#/components/schemas/TakeProfitStepSell",
                        },
                    },
                    "required": ["take_profit_enabled", "take_profit_type"],
                    "x-required-because": {"take_profit_type": "Required if take_profit_enabled"},
                    "x-group-fields": ["take_profit_enabled"],
                },
            ],
            "x-selector": "take_profit_enabled",
            "x-group-name": "take_profit",
        },
        {
            "description": "Rules that depend on take_profit_sell_method: one variant per value of take_profit_sell_method.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"take_profit_sell_method": {"const": "market"}},
                    "x-group-fields": ["take_profit_sell_method"],
                },
                {
                    "type": "object",
                    "properties": {
                        "take_profit_sell_method": {"const": "limit"},
                        "take_profit_sell_order_price": {},
                    },
                    "required": ["take_profit_sell_method", "take_profit_sell_order_price"],
                    "x-required-because": {"take_profit_sell_order_price": "Required if limit"},
                    "x-group-fields": ["take_profit_sell_method", "take_profit_sell_order_price"],
                },
            ],
            "x-selector-default": "market",
            "x-selector": "take_profit_sell_method",
            "x-group-name": "take_profit_sell_method",
        },
        {
            "description": "Rules that depend on trailing_take_profit: one variant per value of trailing_take_profit.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"trailing_take_profit": {"const": False}},
                    "x-group-fields": ["trailing_take_profit"],
                },
                {
                    "type": "object",
                    "properties": {"trailing_take_profit": {"const": True}, "trailing_take_profit_step": {}},
                    "required": ["trailing_take_profit", "trailing_take_profit_step"],
                    "x-required-because": {"trailing_take_profit_step": "require if trailing_take_profit"},
                    "x-group-fields": ["trailing_take_profit", "trailing_take_profit_step"],
                },
            ],
            "x-selector-default": False,
            "x-selector": "trailing_take_profit",
            "x-group-name": "trailing_take_profit",
        },
        {
            "description": "Rules that depend on stop_loss_enabled: one variant per value of stop_loss_enabled.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"stop_loss_enabled": {"const": False}},
                    "required": ["stop_loss_enabled"],
                    "x-group-fields": ["stop_loss_enabled"],
                },
                {
                    "type": "object",
                    "properties": {"stop_loss_enabled": {"const": True}, "stop_loss_price_condition": {}},
                    "required": ["stop_loss_enabled", "stop_loss_price_condition"],
                    "x-required-because": {"stop_loss_price_condition": "Required if stop_loss_enabled"},
                    "x-group-fields": [
                        "stop_loss_enabled",
                        "stop_loss_price_condition",
                        "stop_loss_percentage_condition",
                    ],
                },
            ],
            "x-selector": "stop_loss_enabled",
            "x-group-name": "stop_loss",
        },
        {
            "description": "Rules that depend on stop_loss_sell_method: one variant per value of stop_loss_sell_method.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"stop_loss_sell_method": {"const": "market"}},
                    "x-group-fields": ["stop_loss_sell_method"],
                },
                {
                    "type": "object",
                    "properties": {
                        "stop_loss_sell_method": {"const": "limit"},
                        "stop_loss_sell_order_price": {},
                    },
                    "required": ["stop_loss_sell_method", "stop_loss_sell_order_price"],
                    "x-required-because": {"stop_loss_sell_order_price": "Required if limit"},
                    "x-group-fields": ["stop_loss_sell_method", "stop_loss_sell_order_price"],
                },
            ],
            "x-selector-default": "market",
            "x-selector": "stop_loss_sell_method",
            "x-group-name": "stop_loss_sell_method",
        },
    ],
}
CREATE_SMART_COVER_QUERY: dict[str, Any] = {}
CREATE_SMART_TRADE_BODY: dict[str, Any] = {
    "description": "Every field, typed (first), and one rule group per selector (the others).",
    "allOf": [
        {
            "type": "object",
            "properties": {
                "account_id": {"type": "integer", "description": "id from GET /ver1/accounts"},
                "pair": {"type": "string"},
                "units_to_buy": {"type": "number", "description": "Amount of units to buy"},
                "buy_price": {"type": "number"},
                "conditional_limit_price": {
                    "type": "number",
                    "description": "Order price for conditional SmartTrade with limit order",
                },
                "buy_method": {
                    "type": "string",
                    "enum": ["limit", "market", "conditional"],
                    "default": "limit",
                },
                "trailing_buy_enabled": {"type": "boolean"},
                "trailing_buy_step": {
                    "type": "number",
                    "default": 5.0,
                    "description": "Required if trailing_buy_enabled",
                },
                "take_profit_enabled": {"type": "boolean"},
                "take_profit_type": {
                    "type": "string",
                    "enum": ["classic", "step_sell"],
                    "description": "Required if take_profit_enabled. classic - common take profit, step_sell - step sell take profit",
                },
                "take_profit_price_condition": {
                    "type": "number",
                    "description": "Required if take_profit_type = classic",
                },
                "take_profit_percentage_condition": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "description": "Required if take_profit_type = classic AND trailing_buy_enabled. Must be positive",
                },
                "take_profit_step_orders": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "percent": {"type": "number"},
                            "price": {"type": "number"},
                            "price_method": {"type": "string", "enum": ["bid", "ask", "last"]},
                            "price_percentage": {"type": "number"},
                        },
                        "required": ["percent", "price_method"],
                        "oneOf": [{"required": ["price"]}, {"required": ["price_percentage"]}],
                    },
                    "maxItems": 4,
                    "description": "Required if take_profit_type = step_sell. 4 steps max. Format: [{percent: 50, price: 100(or price_percentage = 20), price_method: bid,ask,last}, ...]",
                },
                "take_profit_price_method": {
                    "type": "string",
                    "enum": ["bid", "ask", "last"],
                    "default": "bid",
                    "description": "Price type for take profit",
                },
                "take_profit_sell_method": {
                    "type": "string",
                    "enum": ["market", "limit"],
                    "default": "market",
                },
                "take_profit_sell_order_price": {"type": "number", "description": "Required if limit"},
                "trailing_take_profit": {"type": "boolean"},
                "trailing_take_profit_step": {
                    "type": "number",
                    "description": "require if trailing_take_profit",
                },
                "stop_loss_enabled": {"type": "boolean"},
                "stop_loss_price_condition": {
                    "type": "number",
                    "description": "Required if stop_loss_enabled",
                },
                "stop_loss_percentage_condition": {
                    "type": "number",
                    "exclusiveMaximum": 0,
                    "description": "Required if stop_loss_enabled AND trailing_buy_enabled. Must be negative",
                },
                "stop_loss_price_method": {
                    "type": "string",
                    "enum": ["bid", "ask", "last"],
                    "default": "bid",
                    "description": "Price type for stop loss",
                },
                "stop_loss_sell_method": {"type": "string", "enum": ["market", "limit"], "default": "market"},
                "stop_loss_sell_order_price": {"type": "number", "description": "Required if limit"},
                "trailing_stop_loss": {"type": "boolean"},
                "stop_loss_timeout_enabled": {"type": "boolean"},
                "stop_loss_timeout_seconds": {
                    "type": "integer",
                    "default": 300,
                    "description": "timeout in seconds",
                },
                "note": {"type": "string"},
            },
            "required": [
                "account_id",
                "pair",
                "units_to_buy",
                "buy_price",
                "take_profit_enabled",
                "stop_loss_enabled",
            ],
        },
        {
            "description": "Rules that depend on buy_method: one variant per value of buy_method.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"buy_method": {"const": "limit"}},
                    "x-group-fields": ["buy_method"],
                },
                {
                    "type": "object",
                    "properties": {"buy_method": {"const": "market"}},
                    "required": ["buy_method"],
                    "x-group-fields": ["buy_method"],
                },
                {
                    "type": "object",
                    "properties": {"buy_method": {"const": "conditional"}},
                    "required": ["buy_method"],
                    "x-group-fields": ["buy_method", "conditional_limit_price"],
                },
            ],
            "x-selector-default": "limit",
            "x-selector": "buy_method",
            "x-group-name": "buy_method",
        },
        {
            "description": "Rules that depend on trailing_buy_enabled: one variant per value of trailing_buy_enabled.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"trailing_buy_enabled": {"const": False}},
                    "x-group-fields": ["trailing_buy_enabled"],
                },
                {
                    "type": "object",
                    "properties": {"trailing_buy_enabled": {"const": True}, "trailing_buy_step": {}},
                    "required": ["trailing_buy_enabled", "trailing_buy_step"],
                    "x-required-because": {"trailing_buy_step": "Required if trailing_buy_enabled"},
                    "allOf": [
                        {
                            "description": "Required if take_profit_type = classic AND trailing_buy_enabled",
                            "if": {
                                "properties": {
                                    "take_profit_enabled": {"const": True},
                                    "take_profit_type": {"const": "classic"},
                                },
                                "required": ["take_profit_enabled", "take_profit_type"],
                            },
                            "then": {
                                "properties": {"take_profit_percentage_condition": {}},
                                "required": ["take_profit_percentage_condition"],
                            },
                        },
                        {
                            "description": "Required if stop_loss_enabled AND trailing_buy_enabled",
                            "if": {
                                "properties": {"stop_loss_enabled": {"const": True}},
                                "required": ["stop_loss_enabled"],
                            },
                            "then": {
                                "properties": {"stop_loss_percentage_condition": {}},
                                "required": ["stop_loss_percentage_condition"],
                            },
                        },
                    ],
                    "x-group-fields": ["trailing_buy_enabled", "trailing_buy_step"],
                },
            ],
            "x-selector-default": False,
            "x-selector": "trailing_buy_enabled",
            "x-group-name": "trailing_buy",
        },
        {
            "description": "Rules that depend on take_profit_enabled: one variant per value of take_profit_enabled.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"take_profit_enabled": {"const": False}},
                    "required": ["take_profit_enabled"],
                    "x-group-fields": ["take_profit_enabled"],
                },
                {
                    "type": "object",
                    "properties": {"take_profit_enabled": {"const": True}, "take_profit_type": {}},
                    "oneOf": [
                        {
                            "type": "object",
                            "properties": {
                                "take_profit_enabled": {"const": True},
                                "take_profit_type": {"const": "classic"},
                                "take_profit_price_condition": {},
                            },
                            "required": [
                                "take_profit_enabled",
                                "take_profit_type",
                                "take_profit_price_condition",
                            ],
                            "x-required-because": {
                                "take_profit_price_condition": "Required if take_profit_type = classic"
                            },
                            "x-group-fields": [
                                "take_profit_enabled",
                                "take_profit_type",
                                "take_profit_price_condition",
                                "take_profit_percentage_condition",
                            ],
                        },
                        {
                            "type": "object",
                            "properties": {
                                "take_profit_enabled": {"const": True},
                                "take_profit_type": {"const": "step_sell"},
                                "take_profit_step_orders": {},
                            },
                            "required": [
                                "take_profit_enabled",
                                "take_profit_type",
                                "take_profit_step_orders",
                            ],
                            "x-required-because": {
                                "take_profit_step_orders": "Required if take_profit_type = step_sell"
                            },
                            "x-group-fields": [
                                "take_profit_enabled",
                                "take_profit_type",
                                "take_profit_step_orders",
                            ],
                        },
                    ],
                    "discriminator": {
                        "propertyName": "take_profit_type",
                        "mapping": {
                            "classic": "#/components/schemas/TakeProfitClassic",
                            "step_sell": "#/components/schemas/TakeProfitStepSell",
                        },
                    },
                    "required": ["take_profit_enabled", "take_profit_type"],
                    "x-required-because": {"take_profit_type": "Required if take_profit_enabled"},
                    "x-group-fields": ["take_profit_enabled"],
                },
            ],
            "x-selector": "take_profit_enabled",
            "x-group-name": "take_profit",
        },
        {
            "description": "Rules that depend on take_profit_sell_method: one variant per value of take_profit_sell_method.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"take_profit_sell_method": {"const": "market"}},
                    "x-group-fields": ["take_profit_sell_method"],
                },
                {
                    "type": "object",
                    "properties": {
                        "take_profit_sell_method": {"const": "limit"},
                        "take_profit_sell_order_price": {},
                    },
                    "required": ["take_profit_sell_method", "take_profit_sell_order_price"],
                    "x-required-because": {"take_profit_sell_order_price": "Required if limit"},
                    "x-group-fields": ["take_profit_sell_method", "take_profit_sell_order_price"],
                },
            ],
            "x-selector-default": "market",
            "x-selector": "take_profit_sell_method",
            "x-group-name": "take_profit_sell_method",
        },
        {
            "description": "Rules that depend on trailing_take_profit: one variant per value of trailing_take_profit.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"trailing_take_profit": {"const": False}},
                    "x-group-fields": ["trailing_take_profit"],
                },
                {
                    "type": "object",
                    "properties": {"trailing_take_profit": {"const": True}, "trailing_take_profit_step": {}},
                    "required": ["trailing_take_profit", "trailing_take_profit_step"],
                    "x-required-because": {"trailing_take_profit_step": "require if trailing_take_profit"},
                    "x-group-fields": ["trailing_take_profit", "trailing_take_profit_step"],
                },
            ],
            "x-selector-default": False,
            "x-selector": "trailing_take_profit",
            "x-group-name": "trailing_take_profit",
        },
        {
            "description": "Rules that depend on stop_loss_enabled: one variant per value of stop_loss_enabled.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"stop_loss_enabled": {"const": False}},
                    "required": ["stop_loss_enabled"],
                    "x-group-fields": ["stop_loss_enabled"],
                },
                {
                    "type": "object",
                    "properties": {"stop_loss_enabled": {"const": True}, "stop_loss_price_condition": {}},
                    "required": ["stop_loss_enabled", "stop_loss_price_condition"],
                    "x-required-because": {"stop_loss_price_condition": "Required if stop_loss_enabled"},
                    "x-group-fields": [
                        "stop_loss_enabled",
                        "stop_loss_price_condition",
                        "stop_loss_percentage_condition",
                    ],
                },
            ],
            "x-selector": "stop_loss_enabled",
            "x-group-name": "stop_loss",
        },
        {
            "description": "Rules that depend on stop_loss_sell_method: one variant per value of stop_loss_sell_method.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"stop_loss_sell_method": {"const": "market"}},
                    "x-group-fields": ["stop_loss_sell_method"],
                },
                {
                    "type": "object",
                    "properties": {
                        "stop_loss_sell_method": {"const": "limit"},
                        "stop_loss_sell_order_price": {},
                    },
                    "required": ["stop_loss_sell_method", "stop_loss_sell_order_price"],
                    "x-required-because": {"stop_loss_sell_order_price": "Required if limit"},
                    "x-group-fields": ["stop_loss_sell_method", "stop_loss_sell_order_price"],
                },
            ],
            "x-selector-default": "market",
            "x-selector": "stop_loss_sell_method",
            "x-group-name": "stop_loss_sell_method",
        },
    ],
}
CREATE_SMART_TRADE_QUERY: dict[str, Any] = {}
LIST_SMART_TRADES_BODY: dict[str, Any] = {}
LIST_SMART_TRADES_QUERY: dict[str, Any] = {
    "type": "object",
    "properties": {
        "limit": {"type": "integer", "description": "Limit records"},
        "offset": {"type": "integer", "description": "Offset records"},
        "account_id": {
            "type": "integer",
            "description": "Account to show smart_trades on. Pass null (default) - show all",
        },
        "scope": {
            "type": "string",
            "description": "active - show only active trades, finished - history of closed trades, cancelled - cancelled trades, failed - failed trades, any other value or null (default) - all trades",
            "minLength": 1,
        },
        "type": {
            "type": "string",
            "description": "SmartTrade::SmartSale , SmartTrade::Classic , SmartTrade::ConditionalBuy",
            "minLength": 1,
        },
        "order": {"type": "string", "enum": ["created_at", "closed_at"], "default": "created_at"},
    },
    "required": [],
}
CANCEL_SMART_TRADE_ORDER_BODY: dict[str, Any] = {
    "type": "object",
    "properties": {"step_id": {"type": "string", "description": "SmartTrade step id to cancel"}},
    "required": ["step_id"],
}
CANCEL_SMART_TRADE_ORDER_QUERY: dict[str, Any] = {}
ADD_SMART_TRADE_FUNDS_BODY: dict[str, Any] = {
    "description": "Every field, typed (first), and one rule group per selector (the others).",
    "allOf": [
        {
            "type": "object",
            "properties": {
                "quantity": {"type": "number", "description": "buy order quantity"},
                "is_market": {
                    "type": "boolean",
                    "description": "true - use MARKET order, false - use LIMIT order",
                },
                "response_type": {
                    "type": "string",
                    "enum": ["smart_trade", "empty", "order", "step"],
                    "default": "empty",
                },
                "rate": {"type": "number", "description": "buy order rate. Required if LIMIT order used"},
            },
            "required": ["quantity", "is_market"],
        },
        {
            "description": "Rules that depend on is_market: one variant per value of is_market.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"is_market": {"const": False}, "rate": {}},
                    "required": ["is_market", "rate"],
                    "x-required-because": {"rate": "Required if LIMIT order used"},
                    "x-group-fields": ["is_market", "rate"],
                },
                {
                    "type": "object",
                    "properties": {"is_market": {"const": True}},
                    "required": ["is_market"],
                    "x-group-fields": ["is_market"],
                },
            ],
            "x-selector": "is_market",
            "x-group-name": "order_type",
        },
    ],
}
ADD_SMART_TRADE_FUNDS_QUERY: dict[str, Any] = {}
STEP_PANIC_SELL_SMART_TRADE_BODY: dict[str, Any] = {
    "type": "object",
    "properties": {"step_id": {"type": "integer"}},
    "required": ["step_id"],
}
STEP_PANIC_SELL_SMART_TRADE_QUERY: dict[str, Any] = {}
UPDATE_SMART_TRADE_BODY: dict[str, Any] = {
    "description": "Every field, typed (first), and one rule group per selector (the others).",
    "allOf": [
        {
            "type": "object",
            "properties": {
                "buy_price": {
                    "type": "number",
                    "x-available-if": "Conditional SmartTrade",
                    "description": "Available if Conditional SmartTrade",
                },
                "conditional_limit_price": {"type": "number"},
                "average_buy_price": {
                    "type": "number",
                    "x-available-if": "SmartSale",
                    "description": "Available if SmartSale",
                },
                "trailing_buy_enabled": {
                    "type": "boolean",
                    "x-available-if": "Conditional SmartTrade",
                    "description": "Available if Conditional SmartTrade",
                },
                "trailing_buy_step": {
                    "type": "number",
                    "x-available-if": "trailing_buy_enabled",
                    "description": "Available if trailing_buy_enabled",
                },
                "take_profit_enabled": {"type": "boolean"},
                "take_profit_type": {
                    "type": "string",
                    "enum": ["classic", "step_sell"],
                    "description": "Required if take_profit_enabled. classic - common take profit, step_sell - step sell take profit",
                },
                "take_profit_price_condition": {
                    "type": "number",
                    "description": "Required if take_profit_type = classic",
                },
                "take_profit_percentage_condition": {
                    "type": "number",
                    "description": "Required if take_profit_type = classic AND trailing_buy_enabled",
                },
                "take_profit_step_orders": {
                    "type": ["array", "null"],
                    "items": {
                        "type": "object",
                        "properties": {
                            "percent": {"type": "number"},
                            "price": {"type": "number"},
                            "position": {"type": "integer", "minimum": 1},
                            "price_method": {"type": "string"},
                            "price_percentage": {"type": "number"},
                        },
                    },
                    "x-available-if": "take_profit_type = step_sell",
                    "x-unique-item-field": "position",
                    "description": "Available if take_profit_type = step_sell. If null - steps won't be changed. In order to apply changes - send a new set of steps, which contains new and previous steps that were not edited. Position must be unique(for new and previous steps in SmartTrade scope) and greater then 0",
                },
                "take_profit_price_method": {
                    "type": "string",
                    "enum": ["bid", "ask", "last"],
                    "default": "bid",
                    "description": "Price type for take profit(bid,asl,last)",
                },
                "take_profit_sell_method": {
                    "type": "string",
                    "enum": ["market", "limit"],
                    "default": "market",
                },
                "take_profit_sell_order_price": {"type": "number", "description": "Required if limit"},
                "trailing_take_profit": {"type": "boolean"},
                "trailing_take_profit_step": {
                    "type": "number",
                    "description": "require if trailing_take_profit",
                },
                "stop_loss_enabled": {"type": "boolean"},
                "stop_loss_price_condition": {
                    "type": "number",
                    "description": "Required if stop_loss_enabled",
                },
                "stop_loss_percentage_condition": {
                    "type": "number",
                    "description": "Required if stop_loss_enabled AND trailing_buy_enabled",
                },
                "stop_loss_price_method": {
                    "type": "string",
                    "enum": ["bid", "ask", "last"],
                    "default": "bid",
                    "description": "Price type for stop loss",
                },
                "stop_loss_sell_method": {"type": "string", "enum": ["market", "limit"], "default": "market"},
                "stop_loss_sell_order_price": {"type": "number", "description": "Required if limit"},
                "trailing_stop_loss": {"type": "boolean"},
                "stop_loss_timeout_enabled": {"type": "boolean"},
                "stop_loss_timeout_seconds": {
                    "type": "integer",
                    "default": 300,
                    "description": "Timeout in seconds",
                },
                "note": {"type": "string"},
            },
            "required": ["take_profit_enabled", "stop_loss_enabled"],
        },
        {
            "description": "Rules that depend on trailing_buy_enabled: one variant per value of trailing_buy_enabled.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"trailing_buy_enabled": {"const": False}},
                    "x-group-fields": ["trailing_buy_enabled"],
                },
                {
                    "type": "object",
                    "properties": {"trailing_buy_enabled": {"const": True}},
                    "required": ["trailing_buy_enabled"],
                    "allOf": [
                        {
                            "description": "Required if take_profit_type = classic AND trailing_buy_enabled",
                            "if": {
                                "properties": {
                                    "take_profit_enabled": {"const": True},
                                    "take_profit_type": {"const": "classic"},
                                },
                                "required": ["take_profit_enabled", "take_profit_type"],
                            },
                            "then": {
                                "properties": {"take_profit_percentage_condition": {}},
                                "required": ["take_profit_percentage_condition"],
                            },
                        },
                        {
                            "description": "Required if stop_loss_enabled AND trailing_buy_enabled",
                            "if": {
                                "properties": {"stop_loss_enabled": {"const": True}},
                                "required": ["stop_loss_enabled"],
                            },
                            "then": {
                                "properties": {"stop_loss_percentage_condition": {}},
                                "required": ["stop_loss_percentage_condition"],
                            },
                        },
                    ],
                    "x-group-fields": ["trailing_buy_enabled"],
                },
            ],
            "x-selector-default": False,
            "x-selector": "trailing_buy_enabled",
            "x-group-name": "trailing_buy",
        },
        {
            "description": "Rules that depend on take_profit_enabled: one variant per value of take_profit_enabled.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"take_profit_enabled": {"const": False}},
                    "required": ["take_profit_enabled"],
                    "x-group-fields": ["take_profit_enabled"],
                },
                {
                    "type": "object",
                    "properties": {"take_profit_enabled": {"const": True}, "take_profit_type": {}},
                    "oneOf": [
                        {
                            "type": "object",
                            "properties": {
                                "take_profit_enabled": {"const": True},
                                "take_profit_type": {"const": "classic"},
                                "take_profit_price_condition": {},
                            },
                            "required": [
                                "take_profit_enabled",
                                "take_profit_type",
                                "take_profit_price_condition",
                            ],
                            "x-required-because": {
                                "take_profit_price_condition": "Required if take_profit_type = classic"
                            },
                            "x-group-fields": [
                                "take_profit_enabled",
                                "take_profit_type",
                                "take_profit_price_condition",
                                "take_profit_percentage_condition",
                            ],
                        },
                        {
                            "type": "object",
                            "properties": {
                                "take_profit_enabled": {"const": True},
                                "take_profit_type": {"const": "step_sell"},
                            },
                            "required": ["take_profit_enabled", "take_profit_type"],
                            "x-group-fields": ["take_profit_enabled", "take_profit_type"],
                        },
                    ],
                    "discriminator": {
                        "propertyName": "take_profit_type",
                        "mapping": {
                            "classic": "#/components/schemas/TakeProfitClassic",
                            "step_sell": "#/components/schemas/UpdateSmartTradeTakeProfitStepSell",
                        },
                    },
                    "required": ["take_profit_enabled", "take_profit_type"],
                    "x-required-because": {"take_profit_type": "Required if take_profit_enabled"},
                    "x-group-fields": ["take_profit_enabled"],
                },
            ],
            "x-selector": "take_profit_enabled",
            "x-group-name": "take_profit",
        },
        {
            "description": "Rules that depend on take_profit_sell_method: one variant per value of take_profit_sell_method.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"take_profit_sell_method": {"const": "market"}},
                    "x-group-fields": ["take_profit_sell_method"],
                },
                {
                    "type": "object",
                    "properties": {
                        "take_profit_sell_method": {"const": "limit"},
                        "take_profit_sell_order_price": {},
                    },
                    "required": ["take_profit_sell_method", "take_profit_sell_order_price"],
                    "x-required-because": {"take_profit_sell_order_price": "Required if limit"},
                    "x-group-fields": ["take_profit_sell_method", "take_profit_sell_order_price"],
                },
            ],
            "x-selector-default": "market",
            "x-selector": "take_profit_sell_method",
            "x-group-name": "take_profit_sell_method",
        },
        {
            "description": "Rules that depend on trailing_take_profit: one variant per value of trailing_take_profit.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"trailing_take_profit": {"const": False}},
                    "x-group-fields": ["trailing_take_profit"],
                },
                {
                    "type": "object",
                    "properties": {"trailing_take_profit": {"const": True}, "trailing_take_profit_step": {}},
                    "required": ["trailing_take_profit", "trailing_take_profit_step"],
                    "x-required-because": {"trailing_take_profit_step": "require if trailing_take_profit"},
                    "x-group-fields": ["trailing_take_profit", "trailing_take_profit_step"],
                },
            ],
            "x-selector-default": False,
            "x-selector": "trailing_take_profit",
            "x-group-name": "trailing_take_profit",
        },
        {
            "description": "Rules that depend on stop_loss_enabled: one variant per value of stop_loss_enabled.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"stop_loss_enabled": {"const": False}},
                    "required": ["stop_loss_enabled"],
                    "x-group-fields": ["stop_loss_enabled"],
                },
                {
                    "type": "object",
                    "properties": {"stop_loss_enabled": {"const": True}, "stop_loss_price_condition": {}},
                    "required": ["stop_loss_enabled", "stop_loss_price_condition"],
                    "x-required-because": {"stop_loss_price_condition": "Required if stop_loss_enabled"},
                    "x-group-fields": [
                        "stop_loss_enabled",
                        "stop_loss_price_condition",
                        "stop_loss_percentage_condition",
                    ],
                },
            ],
            "x-selector": "stop_loss_enabled",
            "x-group-name": "stop_loss",
        },
        {
            "description": "Rules that depend on stop_loss_sell_method: one variant per value of stop_loss_sell_method.",
            "oneOf": [
                {
                    "type": "object",
                    "properties": {"stop_loss_sell_method": {"const": "market"}},
                    "x-group-fields": ["stop_loss_sell_method"],
                },
                {
                    "type": "object",
                    "properties": {
                        "stop_loss_sell_method": {"const": "limit"},
                        "stop_loss_sell_order_price": {},
                    },
                    "required": ["stop_loss_sell_method", "stop_loss_sell_order_price"],
                    "x-required-because": {"stop_loss_sell_order_price": "Required if limit"},
                    "x-group-fields": ["stop_loss_sell_method", "stop_loss_sell_order_price"],
                },
            ],
            "x-selector-default": "market",
            "x-selector": "stop_loss_sell_method",
            "x-group-name": "stop_loss_sell_method",
        },
    ],
}
UPDATE_SMART_TRADE_QUERY: dict[str, Any] = {}
CANCEL_SMART_TRADE_BODY: dict[str, Any] = {}
CANCEL_SMART_TRADE_QUERY: dict[str, Any] = {}
PANIC_SELL_SMART_TRADE_BODY: dict[str, Any] = {}
PANIC_SELL_SMART_TRADE_QUERY: dict[str, Any] = {}
FORCE_PROCESS_SMART_TRADE_BODY: dict[str, Any] = {}
FORCE_PROCESS_SMART_TRADE_QUERY: dict[str, Any] = {}
