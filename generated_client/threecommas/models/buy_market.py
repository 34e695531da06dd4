"""BuyMarket: one variant of a rule group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define

from .._body import RequestBody


@define(kw_only=True)
class BuyMarket(RequestBody):
    """Sends buy_method = market."""

    SELECTORS: ClassVar[Mapping[str, Any]] = {"buy_method": "market"}
    SELECTOR_DEFAULTS: ClassVar[Mapping[str, Any]] = {"buy_method": "limit"}
