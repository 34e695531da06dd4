"""UpdateSmartTradeTrailingBuyEnabled: one variant of a rule group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define

from .._body import RequestBody


@define(kw_only=True)
class UpdateSmartTradeTrailingBuyEnabled(RequestBody):
    """Sends trailing_buy_enabled = true."""

    SELECTORS: ClassVar[Mapping[str, Any]] = {"trailing_buy_enabled": True}
    SELECTOR_DEFAULTS: ClassVar[Mapping[str, Any]] = {"trailing_buy_enabled": False}
