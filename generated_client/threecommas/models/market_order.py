"""MarketOrder: one variant of a rule group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define

from .._body import RequestBody


@define(kw_only=True)
class MarketOrder(RequestBody):
    """Sends is_market = true."""

    SELECTORS: ClassVar[Mapping[str, Any]] = {"is_market": True}
