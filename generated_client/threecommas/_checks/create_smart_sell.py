"""Pre-send checks of create_smart_sell, compiled from its request schemas in the spec."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .._validation import (
    NOT_PINNED,
    Branch,
    OneOf,
    Problem,
    _valid,
    first_item_problem,
    one_of,
)

__all__ = ["check_body", "check_query"]


def _check_0(data: Any, path: str) -> Problem | None:
    if not (
        (isinstance(data, int) and not isinstance(data, bool))
        or (isinstance(data, Decimal) and data == data.to_integral_value())
    ):
        return path or "request", "must be of type integer, got " + type(data).__name__
    return None


def _check_1(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    return None


def _check_2(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, int | float | Decimal) and not isinstance(data, bool)):
        return path or "request", "must be of type number, got " + type(data).__name__
    return None


def _check_3(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, bool)):
        return path or "request", "must be of type boolean, got " + type(data).__name__
    return None


def _check_4(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if data not in ("classic", "step_sell"):
        return path or "request", "must be one of 'classic', 'step_sell', got " + repr(data)
    return None


def _check_5(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, int | float | Decimal) and not isinstance(data, bool)):
        return path or "request", "must be of type number, got " + type(data).__name__
    if not (data > 0):
        return (
            path or "request",
            "must be > 0 (Required if take_profit_type = classic AND trailing_buy_enabled. Must be positive)",
        )
    return None


def _check_6(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if data not in ("bid", "ask", "last"):
        return path or "request", "must be one of 'bid', 'ask', 'last', got " + repr(data)
    return None


def _check_7(data: Any, path: str) -> Problem | None:
    if isinstance(data, dict) and ("price" not in data):
        return (path + ".price" if path else "price"), "is required"
    return None


def _check_8(data: Any, path: str) -> Problem | None:
    if isinstance(data, dict) and ("price_percentage" not in data):
        return (path + ".price_percentage" if path else "price_percentage"), "is required"
    return None


def _check_9(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "percent" not in data:
        return (path + ".percent" if path else "percent"), "is required"
    if "price_method" not in data:
        return (path + ".price_method" if path else "price_method"), "is required"
    if (
        "percent" in data
        and (problem := _check_2(data["percent"], (path + ".percent" if path else "percent"))) is not None
    ):
        return problem
    if (
        "price" in data
        and (problem := _check_2(data["price"], (path + ".price" if path else "price"))) is not None
    ):
        return problem
    if (
        "price_method" in data
        and (problem := _check_6(data["price_method"], (path + ".price_method" if path else "price_method")))
        is not None
    ):
        return problem
    if (
        "price_percentage" in data
        and (
            problem := _check_2(
                data["price_percentage"], (path + ".price_percentage" if path else "price_percentage")
            )
        )
        is not None
    ):
        return problem
    if (problem := one_of(data, path, _one_of_0)) is not None:
        return problem
    return None


def _check_10(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, list | tuple)):
        return path or "request", "must be of type array, got " + type(data).__name__
    if len(data) > 4:
        return (
            path or "request",
            "has "
            + str(len(data))
            + " items; at most 4 allowed (Required if take_profit_type = step_sell. 4 steps max. Format: [{percent: 50, price: 100(or price_percentage = 20), price_method: bid,ask,last}, ...])",
        )
    if (problem := first_item_problem(data, path, _check_9)) is not None:
        return problem
    return None


def _check_11(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if data not in ("market", "limit"):
        return path or "request", "must be one of 'market', 'limit', got " + repr(data)
    return None


def _check_12(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, int | float | Decimal) and not isinstance(data, bool)):
        return path or "request", "must be of type number, got " + type(data).__name__
    if not (data < 0):
        return (
            path or "request",
            "must be < 0 (Required if stop_loss_enabled AND trailing_buy_enabled. Must be negative)",
        )
    return None


def _check_13(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "account_id" not in data:
        return (path + ".account_id" if path else "account_id"), "is required"
    if "pair" not in data:
        return (path + ".pair" if path else "pair"), "is required"
    if "units_to_buy" not in data:
        return (path + ".units_to_buy" if path else "units_to_buy"), "is required"
    if "average_buy_price" not in data:
        return (path + ".average_buy_price" if path else "average_buy_price"), "is required"
    if "take_profit_enabled" not in data:
        return (path + ".take_profit_enabled" if path else "take_profit_enabled"), "is required"
    if "stop_loss_enabled" not in data:
        return (path + ".stop_loss_enabled" if path else "stop_loss_enabled"), "is required"
    if (
        "account_id" in data
        and (problem := _check_0(data["account_id"], (path + ".account_id" if path else "account_id")))
        is not None
    ):
        return problem
    if (
        "pair" in data
        and (problem := _check_1(data["pair"], (path + ".pair" if path else "pair"))) is not None
    ):
        return problem
    if (
        "units_to_buy" in data
        and (problem := _check_2(data["units_to_buy"], (path + ".units_to_buy" if path else "units_to_buy")))
        is not None
    ):
        return problem
    if (
        "average_buy_price" in data
        and (
            problem := _check_2(
                data["average_buy_price"], (path + ".average_buy_price" if path else "average_buy_price")
            )
        )
        is not None
    ):
        return problem
    if (
        "take_profit_enabled" in data
        and (
            problem := _check_3(
                data["take_profit_enabled"],
                (path + ".take_profit_enabled" if path else "take_profit_enabled"),
            )
        )
        is not None
    ):
        return problem
    if (
        "take_profit_type" in data
        and (
            problem := _check_4(
                data["take_profit_type"], (path + ".take_profit_type" if path else "take_profit_type")
            )
        )
        is not None
    ):
        return problem
    if (
        "take_profit_price_condition" in data
        and (
            problem := _check_2(
                data["take_profit_price_condition"],
                (path + ".take_profit_price_condition" if path else "take_profit_price_condition"),
            )
        )
        is not None
    ):
        return problem
    if (
        "take_profit_percentage_condition" in data
        and (
            problem := _check_5(
                data["take_profit_percentage_condition"],
                (path + ".take_profit_percentage_condition" if path else "take_profit_percentage_condition"),
            )
        )
        is not None
    ):
        return problem
    if (
        "take_profit_step_orders" in data
        and (
            problem := _check_10(
                data["take_profit_step_orders"],
                (path + ".take_profit_step_orders" if path else "take_profit_step_orders"),
            )
        )
        is not None
    ):
        return problem
    if (
        "take_profit_price_method" in data
        and (
            problem := _check_6(
                data["take_profit_price_method"],
                (path + ".take_profit_price_method" if path else "take_profit_price_method"),
            )
        )
        is not None
    ):
        return problem
    if (
        "take_profit_sell_method" in data
        and (
            problem := _check_11(
                data["take_profit_sell_method"],
                (path + ".take_profit_sell_method" if path else "take_profit_sell_method"),
            )
        )
        is not None
    ):
        return problem
    if (
        "take_profit_sell_order_price" in data
        and (
            problem := _check_2(
                data["take_profit_sell_order_price"],
                (path + ".take_profit_sell_order_price" if path else "take_profit_sell_order_price"),
            )
        )
        is not None
    ):
        return problem
    if (
        "trailing_take_profit" in data
        and (
            problem := _check_3(
                data["trailing_take_profit"],
                (path + ".trailing_take_profit" if path else "trailing_take_profit"),
            )
        )
        is not None
    ):
        return problem
    if (
        "trailing_take_profit_step" in data
        and (
            problem := _check_2(
                data["trailing_take_profit_step"],
                (path + ".trailing_take_profit_step" if path else "trailing_take_profit_step"),
            )
        )
        is not None
    ):
        return problem
    if (
        "stop_loss_enabled" in data
        and (
            problem := _check_3(
                data["stop_loss_enabled"], (path + ".stop_loss_enabled" if path else "stop_loss_enabled")
            )
        )
        is not None
    ):
        return problem
    if (
        "stop_loss_price_condition" in data
        and (
            problem := _check_2(
                data["stop_loss_price_condition"],
                (path + ".stop_loss_price_condition" if path else "stop_loss_price_condition"),
            )
        )
        is not None
    ):
        return problem
    if (
        "stop_loss_percentage_condition" in data
        and (
            problem := _check_12(
                data["stop_loss_percentage_condition"],
                (path + ".stop_loss_percentage_condition" if path else "stop_loss_percentage_condition"),
            )
        )
        is not None
    ):
        return problem
    if (
        "stop_loss_price_method" in data
        and (
            problem := _check_6(
                data["stop_loss_price_method"],
                (path + ".stop_loss_price_method" if path else "stop_loss_price_method"),
            )
        )
        is not None
    ):
        return problem
    if (
        "stop_loss_sell_method" in data
        and (
            problem := _check_11(
                data["stop_loss_sell_method"],
                (path + ".stop_loss_sell_method" if path else "stop_loss_sell_method"),
            )
        )
        is not None
    ):
        return problem
    if (
        "stop_loss_sell_order_price" in data
        and (
            problem := _check_2(
                data["stop_loss_sell_order_price"],
                (path + ".stop_loss_sell_order_price" if path else "stop_loss_sell_order_price"),
            )
        )
        is not None
    ):
        return problem
    if (
        "trailing_stop_loss" in data
        and (
            problem := _check_3(
                data["trailing_stop_loss"], (path + ".trailing_stop_loss" if path else "trailing_stop_loss")
            )
        )
        is not None
    ):
        return problem
    if (
        "stop_loss_timeout_enabled" in data
        and (
            problem := _check_3(
                data["stop_loss_timeout_enabled"],
                (path + ".stop_loss_timeout_enabled" if path else "stop_loss_timeout_enabled"),
            )
        )
        is not None
    ):
        return problem
    if (
        "stop_loss_timeout_seconds" in data
        and (
            problem := _check_0(
                data["stop_loss_timeout_seconds"],
                (path + ".stop_loss_timeout_seconds" if path else "stop_loss_timeout_seconds"),
            )
        )
        is not None
    ):
        return problem
    if (
        "note" in data
        and (problem := _check_1(data["note"], (path + ".note" if path else "note"))) is not None
    ):
        return problem
    return None


def _check_14(data: Any, path: str) -> Problem | None:
    if data is not False:
        return path or "request", "must be False"
    return None


def _check_15(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "take_profit_enabled" not in data:
        return (path + ".take_profit_enabled" if path else "take_profit_enabled"), "is required"
    if (
        "take_profit_enabled" in data
        and (
            problem := _check_14(
                data["take_profit_enabled"],
                (path + ".take_profit_enabled" if path else "take_profit_enabled"),
            )
        )
        is not None
    ):
        return problem
    return None


def _check_16(data: Any, path: str) -> Problem | None:
    if data is not True:
        return path or "request", "must be True"
    return None


def _check_17(data: Any, path: str) -> Problem | None:
    if data != "classic":
        return path or "request", "must be 'classic'"
    return None


def _check_18(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "take_profit_enabled" not in data:
        return (path + ".take_profit_enabled" if path else "take_profit_enabled"), "is required"
    if "take_profit_type" not in data:
        return (path + ".take_profit_type" if path else "take_profit_type"), "is required"
    if "take_profit_price_condition" not in data:
        return (
            path + ".take_profit_price_condition" if path else "take_profit_price_condition"
        ), "is required (Required if take_profit_type = classic)"
    if (
        "take_profit_enabled" in data
        and (
            problem := _check_16(
                data["take_profit_enabled"],
                (path + ".take_profit_enabled" if path else "take_profit_enabled"),
            )
        )
        is not None
    ):
        return problem
    if (
        "take_profit_type" in data
        and (
            problem := _check_17(
                data["take_profit_type"], (path + ".take_profit_type" if path else "take_profit_type")
            )
        )
        is not None
    ):
        return problem
    return None


def _check_19(data: Any, path: str) -> Problem | None:
    if data != "step_sell":
        return path or "request", "must be 'step_sell'"
    return None


def _check_20(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "take_profit_enabled" not in data:
        return (path + ".take_profit_enabled" if path else "take_profit_enabled"), "is required"
    if "take_profit_type" not in data:
        return (path + ".take_profit_type" if path else "take_profit_type"), "is required"
    if "take_profit_step_orders" not in data:
        return (
            path + ".take_profit_step_orders" if path else "take_profit_step_orders"
        ), "is required (Required if take_profit_type = step_sell)"
    if (
        "take_profit_enabled" in data
        and (
            problem := _check_16(
                data["take_profit_enabled"],
                (path + ".take_profit_enabled" if path else "take_profit_enabled"),
            )
        )
        is not None
    ):
        return problem
    if (
        "take_profit_type" in data
        and (
            problem := _check_19(
                data["take_profit_type"], (path + ".take_profit_type" if path else "take_profit_type")
            )
        )
        is not None
    ):
        return problem
    return None


def _check_21(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "take_profit_enabled" not in data:
        return (path + ".take_profit_enabled" if path else "take_profit_enabled"), "is required"
    if "take_profit_type" not in data:
        return (
            path + ".take_profit_type" if path else "take_profit_type"
        ), "is required (Required if take_profit_enabled)"
    if (
        "take_profit_enabled" in data
        and (
            problem := _check_16(
                data["take_profit_enabled"],
                (path + ".take_profit_enabled" if path else "take_profit_enabled"),
            )
        )
        is not None
    ):
        return problem
    if (problem := one_of(data, path, _one_of_1)) is not None:
        return problem
    return None


def _check_22(data: Any, path: str) -> Problem | None:
    if (problem := one_of(data, path, _one_of_2)) is not None:
        return problem
    return None


def _check_23(data: Any, path: str) -> Problem | None:
    if data != "market":
        return path or "request", "must be 'market'"
    return None


def _check_24(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (
        "take_profit_sell_method" in data
        and (
            problem := _check_23(
                data["take_profit_sell_method"],
                (path + ".take_profit_sell_method" if path else "take_profit_sell_method"),
            )
        )
        is not None
    ):
        return problem
    return None


def _check_25(data: Any, path: str) -> Problem | None:
    if data != "limit":
        return path or "request", "must be 'limit'"
    return None


def _check_26(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "take_profit_sell_method" not in data:
        return (path + ".take_profit_sell_method" if path else "take_profit_sell_method"), "is required"
    if "take_profit_sell_order_price" not in data:
        return (
            path + ".take_profit_sell_order_price" if path else "take_profit_sell_order_price"
        ), "is required (Required if limit)"
    if (
        "take_profit_sell_method" in data
        and (
            problem := _check_25(
                data["take_profit_sell_method"],
                (path + ".take_profit_sell_method" if path else "take_profit_sell_method"),
            )
        )
        is not None
    ):
        return problem
    return None


def _check_27(data: Any, path: str) -> Problem | None:
    if (problem := one_of(data, path, _one_of_3)) is not None:
        return problem
    return None


def _check_28(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (
        "trailing_take_profit" in data
        and (
            problem := _check_14(
                data["trailing_take_profit"],
                (path + ".trailing_take_profit" if path else "trailing_take_profit"),
            )
        )
        is not None
    ):
        return problem
    return None


def _check_29(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "trailing_take_profit" not in data:
        return (path + ".trailing_take_profit" if path else "trailing_take_profit"), "is required"
    if "trailing_take_profit_step" not in data:
        return (
            path + ".trailing_take_profit_step" if path else "trailing_take_profit_step"
        ), "is required (require if trailing_take_profit)"
    if (
        "trailing_take_profit" in data
        and (
            problem := _check_16(
                data["trailing_take_profit"],
                (path + ".trailing_take_profit" if path else "trailing_take_profit"),
            )
        )
        is not None
    ):
        return problem
    return None


def _check_30(data: Any, path: str) -> Problem | None:
    if (problem := one_of(data, path, _one_of_4)) is not None:
        return problem
    return None


def _check_31(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "stop_loss_enabled" not in data:
        return (path + ".stop_loss_enabled" if path else "stop_loss_enabled"), "is required"
    if (
        "stop_loss_enabled" in data
        and (
            problem := _check_14(
                data["stop_loss_enabled"], (path + ".stop_loss_enabled" if path else "stop_loss_enabled")
            )
        )
        is not None
    ):
        return problem
    return None


def _check_32(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "stop_loss_enabled" not in data:
        return (path + ".stop_loss_enabled" if path else "stop_loss_enabled"), "is required"
    if "stop_loss_price_condition" not in data:
        return (
            path + ".stop_loss_price_condition" if path else "stop_loss_price_condition"
        ), "is required (Required if stop_loss_enabled)"
    if (
        "stop_loss_enabled" in data
        and (
            problem := _check_16(
                data["stop_loss_enabled"], (path + ".stop_loss_enabled" if path else "stop_loss_enabled")
            )
        )
        is not None
    ):
        return problem
    return None


def _check_33(data: Any, path: str) -> Problem | None:
    if (problem := one_of(data, path, _one_of_5)) is not None:
        return problem
    return None


def _check_34(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (
        "stop_loss_sell_method" in data
        and (
            problem := _check_23(
                data["stop_loss_sell_method"],
                (path + ".stop_loss_sell_method" if path else "stop_loss_sell_method"),
            )
        )
        is not None
    ):
        return problem
    return None


def _check_35(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "stop_loss_sell_method" not in data:
        return (path + ".stop_loss_sell_method" if path else "stop_loss_sell_method"), "is required"
    if "stop_loss_sell_order_price" not in data:
        return (
            path + ".stop_loss_sell_order_price" if path else "stop_loss_sell_order_price"
        ), "is required (Required if limit)"
    if (
        "stop_loss_sell_method" in data
        and (
            problem := _check_25(
                data["stop_loss_sell_method"],
                (path + ".stop_loss_sell_method" if path else "stop_loss_sell_method"),
            )
        )
        is not None
    ):
        return problem
    return None


def _check_36(data: Any, path: str) -> Problem | None:
    if (problem := one_of(data, path, _one_of_6)) is not None:
        return problem
    return None


def _check_37(data: Any, path: str) -> Problem | None:
    if (problem := _check_13(data, path)) is not None:
        return problem
    if (problem := _check_22(data, path)) is not None:
        return problem
    if (problem := _check_27(data, path)) is not None:
        return problem
    if (problem := _check_30(data, path)) is not None:
        return problem
    if (problem := _check_33(data, path)) is not None:
        return problem
    if (problem := _check_36(data, path)) is not None:
        return problem
    return None


_one_of_0 = OneOf(
    (
        Branch(NOT_PINNED, _check_7, ("price",)),
        Branch(NOT_PINNED, _check_8, ("price_percentage",)),
    ),
    None,
    None,
)
_one_of_1 = OneOf(
    (
        Branch(
            "classic", _check_18, ("take_profit_enabled", "take_profit_type", "take_profit_price_condition")
        ),
        Branch(
            "step_sell", _check_20, ("take_profit_enabled", "take_profit_type", "take_profit_step_orders")
        ),
    ),
    "take_profit_type",
    None,
)
_one_of_2 = OneOf(
    (
        Branch(False, _check_15, ("take_profit_enabled",)),
        Branch(True, _check_21, ("take_profit_enabled", "take_profit_type")),
    ),
    "take_profit_enabled",
    None,
)
_one_of_3 = OneOf(
    (
        Branch("market", _check_24, ()),
        Branch("limit", _check_26, ("take_profit_sell_method", "take_profit_sell_order_price")),
    ),
    "take_profit_sell_method",
    "market",
)
_one_of_4 = OneOf(
    (
        Branch(False, _check_28, ()),
        Branch(True, _check_29, ("trailing_take_profit", "trailing_take_profit_step")),
    ),
    "trailing_take_profit",
    False,
)
_one_of_5 = OneOf(
    (
        Branch(False, _check_31, ("stop_loss_enabled",)),
        Branch(True, _check_32, ("stop_loss_enabled", "stop_loss_price_condition")),
    ),
    "stop_loss_enabled",
    None,
)
_one_of_6 = OneOf(
    (
        Branch("market", _check_34, ()),
        Branch("limit", _check_35, ("stop_loss_sell_method", "stop_loss_sell_order_price")),
    ),
    "stop_loss_sell_method",
    "market",
)

check_body = _check_37
check_query = _valid
