"""TakeProfitStepOrder: one item of a list."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from attrs import define, field

from .._body import DECIMAL, RequestBody
from .._convert import (
    to_decimal,
    to_optional_decimal,
)
from ..types import UNSET, Unset


@define(kw_only=True)
class TakeProfitStepOrder(RequestBody):
    """One item of ``take_profit_step_orders``."""

    percent: Decimal = field(converter=to_decimal, metadata=DECIMAL)
    price: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal, metadata=DECIMAL)
    price_method: Literal["bid", "ask", "last"]
    price_percentage: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal, metadata=DECIMAL)
