"""TakeProfitSellLimit: one variant of a rule group."""

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
class TakeProfitSellLimit(RequestBody):
    """Sends take_profit_sell_method = limit.

    take_profit_sell_order_price: Required if limit.

    Attributes:
        take_profit_sell_order_price: Required if limit
    """

    SELECTORS: ClassVar[Mapping[str, Any]] = {"take_profit_sell_method": "limit"}
    SELECTOR_DEFAULTS: ClassVar[Mapping[str, Any]] = {"take_profit_sell_method": "market"}

    take_profit_sell_order_price: Decimal = field(converter=to_decimal, metadata=DECIMAL)
