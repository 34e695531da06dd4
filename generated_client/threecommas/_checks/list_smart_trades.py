"""Pre-send checks of list_smart_trades, compiled from its request schemas in the spec."""

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
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if isinstance(data, str) and len(data) < 1:
        return path or "request", "must not be empty"
    return None


def _check_2(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, str)):
        return path or "request", "must be of type string, got " + type(data).__name__
    if data not in ("created_at", "closed_at"):
        return path or "request", "must be one of 'created_at', 'closed_at', got " + repr(data)
    return None


def _check_3(data: Any, path: str) -> Problem | None:
    if not (isinstance(data, dict)):
        return path or "request", "must be of type object, got " + type(data).__name__
    if (
        "limit" in data
        and (problem := _check_0(data["limit"], (path + ".limit" if path else "limit"))) is not None
    ):
        return problem
    if (
        "offset" in data
        and (problem := _check_0(data["offset"], (path + ".offset" if path else "offset"))) is not None
    ):
        return problem
    if (
        "account_id" in data
        and (problem := _check_0(data["account_id"], (path + ".account_id" if path else "account_id")))
        is not None
    ):
        return problem
    if (
        "scope" in data
        and (problem := _check_1(data["scope"], (path + ".scope" if path else "scope"))) is not None
    ):
        return problem
    if (
        "type" in data
        and (problem := _check_1(data["type"], (path + ".type" if path else "type"))) is not None
    ):
        return problem
    if (
        "order" in data
        and (problem := _check_2(data["order"], (path + ".order" if path else "order"))) is not None
    ):
        return problem
    return None


check_body = _valid
check_query = _check_3
