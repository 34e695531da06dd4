"""TrailingBuyEnabled: one variant of a rule group."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

from attrs import define, field

from .._body import BodyField, BodyFields, RequestBody
from .._convert import (
    json_decimal,
    json_number,
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

    trailing_buy_step: Decimal = field(converter=to_decimal)


TrailingBuyEnabled.FIELDS = BodyFields(
    BodyField("trailing_buy_step", encode=json_number, decode=json_decimal, required=True),
)
