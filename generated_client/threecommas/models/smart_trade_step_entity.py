"""SmartTradeStepEntity: response entity."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from attrs import define

from .._entity import (
    Entity,
    Field,
    Fields,
    write_datetime,
    write_decimal,
    write_value,
)
from .._read import (
    read_bool,
    read_datetime,
    read_decimal,
    read_int,
    read_str,
)


@define(kw_only=True)
class SmartTradeStepEntity(Entity):
    """SmartTradeStepEntity. Every field is optional and may be null: a response missing a field or
    carrying null is still valid.

    Attributes:
        position: For TP type = step_sell
        created_at: UTC timestamp; the API writes it as '2018-09-09 09:09:09'.
        updated_at: UTC timestamp; the API writes it as '2018-10-10 10:11:12'.
        trailing_last_pirce_updated_at: UTC timestamp; the API writes it as '2018-10-10 10:12:12'.
        trailing_last_price_updated_at: UTC timestamp; the API writes it as '2018-10-10 10:12:12'.
        pair: QUOTE_BASE
    """

    id: int | None = None
    editable: bool | None = None
    position: int | None = None
    order_id: int | None = None
    smart_trade_id: int | None = None
    is_panic_sell: bool | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    trailing_last_pirce_updated_at: datetime | None = None
    trailing_last_price_updated_at: datetime | None = None
    type_: str | None = None
    price: Decimal | None = None
    average_result_price: Decimal | None = None
    deviation_condition: Decimal | None = None
    price_method: str | None = None
    trailing_last_pirce: Decimal | None = None
    trailing_last_price: Decimal | None = None
    sell_method: str | None = None
    sell_order_price: Decimal | None = None
    percent: Decimal | None = None
    pair: str | None = None
    initial_amount: Decimal | None = None
    initial_total: Decimal | None = None
    actual_amount: Decimal | None = None
    actual_total: Decimal | None = None
    status: str | None = None
    market_order_id: int | None = None
    market_class: str | None = None
    price_percentage: Decimal | None = None


SmartTradeStepEntity.FIELDS = Fields(
    Field("id", read_int, write_value),
    Field("editable", read_bool, write_value),
    Field("position", read_int, write_value),
    Field("order_id", read_int, write_value),
    Field("smart_trade_id", read_int, write_value),
    Field("is_panic_sell", read_bool, write_value),
    Field("created_at", read_datetime, write_datetime),
    Field("updated_at", read_datetime, write_datetime),
    Field("trailing_last_pirce_updated_at", read_datetime, write_datetime),
    Field("trailing_last_price_updated_at", read_datetime, write_datetime),
    Field("type_", read_str, write_value, wire="type"),
    Field("price", read_decimal, write_decimal),
    Field("average_result_price", read_decimal, write_decimal),
    Field("deviation_condition", read_decimal, write_decimal),
    Field("price_method", read_str, write_value),
    Field("trailing_last_pirce", read_decimal, write_decimal),
    Field("trailing_last_price", read_decimal, write_decimal),
    Field("sell_method", read_str, write_value),
    Field("sell_order_price", read_decimal, write_decimal),
    Field("percent", read_decimal, write_decimal),
    Field("pair", read_str, write_value),
    Field("initial_amount", read_decimal, write_decimal),
    Field("initial_total", read_decimal, write_decimal),
    Field("actual_amount", read_decimal, write_decimal),
    Field("actual_total", read_decimal, write_decimal),
    Field("status", read_str, write_value),
    Field("market_order_id", read_int, write_value),
    Field("market_class", read_str, write_value),
    Field("price_percentage", read_decimal, write_decimal),
)
