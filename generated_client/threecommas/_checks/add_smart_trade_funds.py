"""Pre-send checks of add_smart_trade_funds, compiled from its request schemas in the spec."""

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
    if not (isinstance(data, int | float | Decimal) and not isinstance(data, bool)):
        return path or "request", "must be of type number, got " + type(data).__name__
    return None


def _check_1(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, bool)):
        return path or "request", "must be of type boolean, got " + type(data).__name__
    return None


def _check_2(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if data not in ("smart_trade", "empty", "order", "step"):
        return path or "request", "must be one of 'smart_trade', 'empty', 'order', 'step', got " + repr(data)
    return None


def _check_3(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "quantity" not in data:
        return (path + ".quantity" if path else "quantity"), "is required"
    if "is_market" not in data:
        return (path + ".is_market" if path else "is_market"), "is required"
    if (
        "quantity" in data
        and (problem := _check_0(data["quantity"], (path + ".quantity" if path else "quantity"))) is not None
    ):
        return problem
    if (
        "is_market" in data
        and (problem := _check_1(data["is_market"], (path + ".is_market" if path else "is_market")))
        is not None
    ):
        return problem
    if (
        "response_type" in data
        and (
            problem := _check_2(data["response_type"], (path + ".response_type" if path else "response_type"))
        )
        is not None
    ):
        return problem
    if (
        "rate" in data
        and (problem := _check_0(data["rate"], (path + ".rate" if path else "rate"))) is not None
    ):
        return problem
    return None


def _check_4(data: Any, path: str) -> Problem | None:
    if data is not False:
        return path or "request", "must be False"
    return None


def _check_5(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "is_market" not in data:
        return (path + ".is_market" if path else "is_market"), "is required"
    if "rate" not in data:
        return (path + ".rate" if path else "rate"), "is required (Required if LIMIT order used)"
    if (
        "is_market" in data
        and (problem := _check_4(data["is_market"], (path + ".is_market" if path else "is_market")))
        is not None
    ):
        return problem
    return None


def _check_6(data: Any, path: str) -> Problem | None:
    if data is not True:
        return path or "request", "must be True"
    return None


def _check_7(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "is_market" not in data:
        return (path + ".is_market" if path else "is_market"), "is required"
    if (
        "is_market" in data
        and (problem := _check_6(data["is_market"], (path + ".is_market" if path else "is_market")))
        is not None
    ):
        return problem
    return None


def _check_8(data: Any, path: str) -> Problem | None:
    if (problem := one_of(data, path, _one_of_0)) is not None:
        return problem
    return None


def _check_9(data: Any, path: str) -> Problem | None:
    if (problem := _check_3(data, path)) is not None:
        return problem
    if (problem := _check_8(data, path)) is not None:
        return problem
    return None


_one_of_0 = OneOf(
    (
        Branch(False, _check_5, ("is_market", "rate")),
        Branch(True, _check_7, ("is_market",)),
    ),
    "is_market",
    None,
)

check_body = _check_9
check_query = _valid
