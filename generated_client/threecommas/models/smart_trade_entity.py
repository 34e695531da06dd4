"""SmartTradeEntity: response entity."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from attrs import define, field

from .._read import (
    Reader,
    format_timestamp,
    list_reader,
    model_reader,
    read_all,
    read_bool,
    read_datetime,
    read_decimal,
    read_int,
    read_str,
)
from .._values import dumps_body
from .smart_trade_step_entity import SmartTradeStepEntity


@define(kw_only=True)
class SmartTradeEntity:
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
    #: The JSON object this was read from, whole: fields this client does not know stay reachable.
    raw: dict[str, Any] = field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SmartTradeEntity:
        """Read a response object; missing, null or malformed fields become None, never an error.

        Numbers, text and timestamps are converted here; nested entities and lists when first
        read, then kept: a page of trades does not build the step entities nobody looks at.
        """
        raw = dict(data)
        entity = cls.__new__(cls)
        entity.raw = raw
        entity.id = read_int(raw.get("id"), "id")
        entity.account_id = read_int(raw.get("account_id"), "account_id")
        entity.trailing_stop_loss = read_bool(raw.get("trailing_stop_loss"), "trailing_stop_loss")
        entity.from_currency_id = read_int(raw.get("from_currency_id"), "from_currency_id")
        entity.trailing_stop_loss_condition_percentage = read_int(
            raw.get("trailing_stop_loss_condition_percentage"), "trailing_stop_loss_condition_percentage"
        )
        entity.trailing_take_profit = read_bool(raw.get("trailing_take_profit"), "trailing_take_profit")
        entity.stop_loss_enabled = read_bool(raw.get("stop_loss_enabled"), "stop_loss_enabled")
        entity.panic_sell_market_order_id = read_int(
            raw.get("panic_sell_market_order_id"), "panic_sell_market_order_id"
        )
        entity.take_profit_enabled = read_bool(raw.get("take_profit_enabled"), "take_profit_enabled")
        entity.trailing_buy_enabled = read_bool(raw.get("trailing_buy_enabled"), "trailing_buy_enabled")
        entity.stop_loss_timeout_seconds = read_int(
            raw.get("stop_loss_timeout_seconds"), "stop_loss_timeout_seconds"
        )
        entity.stop_loss_timeout_enabled = read_bool(
            raw.get("stop_loss_timeout_enabled"), "stop_loss_timeout_enabled"
        )
        entity.panic_sellable = read_bool(raw.get("panic_sellable"), "panic_sellable")
        entity.editable = read_bool(raw.get("editable"), "editable")
        entity.finished = read_bool(raw.get("finished"), "finished")
        entity.cancellable = read_bool(raw.get("cancellable"), "cancellable")
        entity.created_at = read_datetime(raw.get("created_at"), "created_at")
        entity.updated_at = read_datetime(raw.get("updated_at"), "updated_at")
        entity.trailing_stop_loss_last_price_updated_at = read_datetime(
            raw.get("trailing_stop_loss_last_price_updated_at"), "trailing_stop_loss_last_price_updated_at"
        )
        entity.trailing_take_profit_last_price_updated_at = read_datetime(
            raw.get("trailing_take_profit_last_price_updated_at"),
            "trailing_take_profit_last_price_updated_at",
        )
        entity.closed_at = read_datetime(raw.get("closed_at"), "closed_at")
        entity.status = read_str(raw.get("status"), "status")
        entity.take_profit_price_condition = read_decimal(
            raw.get("take_profit_price_condition"), "take_profit_price_condition"
        )
        entity.take_profit_price_order = read_decimal(
            raw.get("take_profit_price_order"), "take_profit_price_order"
        )
        entity.stop_loss_price_condition = read_decimal(
            raw.get("stop_loss_price_condition"), "stop_loss_price_condition"
        )
        entity.stop_loss_price_order = read_decimal(raw.get("stop_loss_price_order"), "stop_loss_price_order")
        entity.units_to_buy = read_decimal(raw.get("units_to_buy"), "units_to_buy")
        entity.buy_price = read_decimal(raw.get("buy_price"), "buy_price")
        entity.total = read_decimal(raw.get("total"), "total")
        entity.average_buy_price = read_decimal(raw.get("average_buy_price"), "average_buy_price")
        entity.average_sell_price = read_decimal(raw.get("average_sell_price"), "average_sell_price")
        entity.error_message = read_str(raw.get("error_message"), "error_message")
        entity.trailing_take_profit_step = read_decimal(
            raw.get("trailing_take_profit_step"), "trailing_take_profit_step"
        )
        entity.type_ = read_str(raw.get("type"), "type")
        entity.stop_loss_price_method = read_str(raw.get("stop_loss_price_method"), "stop_loss_price_method")
        entity.take_profit_price_method = read_str(
            raw.get("take_profit_price_method"), "take_profit_price_method"
        )
        entity.trailing_stop_loss_last_price = read_decimal(
            raw.get("trailing_stop_loss_last_price"), "trailing_stop_loss_last_price"
        )
        entity.trailing_take_profit_last_price = read_decimal(
            raw.get("trailing_take_profit_last_price"), "trailing_take_profit_last_price"
        )
        entity.note = read_str(raw.get("note"), "note")
        entity.buy_method = read_str(raw.get("buy_method"), "buy_method")
        entity.take_profit_type = read_str(raw.get("take_profit_type"), "take_profit_type")
        entity.stop_loss_type = read_str(raw.get("stop_loss_type"), "stop_loss_type")
        entity.stop_loss_sell_method = read_str(raw.get("stop_loss_sell_method"), "stop_loss_sell_method")
        entity.take_profit_sell_method = read_str(
            raw.get("take_profit_sell_method"), "take_profit_sell_method"
        )
        entity.take_profit_sell_order_price = read_decimal(
            raw.get("take_profit_sell_order_price"), "take_profit_sell_order_price"
        )
        entity.stop_loss_sell_order_price = read_decimal(
            raw.get("stop_loss_sell_order_price"), "stop_loss_sell_order_price"
        )
        entity.trailing_buy_step = read_decimal(raw.get("trailing_buy_step"), "trailing_buy_step")
        entity.profit_percentage = read_decimal(raw.get("profit_percentage"), "profit_percentage")
        entity.current_price = read_decimal(raw.get("current_price"), "current_price")
        entity.account_market = read_str(raw.get("account_market"), "account_market")
        entity.account_name = read_str(raw.get("account_name"), "account_name")
        entity.from_currency_code = read_str(raw.get("from_currency_code"), "from_currency_code")
        entity.from_currency_name = read_str(raw.get("from_currency_name"), "from_currency_name")
        entity.from_currency_display_name = read_str(
            raw.get("from_currency_display_name"), "from_currency_display_name"
        )
        entity.to_currency_code = read_str(raw.get("to_currency_code"), "to_currency_code")
        entity.to_currency_name = read_str(raw.get("to_currency_name"), "to_currency_name")
        entity.to_currency_display_name = read_str(
            raw.get("to_currency_display_name"), "to_currency_display_name"
        )
        entity.usd_profit = read_decimal(raw.get("usd_profit"), "usd_profit")
        return entity

    if not TYPE_CHECKING:  # type checkers see the declared fields only

        def __getattr__(self, name: str) -> Any:
            # Called only for a field from_dict left unset: read it from the raw JSON now.
            entry = _NESTED.get(name)
            if entry is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            wire, read = entry
            value = self.raw.get(wire)
            if value is not None:
                value = read(value, wire)
            setattr(self, name, value)
            return value

    def to_dict(self) -> dict[str, Any]:
        """The JSON object again; values read unchanged keep their original form."""
        data: dict[str, Any] = dict(self.raw)
        if self.id is not None and read_int(self.raw.get("id"), "id") != self.id:
            data["id"] = self.id
        if (
            self.account_id is not None
            and read_int(self.raw.get("account_id"), "account_id") != self.account_id
        ):
            data["account_id"] = self.account_id
        if (
            self.trailing_stop_loss is not None
            and read_bool(self.raw.get("trailing_stop_loss"), "trailing_stop_loss") != self.trailing_stop_loss
        ):
            data["trailing_stop_loss"] = self.trailing_stop_loss
        if (
            self.from_currency_id is not None
            and read_int(self.raw.get("from_currency_id"), "from_currency_id") != self.from_currency_id
        ):
            data["from_currency_id"] = self.from_currency_id
        if (
            self.trailing_stop_loss_condition_percentage is not None
            and read_int(
                self.raw.get("trailing_stop_loss_condition_percentage"),
                "trailing_stop_loss_condition_percentage",
            )
            != self.trailing_stop_loss_condition_percentage
        ):
            data["trailing_stop_loss_condition_percentage"] = self.trailing_stop_loss_condition_percentage
        if (
            self.trailing_take_profit is not None
            and read_bool(self.raw.get("trailing_take_profit"), "trailing_take_profit")
            != self.trailing_take_profit
        ):
            data["trailing_take_profit"] = self.trailing_take_profit
        if (
            self.stop_loss_enabled is not None
            and read_bool(self.raw.get("stop_loss_enabled"), "stop_loss_enabled") != self.stop_loss_enabled
        ):
            data["stop_loss_enabled"] = self.stop_loss_enabled
        if (
            self.panic_sell_market_order_id is not None
            and read_int(self.raw.get("panic_sell_market_order_id"), "panic_sell_market_order_id")
            != self.panic_sell_market_order_id
        ):
            data["panic_sell_market_order_id"] = self.panic_sell_market_order_id
        if (
            self.take_profit_enabled is not None
            and read_bool(self.raw.get("take_profit_enabled"), "take_profit_enabled")
            != self.take_profit_enabled
        ):
            data["take_profit_enabled"] = self.take_profit_enabled
        if (
            self.trailing_buy_enabled is not None
            and read_bool(self.raw.get("trailing_buy_enabled"), "trailing_buy_enabled")
            != self.trailing_buy_enabled
        ):
            data["trailing_buy_enabled"] = self.trailing_buy_enabled
        if (
            self.stop_loss_timeout_seconds is not None
            and read_int(self.raw.get("stop_loss_timeout_seconds"), "stop_loss_timeout_seconds")
            != self.stop_loss_timeout_seconds
        ):
            data["stop_loss_timeout_seconds"] = self.stop_loss_timeout_seconds
        if (
            self.stop_loss_timeout_enabled is not None
            and read_bool(self.raw.get("stop_loss_timeout_enabled"), "stop_loss_timeout_enabled")
            != self.stop_loss_timeout_enabled
        ):
            data["stop_loss_timeout_enabled"] = self.stop_loss_timeout_enabled
        if (
            self.panic_sellable is not None
            and read_bool(self.raw.get("panic_sellable"), "panic_sellable") != self.panic_sellable
        ):
            data["panic_sellable"] = self.panic_sellable
        if self.editable is not None and read_bool(self.raw.get("editable"), "editable") != self.editable:
            data["editable"] = self.editable
        if self.finished is not None and read_bool(self.raw.get("finished"), "finished") != self.finished:
            data["finished"] = self.finished
        if (
            self.cancellable is not None
            and read_bool(self.raw.get("cancellable"), "cancellable") != self.cancellable
        ):
            data["cancellable"] = self.cancellable
        if (
            self.created_at is not None
            and read_datetime(self.raw.get("created_at"), "created_at") != self.created_at
        ):
            data["created_at"] = format_timestamp(self.created_at)
        if (
            self.updated_at is not None
            and read_datetime(self.raw.get("updated_at"), "updated_at") != self.updated_at
        ):
            data["updated_at"] = format_timestamp(self.updated_at)
        if (
            self.trailing_stop_loss_last_price_updated_at is not None
            and read_datetime(
                self.raw.get("trailing_stop_loss_last_price_updated_at"),
                "trailing_stop_loss_last_price_updated_at",
            )
            != self.trailing_stop_loss_last_price_updated_at
        ):
            data["trailing_stop_loss_last_price_updated_at"] = format_timestamp(
                self.trailing_stop_loss_last_price_updated_at
            )
        if (
            self.trailing_take_profit_last_price_updated_at is not None
            and read_datetime(
                self.raw.get("trailing_take_profit_last_price_updated_at"),
                "trailing_take_profit_last_price_updated_at",
            )
            != self.trailing_take_profit_last_price_updated_at
        ):
            data["trailing_take_profit_last_price_updated_at"] = format_timestamp(
                self.trailing_take_profit_last_price_updated_at
            )
        if (
            self.closed_at is not None
            and read_datetime(self.raw.get("closed_at"), "closed_at") != self.closed_at
        ):
            data["closed_at"] = format_timestamp(self.closed_at)
        if self.status is not None and read_str(self.raw.get("status"), "status") != self.status:
            data["status"] = self.status
        if (
            self.take_profit_price_condition is not None
            and read_decimal(self.raw.get("take_profit_price_condition"), "take_profit_price_condition")
            != self.take_profit_price_condition
        ):
            data["take_profit_price_condition"] = str(self.take_profit_price_condition)
        if (
            self.take_profit_price_order is not None
            and read_decimal(self.raw.get("take_profit_price_order"), "take_profit_price_order")
            != self.take_profit_price_order
        ):
            data["take_profit_price_order"] = str(self.take_profit_price_order)
        if (
            self.stop_loss_price_condition is not None
            and read_decimal(self.raw.get("stop_loss_price_condition"), "stop_loss_price_condition")
            != self.stop_loss_price_condition
        ):
            data["stop_loss_price_condition"] = str(self.stop_loss_price_condition)
        if (
            self.stop_loss_price_order is not None
            and read_decimal(self.raw.get("stop_loss_price_order"), "stop_loss_price_order")
            != self.stop_loss_price_order
        ):
            data["stop_loss_price_order"] = str(self.stop_loss_price_order)
        if (
            self.units_to_buy is not None
            and read_decimal(self.raw.get("units_to_buy"), "units_to_buy") != self.units_to_buy
        ):
            data["units_to_buy"] = str(self.units_to_buy)
        if (
            self.buy_price is not None
            and read_decimal(self.raw.get("buy_price"), "buy_price") != self.buy_price
        ):
            data["buy_price"] = str(self.buy_price)
        if self.total is not None and read_decimal(self.raw.get("total"), "total") != self.total:
            data["total"] = str(self.total)
        if (
            self.average_buy_price is not None
            and read_decimal(self.raw.get("average_buy_price"), "average_buy_price") != self.average_buy_price
        ):
            data["average_buy_price"] = str(self.average_buy_price)
        if (
            self.average_sell_price is not None
            and read_decimal(self.raw.get("average_sell_price"), "average_sell_price")
            != self.average_sell_price
        ):
            data["average_sell_price"] = str(self.average_sell_price)
        if (
            self.error_message is not None
            and read_str(self.raw.get("error_message"), "error_message") != self.error_message
        ):
            data["error_message"] = self.error_message
        if (
            self.trailing_take_profit_step is not None
            and read_decimal(self.raw.get("trailing_take_profit_step"), "trailing_take_profit_step")
            != self.trailing_take_profit_step
        ):
            data["trailing_take_profit_step"] = str(self.trailing_take_profit_step)
        if self.type_ is not None and read_str(self.raw.get("type"), "type") != self.type_:
            data["type"] = self.type_
        if (
            self.stop_loss_price_method is not None
            and read_str(self.raw.get("stop_loss_price_method"), "stop_loss_price_method")
            != self.stop_loss_price_method
        ):
            data["stop_loss_price_method"] = self.stop_loss_price_method
        if (
            self.take_profit_price_method is not None
            and read_str(self.raw.get("take_profit_price_method"), "take_profit_price_method")
            != self.take_profit_price_method
        ):
            data["take_profit_price_method"] = self.take_profit_price_method
        if (
            self.trailing_stop_loss_last_price is not None
            and read_decimal(self.raw.get("trailing_stop_loss_last_price"), "trailing_stop_loss_last_price")
            != self.trailing_stop_loss_last_price
        ):
            data["trailing_stop_loss_last_price"] = str(self.trailing_stop_loss_last_price)
        if (
            self.trailing_take_profit_last_price is not None
            and read_decimal(
                self.raw.get("trailing_take_profit_last_price"), "trailing_take_profit_last_price"
            )
            != self.trailing_take_profit_last_price
        ):
            data["trailing_take_profit_last_price"] = str(self.trailing_take_profit_last_price)
        if self.note is not None and read_str(self.raw.get("note"), "note") != self.note:
            data["note"] = self.note
        if (
            self.buy_method is not None
            and read_str(self.raw.get("buy_method"), "buy_method") != self.buy_method
        ):
            data["buy_method"] = self.buy_method
        if (
            self.take_profit_type is not None
            and read_str(self.raw.get("take_profit_type"), "take_profit_type") != self.take_profit_type
        ):
            data["take_profit_type"] = self.take_profit_type
        if (
            self.stop_loss_type is not None
            and read_str(self.raw.get("stop_loss_type"), "stop_loss_type") != self.stop_loss_type
        ):
            data["stop_loss_type"] = self.stop_loss_type
        if (
            self.stop_loss_sell_method is not None
            and read_str(self.raw.get("stop_loss_sell_method"), "stop_loss_sell_method")
            != self.stop_loss_sell_method
        ):
            data["stop_loss_sell_method"] = self.stop_loss_sell_method
        if (
            self.take_profit_sell_method is not None
            and read_str(self.raw.get("take_profit_sell_method"), "take_profit_sell_method")
            != self.take_profit_sell_method
        ):
            data["take_profit_sell_method"] = self.take_profit_sell_method
        if (
            self.take_profit_sell_order_price is not None
            and read_decimal(self.raw.get("take_profit_sell_order_price"), "take_profit_sell_order_price")
            != self.take_profit_sell_order_price
        ):
            data["take_profit_sell_order_price"] = str(self.take_profit_sell_order_price)
        if (
            self.stop_loss_sell_order_price is not None
            and read_decimal(self.raw.get("stop_loss_sell_order_price"), "stop_loss_sell_order_price")
            != self.stop_loss_sell_order_price
        ):
            data["stop_loss_sell_order_price"] = str(self.stop_loss_sell_order_price)
        if (
            self.trailing_buy_step is not None
            and read_decimal(self.raw.get("trailing_buy_step"), "trailing_buy_step") != self.trailing_buy_step
        ):
            data["trailing_buy_step"] = str(self.trailing_buy_step)
        if (
            self.profit_percentage is not None
            and read_decimal(self.raw.get("profit_percentage"), "profit_percentage") != self.profit_percentage
        ):
            data["profit_percentage"] = str(self.profit_percentage)
        if (
            self.current_price is not None
            and read_decimal(self.raw.get("current_price"), "current_price") != self.current_price
        ):
            data["current_price"] = str(self.current_price)
        if (
            self.account_market is not None
            and read_str(self.raw.get("account_market"), "account_market") != self.account_market
        ):
            data["account_market"] = self.account_market
        if (
            self.account_name is not None
            and read_str(self.raw.get("account_name"), "account_name") != self.account_name
        ):
            data["account_name"] = self.account_name
        if (
            self.from_currency_code is not None
            and read_str(self.raw.get("from_currency_code"), "from_currency_code") != self.from_currency_code
        ):
            data["from_currency_code"] = self.from_currency_code
        if (
            self.from_currency_name is not None
            and read_str(self.raw.get("from_currency_name"), "from_currency_name") != self.from_currency_name
        ):
            data["from_currency_name"] = self.from_currency_name
        if (
            self.from_currency_display_name is not None
            and read_str(self.raw.get("from_currency_display_name"), "from_currency_display_name")
            != self.from_currency_display_name
        ):
            data["from_currency_display_name"] = self.from_currency_display_name
        if (
            self.to_currency_code is not None
            and read_str(self.raw.get("to_currency_code"), "to_currency_code") != self.to_currency_code
        ):
            data["to_currency_code"] = self.to_currency_code
        if (
            self.to_currency_name is not None
            and read_str(self.raw.get("to_currency_name"), "to_currency_name") != self.to_currency_name
        ):
            data["to_currency_name"] = self.to_currency_name
        if (
            self.to_currency_display_name is not None
            and read_str(self.raw.get("to_currency_display_name"), "to_currency_display_name")
            != self.to_currency_display_name
        ):
            data["to_currency_display_name"] = self.to_currency_display_name
        if (
            self.usd_profit is not None
            and read_decimal(self.raw.get("usd_profit"), "usd_profit") != self.usd_profit
        ):
            data["usd_profit"] = str(self.usd_profit)
        if self.smart_trade_steps is not None and read_all(
            self.raw, "smart_trade_steps", self.smart_trade_steps
        ):
            data["smart_trade_steps"] = [item.to_dict() for item in self.smart_trade_steps]
        if self.take_profit_steps is not None and read_all(
            self.raw, "take_profit_steps", self.take_profit_steps
        ):
            data["take_profit_steps"] = [item.to_dict() for item in self.take_profit_steps]
        if self.stop_loss_steps is not None and read_all(self.raw, "stop_loss_steps", self.stop_loss_steps):
            data["stop_loss_steps"] = [item.to_dict() for item in self.stop_loss_steps]
        if self.buy_steps is not None and read_all(self.raw, "buy_steps", self.buy_steps):
            data["buy_steps"] = [item.to_dict() for item in self.buy_steps]
        return data

    def to_json(self) -> str:
        """:meth:`to_dict` as JSON text, numbers with their exact digits (no float on the way)."""
        return dumps_body(self.to_dict()).decode("utf-8")


#: Attribute -> (wire name, tolerant reader) of the fields read on first access.
_NESTED: dict[str, tuple[str, Reader[Any]]] = {
    "smart_trade_steps": ("smart_trade_steps", list_reader(model_reader(SmartTradeStepEntity.from_dict))),
    "take_profit_steps": ("take_profit_steps", list_reader(model_reader(SmartTradeStepEntity.from_dict))),
    "stop_loss_steps": ("stop_loss_steps", list_reader(model_reader(SmartTradeStepEntity.from_dict))),
    "buy_steps": ("buy_steps", list_reader(model_reader(SmartTradeStepEntity.from_dict))),
}
