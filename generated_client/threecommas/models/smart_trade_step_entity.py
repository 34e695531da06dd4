"""SmartTradeStepEntity: response entity."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from attrs import define

from .._entity import (
    Entity,
    entity_field,
    write_datetime,
    write_decimal,
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

    id: int | None = entity_field(read_int)
    editable: bool | None = entity_field(read_bool)
    position: int | None = entity_field(read_int)
    order_id: int | None = entity_field(read_int)
    smart_trade_id: int | None = entity_field(read_int)
    is_panic_sell: bool | None = entity_field(read_bool)
    created_at: datetime | None = entity_field(read_datetime, write_datetime)
    updated_at: datetime | None = entity_field(read_datetime, write_datetime)
    trailing_last_pirce_updated_at: datetime | None = entity_field(read_datetime, write_datetime)
    trailing_last_price_updated_at: datetime | None = entity_field(read_datetime, write_datetime)
    type_: str | None = entity_field(read_str, wire="type")
    price: Decimal | None = entity_field(read_decimal, write_decimal)
    average_result_price: Decimal | None = entity_field(read_decimal, write_decimal)
    deviation_condition: Decimal | None = entity_field(read_decimal, write_decimal)
    price_method: str | None = entity_field(read_str)
    trailing_last_pirce: Decimal | None = entity_field(read_decimal, write_decimal)
    trailing_last_price: Decimal | None = entity_field(read_decimal, write_decimal)
    sell_method: str | None = entity_field(read_str)
    sell_order_price: Decimal | None = entity_field(read_decimal, write_decimal)
    percent: Decimal | None = entity_field(read_decimal, write_decimal)
    pair: str | None = entity_field(read_str)
    initial_amount: Decimal | None = entity_field(read_decimal, write_decimal)
    initial_total: Decimal | None = entity_field(read_decimal, write_decimal)
    actual_amount: Decimal | None = entity_field(read_decimal, write_decimal)
    actual_total: Decimal | None = entity_field(read_decimal, write_decimal)
    status: str | None = entity_field(read_str)
    market_order_id: int | None = entity_field(read_int)
    market_class: str | None = entity_field(read_str)
    price_percentage: Decimal | None = entity_field(read_decimal, write_decimal)
