"""StopLossEnabled: one variant of a rule group."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

from attrs import define, field

from .._body import DECIMAL, RequestBody
from .._convert import (
    to_decimal,
    to_optional_decimal,
)
from ..types import UNSET, Unset


@define(kw_only=True)
class StopLossEnabled(RequestBody):
    """Sends stop_loss_enabled = true.

    stop_loss_price_condition: Required if stop_loss_enabled.

    Attributes:
        stop_loss_price_condition: Required if stop_loss_enabled
        stop_loss_percentage_condition: In ``smart_trades.create_smart_sell``, ``smart_trades.create``: Required if
            stop_loss_enabled AND trailing_buy_enabled. Must be negative. In
            ``smart_trades.create_smart_cover``: Required if stop_loss_enabled AND
            trailing_buy_enabled. Must Be positive. In ``smart_trades.update``: Required if
            stop_loss_enabled AND trailing_buy_enabled.
    """

    SELECTORS: ClassVar[Mapping[str, Any]] = {"stop_loss_enabled": True}

    stop_loss_price_condition: Decimal = field(converter=to_decimal, metadata=DECIMAL)
    stop_loss_percentage_condition: Decimal | Unset = field(
        default=UNSET, converter=to_optional_decimal, metadata=DECIMAL
    )
