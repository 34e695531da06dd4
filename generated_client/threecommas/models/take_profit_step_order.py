"""TakeProfitStepOrder: one item of a list."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal

from attrs import define, field

from .._convert import (
    json_decimal,
    json_number,
    to_decimal,
    to_optional_decimal,
)
from .._values import dumps_body
from ..types import UNSET, Unset


@define(kw_only=True)
class TakeProfitStepOrder:
    """One item of ``take_profit_step_orders``."""

    percent: Decimal = field(converter=to_decimal)
    price: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal)
    price_method: Literal["bid", "ask", "last"]
    price_percentage: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object sent on the wire: the reference's flat format."""
        data: dict[str, Any] = {}
        data["percent"] = json_number(self.percent)
        if not isinstance(self.price, Unset):
            data["price"] = json_number(self.price)
        data["price_method"] = self.price_method
        if not isinstance(self.price_percentage, Unset):
            data["price_percentage"] = json_number(self.price_percentage)
        return data

    def to_json(self) -> str:
        """:meth:`to_dict` as JSON text, numbers with their exact digits (no float on the way)."""
        return dumps_body(self.to_dict()).decode("utf-8")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TakeProfitStepOrder:
        """Read the wire form back (numbers may be Decimal, int or float)."""
        return cls(
            percent=json_decimal(data["percent"]),
            price=json_decimal(data["price"]) if "price" in data else UNSET,
            price_method=data["price_method"],
            price_percentage=json_decimal(data["price_percentage"]) if "price_percentage" in data else UNSET,
        )
