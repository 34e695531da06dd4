"""TakeProfitClassic: one variant of a rule group."""

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
class TakeProfitClassic(RequestBody):
    """Sends take_profit_enabled = true, take_profit_type = classic.

    take_profit_type: Required if take_profit_enabled. take_profit_price_condition: Required if
    take_profit_type = classic.

    Attributes:
        take_profit_price_condition: Required if take_profit_type = classic
        take_profit_percentage_condition: In ``smart_trades.create_smart_sell``, ``smart_trades.create``: Required if
            take_profit_type = classic AND trailing_buy_enabled. Must be positive. In
            ``smart_trades.create_smart_cover``: Required if take_profit_type = classic AND
            trailing_buy_enabled. Must be negative. In ``smart_trades.update``: Required if
            take_profit_type = classic AND trailing_buy_enabled.
    """

    SELECTORS: ClassVar[Mapping[str, Any]] = {"take_profit_enabled": True, "take_profit_type": "classic"}

    take_profit_price_condition: Decimal = field(converter=to_decimal, metadata=DECIMAL)
    take_profit_percentage_condition: Decimal | Unset = field(
        default=UNSET, converter=to_optional_decimal, metadata=DECIMAL
    )
