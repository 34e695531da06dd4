"""BuyConditional: one variant of a rule group."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

from attrs import define, field

from .._body import DECIMAL, RequestBody
from .._convert import (
    to_optional_decimal,
)
from ..types import UNSET, Unset


@define(kw_only=True)
class BuyConditional(RequestBody):
    """Sends buy_method = conditional.

    Attributes:
        conditional_limit_price: In ``smart_trades.create_simple_sell``: Order price for conditional SimpleSell with
            limit order. In ``smart_trades.create_simple_buy``: Order price for conditional
            SimpleBuy with limit order. In ``smart_trades.create_smart_cover``: Order price for
            conditional SmartCover with limit order. In ``smart_trades.create``: Order price for
            conditional SmartTrade with limit order.
    """

    SELECTORS: ClassVar[Mapping[str, Any]] = {"buy_method": "conditional"}
    SELECTOR_DEFAULTS: ClassVar[Mapping[str, Any]] = {"buy_method": "limit"}

    conditional_limit_price: Decimal | Unset = field(
        default=UNSET, converter=to_optional_decimal, metadata=DECIMAL
    )
