"""UpdateSmartTradeTrailingBuyEnabled: one variant of a rule group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define

from .._values import dumps_body


@define(kw_only=True)
class UpdateSmartTradeTrailingBuyEnabled:
    """Sends trailing_buy_enabled = true."""

    #: What this variant always sends: its selector values.
    SELECTORS: ClassVar[Mapping[str, Any]] = {"trailing_buy_enabled": True}
    #: What an absent selector stands for, when reading a request back.
    SELECTOR_DEFAULTS: ClassVar[Mapping[str, Any]] = {"trailing_buy_enabled": False}

    def to_dict(self) -> dict[str, Any]:
        """The JSON object sent on the wire: the reference's flat format."""
        data: dict[str, Any] = dict(self.SELECTORS)
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
    def from_dict(cls, data: Mapping[str, Any]) -> UpdateSmartTradeTrailingBuyEnabled:
        """Read the wire form back (numbers may be Decimal, int or float)."""
        return cls()
