"""TrailingBuyEnabled: one variant of a rule group."""

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
class TrailingBuyEnabled(RequestBody):
    """Sends trailing_buy_enabled = true.

    trailing_buy_step: Required if trailing_buy_enabled.

    Attributes:
        trailing_buy_step: Required if trailing_buy_enabled
    """

    SELECTORS: ClassVar[Mapping[str, Any]] = {"trailing_buy_enabled": True}
    SELECTOR_DEFAULTS: ClassVar[Mapping[str, Any]] = {"trailing_buy_enabled": False}

    trailing_buy_step: Decimal = field(converter=to_decimal, metadata=DECIMAL)
