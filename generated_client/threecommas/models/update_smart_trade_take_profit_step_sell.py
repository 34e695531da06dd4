"""UpdateSmartTradeTakeProfitStepSell: one variant of a rule group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define

from .._body import RequestBody


@define(kw_only=True)
class UpdateSmartTradeTakeProfitStepSell(RequestBody):
    """Sends take_profit_enabled = true, take_profit_type = step_sell.

    take_profit_type: Required if take_profit_enabled.
    """

    SELECTORS: ClassVar[Mapping[str, Any]] = {"take_profit_enabled": True, "take_profit_type": "step_sell"}
