"""SmartTradeStepEntity: response entity."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from attrs import define, field

from .._read import (
    format_timestamp,
    read_bool,
    read_datetime,
    read_decimal,
    read_int,
    read_str,
)
from .._values import dumps_body


@define(kw_only=True)
class SmartTradeStepEntity:
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
    #: The JSON object this was read from, whole: fields this client does not know stay reachable.
    raw: dict[str, Any] = field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SmartTradeStepEntity:
        """Read a response object; missing, null or malformed fields become None, never an error."""
        raw = dict(data)
        entity = cls.__new__(cls)
        entity.raw = raw
        entity.id = read_int(raw.get("id"), "id")
        entity.editable = read_bool(raw.get("editable"), "editable")
        entity.position = read_int(raw.get("position"), "position")
        entity.order_id = read_int(raw.get("order_id"), "order_id")
        entity.smart_trade_id = read_int(raw.get("smart_trade_id"), "smart_trade_id")
        entity.is_panic_sell = read_bool(raw.get("is_panic_sell"), "is_panic_sell")
        entity.created_at = read_datetime(raw.get("created_at"), "created_at")
        entity.updated_at = read_datetime(raw.get("updated_at"), "updated_at")
        entity.trailing_last_pirce_updated_at = read_datetime(
            raw.get("trailing_last_pirce_updated_at"), "trailing_last_pirce_updated_at"
        )
        entity.trailing_last_price_updated_at = read_datetime(
            raw.get("trailing_last_price_updated_at"), "trailing_last_price_updated_at"
        )
        entity.type_ = read_str(raw.get("type"), "type")
        entity.price = read_decimal(raw.get("price"), "price")
        entity.average_result_price = read_decimal(raw.get("average_result_price"), "average_result_price")
        entity.deviation_condition = read_decimal(raw.get("deviation_condition"), "deviation_condition")
        entity.price_method = read_str(raw.get("price_method"), "price_method")
        entity.trailing_last_pirce = read_decimal(raw.get("trailing_last_pirce"), "trailing_last_pirce")
        entity.trailing_last_price = read_decimal(raw.get("trailing_last_price"), "trailing_last_price")
        entity.sell_method = read_str(raw.get("sell_method"), "sell_method")
        entity.sell_order_price = read_decimal(raw.get("sell_order_price"), "sell_order_price")
        entity.percent = read_decimal(raw.get("percent"), "percent")
        entity.pair = read_str(raw.get("pair"), "pair")
        entity.initial_amount = read_decimal(raw.get("initial_amount"), "initial_amount")
        entity.initial_total = read_decimal(raw.get("initial_total"), "initial_total")
        entity.actual_amount = read_decimal(raw.get("actual_amount"), "actual_amount")
        entity.actual_total = read_decimal(raw.get("actual_total"), "actual_total")
        entity.status = read_str(raw.get("status"), "status")
        entity.market_order_id = read_int(raw.get("market_order_id"), "market_order_id")
        entity.market_class = read_str(raw.get("market_class"), "market_class")
        entity.price_percentage = read_decimal(raw.get("price_percentage"), "price_percentage")
        return entity

    def to_dict(self) -> dict[str, Any]:
        """The JSON object again; values read unchanged keep their original form."""
        data: dict[str, Any] = dict(self.raw)
        if self.id is not None and read_int(self.raw.get("id"), "id") != self.id:
            data["id"] = self.id
        if self.editable is not None and read_bool(self.raw.get("editable"), "editable") != self.editable:
            data["editable"] = self.editable
        if self.position is not None and read_int(self.raw.get("position"), "position") != self.position:
            data["position"] = self.position
        if self.order_id is not None and read_int(self.raw.get("order_id"), "order_id") != self.order_id:
            data["order_id"] = self.order_id
        if (
            self.smart_trade_id is not None
            and read_int(self.raw.get("smart_trade_id"), "smart_trade_id") != self.smart_trade_id
        ):
            data["smart_trade_id"] = self.smart_trade_id
        if (
            self.is_panic_sell is not None
            and read_bool(self.raw.get("is_panic_sell"), "is_panic_sell") != self.is_panic_sell
        ):
            data["is_panic_sell"] = self.is_panic_sell
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
            self.trailing_last_pirce_updated_at is not None
            and read_datetime(
                self.raw.get("trailing_last_pirce_updated_at"), "trailing_last_pirce_updated_at"
            )
            != self.trailing_last_pirce_updated_at
        ):
            data["trailing_last_pirce_updated_at"] = format_timestamp(self.trailing_last_pirce_updated_at)
        if (
            self.trailing_last_price_updated_at is not None
            and read_datetime(
                self.raw.get("trailing_last_price_updated_at"), "trailing_last_price_updated_at"
            )
            != self.trailing_last_price_updated_at
        ):
            data["trailing_last_price_updated_at"] = format_timestamp(self.trailing_last_price_updated_at)
        if self.type_ is not None and read_str(self.raw.get("type"), "type") != self.type_:
            data["type"] = self.type_
        if self.price is not None and read_decimal(self.raw.get("price"), "price") != self.price:
            data["price"] = str(self.price)
        if (
            self.average_result_price is not None
            and read_decimal(self.raw.get("average_result_price"), "average_result_price")
            != self.average_result_price
        ):
            data["average_result_price"] = str(self.average_result_price)
        if (
            self.deviation_condition is not None
            and read_decimal(self.raw.get("deviation_condition"), "deviation_condition")
            != self.deviation_condition
        ):
            data["deviation_condition"] = str(self.deviation_condition)
        if (
            self.price_method is not None
            and read_str(self.raw.get("price_method"), "price_method") != self.price_method
        ):
            data["price_method"] = self.price_method
        if (
            self.trailing_last_pirce is not None
            and read_decimal(self.raw.get("trailing_last_pirce"), "trailing_last_pirce")
            != self.trailing_last_pirce
        ):
            data["trailing_last_pirce"] = str(self.trailing_last_pirce)
        if (
            self.trailing_last_price is not None
            and read_decimal(self.raw.get("trailing_last_price"), "trailing_last_price")
            != self.trailing_last_price
        ):
            data["trailing_last_price"] = str(self.trailing_last_price)
        if (
            self.sell_method is not None
            and read_str(self.raw.get("sell_method"), "sell_method") != self.sell_method
        ):
            data["sell_method"] = self.sell_method
        if (
            self.sell_order_price is not None
            and read_decimal(self.raw.get("sell_order_price"), "sell_order_price") != self.sell_order_price
        ):
            data["sell_order_price"] = str(self.sell_order_price)
        if self.percent is not None and read_decimal(self.raw.get("percent"), "percent") != self.percent:
            data["percent"] = str(self.percent)
        if self.pair is not None and read_str(self.raw.get("pair"), "pair") != self.pair:
            data["pair"] = self.pair
        if (
            self.initial_amount is not None
            and read_decimal(self.raw.get("initial_amount"), "initial_amount") != self.initial_amount
        ):
            data["initial_amount"] = str(self.initial_amount)
        if (
            self.initial_total is not None
            and read_decimal(self.raw.get("initial_total"), "initial_total") != self.initial_total
        ):
            data["initial_total"] = str(self.initial_total)
        if (
            self.actual_amount is not None
            and read_decimal(self.raw.get("actual_amount"), "actual_amount") != self.actual_amount
        ):
            data["actual_amount"] = str(self.actual_amount)
        if (
            self.actual_total is not None
            and read_decimal(self.raw.get("actual_total"), "actual_total") != self.actual_total
        ):
            data["actual_total"] = str(self.actual_total)
        if self.status is not None and read_str(self.raw.get("status"), "status") != self.status:
            data["status"] = self.status
        if (
            self.market_order_id is not None
            and read_int(self.raw.get("market_order_id"), "market_order_id") != self.market_order_id
        ):
            data["market_order_id"] = self.market_order_id
        if (
            self.market_class is not None
            and read_str(self.raw.get("market_class"), "market_class") != self.market_class
        ):
            data["market_class"] = self.market_class
        if (
            self.price_percentage is not None
            and read_decimal(self.raw.get("price_percentage"), "price_percentage") != self.price_percentage
        ):
            data["price_percentage"] = str(self.price_percentage)
        return data

    def to_json(self) -> str:
        """:meth:`to_dict` as JSON text, numbers with their exact digits (no float on the way)."""
        return dumps_body(self.to_dict()).decode("utf-8")
