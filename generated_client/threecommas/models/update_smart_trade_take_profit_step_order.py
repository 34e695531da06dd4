"""UpdateSmartTradeTakeProfitStepOrder: one item of a list."""

from __future__ import annotations

from decimal import Decimal

from attrs import define, field

from .._body import DECIMAL, RequestBody
from .._convert import (
    to_optional_decimal,
)
from ..types import UNSET, Unset


@define(kw_only=True)
class UpdateSmartTradeTakeProfitStepOrder(RequestBody):
    """One item of ``take_profit_step_orders``."""

    percent: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal, metadata=DECIMAL)
    price: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal, metadata=DECIMAL)
    position: int | Unset = UNSET
    price_method: str | Unset = UNSET
    price_percentage: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal, metadata=DECIMAL)
