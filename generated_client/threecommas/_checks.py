"""Pre-send checks of every operation, compiled from the request schemas of the spec."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ._validation import (
    Branch,
    OneOf,
    Problem,
    first_item_problem,
    first_missing,
    has_duplicate_field,
    one_of,
    property_problem,
)


def check_is_integer(data: Any, path: str) -> Problem | None:
    if not (
        (isinstance(data, int) and not isinstance(data, bool))
        or (isinstance(data, Decimal) and data == data.to_integral_value())
    ):
        return path or "request", "must be of type integer, got " + type(data).__name__
    return None


def check_is_string(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    return None


def check_is_number(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, int | float | Decimal) and not isinstance(data, bool)):
        return path or "request", "must be of type number, got " + type(data).__name__
    return None


def check_create_simple_sell_fields_buy_method(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if data not in ("limit", "market", "conditional"):
        return path or "request", "must be one of 'limit', 'market', 'conditional', got " + repr(data)
    return None


def check_create_simple_sell_fields(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(
        data, path, ("account_id", "pair", "units_to_buy", "buy_price", "buy_method")
    ):
        return problem
    if problem := property_problem(data, path, "account_id", check_is_integer):
        return problem
    if problem := property_problem(data, path, "pair", check_is_string):
        return problem
    if problem := property_problem(data, path, "units_to_buy", check_is_number):
        return problem
    if problem := property_problem(data, path, "buy_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "conditional_limit_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "buy_method", check_create_simple_sell_fields_buy_method):
        return problem
    return None


def check_buy_limit_buy_method(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if data != "limit":
        return path or "request", "must be 'limit'"
    return None


def check_buy_limit(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(data, path, ("buy_method",)):
        return problem
    if problem := property_problem(data, path, "buy_method", check_buy_limit_buy_method):
        return problem
    return None


def check_buy_market_buy_method(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if data != "market":
        return path or "request", "must be 'market'"
    return None


def check_buy_market(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(data, path, ("buy_method",)):
        return problem
    if problem := property_problem(data, path, "buy_method", check_buy_market_buy_method):
        return problem
    return None


def check_buy_conditional_buy_method(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if data != "conditional":
        return path or "request", "must be 'conditional'"
    return None


def check_buy_conditional(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(data, path, ("buy_method",)):
        return problem
    if problem := property_problem(data, path, "buy_method", check_buy_conditional_buy_method):
        return problem
    return None


def check_buy_method(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := one_of(data, path, BUY_METHOD_VARIANTS)) is not None:
        return problem
    return None


def check_create_simple_sell_request_part_2(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := check_buy_method(data, path)) is not None:
        return problem
    return None


def check_create_simple_sell_request(data: Any, path: str) -> Problem | None:
    if (problem := check_create_simple_sell_fields(data, path)) is not None:
        return problem
    if (problem := check_create_simple_sell_request_part_2(data, path)) is not None:
        return problem
    return None


def check_create_simple_buy_fields(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(
        data, path, ("account_id", "pair", "units_to_buy", "buy_price", "buy_method")
    ):
        return problem
    if problem := property_problem(data, path, "account_id", check_is_integer):
        return problem
    if problem := property_problem(data, path, "pair", check_is_string):
        return problem
    if problem := property_problem(data, path, "units_to_buy", check_is_number):
        return problem
    if problem := property_problem(data, path, "buy_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "conditional_limit_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "buy_method", check_create_simple_sell_fields_buy_method):
        return problem
    return None


def check_create_simple_buy_request(data: Any, path: str) -> Problem | None:
    if (problem := check_create_simple_buy_fields(data, path)) is not None:
        return problem
    if (problem := check_create_simple_sell_request_part_2(data, path)) is not None:
        return problem
    return None


def check_is_boolean(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, bool)):
        return path or "request", "must be of type boolean, got " + type(data).__name__
    return None


def check_create_smart_sell_fields_take_profit_type(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if data not in ("classic", "step_sell"):
        return path or "request", "must be one of 'classic', 'step_sell', got " + repr(data)
    return None


def check_create_smart_sell_fields_take_profit_percentage_condition(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, int | float | Decimal) and not isinstance(data, bool)):
        return path or "request", "must be of type number, got " + type(data).__name__
    if not (data > 0):
        return (
            path or "request",
            "must be > 0 (Required if take_profit_type = classic AND trailing_buy_enabled. Must be positive)",
        )
    return None


def check_create_smart_sell_fields_take_profit_step_orders_item_price_method(
    data: Any, path: str
) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if data not in ("bid", "ask", "last"):
        return path or "request", "must be one of 'bid', 'ask', 'last', got " + repr(data)
    return None


def check_create_smart_sell_fields_take_profit_step_orders_item_part_1_variant_1(
    data: Any, path: str
) -> Problem | None:
    if isinstance(data, dict) and (problem := first_missing(data, path, ("price",))):
        return problem
    return None


def check_create_smart_sell_fields_take_profit_step_orders_item_part_1_variant_2(
    data: Any, path: str
) -> Problem | None:
    if isinstance(data, dict) and (problem := first_missing(data, path, ("price_percentage",))):
        return problem
    return None


def check_create_smart_sell_fields_take_profit_step_orders_item_part_1(
    data: Any, path: str
) -> Problem | None:
    if (
        problem := one_of(data, path, CREATE_SMART_SELL_FIELDS_TAKE_PROFIT_STEP_ORDERS_ITEM_PART_1_VARIANTS)
    ) is not None:
        return problem
    return None


def check_create_smart_sell_fields_take_profit_step_orders_item(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(data, path, ("percent", "price_method")):
        return problem
    if problem := property_problem(data, path, "percent", check_is_number):
        return problem
    if problem := property_problem(data, path, "price", check_is_number):
        return problem
    if problem := property_problem(
        data, path, "price_method", check_create_smart_sell_fields_take_profit_step_orders_item_price_method
    ):
        return problem
    if problem := property_problem(data, path, "price_percentage", check_is_number):
        return problem
    if (
        problem := check_create_smart_sell_fields_take_profit_step_orders_item_part_1(data, path)
    ) is not None:
        return problem
    return None


def check_create_smart_sell_fields_take_profit_step_orders(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, list | tuple)):
        return path or "request", "must be of type array, got " + type(data).__name__
    if len(data) > 4:
        return (
            path or "request",
            "has "
            + str(len(data))
            + " items; at most 4 allowed (Required if take_profit_type = step_sell. 4 steps max. Format: [{percent: 50, price: 100(or price_percentage = 20), price_method: bid,ask,last}, ...])",
        )
    if (
        problem := first_item_problem(data, path, check_create_smart_sell_fields_take_profit_step_orders_item)
    ) is not None:
        return problem
    return None


def check_create_smart_sell_fields_take_profit_sell_method(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if data not in ("market", "limit"):
        return path or "request", "must be one of 'market', 'limit', got " + repr(data)
    return None


def check_create_smart_sell_fields_stop_loss_percentage_condition(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, int | float | Decimal) and not isinstance(data, bool)):
        return path or "request", "must be of type number, got " + type(data).__name__
    if not (data < 0):
        return (
            path or "request",
            "must be < 0 (Required if stop_loss_enabled AND trailing_buy_enabled. Must be negative)",
        )
    return None


def check_create_smart_sell_fields(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(
        data,
        path,
        (
            "account_id",
            "pair",
            "units_to_buy",
            "average_buy_price",
            "take_profit_enabled",
            "stop_loss_enabled",
        ),
    ):
        return problem
    if problem := property_problem(data, path, "account_id", check_is_integer):
        return problem
    if problem := property_problem(data, path, "pair", check_is_string):
        return problem
    if problem := property_problem(data, path, "units_to_buy", check_is_number):
        return problem
    if problem := property_problem(data, path, "average_buy_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "take_profit_enabled", check_is_boolean):
        return problem
    if problem := property_problem(
        data, path, "take_profit_type", check_create_smart_sell_fields_take_profit_type
    ):
        return problem
    if problem := property_problem(data, path, "take_profit_price_condition", check_is_number):
        return problem
    if problem := property_problem(
        data,
        path,
        "take_profit_percentage_condition",
        check_create_smart_sell_fields_take_profit_percentage_condition,
    ):
        return problem
    if problem := property_problem(
        data, path, "take_profit_step_orders", check_create_smart_sell_fields_take_profit_step_orders
    ):
        return problem
    if problem := property_problem(
        data,
        path,
        "take_profit_price_method",
        check_create_smart_sell_fields_take_profit_step_orders_item_price_method,
    ):
        return problem
    if problem := property_problem(
        data, path, "take_profit_sell_method", check_create_smart_sell_fields_take_profit_sell_method
    ):
        return problem
    if problem := property_problem(data, path, "take_profit_sell_order_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "trailing_take_profit", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "trailing_take_profit_step", check_is_number):
        return problem
    if problem := property_problem(data, path, "stop_loss_enabled", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "stop_loss_price_condition", check_is_number):
        return problem
    if problem := property_problem(
        data,
        path,
        "stop_loss_percentage_condition",
        check_create_smart_sell_fields_stop_loss_percentage_condition,
    ):
        return problem
    if problem := property_problem(
        data,
        path,
        "stop_loss_price_method",
        check_create_smart_sell_fields_take_profit_step_orders_item_price_method,
    ):
        return problem
    if problem := property_problem(
        data, path, "stop_loss_sell_method", check_create_smart_sell_fields_take_profit_sell_method
    ):
        return problem
    if problem := property_problem(data, path, "stop_loss_sell_order_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "trailing_stop_loss", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "stop_loss_timeout_enabled", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "stop_loss_timeout_seconds", check_is_integer):
        return problem
    if problem := property_problem(data, path, "note", check_is_string):
        return problem
    return None


def check_take_profit_disabled_take_profit_enabled(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, bool)):
        return path or "request", "must be of type boolean, got " + type(data).__name__
    if data is not False:
        return path or "request", "must be False"
    return None


def check_take_profit_disabled(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(data, path, ("take_profit_enabled",)):
        return problem
    if problem := property_problem(
        data, path, "take_profit_enabled", check_take_profit_disabled_take_profit_enabled
    ):
        return problem
    return None


def check_take_profit_classic_take_profit_enabled(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, bool)):
        return path or "request", "must be of type boolean, got " + type(data).__name__
    if data is not True:
        return path or "request", "must be True"
    return None


def check_take_profit_classic_take_profit_type(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if data != "classic":
        return path or "request", "must be 'classic'"
    return None


def check_take_profit_classic(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(
        data,
        path,
        ("take_profit_enabled", "take_profit_type", "take_profit_price_condition"),
        {
            "take_profit_type": "Required if take_profit_enabled",
            "take_profit_price_condition": "Required if take_profit_type = classic",
        },
    ):
        return problem
    if problem := property_problem(
        data, path, "take_profit_enabled", check_take_profit_classic_take_profit_enabled
    ):
        return problem
    if problem := property_problem(
        data, path, "take_profit_type", check_take_profit_classic_take_profit_type
    ):
        return problem
    return None


def check_take_profit_step_sell_take_profit_type(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if data != "step_sell":
        return path or "request", "must be 'step_sell'"
    return None


def check_take_profit_step_sell(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(
        data,
        path,
        ("take_profit_enabled", "take_profit_type", "take_profit_step_orders"),
        {
            "take_profit_type": "Required if take_profit_enabled",
            "take_profit_step_orders": "Required if take_profit_type = step_sell",
        },
    ):
        return problem
    if problem := property_problem(
        data, path, "take_profit_enabled", check_take_profit_classic_take_profit_enabled
    ):
        return problem
    if problem := property_problem(
        data, path, "take_profit_type", check_take_profit_step_sell_take_profit_type
    ):
        return problem
    return None


def check_take_profit(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := one_of(data, path, TAKE_PROFIT_VARIANTS)) is not None:
        return problem
    return None


def check_create_smart_sell_request_part_2(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := check_take_profit(data, path)) is not None:
        return problem
    return None


def check_take_profit_sell_market(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := property_problem(data, path, "take_profit_sell_method", check_buy_market_buy_method):
        return problem
    return None


def check_take_profit_sell_limit(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(
        data,
        path,
        ("take_profit_sell_method", "take_profit_sell_order_price"),
        {"take_profit_sell_order_price": "Required if limit"},
    ):
        return problem
    if problem := property_problem(data, path, "take_profit_sell_method", check_buy_limit_buy_method):
        return problem
    return None


def check_take_profit_sell_method(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := one_of(data, path, TAKE_PROFIT_SELL_METHOD_VARIANTS)) is not None:
        return problem
    return None


def check_create_smart_sell_request_part_3(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := check_take_profit_sell_method(data, path)) is not None:
        return problem
    return None


def check_trailing_take_profit_disabled(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := property_problem(
        data, path, "trailing_take_profit", check_take_profit_disabled_take_profit_enabled
    ):
        return problem
    return None


def check_trailing_take_profit_enabled(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(
        data,
        path,
        ("trailing_take_profit", "trailing_take_profit_step"),
        {"trailing_take_profit_step": "require if trailing_take_profit"},
    ):
        return problem
    if problem := property_problem(
        data, path, "trailing_take_profit", check_take_profit_classic_take_profit_enabled
    ):
        return problem
    return None


def check_trailing_take_profit(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := one_of(data, path, TRAILING_TAKE_PROFIT_VARIANTS)) is not None:
        return problem
    return None


def check_create_smart_sell_request_part_4(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := check_trailing_take_profit(data, path)) is not None:
        return problem
    return None


def check_stop_loss_disabled(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(data, path, ("stop_loss_enabled",)):
        return problem
    if problem := property_problem(
        data, path, "stop_loss_enabled", check_take_profit_disabled_take_profit_enabled
    ):
        return problem
    return None


def check_stop_loss_enabled(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(
        data,
        path,
        ("stop_loss_enabled", "stop_loss_price_condition"),
        {"stop_loss_price_condition": "Required if stop_loss_enabled"},
    ):
        return problem
    if problem := property_problem(
        data, path, "stop_loss_enabled", check_take_profit_classic_take_profit_enabled
    ):
        return problem
    return None


def check_stop_loss(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := one_of(data, path, STOP_LOSS_VARIANTS)) is not None:
        return problem
    return None


def check_create_smart_sell_request_part_5(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := check_stop_loss(data, path)) is not None:
        return problem
    return None


def check_stop_loss_sell_market(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := property_problem(data, path, "stop_loss_sell_method", check_buy_market_buy_method):
        return problem
    return None


def check_stop_loss_sell_limit(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(
        data,
        path,
        ("stop_loss_sell_method", "stop_loss_sell_order_price"),
        {"stop_loss_sell_order_price": "Required if limit"},
    ):
        return problem
    if problem := property_problem(data, path, "stop_loss_sell_method", check_buy_limit_buy_method):
        return problem
    return None


def check_stop_loss_sell_method(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := one_of(data, path, STOP_LOSS_SELL_METHOD_VARIANTS)) is not None:
        return problem
    return None


def check_create_smart_sell_request_part_6(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := check_stop_loss_sell_method(data, path)) is not None:
        return problem
    return None


def check_create_smart_sell_request(data: Any, path: str) -> Problem | None:
    if (problem := check_create_smart_sell_fields(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_2(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_3(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_4(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_5(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_6(data, path)) is not None:
        return problem
    return None


def check_create_smart_cover_fields_take_profit_percentage_condition(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, int | float | Decimal) and not isinstance(data, bool)):
        return path or "request", "must be of type number, got " + type(data).__name__
    if not (data < 0):
        return (
            path or "request",
            "must be < 0 (Required if take_profit_type = classic AND trailing_buy_enabled. Must be negative)",
        )
    return None


def check_create_smart_cover_fields_take_profit_step_orders_item_part_1(
    data: Any, path: str
) -> Problem | None:
    if (
        problem := one_of(data, path, CREATE_SMART_COVER_FIELDS_TAKE_PROFIT_STEP_ORDERS_ITEM_PART_1_VARIANTS)
    ) is not None:
        return problem
    return None


def check_create_smart_cover_fields_take_profit_step_orders_item(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(data, path, ("percent", "price_method")):
        return problem
    if problem := property_problem(data, path, "percent", check_is_number):
        return problem
    if problem := property_problem(data, path, "price", check_is_number):
        return problem
    if problem := property_problem(
        data, path, "price_method", check_create_smart_sell_fields_take_profit_step_orders_item_price_method
    ):
        return problem
    if problem := property_problem(data, path, "price_percentage", check_is_number):
        return problem
    if (
        problem := check_create_smart_cover_fields_take_profit_step_orders_item_part_1(data, path)
    ) is not None:
        return problem
    return None


def check_create_smart_cover_fields_take_profit_step_orders(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, list | tuple)):
        return path or "request", "must be of type array, got " + type(data).__name__
    if len(data) > 4:
        return (
            path or "request",
            "has "
            + str(len(data))
            + " items; at most 4 allowed (Required if take_profit_type = step_sell. 4 steps max. Format: [{percent: 50, price: 100(or price_percentage = 20), price_method: bid,ask,last}, ...])",
        )
    if (
        problem := first_item_problem(
            data, path, check_create_smart_cover_fields_take_profit_step_orders_item
        )
    ) is not None:
        return problem
    return None


def check_create_smart_cover_fields_stop_loss_percentage_condition(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, int | float | Decimal) and not isinstance(data, bool)):
        return path or "request", "must be of type number, got " + type(data).__name__
    if not (data > 0):
        return (
            path or "request",
            "must be > 0 (Required if stop_loss_enabled AND trailing_buy_enabled. Must Be positive)",
        )
    return None


def check_create_smart_cover_fields(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(
        data,
        path,
        ("account_id", "pair", "units_to_buy", "buy_price", "take_profit_enabled", "stop_loss_enabled"),
    ):
        return problem
    if problem := property_problem(data, path, "account_id", check_is_integer):
        return problem
    if problem := property_problem(data, path, "pair", check_is_string):
        return problem
    if problem := property_problem(data, path, "units_to_buy", check_is_number):
        return problem
    if problem := property_problem(data, path, "buy_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "conditional_limit_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "buy_method", check_create_simple_sell_fields_buy_method):
        return problem
    if problem := property_problem(data, path, "trailing_buy_enabled", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "trailing_buy_step", check_is_number):
        return problem
    if problem := property_problem(data, path, "take_profit_enabled", check_is_boolean):
        return problem
    if problem := property_problem(
        data, path, "take_profit_type", check_create_smart_sell_fields_take_profit_type
    ):
        return problem
    if problem := property_problem(data, path, "take_profit_price_condition", check_is_number):
        return problem
    if problem := property_problem(
        data,
        path,
        "take_profit_percentage_condition",
        check_create_smart_cover_fields_take_profit_percentage_condition,
    ):
        return problem
    if problem := property_problem(
        data, path, "take_profit_step_orders", check_create_smart_cover_fields_take_profit_step_orders
    ):
        return problem
    if problem := property_problem(
        data,
        path,
        "take_profit_price_method",
        check_create_smart_sell_fields_take_profit_step_orders_item_price_method,
    ):
        return problem
    if problem := property_problem(
        data, path, "take_profit_sell_method", check_create_smart_sell_fields_take_profit_sell_method
    ):
        return problem
    if problem := property_problem(data, path, "take_profit_sell_order_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "trailing_take_profit", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "trailing_take_profit_step", check_is_number):
        return problem
    if problem := property_problem(data, path, "stop_loss_enabled", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "stop_loss_price_condition", check_is_number):
        return problem
    if problem := property_problem(
        data,
        path,
        "stop_loss_percentage_condition",
        check_create_smart_cover_fields_stop_loss_percentage_condition,
    ):
        return problem
    if problem := property_problem(
        data,
        path,
        "stop_loss_price_method",
        check_create_smart_sell_fields_take_profit_step_orders_item_price_method,
    ):
        return problem
    if problem := property_problem(
        data, path, "stop_loss_sell_method", check_create_smart_sell_fields_take_profit_sell_method
    ):
        return problem
    if problem := property_problem(data, path, "stop_loss_sell_order_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "trailing_stop_loss", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "stop_loss_timeout_enabled", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "stop_loss_timeout_seconds", check_is_integer):
        return problem
    if problem := property_problem(data, path, "note", check_is_string):
        return problem
    return None


def check_buy_limit_by_default(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := property_problem(data, path, "buy_method", check_buy_limit_buy_method):
        return problem
    return None


def check_buy_method_with_default(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := one_of(data, path, BUY_METHOD_WITH_DEFAULT_VARIANTS)) is not None:
        return problem
    return None


def check_create_smart_cover_request_part_2(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := check_buy_method_with_default(data, path)) is not None:
        return problem
    return None


def check_trailing_buy_disabled(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := property_problem(
        data, path, "trailing_buy_enabled", check_take_profit_disabled_take_profit_enabled
    ):
        return problem
    return None


def check_trailing_buy_enabled_part_1_if(data: Any, path: str) -> Problem | None:
    if isinstance(data, dict):
        if problem := first_missing(data, path, ("take_profit_enabled", "take_profit_type")):
            return problem
        if problem := property_problem(
            data, path, "take_profit_enabled", check_take_profit_classic_take_profit_enabled
        ):
            return problem
        if problem := property_problem(
            data, path, "take_profit_type", check_take_profit_classic_take_profit_type
        ):
            return problem
    return None


def check_trailing_buy_enabled_part_1_then(data: Any, path: str) -> Problem | None:
    if isinstance(data, dict) and (
        problem := first_missing(data, path, ("take_profit_percentage_condition",))
    ):
        return problem
    return None


def check_trailing_buy_enabled_part_1(data: Any, path: str) -> Problem | None:
    if (
        check_trailing_buy_enabled_part_1_if(data, path) is None
        and (problem := check_trailing_buy_enabled_part_1_then(data, path)) is not None
    ):
        return problem[0], problem[1] + " (Required if take_profit_type = classic AND trailing_buy_enabled)"
    return None


def check_trailing_buy_enabled_part_2_if(data: Any, path: str) -> Problem | None:
    if isinstance(data, dict):
        if problem := first_missing(data, path, ("stop_loss_enabled",)):
            return problem
        if problem := property_problem(
            data, path, "stop_loss_enabled", check_take_profit_classic_take_profit_enabled
        ):
            return problem
    return None


def check_trailing_buy_enabled_part_2_then(data: Any, path: str) -> Problem | None:
    if isinstance(data, dict) and (problem := first_missing(data, path, ("stop_loss_percentage_condition",))):
        return problem
    return None


def check_trailing_buy_enabled_part_2(data: Any, path: str) -> Problem | None:
    if (
        check_trailing_buy_enabled_part_2_if(data, path) is None
        and (problem := check_trailing_buy_enabled_part_2_then(data, path)) is not None
    ):
        return problem[0], problem[1] + " (Required if stop_loss_enabled AND trailing_buy_enabled)"
    return None


def check_trailing_buy_enabled(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(
        data,
        path,
        ("trailing_buy_enabled", "trailing_buy_step"),
        {"trailing_buy_step": "Required if trailing_buy_enabled"},
    ):
        return problem
    if problem := property_problem(
        data, path, "trailing_buy_enabled", check_take_profit_classic_take_profit_enabled
    ):
        return problem
    if (problem := check_trailing_buy_enabled_part_1(data, path)) is not None:
        return problem
    if (problem := check_trailing_buy_enabled_part_2(data, path)) is not None:
        return problem
    return None


def check_trailing_buy(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := one_of(data, path, TRAILING_BUY_VARIANTS)) is not None:
        return problem
    return None


def check_create_smart_cover_request_part_3(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := check_trailing_buy(data, path)) is not None:
        return problem
    return None


def check_create_smart_cover_request(data: Any, path: str) -> Problem | None:
    if (problem := check_create_smart_cover_fields(data, path)) is not None:
        return problem
    if (problem := check_create_smart_cover_request_part_2(data, path)) is not None:
        return problem
    if (problem := check_create_smart_cover_request_part_3(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_2(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_3(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_4(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_5(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_6(data, path)) is not None:
        return problem
    return None


def check_create_smart_trade_fields_take_profit_step_orders_item_part_1(
    data: Any, path: str
) -> Problem | None:
    if (
        problem := one_of(data, path, CREATE_SMART_TRADE_FIELDS_TAKE_PROFIT_STEP_ORDERS_ITEM_PART_1_VARIANTS)
    ) is not None:
        return problem
    return None


def check_create_smart_trade_fields_take_profit_step_orders_item(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(data, path, ("percent", "price_method")):
        return problem
    if problem := property_problem(data, path, "percent", check_is_number):
        return problem
    if problem := property_problem(data, path, "price", check_is_number):
        return problem
    if problem := property_problem(
        data, path, "price_method", check_create_smart_sell_fields_take_profit_step_orders_item_price_method
    ):
        return problem
    if problem := property_problem(data, path, "price_percentage", check_is_number):
        return problem
    if (
        problem := check_create_smart_trade_fields_take_profit_step_orders_item_part_1(data, path)
    ) is not None:
        return problem
    return None


def check_create_smart_trade_fields_take_profit_step_orders(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, list | tuple)):
        return path or "request", "must be of type array, got " + type(data).__name__
    if len(data) > 4:
        return (
            path or "request",
            "has "
            + str(len(data))
            + " items; at most 4 allowed (Required if take_profit_type = step_sell. 4 steps max. Format: [{percent: 50, price: 100(or price_percentage = 20), price_method: bid,ask,last}, ...])",
        )
    if (
        problem := first_item_problem(
            data, path, check_create_smart_trade_fields_take_profit_step_orders_item
        )
    ) is not None:
        return problem
    return None


def check_create_smart_trade_fields(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(
        data,
        path,
        ("account_id", "pair", "units_to_buy", "buy_price", "take_profit_enabled", "stop_loss_enabled"),
    ):
        return problem
    if problem := property_problem(data, path, "account_id", check_is_integer):
        return problem
    if problem := property_problem(data, path, "pair", check_is_string):
        return problem
    if problem := property_problem(data, path, "units_to_buy", check_is_number):
        return problem
    if problem := property_problem(data, path, "buy_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "conditional_limit_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "buy_method", check_create_simple_sell_fields_buy_method):
        return problem
    if problem := property_problem(data, path, "trailing_buy_enabled", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "trailing_buy_step", check_is_number):
        return problem
    if problem := property_problem(data, path, "take_profit_enabled", check_is_boolean):
        return problem
    if problem := property_problem(
        data, path, "take_profit_type", check_create_smart_sell_fields_take_profit_type
    ):
        return problem
    if problem := property_problem(data, path, "take_profit_price_condition", check_is_number):
        return problem
    if problem := property_problem(
        data,
        path,
        "take_profit_percentage_condition",
        check_create_smart_sell_fields_take_profit_percentage_condition,
    ):
        return problem
    if problem := property_problem(
        data, path, "take_profit_step_orders", check_create_smart_trade_fields_take_profit_step_orders
    ):
        return problem
    if problem := property_problem(
        data,
        path,
        "take_profit_price_method",
        check_create_smart_sell_fields_take_profit_step_orders_item_price_method,
    ):
        return problem
    if problem := property_problem(
        data, path, "take_profit_sell_method", check_create_smart_sell_fields_take_profit_sell_method
    ):
        return problem
    if problem := property_problem(data, path, "take_profit_sell_order_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "trailing_take_profit", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "trailing_take_profit_step", check_is_number):
        return problem
    if problem := property_problem(data, path, "stop_loss_enabled", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "stop_loss_price_condition", check_is_number):
        return problem
    if problem := property_problem(
        data,
        path,
        "stop_loss_percentage_condition",
        check_create_smart_sell_fields_stop_loss_percentage_condition,
    ):
        return problem
    if problem := property_problem(
        data,
        path,
        "stop_loss_price_method",
        check_create_smart_sell_fields_take_profit_step_orders_item_price_method,
    ):
        return problem
    if problem := property_problem(
        data, path, "stop_loss_sell_method", check_create_smart_sell_fields_take_profit_sell_method
    ):
        return problem
    if problem := property_problem(data, path, "stop_loss_sell_order_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "trailing_stop_loss", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "stop_loss_timeout_enabled", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "stop_loss_timeout_seconds", check_is_integer):
        return problem
    if problem := property_problem(data, path, "note", check_is_string):
        return problem
    return None


def check_create_smart_trade_request(data: Any, path: str) -> Problem | None:
    if (problem := check_create_smart_trade_fields(data, path)) is not None:
        return problem
    if (problem := check_create_smart_cover_request_part_2(data, path)) is not None:
        return problem
    if (problem := check_create_smart_cover_request_part_3(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_2(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_3(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_4(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_5(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_6(data, path)) is not None:
        return problem
    return None


def check_list_smart_trades_query_scope(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if isinstance(data, str) and len(data) < 1:
        return path or "request", "must not be empty"
    return None


def check_list_smart_trades_query_order(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if data not in ("created_at", "closed_at"):
        return path or "request", "must be one of 'created_at', 'closed_at', got " + repr(data)
    return None


def check_list_smart_trades_query(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := property_problem(data, path, "limit", check_is_integer):
        return problem
    if problem := property_problem(data, path, "offset", check_is_integer):
        return problem
    if problem := property_problem(data, path, "account_id", check_is_integer):
        return problem
    if problem := property_problem(data, path, "scope", check_list_smart_trades_query_scope):
        return problem
    if problem := property_problem(data, path, "type", check_list_smart_trades_query_scope):
        return problem
    if problem := property_problem(data, path, "order", check_list_smart_trades_query_order):
        return problem
    return None


def check_cancel_smart_trade_order_request(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(data, path, ("step_id",)):
        return problem
    if problem := property_problem(data, path, "step_id", check_is_string):
        return problem
    return None


def check_add_smart_trade_funds_fields_response_type(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if data not in ("smart_trade", "empty", "order", "step"):
        return path or "request", "must be one of 'smart_trade', 'empty', 'order', 'step', got " + repr(data)
    return None


def check_add_smart_trade_funds_fields(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(data, path, ("quantity", "is_market")):
        return problem
    if problem := property_problem(data, path, "quantity", check_is_number):
        return problem
    if problem := property_problem(data, path, "is_market", check_is_boolean):
        return problem
    if problem := property_problem(
        data, path, "response_type", check_add_smart_trade_funds_fields_response_type
    ):
        return problem
    if problem := property_problem(data, path, "rate", check_is_number):
        return problem
    return None


def check_limit_order(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(data, path, ("is_market", "rate"), {"rate": "Required if LIMIT order used"}):
        return problem
    if problem := property_problem(data, path, "is_market", check_take_profit_disabled_take_profit_enabled):
        return problem
    return None


def check_market_order(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(data, path, ("is_market",)):
        return problem
    if problem := property_problem(data, path, "is_market", check_take_profit_classic_take_profit_enabled):
        return problem
    return None


def check_order_type(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := one_of(data, path, ORDER_TYPE_VARIANTS)) is not None:
        return problem
    return None


def check_add_smart_trade_funds_request_part_2(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := check_order_type(data, path)) is not None:
        return problem
    return None


def check_add_smart_trade_funds_request(data: Any, path: str) -> Problem | None:
    if (problem := check_add_smart_trade_funds_fields(data, path)) is not None:
        return problem
    if (problem := check_add_smart_trade_funds_request_part_2(data, path)) is not None:
        return problem
    return None


def check_step_panic_sell_smart_trade_request(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(data, path, ("step_id",)):
        return problem
    if problem := property_problem(data, path, "step_id", check_is_integer):
        return problem
    return None


def check_update_smart_trade_fields_take_profit_step_orders_item_position(
    data: Any, path: str
) -> Problem | None:
    if not (
        (isinstance(data, int) and not isinstance(data, bool))
        or (isinstance(data, Decimal) and data == data.to_integral_value())
    ):
        return path or "request", "must be of type integer, got " + type(data).__name__
    if not (data >= 1):
        return path or "request", "must be >= 1"
    return None


def check_update_smart_trade_fields_take_profit_step_orders_item(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := property_problem(data, path, "percent", check_is_number):
        return problem
    if problem := property_problem(data, path, "price", check_is_number):
        return problem
    if problem := property_problem(
        data, path, "position", check_update_smart_trade_fields_take_profit_step_orders_item_position
    ):
        return problem
    if problem := property_problem(data, path, "price_method", check_is_string):
        return problem
    if problem := property_problem(data, path, "price_percentage", check_is_number):
        return problem
    return None


def check_update_smart_trade_fields_take_profit_step_orders(data: Any, path: str) -> Problem | None:
    if not ((isinstance(data, list | tuple)) or (data is None)):
        return path or "request", "must be of type array or null, got " + type(data).__name__
    if isinstance(data, list | tuple):
        if has_duplicate_field(data, "position"):
            return path or "request", "position must be unique within the list"
        if (
            problem := first_item_problem(
                data, path, check_update_smart_trade_fields_take_profit_step_orders_item
            )
        ) is not None:
            return problem
    return None


def check_update_smart_trade_fields(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(data, path, ("take_profit_enabled", "stop_loss_enabled")):
        return problem
    if problem := property_problem(data, path, "buy_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "conditional_limit_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "average_buy_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "trailing_buy_enabled", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "trailing_buy_step", check_is_number):
        return problem
    if problem := property_problem(data, path, "take_profit_enabled", check_is_boolean):
        return problem
    if problem := property_problem(
        data, path, "take_profit_type", check_create_smart_sell_fields_take_profit_type
    ):
        return problem
    if problem := property_problem(data, path, "take_profit_price_condition", check_is_number):
        return problem
    if problem := property_problem(data, path, "take_profit_percentage_condition", check_is_number):
        return problem
    if problem := property_problem(
        data, path, "take_profit_step_orders", check_update_smart_trade_fields_take_profit_step_orders
    ):
        return problem
    if problem := property_problem(
        data,
        path,
        "take_profit_price_method",
        check_create_smart_sell_fields_take_profit_step_orders_item_price_method,
    ):
        return problem
    if problem := property_problem(
        data, path, "take_profit_sell_method", check_create_smart_sell_fields_take_profit_sell_method
    ):
        return problem
    if problem := property_problem(data, path, "take_profit_sell_order_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "trailing_take_profit", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "trailing_take_profit_step", check_is_number):
        return problem
    if problem := property_problem(data, path, "stop_loss_enabled", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "stop_loss_price_condition", check_is_number):
        return problem
    if problem := property_problem(data, path, "stop_loss_percentage_condition", check_is_number):
        return problem
    if problem := property_problem(
        data,
        path,
        "stop_loss_price_method",
        check_create_smart_sell_fields_take_profit_step_orders_item_price_method,
    ):
        return problem
    if problem := property_problem(
        data, path, "stop_loss_sell_method", check_create_smart_sell_fields_take_profit_sell_method
    ):
        return problem
    if problem := property_problem(data, path, "stop_loss_sell_order_price", check_is_number):
        return problem
    if problem := property_problem(data, path, "trailing_stop_loss", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "stop_loss_timeout_enabled", check_is_boolean):
        return problem
    if problem := property_problem(data, path, "stop_loss_timeout_seconds", check_is_integer):
        return problem
    if problem := property_problem(data, path, "note", check_is_string):
        return problem
    return None


def check_update_smart_trade_trailing_buy_enabled(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(data, path, ("trailing_buy_enabled",)):
        return problem
    if problem := property_problem(
        data, path, "trailing_buy_enabled", check_take_profit_classic_take_profit_enabled
    ):
        return problem
    if (problem := check_trailing_buy_enabled_part_1(data, path)) is not None:
        return problem
    if (problem := check_trailing_buy_enabled_part_2(data, path)) is not None:
        return problem
    return None


def check_update_smart_trade_trailing_buy(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := one_of(data, path, UPDATE_SMART_TRADE_TRAILING_BUY_VARIANTS)) is not None:
        return problem
    return None


def check_update_smart_trade_request_part_2(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := check_update_smart_trade_trailing_buy(data, path)) is not None:
        return problem
    return None


def check_update_smart_trade_take_profit_step_sell(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if problem := first_missing(
        data,
        path,
        ("take_profit_enabled", "take_profit_type"),
        {"take_profit_type": "Required if take_profit_enabled"},
    ):
        return problem
    if problem := property_problem(
        data, path, "take_profit_enabled", check_take_profit_classic_take_profit_enabled
    ):
        return problem
    if problem := property_problem(
        data, path, "take_profit_type", check_take_profit_step_sell_take_profit_type
    ):
        return problem
    return None


def check_update_smart_trade_take_profit(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := one_of(data, path, UPDATE_SMART_TRADE_TAKE_PROFIT_VARIANTS)) is not None:
        return problem
    return None


def check_update_smart_trade_request_part_3(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (problem := check_update_smart_trade_take_profit(data, path)) is not None:
        return problem
    return None


def check_update_smart_trade_request(data: Any, path: str) -> Problem | None:
    if (problem := check_update_smart_trade_fields(data, path)) is not None:
        return problem
    if (problem := check_update_smart_trade_request_part_2(data, path)) is not None:
        return problem
    if (problem := check_update_smart_trade_request_part_3(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_3(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_4(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_5(data, path)) is not None:
        return problem
    if (problem := check_create_smart_sell_request_part_6(data, path)) is not None:
        return problem
    return None


BUY_METHOD_VARIANTS = OneOf(
    branches=(
        Branch(check=check_buy_limit, pinned="limit", required=("buy_method",)),
        Branch(check=check_buy_market, pinned="market", required=("buy_method",)),
        Branch(check=check_buy_conditional, pinned="conditional", required=("buy_method",)),
    ),
    selector="buy_method",
)
CREATE_SMART_SELL_FIELDS_TAKE_PROFIT_STEP_ORDERS_ITEM_PART_1_VARIANTS = OneOf(
    branches=(
        Branch(
            check=check_create_smart_sell_fields_take_profit_step_orders_item_part_1_variant_1,
            required=("price",),
        ),
        Branch(
            check=check_create_smart_sell_fields_take_profit_step_orders_item_part_1_variant_2,
            required=("price_percentage",),
        ),
    )
)
TAKE_PROFIT_VARIANTS = OneOf(
    branches=(
        Branch(check=check_take_profit_disabled, pinned=False, required=("take_profit_enabled",)),
        Branch(
            check=check_take_profit_classic,
            pinned=True,
            required=("take_profit_enabled", "take_profit_type", "take_profit_price_condition"),
        ),
        Branch(
            check=check_take_profit_step_sell,
            pinned=True,
            required=("take_profit_enabled", "take_profit_type", "take_profit_step_orders"),
        ),
    ),
    selector="take_profit_enabled",
)
TAKE_PROFIT_SELL_METHOD_VARIANTS = OneOf(
    branches=(
        Branch(check=check_take_profit_sell_market, pinned="market"),
        Branch(
            check=check_take_profit_sell_limit,
            pinned="limit",
            required=("take_profit_sell_method", "take_profit_sell_order_price"),
        ),
    ),
    selector="take_profit_sell_method",
    default="market",
)
TRAILING_TAKE_PROFIT_VARIANTS = OneOf(
    branches=(
        Branch(check=check_trailing_take_profit_disabled, pinned=False),
        Branch(
            check=check_trailing_take_profit_enabled,
            pinned=True,
            required=("trailing_take_profit", "trailing_take_profit_step"),
        ),
    ),
    selector="trailing_take_profit",
    default=False,
)
STOP_LOSS_VARIANTS = OneOf(
    branches=(
        Branch(check=check_stop_loss_disabled, pinned=False, required=("stop_loss_enabled",)),
        Branch(
            check=check_stop_loss_enabled,
            pinned=True,
            required=("stop_loss_enabled", "stop_loss_price_condition"),
        ),
    ),
    selector="stop_loss_enabled",
)
STOP_LOSS_SELL_METHOD_VARIANTS = OneOf(
    branches=(
        Branch(check=check_stop_loss_sell_market, pinned="market"),
        Branch(
            check=check_stop_loss_sell_limit,
            pinned="limit",
            required=("stop_loss_sell_method", "stop_loss_sell_order_price"),
        ),
    ),
    selector="stop_loss_sell_method",
    default="market",
)
CREATE_SMART_COVER_FIELDS_TAKE_PROFIT_STEP_ORDERS_ITEM_PART_1_VARIANTS = OneOf(
    branches=(
        Branch(
            check=check_create_smart_sell_fields_take_profit_step_orders_item_part_1_variant_1,
            required=("price",),
        ),
        Branch(
            check=check_create_smart_sell_fields_take_profit_step_orders_item_part_1_variant_2,
            required=("price_percentage",),
        ),
    )
)
BUY_METHOD_WITH_DEFAULT_VARIANTS = OneOf(
    branches=(
        Branch(check=check_buy_limit_by_default, pinned="limit"),
        Branch(check=check_buy_market, pinned="market", required=("buy_method",)),
        Branch(check=check_buy_conditional, pinned="conditional", required=("buy_method",)),
    ),
    selector="buy_method",
    default="limit",
)
TRAILING_BUY_VARIANTS = OneOf(
    branches=(
        Branch(check=check_trailing_buy_disabled, pinned=False),
        Branch(
            check=check_trailing_buy_enabled,
            pinned=True,
            required=("trailing_buy_enabled", "trailing_buy_step"),
        ),
    ),
    selector="trailing_buy_enabled",
    default=False,
)
CREATE_SMART_TRADE_FIELDS_TAKE_PROFIT_STEP_ORDERS_ITEM_PART_1_VARIANTS = OneOf(
    branches=(
        Branch(
            check=check_create_smart_sell_fields_take_profit_step_orders_item_part_1_variant_1,
            required=("price",),
        ),
        Branch(
            check=check_create_smart_sell_fields_take_profit_step_orders_item_part_1_variant_2,
            required=("price_percentage",),
        ),
    )
)
ORDER_TYPE_VARIANTS = OneOf(
    branches=(
        Branch(check=check_limit_order, pinned=False, required=("is_market", "rate")),
        Branch(check=check_market_order, pinned=True, required=("is_market",)),
    ),
    selector="is_market",
)
UPDATE_SMART_TRADE_TRAILING_BUY_VARIANTS = OneOf(
    branches=(
        Branch(check=check_trailing_buy_disabled, pinned=False),
        Branch(
            check=check_update_smart_trade_trailing_buy_enabled,
            pinned=True,
            required=("trailing_buy_enabled",),
        ),
    ),
    selector="trailing_buy_enabled",
    default=False,
)
UPDATE_SMART_TRADE_TAKE_PROFIT_VARIANTS = OneOf(
    branches=(
        Branch(check=check_take_profit_disabled, pinned=False, required=("take_profit_enabled",)),
        Branch(
            check=check_take_profit_classic,
            pinned=True,
            required=("take_profit_enabled", "take_profit_type", "take_profit_price_condition"),
        ),
        Branch(
            check=check_update_smart_trade_take_profit_step_sell,
            pinned=True,
            required=("take_profit_enabled", "take_profit_type"),
        ),
    ),
    selector="take_profit_enabled",
)
