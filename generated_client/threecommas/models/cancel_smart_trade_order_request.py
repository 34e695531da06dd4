"""CancelSmartTradeOrderRequest: request body."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define

from .._values import dumps_body


@define(kw_only=True)
class CancelSmartTradeOrderRequest:
    """Manual cancel order: the body of ``POST /ver1/smart_trades/{smart_trade_id}/cancel_order``.

    Attributes:
        step_id: SmartTrade step id to cancel
    """

    step_id: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON object sent on the wire: the reference's flat format."""
        data: dict[str, Any] = {}
        data["step_id"] = self.step_id
        return data

    def to_json(self) -> str:
        """:meth:`to_dict` as JSON text, numbers with their exact digits (no float on the way)."""
        return dumps_body(self.to_dict()).decode("utf-8")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CancelSmartTradeOrderRequest:
        """Read the wire form back (numbers may be Decimal, int or float)."""
        return cls(
            step_id=data["step_id"],
        )
