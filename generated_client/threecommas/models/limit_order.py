"""LimitOrder: one variant of a rule group."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

from attrs import define, field

from .._body import DECIMAL, RequestBody
from .._convert import (
    to_decimal,
)


@define(kw_only=True)
class LimitOrder(RequestBody):
    """Sends is_market = false.

    rate: Required if LIMIT order used.

    Attributes:
        rate: buy order rate. Required if LIMIT order used
    """

    SELECTORS: ClassVar[Mapping[str, Any]] = {"is_market": False}

    rate: Decimal = field(converter=to_decimal, metadata=DECIMAL)
