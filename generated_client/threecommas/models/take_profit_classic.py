"""TakeProfitClassic: one variant of a rule group."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

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
class TakeProfitClassic:
    """Sends take_profit_enabled = true, take_profit_type = classic.

    take_profit_price_condition: Required if take_profit_type = classic.

    Attributes:
        take_profit_price_condition: Required if take_profit_type = classic
        take_profit_percentage_condition: In ``create_smart_sell``, ``create_smart_trade``: Required if take_profit_type = classic
            AND trailing_buy_enabled. Must be positive. In ``create_smart_cover``: Required if
            take_profit_type = classic AND trailing_buy_enabled. Must be negative. In
            ``update_smart_trade``: Required if take_profit_type = classic AND trailing_buy_enabled.
    """

    #: What this variant always sends: its selector values.
    SELECTORS: ClassVar[Mapping[str, Any]] = {"take_profit_enabled": True, "take_profit_type": "classic"}
    #: What an absent selector stands for, when reading a request back.
    SELECTOR_DEFAULTS: ClassVar[Mapping[str, Any]] = {}

    take_profit_price_condition: Decimal = field(converter=to_decimal)
    take_profit_percentage_condition: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object sent on the wire: the reference's flat format."""
        data: dict[str, Any] = dict(self.SELECTORS)
        data["take_profit_price_condition"] = json_number(self.take_profit_price_condition)
        if not isinstance(self.take_profit_percentage_condition, Unset):
            data["take_profit_percentage_condition"] = json_number(self.take_profit_percentage_condition)
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
    def from_dict(cls, data: Mapping[str, Any]) -> TakeProfitClassic:
        """Read the wire form back (numbers may be Decimal, int or float)."""
        return cls(
            take_profit_price_condition=json_decimal(data["take_profit_price_condition"]),
            take_profit_percentage_condition=json_decimal(data["take_profit_percentage_condition"])
            if "take_profit_percentage_condition" in data
            else UNSET,
        )
