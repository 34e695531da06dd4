"""CreateSimpleBuyRequest: request body."""

from __future__ import annotations

from decimal import Decimal

from attrs import define, field

from .._body import DECIMAL, RequestBody, rule_group
from .._convert import (
    to_decimal,
)
from .buy_conditional import BuyConditional
from .buy_limit import BuyLimit
from .buy_market import BuyMarket


@define(kw_only=True)
class CreateSimpleBuyRequest(RequestBody):
    """Create SimpleBuy: the body of ``POST /ver1/smart_trades/create_simple_buy``.

    Attributes:
        account_id: id from GET /ver1/accounts
        units_to_buy: Amount of units to buy
        buy_method: One of BuyLimit, BuyMarket, BuyConditional; the variant sets buy_method and the fields
            that go with it.
    """

    account_id: int
    pair: str
    units_to_buy: Decimal = field(converter=to_decimal, metadata=DECIMAL)
    buy_price: Decimal = field(converter=to_decimal, metadata=DECIMAL)
    buy_method: BuyLimit | BuyMarket | BuyConditional = field(
        metadata=rule_group("buy_method", BuyLimit, BuyMarket, BuyConditional)
    )
