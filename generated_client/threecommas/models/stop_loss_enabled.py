"""StopLossEnabled: one variant of a rule group."""

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
class StopLossEnabled:
    """Sends stop_loss_enabled = true.

    stop_loss_price_condition: Required if stop_loss_enabled.

    Attributes:
        stop_loss_price_condition: Required if stop_loss_enabled
        stop_loss_percentage_condition: In ``create_smart_sell``, ``create_smart_trade``: Required if stop_loss_enabled AND
            trailing_buy_enabled. Must be negative. In ``create_smart_cover``: Required if
            stop_loss_enabled AND trailing_buy_enabled. Must Be positive. In ``update_smart_trade``:
            Required if stop_loss_enabled AND trailing_buy_enabled.
    """

    #: What this variant always sends: its selector values.
    SELECTORS: ClassVar[Mapping[str, Any]] = {"stop_loss_enabled": True}
    #: What an absent selector stands for, when reading a request back.
    SELECTOR_DEFAULTS: ClassVar[Mapping[str, Any]] = {}

    stop_loss_price_condition: Decimal = field(converter=to_decimal)
    stop_loss_percentage_condition: Decimal | Unset = field(default=UNSET, converter=to_optional_decimal)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object sent on the wire: the reference's flat format."""
        data: dict[str, Any] = dict(self.SELECTORS)
        data["stop_loss_price_condition"] = json_number(self.stop_loss_price_condition)
        if not isinstance(self.stop_loss_percentage_condition, Unset):
            data["stop_loss_percentage_condition"] = json_number(self.stop_loss_percentage_condition)
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
    def from_dict(cls, data: Mapping[str, Any]) -> StopLossEnabled:
        """Read the wire form back (numbers may be Decimal, int or float)."""
        return cls(
            stop_loss_price_condition=json_decimal(data["stop_loss_price_condition"]),
            stop_loss_percentage_condition=json_decimal(data["stop_loss_percentage_condition"])
            if "stop_loss_percentage_condition" in data
            else UNSET,
        )
