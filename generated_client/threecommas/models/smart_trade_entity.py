"""SmartTradeEntity: response entity."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from attrs import define

from .._entity import (
    Entity,
    entity_field,
    list_writer,
    write_datetime,
    write_decimal,
    write_entity,
)
from .._read import (
    list_reader,
    model_reader,
    read_bool,
    read_datetime,
    read_decimal,
    read_int,
    read_str,
)
from .smart_trade_step_entity import SmartTradeStepEntity


@define(kw_only=True)
class SmartTradeEntity(Entity):
    """SmartTradeEntity. Every field is optional and may be null: a response missing a field or
    carrying null is still valid.

    Attributes:
        created_at: UTC timestamp; the API writes it as '2018-08-08 08:08:08'.
        updated_at: UTC timestamp; the API writes it as '2018-09-09 09:09:09'.
        trailing_stop_loss_last_price_updated_at: UTC timestamp; the API writes it as '2018-09-09 09:09:09'.
        trailing_take_profit_last_price_updated_at: UTC timestamp; the API writes it as '2018-09-09 09:09:09'.
        closed_at: UTC timestamp; the API writes it as '2018-10-10 10:10:10'.
        trailing_take_profit_step: Percentage
    """

    id: int | None = entity_field(read_int)
    account_id: int | None = entity_field(read_int)
    trailing_stop_loss: bool | None = entity_field(read_bool)
    from_currency_id: int | None = entity_field(read_int)
    trailing_stop_loss_condition_percentage: int | None = entity_field(read_int)
    trailing_take_profit: bool | None = entity_field(read_bool)
    stop_loss_enabled: bool | None = entity_field(read_bool)
    panic_sell_market_order_id: int | None = entity_field(read_int)
    take_profit_enabled: bool | None = entity_field(read_bool)
    trailing_buy_enabled: bool | None = entity_field(read_bool)
    stop_loss_timeout_seconds: int | None = entity_field(read_int)
    stop_loss_timeout_enabled: bool | None = entity_field(read_bool)
    panic_sellable: bool | None = entity_field(read_bool)
    editable: bool | None = entity_field(read_bool)
    finished: bool | None = entity_field(read_bool)
    cancellable: bool | None = entity_field(read_bool)
    created_at: datetime | None = entity_field(read_datetime, write_datetime)
    updated_at: datetime | None = entity_field(read_datetime, write_datetime)
    trailing_stop_loss_last_price_updated_at: datetime | None = entity_field(read_datetime, write_datetime)
    trailing_take_profit_last_price_updated_at: datetime | None = entity_field(read_datetime, write_datetime)
    closed_at: datetime | None = entity_field(read_datetime, write_datetime)
    status: str | None = entity_field(read_str)
    take_profit_price_condition: Decimal | None = entity_field(read_decimal, write_decimal)
    take_profit_price_order: Decimal | None = entity_field(read_decimal, write_decimal)
    stop_loss_price_condition: Decimal | None = entity_field(read_decimal, write_decimal)
    stop_loss_price_order: Decimal | None = entity_field(read_decimal, write_decimal)
    units_to_buy: Decimal | None = entity_field(read_decimal, write_decimal)
    buy_price: Decimal | None = entity_field(read_decimal, write_decimal)
    total: Decimal | None = entity_field(read_decimal, write_decimal)
    average_buy_price: Decimal | None = entity_field(read_decimal, write_decimal)
    average_sell_price: Decimal | None = entity_field(read_decimal, write_decimal)
    error_message: str | None = entity_field(read_str)
    trailing_take_profit_step: Decimal | None = entity_field(read_decimal, write_decimal)
    type_: str | None = entity_field(read_str, wire="type")
    stop_loss_price_method: str | None = entity_field(read_str)
    take_profit_price_method: str | None = entity_field(read_str)
    trailing_stop_loss_last_price: Decimal | None = entity_field(read_decimal, write_decimal)
    trailing_take_profit_last_price: Decimal | None = entity_field(read_decimal, write_decimal)
    note: str | None = entity_field(read_str)
    buy_method: str | None = entity_field(read_str)
    take_profit_type: str | None = entity_field(read_str)
    stop_loss_type: str | None = entity_field(read_str)
    stop_loss_sell_method: str | None = entity_field(read_str)
    take_profit_sell_method: str | None = entity_field(read_str)
    take_profit_sell_order_price: Decimal | None = entity_field(read_decimal, write_decimal)
    stop_loss_sell_order_price: Decimal | None = entity_field(read_decimal, write_decimal)
    trailing_buy_step: Decimal | None = entity_field(read_decimal, write_decimal)
    profit_percentage: Decimal | None = entity_field(read_decimal, write_decimal)
    current_price: Decimal | None = entity_field(read_decimal, write_decimal)
    account_market: str | None = entity_field(read_str)
    account_name: str | None = entity_field(read_str)
    from_currency_code: str | None = entity_field(read_str)
    from_currency_name: str | None = entity_field(read_str)
    from_currency_display_name: str | None = entity_field(read_str)
    to_currency_code: str | None = entity_field(read_str)
    to_currency_name: str | None = entity_field(read_str)
    to_currency_display_name: str | None = entity_field(read_str)
    usd_profit: Decimal | None = entity_field(read_decimal, write_decimal)
    smart_trade_steps: list[SmartTradeStepEntity] | None = entity_field(
        list_reader(model_reader(SmartTradeStepEntity.from_dict)), list_writer(write_entity), nested=True
    )
    take_profit_steps: list[SmartTradeStepEntity] | None = entity_field(
        list_reader(model_reader(SmartTradeStepEntity.from_dict)), list_writer(write_entity), nested=True
    )
    stop_loss_steps: list[SmartTradeStepEntity] | None = entity_field(
        list_reader(model_reader(SmartTradeStepEntity.from_dict)), list_writer(write_entity), nested=True
    )
    buy_steps: list[SmartTradeStepEntity] | None = entity_field(
        list_reader(model_reader(SmartTradeStepEntity.from_dict)), list_writer(write_entity), nested=True
    )
