"""CreateSimpleSellRequest: request body."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from attrs import define, field

from .._convert import (
    json_decimal,
    json_number,
    to_decimal,
)
from .._values import dumps_body
from .buy_conditional import BuyConditional
from .buy_limit import BuyLimit
from .buy_market import BuyMarket


@define(kw_only=True)
class CreateSimpleSellRequest:
    """Create SimpleSell: the body of ``POST /ver1/smart_trades/create_simple_sell``.

    Attributes:
        account_id: id from GET /ver1/accounts
        units_to_buy: Amount of units to buy
        buy_method: One of BuyLimit, BuyMarket, BuyConditional; the variant sets buy_method and the fields
            that go with it.
    """

    account_id: int
    pair: str
    units_to_buy: Decimal = field(converter=to_decimal)
    buy_price: Decimal = field(converter=to_decimal)
    buy_method: BuyLimit | BuyMarket | BuyConditional

    def to_dict(self) -> dict[str, Any]:
        """The JSON object sent on the wire: the reference's flat format."""
        data: dict[str, Any] = {}
        data["account_id"] = self.account_id
        data["pair"] = self.pair
        data["units_to_buy"] = json_number(self.units_to_buy)
        data["buy_price"] = json_number(self.buy_price)
        data.update(self.buy_method.to_dict())
        return data

    def to_json(self) -> str:
        """:meth:`to_dict` as JSON text, numbers with their exact digits (no float on the way)."""
        return dumps_body(self.to_dict()).decode("utf-8")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateSimpleSellRequest:
        """Read the wire form back (numbers may be Decimal, int or float)."""
        group_buy_method: BuyLimit | BuyMarket | BuyConditional
        if BuyLimit.matches(data):
            group_buy_method = BuyLimit.from_dict(data)
        elif BuyMarket.matches(data):
            group_buy_method = BuyMarket.from_dict(data)
        elif BuyConditional.matches(data):
            group_buy_method = BuyConditional.from_dict(data)
        else:
            raise ValueError("no variant of buy_method matches the data")
        return cls(
            account_id=data["account_id"],
            pair=data["pair"],
            units_to_buy=json_decimal(data["units_to_buy"]),
            buy_price=json_decimal(data["buy_price"]),
            buy_method=group_buy_method,
        )
