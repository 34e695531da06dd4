"""Pre-send checks of cancel_smart_trade, compiled from its request schemas in the spec."""

from __future__ import annotations

from .._validation import (
    _valid,
)

__all__ = ["check_body", "check_query"]


check_body = _valid
check_query = _valid
