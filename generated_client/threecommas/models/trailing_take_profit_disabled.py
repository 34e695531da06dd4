"""TrailingTakeProfitDisabled: one variant of a rule group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define

from .._body import RequestBody


@define(kw_only=True)
class TrailingTakeProfitDisabled(RequestBody):
    """Sends trailing_take_profit = false."""

    SELECTORS: ClassVar[Mapping[str, Any]] = {"trailing_take_profit": False}
    SELECTOR_DEFAULTS: ClassVar[Mapping[str, Any]] = {"trailing_take_profit": False}
