"""UpdateSmartTradeTakeProfitStepOrder: one item of a list."""

from __future__ import annotations

from decimal import Decimal

from attrs import define, field

from .._body import BodyField, BodyFields, RequestBody
from .._convert import (
    json_decimal,
    json_number,
    to_optional_decimal,
)
from ..types import UNSET, Unset


@define(kw_only=True)
class UpdateSmartTradeTakeProfitStepOrder(RequestBody):
    """One item of ``take_profit_step_orders``."""

    percent: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal)
    price: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal)
    position: int | Unset = UNSET
    price_method: str | Unset = UNSET
    price_percentage: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal)


UpdateSmartTradeTakeProfitStepOrder.FIELDS = BodyFields(
    BodyField("percent", encode=json_number, decode=json_decimal),
    BodyField("price", encode=json_number, decode=json_decimal),
    BodyField("position"),
    BodyField("price_method"),
    BodyField("price_percentage", encode=json_number, decode=json_decimal),
)
