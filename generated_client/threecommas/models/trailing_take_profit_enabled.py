"""TrailingTakeProfitEnabled: one variant of a rule group."""

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
class TrailingTakeProfitEnabled(RequestBody):
    """Sends trailing_take_profit = true.

    trailing_take_profit_step: require if trailing_take_profit.

    Attributes:
        trailing_take_profit_step: require if trailing_take_profit
    """

    SELECTORS: ClassVar[Mapping[str, Any]] = {"trailing_take_profit": True}
    SELECTOR_DEFAULTS: ClassVar[Mapping[str, Any]] = {"trailing_take_profit": False}

    trailing_take_profit_step: Decimal = field(converter=to_decimal, metadata=DECIMAL)
