"""StopLossSellLimit: one variant of a rule group."""

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
class StopLossSellLimit(RequestBody):
    """Sends stop_loss_sell_method = limit.

    stop_loss_sell_order_price: Required if limit.

    Attributes:
        stop_loss_sell_order_price: Required if limit
    """

    SELECTORS: ClassVar[Mapping[str, Any]] = {"stop_loss_sell_method": "limit"}
    SELECTOR_DEFAULTS: ClassVar[Mapping[str, Any]] = {"stop_loss_sell_method": "market"}

    stop_loss_sell_order_price: Decimal = field(converter=to_decimal, metadata=DECIMAL)
