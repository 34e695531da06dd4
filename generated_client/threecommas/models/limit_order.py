"""LimitOrder: one variant of a rule group."""

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
class LimitOrder(RequestBody):
    """Sends is_market = false.

    rate: Required if LIMIT order used.

    Attributes:
        rate: buy order rate. Required if LIMIT order used
    """

    SELECTORS: ClassVar[Mapping[str, Any]] = {"is_market": False}

    rate: Decimal = field(converter=to_decimal)


LimitOrder.FIELDS = BodyFields(
    BodyField("rate", encode=json_number, decode=json_decimal, required=True),
)
