"""BuyConditional: one variant of a rule group."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

from attrs import define, field

from .._convert import (
    json_decimal,
    json_number,
    to_optional_decimal,
)
from .._values import dumps_body
from ..types import UNSET, Unset


@define(kw_only=True)
class BuyConditional:
    """Sends buy_method = conditional.

    Attributes:
        conditional_limit_price: In ``create_simple_sell``: Order price for conditional SimpleSell with limit order. In
            ``create_simple_buy``: Order price for conditional SimpleBuy with limit order. In
            ``create_smart_cover``: Order price for conditional SmartCover with limit order. In
            ``create_smart_trade``: Order price for conditional SmartTrade with limit order.
    """

    #: What this variant always sends: its selector values.
    SELECTORS: ClassVar[Mapping[str, Any]] = {"buy_method": "conditional"}
    #: What an absent selector stands for, when reading a request back.
    SELECTOR_DEFAULTS: ClassVar[Mapping[str, Any]] = {}

    conditional_limit_price: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object sent on the wire: the reference's flat format."""
        data: dict[str, Any] = dict(self.SELECTORS)
        if not isinstance(self.conditional_limit_price, Unset):
            data["conditional_limit_price"] = json_number(self.conditional_limit_price)
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
    def from_dict(cls, data: Mapping[str, Any]) -> BuyConditional:
        """Read the wire form back (numbers may be Decimal, int or float)."""
        return cls(
            conditional_limit_price=json_decimal(data["conditional_limit_price"])
            if "conditional_limit_price" in data
            else UNSET,
        )
