"""SmartTradeEntity: response entity."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from attrs import define

from .._entity import (
    Entity,
    Field,
    Fields,
    list_writer,
    write_datetime,
    write_decimal,
    write_entity,
    write_value,
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

    id: int | None = None
    account_id: int | None = None
    trailing_stop_loss: bool | None = None
    from_currency_id: int | None = None
    trailing_stop_loss_condition_percentage: int | None = None
    trailing_take_profit: bool | None = None
    stop_loss_enabled: bool | None = None
    panic_sell_market_order_id: int | None = None
    take_profit_enabled: bool | None = None
    trailing_buy_enabled: bool | None = None
    stop_loss_timeout_seconds: int | None = None
    stop_loss_timeout_enabled: bool | None = None
    panic_sellable: bool | None = None
    editable: bool | None = None
    finished: bool | None = None
    cancellable: bool | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    trailing_stop_loss_last_price_updated_at: datetime | None = None
    trailing_take_profit_last_price_updated_at: datetime | None = None
    closed_at: datetime | None = None
    status: str | None = None
    take_profit_price_condition: Decimal | None = None
    take_profit_price_order: Decimal | None = None
    stop_loss_price_condition: Decimal | None = None
    stop_loss_price_order: Decimal | None = None
    units_to_buy: Decimal | None = None
    buy_price: Decimal | None = None
    total: Decimal | None = None
    average_buy_price: Decimal | None = None
    average_sell_price: Decimal | None = None
    error_message: str | None = None
    trailing_take_profit_step: Decimal | None = None
    type_: str | None = None
    stop_loss_price_method: str | None = None
    take_profit_price_method: str | None = None
    trailing_stop_loss_last_price: Decimal | None = None
    trailing_take_profit_last_price: Decimal | None = None
    note: str | None = None
    buy_method: str | None = None
    take_profit_type: str | None = None
    stop_loss_type: str | None = None
    stop_loss_sell_method: str | None = None
    take_profit_sell_method: str | None = None
    take_profit_sell_order_price: Decimal | None = None
    stop_loss_sell_order_price: Decimal | None = None
    trailing_buy_step: Decimal | None = None
    profit_percentage: Decimal | None = None
    current_price: Decimal | None = None
    account_market: str | None = None
    account_name: str | None = None
    from_currency_code: str | None = None
    from_currency_name: str | None = None
    from_currency_display_name: str | None = None
    to_currency_code: str | None = None
    to_currency_name: str | None = None
    to_currency_display_name: str | None = None
    usd_profit: Decimal | None = None
    smart_trade_steps: list[SmartTradeStepEntity] | None = None
    take_profit_steps: list[SmartTradeStepEntity] | None = None
    stop_loss_steps: list[SmartTradeStepEntity] | None = None
    buy_steps: list[SmartTradeStepEntity] | None = None


SmartTradeEntity.FIELDS = Fields(
    Field("id", read_int, write_value),
    Field("account_id", read_int, write_value),
    Field("trailing_stop_loss", read_bool, write_value),
    Field("from_currency_id", read_int, write_value),
    Field("trailing_stop_loss_condition_percentage", read_int, write_value),
    Field("trailing_take_profit", read_bool, write_value),
    Field("stop_loss_enabled", read_bool, write_value),
    Field("panic_sell_market_order_id", read_int, write_value),
    Field("take_profit_enabled", read_bool, write_value),
    Field("trailing_buy_enabled", read_bool, write_value),
    Field("stop_loss_timeout_seconds", read_int, write_value),
    Field("stop_loss_timeout_enabled", read_bool, write_value),
    Field("panic_sellable", read_bool, write_value),
    Field("editable", read_bool, write_value),
    Field("finished", read_bool, write_value),
    Field("cancellable", read_bool, write_value),
    Field("created_at", read_datetime, write_datetime),
    Field("updated_at", read_datetime, write_datetime),
    Field("trailing_stop_loss_last_price_updated_at", read_datetime, write_datetime),
    Field("trailing_take_profit_last_price_updated_at", read_datetime, write_datetime),
    Field("closed_at", read_datetime, write_datetime),
    Field("status", read_str, write_value),
    Field("take_profit_price_condition", read_decimal, write_decimal),
    Field("take_profit_price_order", read_decimal, write_decimal),
    Field("stop_loss_price_condition", read_decimal, write_decimal),
    Field("stop_loss_price_order", read_decimal, write_decimal),
    Field("units_to_buy", read_decimal, write_decimal),
    Field("buy_price", read_decimal, write_decimal),
    Field("total", read_decimal, write_decimal),
    Field("average_buy_price", read_decimal, write_decimal),
    Field("average_sell_price", read_decimal, write_decimal),
    Field("error_message", read_str, write_value),
    Field("trailing_take_profit_step", read_decimal, write_decimal),
    Field("type_", read_str, write_value, wire="type"),
    Field("stop_loss_price_method", read_str, write_value),
    Field("take_profit_price_method", read_str, write_value),
    Field("trailing_stop_loss_last_price", read_decimal, write_decimal),
    Field("trailing_take_profit_last_price", read_decimal, write_decimal),
    Field("note", read_str, write_value),
    Field("buy_method", read_str, write_value),
    Field("take_profit_type", read_str, write_value),
    Field("stop_loss_type", read_str, write_value),
    Field("stop_loss_sell_method", read_str, write_value),
    Field("take_profit_sell_method", read_str, write_value),
    Field("take_profit_sell_order_price", read_decimal, write_decimal),
    Field("stop_loss_sell_order_price", read_decimal, write_decimal),
    Field("trailing_buy_step", read_decimal, write_decimal),
    Field("profit_percentage", read_decimal, write_decimal),
    Field("current_price", read_decimal, write_decimal),
    Field("account_market", read_str, write_value),
    Field("account_name", read_str, write_value),
    Field("from_currency_code", read_str, write_value),
    Field("from_currency_name", read_str, write_value),
    Field("from_currency_display_name", read_str, write_value),
    Field("to_currency_code", read_str, write_value),
    Field("to_currency_name", read_str, write_value),
    Field("to_currency_display_name", read_str, write_value),
    Field("usd_profit", read_decimal, write_decimal),
    Field(
        "smart_trade_steps",
        list_reader(model_reader(SmartTradeStepEntity.from_dict)),
        list_writer(write_entity),
        nested=True,
    ),
    Field(
        "take_profit_steps",
        list_reader(model_reader(SmartTradeStepEntity.from_dict)),
        list_writer(write_entity),
        nested=True,
    ),
    Field(
        "stop_loss_steps",
        list_reader(model_reader(SmartTradeStepEntity.from_dict)),
        list_writer(write_entity),
        nested=True,
    ),
    Field(
        "buy_steps",
        list_reader(model_reader(SmartTradeStepEntity.from_dict)),
        list_writer(write_entity),
        nested=True,
    ),
)
