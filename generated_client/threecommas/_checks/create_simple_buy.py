"""Pre-send checks of create_simple_buy, compiled from its request schemas in the spec."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .._validation import (
    Branch,
    OneOf,
    Problem,
    _valid,
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
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if data not in ("limit", "market", "conditional"):
        return path or "request", "must be one of 'limit', 'market', 'conditional', got " + repr(data)
    return None


def _check_4(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "account_id" not in data:
        return (path + ".account_id" if path else "account_id"), "is required"
    if "pair" not in data:
        return (path + ".pair" if path else "pair"), "is required"
    if "units_to_buy" not in data:
        return (path + ".units_to_buy" if path else "units_to_buy"), "is required"
    if "buy_price" not in data:
        return (path + ".buy_price" if path else "buy_price"), "is required"
    if "buy_method" not in data:
        return (path + ".buy_method" if path else "buy_method"), "is required"
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
        "buy_price" in data
        and (problem := _check_2(data["buy_price"], (path + ".buy_price" if path else "buy_price")))
        is not None
    ):
        return problem
    if (
        "conditional_limit_price" in data
        and (
            problem := _check_2(
                data["conditional_limit_price"],
                (path + ".conditional_limit_price" if path else "conditional_limit_price"),
            )
        )
        is not None
    ):
        return problem
    if (
        "buy_method" in data
        and (problem := _check_3(data["buy_method"], (path + ".buy_method" if path else "buy_method")))
        is not None
    ):
        return problem
    return None


def _check_5(data: Any, path: str) -> Problem | None:
    if data != "limit":
        return path or "request", "must be 'limit'"
    return None


def _check_6(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "buy_method" not in data:
        return (path + ".buy_method" if path else "buy_method"), "is required"
    if (
        "buy_method" in data
        and (problem := _check_5(data["buy_method"], (path + ".buy_method" if path else "buy_method")))
        is not None
    ):
        return problem
    return None


def _check_7(data: Any, path: str) -> Problem | None:
    if data != "market":
        return path or "request", "must be 'market'"
    return None


def _check_8(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "buy_method" not in data:
        return (path + ".buy_method" if path else "buy_method"), "is required"
    if (
        "buy_method" in data
        and (problem := _check_7(data["buy_method"], (path + ".buy_method" if path else "buy_method")))
        is not None
    ):
        return problem
    return None


def _check_9(data: Any, path: str) -> Problem | None:
    if data != "conditional":
        return path or "request", "must be 'conditional'"
    return None


def _check_10(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "buy_method" not in data:
        return (path + ".buy_method" if path else "buy_method"), "is required"
    if (
        "buy_method" in data
        and (problem := _check_9(data["buy_method"], (path + ".buy_method" if path else "buy_method")))
        is not None
    ):
        return problem
    return None


def _check_11(data: Any, path: str) -> Problem | None:
    if (problem := one_of(data, path, _one_of_0)) is not None:
        return problem
    return None


def _check_12(data: Any, path: str) -> Problem | None:
    if (problem := _check_4(data, path)) is not None:
        return problem
    if (problem := _check_11(data, path)) is not None:
        return problem
    return None


_one_of_0 = OneOf(
    (
        Branch("limit", _check_6, ("buy_method",)),
        Branch("market", _check_8, ("buy_method",)),
        Branch("conditional", _check_10, ("buy_method",)),
    ),
    "buy_method",
    None,
)

check_body = _check_12
check_query = _valid
