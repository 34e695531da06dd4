"""StopLossDisabled: one variant of a rule group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define

from .._body import RequestBody


@define(kw_only=True)
class StopLossDisabled(RequestBody):
    """Sends stop_loss_enabled = false."""

    SELECTORS: ClassVar[Mapping[str, Any]] = {"stop_loss_enabled": False}
