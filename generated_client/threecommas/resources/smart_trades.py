"""``client.smart_trades``: :class:`SmartTrades` and :class:`AsyncSmartTrades`.

The client imports this module the first time ``client.smart_trades`` is used, so importing
the package costs the same whatever the number of resources.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property, partial
from typing import Any, Literal

import httpx

from .. import _checks
from .._api import AsyncApi, SyncApi, awaitable, paginated
from .._config import CallOptions
from .._convert import DecimalLike
from .._pagination import Paging, SyncPage
from .._response import async_raw_response_method, raw_response_method, read_json_object
from ..models.add_smart_trade_funds_request import AddSmartTradeFundsRequest
from ..models.buy_conditional import BuyConditional
from ..models.buy_limit import BuyLimit
from ..models.buy_market import BuyMarket
from ..models.cancel_smart_trade_order_request import CancelSmartTradeOrderRequest
from ..models.create_simple_buy_request import CreateSimpleBuyRequest
from ..models.create_simple_sell_request import CreateSimpleSellRequest
from ..models.create_smart_cover_request import CreateSmartCoverRequest
from ..models.create_smart_sell_request import CreateSmartSellRequest
from ..models.create_smart_trade_request import CreateSmartTradeRequest
from ..models.limit_order import LimitOrder
from ..models.market_order import MarketOrder
from ..models.smart_trade_entity import SmartTradeEntity
from ..models.smart_trade_step_entity import SmartTradeStepEntity
from ..models.step_panic_sell_smart_trade_request import StepPanicSellSmartTradeRequest
from ..models.stop_loss_disabled import StopLossDisabled
from ..models.stop_loss_enabled import StopLossEnabled
from ..models.stop_loss_sell_limit import StopLossSellLimit
from ..models.stop_loss_sell_market import StopLossSellMarket
from ..models.take_profit_classic import TakeProfitClassic
from ..models.take_profit_disabled import TakeProfitDisabled
from ..models.take_profit_sell_limit import TakeProfitSellLimit
from ..models.take_profit_sell_market import TakeProfitSellMarket
from ..models.take_profit_step_sell import TakeProfitStepSell
from ..models.trailing_buy_disabled import TrailingBuyDisabled
from ..models.trailing_buy_enabled import TrailingBuyEnabled
from ..models.trailing_take_profit_disabled import TrailingTakeProfitDisabled
from ..models.trailing_take_profit_enabled import TrailingTakeProfitEnabled
from ..models.update_smart_trade_request import UpdateSmartTradeRequest
from ..models.update_smart_trade_take_profit_step_order import UpdateSmartTradeTakeProfitStepOrder
from ..models.update_smart_trade_take_profit_step_sell import UpdateSmartTradeTakeProfitStepSell
from ..models.update_smart_trade_trailing_buy_enabled import UpdateSmartTradeTrailingBuyEnabled
from ..types import UNSET, Unset


def _read_add_smart_trade_funds(
    response_type: object, response: httpx.Response
) -> SmartTradeEntity | SmartTradeStepEntity | dict[str, Any]:
    """A successful answer, in the shape ``response_type`` asked for.

    - ``smart_trade``: SmartTradeEntity
    - ``empty``: an empty object
    - ``order``: a JSON object (shape not documented)
    - ``step``: SmartTradeStepEntity
    """
    data = read_json_object(response)
    if response_type == "smart_trade":
        return SmartTradeEntity.from_dict(data)
    if response_type == "step":
        return SmartTradeStepEntity.from_dict(data)
    return dict(data)


class SmartTrades(SyncApi):
    """``client.smart_trades``: SmartTrades.

    Every method also takes the per-call options:

    - ``timeout``: seconds for this call, overriding the client's timeout: a deadline for each
      attempt as a whole (connect, send, headers, body);
    - ``extra_headers``: headers to add to this call (signed like the rest);
    - ``extra_query``: query parameters to add, for ones the reference does not list yet;
    - ``extra_body``: JSON body fields to add, for ones the reference does not list yet (they
      are not checked against the spec).

    Every method raises :class:`~threecommas.RequestValidationError` when an argument breaks a
    rule of the spec (nothing was sent), :class:`~threecommas.APIStatusError` when the API
    answered with an error (a subclass per common status) and
    :class:`~threecommas.APIConnectionError` when the API could not be reached or did not answer
    in time.
    """

    @cached_property
    def with_raw_response(self) -> SmartTradesWithRawResponse:
        """The same methods, returning a :class:`~threecommas.RawResponse` (status, headers, ``.parse()``)."""
        return SmartTradesWithRawResponse(SmartTrades(self._transport, raw=True))

    def create_simple_sell(
        self,
        *,
        account_id: int,
        pair: str,
        units_to_buy: DecimalLike,
        buy_price: DecimalLike,
        buy_method: BuyLimit | BuyMarket | BuyConditional,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SmartTradeEntity:
        """Create SimpleSell.

        ``POST /ver1/smart_trades/create_simple_sell``

        Args:
            account_id: id from GET /ver1/accounts
            units_to_buy: Amount of units to buy
            buy_method: One of BuyLimit, BuyMarket, BuyConditional; the variant sets buy_method and the
                fields that go with it.
        """
        return self._request(
            "POST",
            "/ver1/smart_trades/create_simple_sell",
            operation="create_simple_sell",
            body=partial(
                CreateSimpleSellRequest,
                account_id=account_id,
                pair=pair,
                units_to_buy=units_to_buy,
                buy_price=buy_price,
                buy_method=buy_method,
            ),
            check=_checks.check_create_simple_sell_request,
            parse=SmartTradeEntity.from_response,
            options=CallOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def create_simple_buy(
        self,
        *,
        account_id: int,
        pair: str,
        units_to_buy: DecimalLike,
        buy_price: DecimalLike,
        buy_method: BuyLimit | BuyMarket | BuyConditional,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SmartTradeEntity:
        """Create SimpleBuy.

        ``POST /ver1/smart_trades/create_simple_buy``

        Args:
            account_id: id from GET /ver1/accounts
            units_to_buy: Amount of units to buy
            buy_method: One of BuyLimit, BuyMarket, BuyConditional; the variant sets buy_method and the
                fields that go with it.
        """
        return self._request(
            "POST",
            "/ver1/smart_trades/create_simple_buy",
            operation="create_simple_buy",
            body=partial(
                CreateSimpleBuyRequest,
                account_id=account_id,
                pair=pair,
                units_to_buy=units_to_buy,
                buy_price=buy_price,
                buy_method=buy_method,
            ),
            check=_checks.check_create_simple_buy_request,
            parse=SmartTradeEntity.from_response,
            options=CallOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def create_smart_sell(
        self,
        *,
        account_id: int,
        pair: str,
        units_to_buy: DecimalLike,
        average_buy_price: DecimalLike,
        take_profit: TakeProfitDisabled | TakeProfitClassic | TakeProfitStepSell,
        stop_loss: StopLossDisabled | StopLossEnabled,
        take_profit_price_method: Literal["bid", "ask", "last"] | Unset = UNSET,
        stop_loss_price_method: Literal["bid", "ask", "last"] | Unset = UNSET,
        trailing_stop_loss: bool | Unset = UNSET,
        stop_loss_timeout_enabled: bool | Unset = UNSET,
        stop_loss_timeout_seconds: int | Unset = UNSET,
        note: str | Unset = UNSET,
        take_profit_sell_method: TakeProfitSellMarket | TakeProfitSellLimit | Unset = UNSET,
        trailing_take_profit: TrailingTakeProfitDisabled | TrailingTakeProfitEnabled | Unset = UNSET,
        stop_loss_sell_method: StopLossSellMarket | StopLossSellLimit | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SmartTradeEntity:
        """Create SmartSale.

        ``POST /ver1/smart_trades/create_smart_sell``

        Args:
            account_id: id from GET /ver1/accounts
            units_to_buy: Bought amount
            average_buy_price: Bought price
            take_profit: One of TakeProfitDisabled, TakeProfitClassic, TakeProfitStepSell; the variant
                sets take_profit_enabled and the fields that go with it.
            stop_loss: One of StopLossDisabled, StopLossEnabled; the variant sets stop_loss_enabled and
                the fields that go with it.
            take_profit_price_method: Price type for take profit(bid,asl,last)
            stop_loss_price_method: Price type for stop loss
            stop_loss_timeout_seconds: Timeout in seconds
            take_profit_sell_method: One of TakeProfitSellMarket, TakeProfitSellLimit; the variant sets
                take_profit_sell_method and the fields that go with it. Leave it out to send no
                take_profit_sell_method (the API's default applies).
            trailing_take_profit: One of TrailingTakeProfitDisabled, TrailingTakeProfitEnabled; the variant sets
                trailing_take_profit and the fields that go with it. Leave it out to send no
                trailing_take_profit (the API's default applies).
            stop_loss_sell_method: One of StopLossSellMarket, StopLossSellLimit; the variant sets
                stop_loss_sell_method and the fields that go with it. Leave it out to send no
                stop_loss_sell_method (the API's default applies).
        """
        return self._request(
            "POST",
            "/ver1/smart_trades/create_smart_sell",
            operation="create_smart_sell",
            body=partial(
                CreateSmartSellRequest,
                account_id=account_id,
                pair=pair,
                units_to_buy=units_to_buy,
                average_buy_price=average_buy_price,
                take_profit=take_profit,
                stop_loss=stop_loss,
                take_profit_price_method=take_profit_price_method,
                stop_loss_price_method=stop_loss_price_method,
                trailing_stop_loss=trailing_stop_loss,
                stop_loss_timeout_enabled=stop_loss_timeout_enabled,
                stop_loss_timeout_seconds=stop_loss_timeout_seconds,
                note=note,
                take_profit_sell_method=take_profit_sell_method,
                trailing_take_profit=trailing_take_profit,
                stop_loss_sell_method=stop_loss_sell_method,
            ),
            check=_checks.check_create_smart_sell_request,
            parse=SmartTradeEntity.from_response,
            options=CallOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def create_smart_cover(
        self,
        *,
        account_id: int,
        pair: str,
        units_to_buy: DecimalLike,
        buy_price: DecimalLike,
        take_profit: TakeProfitDisabled | TakeProfitClassic | TakeProfitStepSell,
        stop_loss: StopLossDisabled | StopLossEnabled,
        take_profit_price_method: Literal["bid", "ask", "last"] | Unset = UNSET,
        stop_loss_price_method: Literal["bid", "ask", "last"] | Unset = UNSET,
        trailing_stop_loss: bool | Unset = UNSET,
        stop_loss_timeout_enabled: bool | Unset = UNSET,
        stop_loss_timeout_seconds: int | Unset = UNSET,
        note: str | Unset = UNSET,
        buy_method: BuyLimit | BuyMarket | BuyConditional | Unset = UNSET,
        trailing_buy: TrailingBuyDisabled | TrailingBuyEnabled | Unset = UNSET,
        take_profit_sell_method: TakeProfitSellMarket | TakeProfitSellLimit | Unset = UNSET,
        trailing_take_profit: TrailingTakeProfitDisabled | TrailingTakeProfitEnabled | Unset = UNSET,
        stop_loss_sell_method: StopLossSellMarket | StopLossSellLimit | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SmartTradeEntity:
        """Create SmartCover.

        ``POST /ver1/smart_trades/create_smart_cover``

        Args:
            account_id: id from GET /ver1/accounts
            units_to_buy: Amount of units to buy
            take_profit: One of TakeProfitDisabled, TakeProfitClassic, TakeProfitStepSell; the variant
                sets take_profit_enabled and the fields that go with it.
            stop_loss: One of StopLossDisabled, StopLossEnabled; the variant sets stop_loss_enabled and
                the fields that go with it.
            take_profit_price_method: Price type for take profit
            stop_loss_price_method: Price type for stop loss
            stop_loss_timeout_seconds: timeout in seconds
            buy_method: One of BuyLimit, BuyMarket, BuyConditional; the variant sets buy_method and the
                fields that go with it. Leave it out to send no buy_method (the API's default
                applies).
            trailing_buy: One of TrailingBuyDisabled, TrailingBuyEnabled; the variant sets
                trailing_buy_enabled and the fields that go with it. Leave it out to send no
                trailing_buy_enabled (the API's default applies).
            take_profit_sell_method: One of TakeProfitSellMarket, TakeProfitSellLimit; the variant sets
                take_profit_sell_method and the fields that go with it. Leave it out to send no
                take_profit_sell_method (the API's default applies).
            trailing_take_profit: One of TrailingTakeProfitDisabled, TrailingTakeProfitEnabled; the variant sets
                trailing_take_profit and the fields that go with it. Leave it out to send no
                trailing_take_profit (the API's default applies).
            stop_loss_sell_method: One of StopLossSellMarket, StopLossSellLimit; the variant sets
                stop_loss_sell_method and the fields that go with it. Leave it out to send no
                stop_loss_sell_method (the API's default applies).
        """
        return self._request(
            "POST",
            "/ver1/smart_trades/create_smart_cover",
            operation="create_smart_cover",
            body=partial(
                CreateSmartCoverRequest,
                account_id=account_id,
                pair=pair,
                units_to_buy=units_to_buy,
                buy_price=buy_price,
                take_profit=take_profit,
                stop_loss=stop_loss,
                take_profit_price_method=take_profit_price_method,
                stop_loss_price_method=stop_loss_price_method,
                trailing_stop_loss=trailing_stop_loss,
                stop_loss_timeout_enabled=stop_loss_timeout_enabled,
                stop_loss_timeout_seconds=stop_loss_timeout_seconds,
                note=note,
                buy_method=buy_method,
                trailing_buy=trailing_buy,
                take_profit_sell_method=take_profit_sell_method,
                trailing_take_profit=trailing_take_profit,
                stop_loss_sell_method=stop_loss_sell_method,
            ),
            check=_checks.check_create_smart_cover_request,
            parse=SmartTradeEntity.from_response,
            options=CallOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def create(
        self,
        *,
        account_id: int,
        pair: str,
        units_to_buy: DecimalLike,
        buy_price: DecimalLike,
        take_profit: TakeProfitDisabled | TakeProfitClassic | TakeProfitStepSell,
        stop_loss: StopLossDisabled | StopLossEnabled,
        take_profit_price_method: Literal["bid", "ask", "last"] | Unset = UNSET,
        stop_loss_price_method: Literal["bid", "ask", "last"] | Unset = UNSET,
        trailing_stop_loss: bool | Unset = UNSET,
        stop_loss_timeout_enabled: bool | Unset = UNSET,
        stop_loss_timeout_seconds: int | Unset = UNSET,
        note: str | Unset = UNSET,
        buy_method: BuyLimit | BuyMarket | BuyConditional | Unset = UNSET,
        trailing_buy: TrailingBuyDisabled | TrailingBuyEnabled | Unset = UNSET,
        take_profit_sell_method: TakeProfitSellMarket | TakeProfitSellLimit | Unset = UNSET,
        trailing_take_profit: TrailingTakeProfitDisabled | TrailingTakeProfitEnabled | Unset = UNSET,
        stop_loss_sell_method: StopLossSellMarket | StopLossSellLimit | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SmartTradeEntity:
        """Create SmartTrade.

        ``POST /ver1/smart_trades/create_smart_trade``

        Args:
            account_id: id from GET /ver1/accounts
            units_to_buy: Amount of units to buy
            take_profit: One of TakeProfitDisabled, TakeProfitClassic, TakeProfitStepSell; the variant
                sets take_profit_enabled and the fields that go with it.
            stop_loss: One of StopLossDisabled, StopLossEnabled; the variant sets stop_loss_enabled and
                the fields that go with it.
            take_profit_price_method: Price type for take profit
            stop_loss_price_method: Price type for stop loss
            stop_loss_timeout_seconds: timeout in seconds
            buy_method: One of BuyLimit, BuyMarket, BuyConditional; the variant sets buy_method and the
                fields that go with it. Leave it out to send no buy_method (the API's default
                applies).
            trailing_buy: One of TrailingBuyDisabled, TrailingBuyEnabled; the variant sets
                trailing_buy_enabled and the fields that go with it. Leave it out to send no
                trailing_buy_enabled (the API's default applies).
            take_profit_sell_method: One of TakeProfitSellMarket, TakeProfitSellLimit; the variant sets
                take_profit_sell_method and the fields that go with it. Leave it out to send no
                take_profit_sell_method (the API's default applies).
            trailing_take_profit: One of TrailingTakeProfitDisabled, TrailingTakeProfitEnabled; the variant sets
                trailing_take_profit and the fields that go with it. Leave it out to send no
                trailing_take_profit (the API's default applies).
            stop_loss_sell_method: One of StopLossSellMarket, StopLossSellLimit; the variant sets
                stop_loss_sell_method and the fields that go with it. Leave it out to send no
                stop_loss_sell_method (the API's default applies).
        """
        return self._request(
            "POST",
            "/ver1/smart_trades/create_smart_trade",
            operation="create_smart_trade",
            body=partial(
                CreateSmartTradeRequest,
                account_id=account_id,
                pair=pair,
                units_to_buy=units_to_buy,
                buy_price=buy_price,
                take_profit=take_profit,
                stop_loss=stop_loss,
                take_profit_price_method=take_profit_price_method,
                stop_loss_price_method=stop_loss_price_method,
                trailing_stop_loss=trailing_stop_loss,
                stop_loss_timeout_enabled=stop_loss_timeout_enabled,
                stop_loss_timeout_seconds=stop_loss_timeout_seconds,
                note=note,
                buy_method=buy_method,
                trailing_buy=trailing_buy,
                take_profit_sell_method=take_profit_sell_method,
                trailing_take_profit=trailing_take_profit,
                stop_loss_sell_method=stop_loss_sell_method,
            ),
            check=_checks.check_create_smart_trade_request,
            parse=SmartTradeEntity.from_response,
            options=CallOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def cancel_order(
        self,
        smart_trade_id: int,
        *,
        step_id: str,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SmartTradeEntity:
        """Manual cancel order.

        ``POST /ver1/smart_trades/{smart_trade_id}/cancel_order``

        Args:
            step_id: SmartTrade step id to cancel
        """
        return self._request(
            "POST",
            "/ver1/smart_trades/{smart_trade_id:int}/cancel_order",
            operation="cancel_smart_trade_order",
            path_values={"smart_trade_id": smart_trade_id},
            body=partial(
                CancelSmartTradeOrderRequest,
                step_id=step_id,
            ),
            check=_checks.check_cancel_smart_trade_order_request,
            parse=SmartTradeEntity.from_response,
            options=CallOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def add_funds(
        self,
        smart_trade_id: int,
        *,
        quantity: DecimalLike,
        order_type: LimitOrder | MarketOrder,
        response_type: Literal["smart_trade", "empty", "order", "step"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SmartTradeEntity | SmartTradeStepEntity | dict[str, Any]:
        """Smart Trade add funds.

        ``POST /ver1/smart_trades/{smart_trade_id}/add_funds``

        Args:
            quantity: buy order quantity
            order_type: One of LimitOrder, MarketOrder; the variant sets is_market and the fields that
                go with it.
        """
        return self._request(
            "POST",
            "/ver1/smart_trades/{smart_trade_id:int}/add_funds",
            operation="add_smart_trade_funds",
            path_values={"smart_trade_id": smart_trade_id},
            body=partial(
                AddSmartTradeFundsRequest,
                quantity=quantity,
                order_type=order_type,
                response_type=response_type,
            ),
            check=_checks.check_add_smart_trade_funds_request,
            parse=partial(_read_add_smart_trade_funds, response_type),
            options=CallOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def step_panic_sell(
        self,
        smart_trade_id: int,
        *,
        step_id: int,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SmartTradeEntity:
        """Step panic sell.

        ``POST /ver1/smart_trades/{smart_trade_id}/step_panic_sell``
        """
        return self._request(
            "POST",
            "/ver1/smart_trades/{smart_trade_id:int}/step_panic_sell",
            operation="step_panic_sell_smart_trade",
            path_values={"smart_trade_id": smart_trade_id},
            body=partial(
                StepPanicSellSmartTradeRequest,
                step_id=step_id,
            ),
            check=_checks.check_step_panic_sell_smart_trade_request,
            parse=SmartTradeEntity.from_response,
            options=CallOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def update(
        self,
        smart_trade_id: int,
        *,
        take_profit: TakeProfitDisabled | TakeProfitClassic | UpdateSmartTradeTakeProfitStepSell,
        stop_loss: StopLossDisabled | StopLossEnabled,
        buy_price: DecimalLike | Unset = UNSET,
        conditional_limit_price: DecimalLike | Unset = UNSET,
        average_buy_price: DecimalLike | Unset = UNSET,
        trailing_buy_step: DecimalLike | Unset = UNSET,
        take_profit_step_orders: list[UpdateSmartTradeTakeProfitStepOrder] | Unset | None = UNSET,
        take_profit_price_method: Literal["bid", "ask", "last"] | Unset = UNSET,
        stop_loss_price_method: Literal["bid", "ask", "last"] | Unset = UNSET,
        trailing_stop_loss: bool | Unset = UNSET,
        stop_loss_timeout_enabled: bool | Unset = UNSET,
        stop_loss_timeout_seconds: int | Unset = UNSET,
        note: str | Unset = UNSET,
        trailing_buy: TrailingBuyDisabled | UpdateSmartTradeTrailingBuyEnabled | Unset = UNSET,
        take_profit_sell_method: TakeProfitSellMarket | TakeProfitSellLimit | Unset = UNSET,
        trailing_take_profit: TrailingTakeProfitDisabled | TrailingTakeProfitEnabled | Unset = UNSET,
        stop_loss_sell_method: StopLossSellMarket | StopLossSellLimit | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SmartTradeEntity:
        """Edit SmartTrade/SmartSale/SmartCover.

        ``PATCH /ver1/smart_trades/{smart_trade_id}/update``

        Args:
            take_profit: One of TakeProfitDisabled, TakeProfitClassic,
                UpdateSmartTradeTakeProfitStepSell; the variant sets take_profit_enabled and the
                fields that go with it.
            stop_loss: One of StopLossDisabled, StopLossEnabled; the variant sets stop_loss_enabled and
                the fields that go with it.
            buy_price: Available if Conditional SmartTrade
            average_buy_price: Available if SmartSale
            trailing_buy_step: Available if trailing_buy_enabled
            take_profit_step_orders: Available if take_profit_type = step_sell. If null - steps won't be changed. In
                order to apply changes - send a new set of steps, which contains new and
                previous steps that were not edited. Position must be unique(for new and
                previous steps in SmartTrade scope) and greater then 0
            take_profit_price_method: Price type for take profit(bid,asl,last)
            stop_loss_price_method: Price type for stop loss
            stop_loss_timeout_seconds: Timeout in seconds
            trailing_buy: One of TrailingBuyDisabled, UpdateSmartTradeTrailingBuyEnabled; the variant sets
                trailing_buy_enabled and the fields that go with it. Leave it out to send no
                trailing_buy_enabled (the API's default applies).
            take_profit_sell_method: One of TakeProfitSellMarket, TakeProfitSellLimit; the variant sets
                take_profit_sell_method and the fields that go with it. Leave it out to send no
                take_profit_sell_method (the API's default applies).
            trailing_take_profit: One of TrailingTakeProfitDisabled, TrailingTakeProfitEnabled; the variant sets
                trailing_take_profit and the fields that go with it. Leave it out to send no
                trailing_take_profit (the API's default applies).
            stop_loss_sell_method: One of StopLossSellMarket, StopLossSellLimit; the variant sets
                stop_loss_sell_method and the fields that go with it. Leave it out to send no
                stop_loss_sell_method (the API's default applies).
        """
        return self._request(
            "PATCH",
            "/ver1/smart_trades/{smart_trade_id:int}/update",
            operation="update_smart_trade",
            path_values={"smart_trade_id": smart_trade_id},
            body=partial(
                UpdateSmartTradeRequest,
                take_profit=take_profit,
                stop_loss=stop_loss,
                buy_price=buy_price,
                conditional_limit_price=conditional_limit_price,
                average_buy_price=average_buy_price,
                trailing_buy_step=trailing_buy_step,
                take_profit_step_orders=take_profit_step_orders,
                take_profit_price_method=take_profit_price_method,
                stop_loss_price_method=stop_loss_price_method,
                trailing_stop_loss=trailing_stop_loss,
                stop_loss_timeout_enabled=stop_loss_timeout_enabled,
                stop_loss_timeout_seconds=stop_loss_timeout_seconds,
                note=note,
                trailing_buy=trailing_buy,
                take_profit_sell_method=take_profit_sell_method,
                trailing_take_profit=trailing_take_profit,
                stop_loss_sell_method=stop_loss_sell_method,
            ),
            check=_checks.check_update_smart_trade_request,
            parse=SmartTradeEntity.from_response,
            options=CallOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def cancel(
        self,
        smart_trade_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SmartTradeEntity:
        """Cancel SmartTrade.

        ``POST /ver1/smart_trades/{smart_trade_id}/cancel``
        """
        return self._request(
            "POST",
            "/ver1/smart_trades/{smart_trade_id:int}/cancel",
            operation="cancel_smart_trade",
            path_values={"smart_trade_id": smart_trade_id},
            parse=SmartTradeEntity.from_response,
            options=CallOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def panic_sell(
        self,
        smart_trade_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SmartTradeEntity:
        """Sell currency immediately.

        ``POST /ver1/smart_trades/{smart_trade_id}/panic_sell``
        """
        return self._request(
            "POST",
            "/ver1/smart_trades/{smart_trade_id:int}/panic_sell",
            operation="panic_sell_smart_trade",
            path_values={"smart_trade_id": smart_trade_id},
            parse=SmartTradeEntity.from_response,
            options=CallOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def force_process(
        self,
        smart_trade_id: int,
        *,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SmartTradeEntity:
        """Refresh SmartTrade state.

        ``POST /ver1/smart_trades/{smart_trade_id}/force_process``
        """
        return self._request(
            "POST",
            "/ver1/smart_trades/{smart_trade_id:int}/force_process",
            operation="force_process_smart_trade",
            path_values={"smart_trade_id": smart_trade_id},
            parse=SmartTradeEntity.from_response,
            options=CallOptions(timeout, extra_headers, extra_query, extra_body),
        )

    def list(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int = 0,
        account_id: int | Unset = UNSET,
        scope: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        order: Literal["created_at", "closed_at"] | Unset = UNSET,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> SyncPage[SmartTradeEntity]:
        """Get SmartTrade history.

        ``GET /ver1/smart_trades``

        Args:
            limit: Limit records
            offset: Offset records
            account_id: Account to show smart_trades on. Pass null (default) - show all
            scope: active - show only active trades, finished - history of closed trades, cancelled
                - cancelled trades, failed - failed trades, any other value or null (default) -
                all trades
            type_: SmartTrade::SmartSale , SmartTrade::Classic , SmartTrade::ConditionalBuy
        """
        return self._page(
            "/ver1/smart_trades",
            operation="list_smart_trades",
            query={
                "limit": limit,
                "offset": offset,
                "account_id": account_id,
                "scope": scope,
                "type": type_,
                "order": order,
            },
            query_check=_checks.check_list_smart_trades_query,
            parse=SmartTradeEntity.list_from_response,
            options=CallOptions(timeout, extra_headers, extra_query, extra_body),
            paging=Paging("limit", "offset", False, None),
        )


class AsyncSmartTrades(AsyncApi):
    """``client.smart_trades`` on the async client: each method is :class:`SmartTrades`'s, awaited."""

    @cached_property
    def with_raw_response(self) -> AsyncSmartTradesWithRawResponse:
        """The same methods, returning a :class:`~threecommas.RawResponse` (status, headers, ``.parse()``)."""
        return AsyncSmartTradesWithRawResponse(AsyncSmartTrades(self._transport, raw=True))

    create_simple_sell = awaitable(SmartTrades.create_simple_sell)
    create_simple_buy = awaitable(SmartTrades.create_simple_buy)
    create_smart_sell = awaitable(SmartTrades.create_smart_sell)
    create_smart_cover = awaitable(SmartTrades.create_smart_cover)
    create = awaitable(SmartTrades.create)
    cancel_order = awaitable(SmartTrades.cancel_order)
    add_funds = awaitable(SmartTrades.add_funds)
    step_panic_sell = awaitable(SmartTrades.step_panic_sell)
    update = awaitable(SmartTrades.update)
    cancel = awaitable(SmartTrades.cancel)
    panic_sell = awaitable(SmartTrades.panic_sell)
    force_process = awaitable(SmartTrades.force_process)
    list = paginated(SmartTrades.list)


class SmartTradesWithRawResponse:
    """:class:`SmartTrades`'s methods, each returning a :class:`~threecommas.RawResponse`."""

    def __init__(self, api: SmartTrades) -> None:
        self.create_simple_sell = raw_response_method(api.create_simple_sell)
        self.create_simple_buy = raw_response_method(api.create_simple_buy)
        self.create_smart_sell = raw_response_method(api.create_smart_sell)
        self.create_smart_cover = raw_response_method(api.create_smart_cover)
        self.create = raw_response_method(api.create)
        self.cancel_order = raw_response_method(api.cancel_order)
        self.add_funds = raw_response_method(api.add_funds)
        self.step_panic_sell = raw_response_method(api.step_panic_sell)
        self.update = raw_response_method(api.update)
        self.cancel = raw_response_method(api.cancel)
        self.panic_sell = raw_response_method(api.panic_sell)
        self.force_process = raw_response_method(api.force_process)
        self.list = raw_response_method(api.list)


class AsyncSmartTradesWithRawResponse:
    """:class:`AsyncSmartTrades`'s methods, each returning a :class:`~threecommas.RawResponse`."""

    def __init__(self, api: AsyncSmartTrades) -> None:
        self.create_simple_sell = async_raw_response_method(api.create_simple_sell)
        self.create_simple_buy = async_raw_response_method(api.create_simple_buy)
        self.create_smart_sell = async_raw_response_method(api.create_smart_sell)
        self.create_smart_cover = async_raw_response_method(api.create_smart_cover)
        self.create = async_raw_response_method(api.create)
        self.cancel_order = async_raw_response_method(api.cancel_order)
        self.add_funds = async_raw_response_method(api.add_funds)
        self.step_panic_sell = async_raw_response_method(api.step_panic_sell)
        self.update = async_raw_response_method(api.update)
        self.cancel = async_raw_response_method(api.cancel)
        self.panic_sell = async_raw_response_method(api.panic_sell)
        self.force_process = async_raw_response_method(api.force_process)
        self.list = async_raw_response_method(api.list)
