"""TakeProfitStepOrder: one item of a list."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from attrs import define, field

from .._body import BodyField, BodyFields, RequestBody
from .._convert import (
    json_decimal,
    json_number,
    to_decimal,
    to_optional_decimal,
)
from ..types import UNSET, Unset


@define(kw_only=True)
class TakeProfitStepOrder(RequestBody):
    """One item of ``take_profit_step_orders``."""

    percent: Decimal = field(converter=to_decimal)
    price: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal)
    price_method: Literal["bid", "ask", "last"]
    price_percentage: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal)


TakeProfitStepOrder.FIELDS = BodyFields(
    BodyField("percent", encode=json_number, decode=json_decimal, required=True),
    BodyField("price", encode=json_number, decode=json_decimal),
    BodyField("price_method", required=True),
    BodyField("price_percentage", encode=json_number, decode=json_decimal),
)
