"""UpdateSmartTradeTakeProfitStepOrder: one item of a list."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from attrs import define, field

from .._convert import (
    json_decimal,
    json_number,
    to_optional_decimal,
)
from .._values import dumps_body
from ..types import UNSET, Unset


@define(kw_only=True)
class UpdateSmartTradeTakeProfitStepOrder:
    """One item of ``take_profit_step_orders``."""

    percent: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal)
    price: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal)
    position: int | Unset = UNSET
    price_method: str | Unset = UNSET
    price_percentage: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object sent on the wire: the reference's flat format."""
        data: dict[str, Any] = {}
        if not isinstance(self.percent, Unset):
            data["percent"] = json_number(self.percent)
        if not isinstance(self.price, Unset):
            data["price"] = json_number(self.price)
        if not isinstance(self.position, Unset):
            data["position"] = self.position
        if not isinstance(self.price_method, Unset):
            data["price_method"] = self.price_method
        if not isinstance(self.price_percentage, Unset):
            data["price_percentage"] = json_number(self.price_percentage)
        return data

    def to_json(self) -> str:
        """:meth:`to_dict` as JSON text, numbers with their exact digits (no float on the way)."""
        return dumps_body(self.to_dict()).decode("utf-8")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateSmartTradeTakeProfitStepOrder:
        """Read the wire form back (numbers may be Decimal, int or float)."""
        return cls(
            percent=json_decimal(data["percent"]) if "percent" in data else UNSET,
            price=json_decimal(data["price"]) if "price" in data else UNSET,
            position=data.get("position", UNSET),
            price_method=data.get("price_method", UNSET),
            price_percentage=json_decimal(data["price_percentage"]) if "price_percentage" in data else UNSET,
        )
