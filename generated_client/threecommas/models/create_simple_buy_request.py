"""CreateSimpleBuyRequest: request body."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, cast

from attrs import define, field

from .._body import DECIMAL, RequestBody, as_variant, rule_group
from .._convert import (
    to_decimal,
)
from .buy_conditional import BuyConditional
from .buy_limit import BuyLimit
from .buy_market import BuyMarket


def _as_buy_method(
    value: BuyLimit | BuyMarket | BuyConditional | Mapping[str, Any],
) -> BuyLimit | BuyMarket | BuyConditional:
    """``CreateSimpleBuyRequest.buy_method``: a dict in place of a class is read through the class."""
    return cast(
        "BuyLimit | BuyMarket | BuyConditional",
        as_variant(
            (
                BuyLimit,
                BuyMarket,
                BuyConditional,
            ),
            value,
        ),
    )


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
        converter=_as_buy_method, metadata=rule_group("buy_method", BuyLimit, BuyMarket, BuyConditional)
    )
