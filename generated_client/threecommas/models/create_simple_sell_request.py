"""CreateSimpleSellRequest: request body."""

from __future__ import annotations

from decimal import Decimal

from attrs import define, field

from .._body import BodyField, BodyFields, RequestBody
from .._convert import (
    json_decimal,
    json_number,
    to_decimal,
)
from .buy_conditional import BuyConditional
from .buy_limit import BuyLimit
from .buy_market import BuyMarket


@define(kw_only=True)
class CreateSimpleSellRequest(RequestBody):
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


CreateSimpleSellRequest.FIELDS = BodyFields(
    BodyField("account_id", required=True),
    BodyField("pair", required=True),
    BodyField("units_to_buy", encode=json_number, decode=json_decimal, required=True),
    BodyField("buy_price", encode=json_number, decode=json_decimal, required=True),
    BodyField("buy_method", wire="buy_method", variants=(BuyLimit, BuyMarket, BuyConditional), required=True),
)
