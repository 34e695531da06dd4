"""Pre-send checks of step_panic_sell_smart_trade, compiled from its request schemas in the spec."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .._validation import (
    Problem,
    _valid,
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
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if "step_id" not in data:
        return (path + ".step_id" if path else "step_id"), "is required"
    if (
        "step_id" in data
        and (problem := _check_0(data["step_id"], (path + ".step_id" if path else "step_id"))) is not None
    ):
        return problem
    return None


check_body = _check_1
check_query = _valid
