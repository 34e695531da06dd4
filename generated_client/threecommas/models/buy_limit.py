"""BuyLimit: one variant of a rule group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define

from .._body import RequestBody


@define(kw_only=True)
class BuyLimit(RequestBody):
    """Sends buy_method = limit."""

    SELECTORS: ClassVar[Mapping[str, Any]] = {"buy_method": "limit"}
    SELECTOR_DEFAULTS: ClassVar[Mapping[str, Any]] = {"buy_method": "limit"}
