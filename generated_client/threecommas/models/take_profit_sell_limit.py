"""TakeProfitSellLimit: one variant of a rule group."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

from attrs import define, field

from .._convert import (
    json_decimal,
    json_number,
    to_decimal,
)
from .._values import dumps_body


@define(kw_only=True)
class TakeProfitSellLimit:
    """Sends take_profit_sell_method = limit.

    take_profit_sell_order_price: Required if limit.

    Attributes:
        take_profit_sell_order_price: Required if limit
    """

    #: What this variant always sends: its selector values.
    SELECTORS: ClassVar[Mapping[str, Any]] = {"take_profit_sell_method": "limit"}
    #: What an absent selector stands for, when reading a request back.
    SELECTOR_DEFAULTS: ClassVar[Mapping[str, Any]] = {"take_profit_sell_method": "market"}

    take_profit_sell_order_price: Decimal = field(converter=to_decimal)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object sent on the wire: the reference's flat format."""
        data: dict[str, Any] = dict(self.SELECTORS)
        data["take_profit_sell_order_price"] = json_number(self.take_profit_sell_order_price)
        return data

    def to_json(self) -> str:
        """:meth:`to_dict` as JSON text, numbers with their exact digits (no float on the way)."""
        return dumps_body(self.to_dict()).decode("utf-8")

    @classmethod
    def matches(cls, data: Mapping[str, Any]) -> bool:
        """Whether ``data`` carries this variant's selector values."""
        return all(
            data.get(key, cls.SELECTOR_DEFAULTS.get(key)) == value for key, value in cls.SELECTORS.items()
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TakeProfitSellLimit:
        """Read the wire form back (numbers may be Decimal, int or float)."""
        return cls(
            take_profit_sell_order_price=json_decimal(data["take_profit_sell_order_price"]),
        )
