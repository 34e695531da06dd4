"""TakeProfitDisabled: one variant of a rule group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define

from .._body import RequestBody


@define(kw_only=True)
class TakeProfitDisabled(RequestBody):
    """Sends take_profit_enabled = false."""

    SELECTORS: ClassVar[Mapping[str, Any]] = {"take_profit_enabled": False}
