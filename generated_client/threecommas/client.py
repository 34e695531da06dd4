"""The clients: :class:`Client` (blocking) and :class:`AsyncClient`, one attribute per API tag."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import TracebackType
from typing import Any, Literal

import httpx

from ._convert import DecimalLike
from ._transport import AsyncTransport, RetryPolicy, SyncTransport
from .api.public import get_time, ping
from .api.smart_trades import (
    add_smart_trade_funds,
    cancel_smart_trade,
    cancel_smart_trade_order,
    create_simple_buy,
    create_simple_sell,
    create_smart_cover,
    create_smart_sell,
    create_smart_trade,
    force_process_smart_trade,
    list_smart_trades,
    panic_sell_smart_trade,
    step_panic_sell_smart_trade,
    update_smart_trade,
)
from .models import (
    BuyConditional,
    BuyLimit,
    BuyLimitByDefault,
    BuyMarket,
    LimitOrder,
    MarketOrder,
    PongEntity,
    SmartTradeEntity,
    SmartTradeStepEntity,
    StopLossDisabled,
    StopLossEnabled,
    StopLossSellLimit,
    StopLossSellMarket,
    TakeProfitClassic,
    TakeProfitDisabled,
    TakeProfitSellLimit,
    TakeProfitSellMarket,
    TakeProfitStepSell,
    TimeEntity,
    TrailingBuyDisabled,
    TrailingBuyEnabled,
    TrailingTakeProfitDisabled,
    TrailingTakeProfitEnabled,
    UpdateSmartTradeTakeProfitClassic,
    UpdateSmartTradeTakeProfitDisabled,
    UpdateSmartTradeTakeProfitStepOrder,
    UpdateSmartTradeTakeProfitStepSell,
    UpdateSmartTradeTrailingBuyDisabled,
    UpdateSmartTradeTrailingBuyEnabled,
)
from .types import UNSET, Unset

#: The production API.
BASE_URL = "https://api.3commas.io/public/api"


class PublicApi:
    """Operations tagged Public."""

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def ping(
        self,
        *,
        timeout: float | None = None,
    ) -> PongEntity:
        """Test connectivity to the Rest API.

        ``GET /ver1/ping``

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = ping.build_request()
        _response = self._transport.send(_request, timeout=timeout)
        return ping.parse_response(_response)

    def get_time(
        self,
        *,
        timeout: float | None = None,
    ) -> TimeEntity:
        """Test connectivity to the Rest API and get the current server time.

        ``GET /ver1/time``

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = get_time.build_request()
        _response = self._transport.send(_request, timeout=timeout)
        return get_time.parse_response(_response)


class AsyncPublicApi:
    """Operations tagged Public (async)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def ping(
        self,
        *,
        timeout: float | None = None,
    ) -> PongEntity:
        """Test connectivity to the Rest API.

        ``GET /ver1/ping``

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = ping.build_request()
        _response = await self._transport.send(_request, timeout=timeout)
        return ping.parse_response(_response)

    async def get_time(
        self,
        *,
        timeout: float | None = None,
    ) -> TimeEntity:
        """Test connectivity to the Rest API and get the current server time.

        ``GET /ver1/time``

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = get_time.build_request()
        _response = await self._transport.send(_request, timeout=timeout)
        return get_time.parse_response(_response)


class SmartTradesApi:
    """Operations tagged SmartTrades."""

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create_simple_sell(
        self,
        *,
        account_id: int,
        pair: str,
        units_to_buy: DecimalLike,
        buy_price: DecimalLike,
        buy_method: BuyLimit | BuyMarket | BuyConditional,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Create SimpleSell.

        ``POST /ver1/smart_trades/create_simple_sell``

        Args:
            account_id: id from GET /ver1/accounts
            pair: Not described in the reference.
            units_to_buy: Amount of units to buy
            buy_price: Not described in the reference.
            buy_method: One of BuyLimit, BuyMarket, BuyConditional; the variant sets buy_method and the
                fields that go with it.
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = create_simple_sell.build_request(
            account_id=account_id,
            pair=pair,
            units_to_buy=units_to_buy,
            buy_price=buy_price,
            buy_method=buy_method,
        )
        _response = self._transport.send(_request, timeout=timeout)
        return create_simple_sell.parse_response(_response)

    def create_simple_buy(
        self,
        *,
        account_id: int,
        pair: str,
        units_to_buy: DecimalLike,
        buy_price: DecimalLike,
        buy_method: BuyLimit | BuyMarket | BuyConditional,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Create SimpleBuy.

        ``POST /ver1/smart_trades/create_simple_buy``

        Args:
            account_id: id from GET /ver1/accounts
            pair: Not described in the reference.
            units_to_buy: Amount of units to buy
            buy_price: Not described in the reference.
            buy_method: One of BuyLimit, BuyMarket, BuyConditional; the variant sets buy_method and the
                fields that go with it.
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = create_simple_buy.build_request(
            account_id=account_id,
            pair=pair,
            units_to_buy=units_to_buy,
            buy_price=buy_price,
            buy_method=buy_method,
        )
        _response = self._transport.send(_request, timeout=timeout)
        return create_simple_buy.parse_response(_response)

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
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Create SmartSale.

        ``POST /ver1/smart_trades/create_smart_sell``

        Args:
            account_id: id from GET /ver1/accounts
            pair: Not described in the reference.
            units_to_buy: Bought amount
            average_buy_price: Bought price
            take_profit: One of TakeProfitDisabled, TakeProfitClassic, TakeProfitStepSell; the variant
                sets take_profit_enabled and the fields that go with it.
            stop_loss: One of StopLossDisabled, StopLossEnabled; the variant sets stop_loss_enabled and
                the fields that go with it.
            take_profit_price_method: Price type for take profit(bid,asl,last)
            stop_loss_price_method: Price type for stop loss
            trailing_stop_loss: Not described in the reference.
            stop_loss_timeout_enabled: Not described in the reference.
            stop_loss_timeout_seconds: Timeout in seconds
            note: Not described in the reference.
            take_profit_sell_method: One of TakeProfitSellMarket, TakeProfitSellLimit; the variant sets
                take_profit_sell_method and the fields that go with it. Leave it out to send no
                take_profit_sell_method (the API's default applies).
            trailing_take_profit: One of TrailingTakeProfitDisabled, TrailingTakeProfitEnabled; the variant sets
                trailing_take_profit and the fields that go with it. Leave it out to send no
                trailing_take_profit (the API's default applies).
            stop_loss_sell_method: One of StopLossSellMarket, StopLossSellLimit; the variant sets
                stop_loss_sell_method and the fields that go with it. Leave it out to send no
                stop_loss_sell_method (the API's default applies).
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = create_smart_sell.build_request(
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
        )
        _response = self._transport.send(_request, timeout=timeout)
        return create_smart_sell.parse_response(_response)

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
        buy_method: BuyLimitByDefault | BuyMarket | BuyConditional | Unset = UNSET,
        trailing_buy: TrailingBuyDisabled | TrailingBuyEnabled | Unset = UNSET,
        take_profit_sell_method: TakeProfitSellMarket | TakeProfitSellLimit | Unset = UNSET,
        trailing_take_profit: TrailingTakeProfitDisabled | TrailingTakeProfitEnabled | Unset = UNSET,
        stop_loss_sell_method: StopLossSellMarket | StopLossSellLimit | Unset = UNSET,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Create SmartCover.

        ``POST /ver1/smart_trades/create_smart_cover``

        Args:
            account_id: id from GET /ver1/accounts
            pair: Not described in the reference.
            units_to_buy: Amount of units to buy
            buy_price: Not described in the reference.
            take_profit: One of TakeProfitDisabled, TakeProfitClassic, TakeProfitStepSell; the variant
                sets take_profit_enabled and the fields that go with it.
            stop_loss: One of StopLossDisabled, StopLossEnabled; the variant sets stop_loss_enabled and
                the fields that go with it.
            take_profit_price_method: Price type for take profit
            stop_loss_price_method: Price type for stop loss
            trailing_stop_loss: Not described in the reference.
            stop_loss_timeout_enabled: Not described in the reference.
            stop_loss_timeout_seconds: timeout in seconds
            note: Not described in the reference.
            buy_method: One of BuyLimitByDefault, BuyMarket, BuyConditional; the variant sets buy_method
                and the fields that go with it. Leave it out to send no buy_method (the API's
                default applies).
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
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = create_smart_cover.build_request(
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
        )
        _response = self._transport.send(_request, timeout=timeout)
        return create_smart_cover.parse_response(_response)

    def create_smart_trade(
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
        buy_method: BuyLimitByDefault | BuyMarket | BuyConditional | Unset = UNSET,
        trailing_buy: TrailingBuyDisabled | TrailingBuyEnabled | Unset = UNSET,
        take_profit_sell_method: TakeProfitSellMarket | TakeProfitSellLimit | Unset = UNSET,
        trailing_take_profit: TrailingTakeProfitDisabled | TrailingTakeProfitEnabled | Unset = UNSET,
        stop_loss_sell_method: StopLossSellMarket | StopLossSellLimit | Unset = UNSET,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Create SmartTrade.

        ``POST /ver1/smart_trades/create_smart_trade``

        Args:
            account_id: id from GET /ver1/accounts
            pair: Not described in the reference.
            units_to_buy: Amount of units to buy
            buy_price: Not described in the reference.
            take_profit: One of TakeProfitDisabled, TakeProfitClassic, TakeProfitStepSell; the variant
                sets take_profit_enabled and the fields that go with it.
            stop_loss: One of StopLossDisabled, StopLossEnabled; the variant sets stop_loss_enabled and
                the fields that go with it.
            take_profit_price_method: Price type for take profit
            stop_loss_price_method: Price type for stop loss
            trailing_stop_loss: Not described in the reference.
            stop_loss_timeout_enabled: Not described in the reference.
            stop_loss_timeout_seconds: timeout in seconds
            note: Not described in the reference.
            buy_method: One of BuyLimitByDefault, BuyMarket, BuyConditional; the variant sets buy_method
                and the fields that go with it. Leave it out to send no buy_method (the API's
                default applies).
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
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = create_smart_trade.build_request(
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
        )
        _response = self._transport.send(_request, timeout=timeout)
        return create_smart_trade.parse_response(_response)

    def list_smart_trades(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        account_id: int | Unset = UNSET,
        scope: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        order: Literal["created_at", "closed_at"] | Unset = UNSET,
        timeout: float | None = None,
    ) -> list[SmartTradeEntity]:
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
            order: Not described in the reference.
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = list_smart_trades.build_request(
            limit=limit,
            offset=offset,
            account_id=account_id,
            scope=scope,
            type_=type_,
            order=order,
        )
        _response = self._transport.send(_request, timeout=timeout)
        return list_smart_trades.parse_response(_response)

    def iter_smart_trades(
        self,
        *,
        limit: int = 100,
        offset: int = 0,
        account_id: int | Unset = UNSET,
        scope: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        order: Literal["created_at", "closed_at"] | Unset = UNSET,
        timeout: float | None = None,
    ) -> Iterator[SmartTradeEntity]:
        """Every record of :meth:`list_smart_trades`, fetching ``limit`` at a time from ``offset``.

        Pages are requested lazily; iteration stops at the first page shorter than ``limit``.
        """
        if limit < 1:
            raise ValueError("limit must be at least 1")
        while True:
            _page = self.list_smart_trades(
                account_id=account_id,
                scope=scope,
                type_=type_,
                order=order,
                limit=limit,
                offset=offset,
                timeout=timeout,
            )
            yield from _page
            if len(_page) < limit:
                return
            offset += len(_page)

    def cancel_smart_trade_order(
        self,
        *,
        smart_trade_id: int,
        step_id: str,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Manual cancel order.

        ``POST /ver1/smart_trades/{smart_trade_id}/cancel_order``

        Args:
            smart_trade_id: Not described in the reference.
            step_id: SmartTrade step id to cancel
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = cancel_smart_trade_order.build_request(
            smart_trade_id=smart_trade_id,
            step_id=step_id,
        )
        _response = self._transport.send(_request, timeout=timeout)
        return cancel_smart_trade_order.parse_response(_response)

    def add_smart_trade_funds(
        self,
        *,
        smart_trade_id: int,
        quantity: DecimalLike,
        order_type: LimitOrder | MarketOrder,
        response_type: Literal["smart_trade", "empty", "order", "step"] | Unset = UNSET,
        timeout: float | None = None,
    ) -> SmartTradeEntity | SmartTradeStepEntity | dict[str, Any]:
        """Smart Trade add funds.

        ``POST /ver1/smart_trades/{smart_trade_id}/add_funds``

        Args:
            smart_trade_id: Not described in the reference.
            quantity: buy order quantity
            order_type: One of LimitOrder, MarketOrder; the variant sets is_market and the fields that
                go with it.
            response_type: Not described in the reference.
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = add_smart_trade_funds.build_request(
            smart_trade_id=smart_trade_id,
            quantity=quantity,
            order_type=order_type,
            response_type=response_type,
        )
        _response = self._transport.send(_request, timeout=timeout)
        return add_smart_trade_funds.parse_response(_response, response_type)

    def step_panic_sell_smart_trade(
        self,
        *,
        smart_trade_id: int,
        step_id: int,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Step panic sell.

        ``POST /ver1/smart_trades/{smart_trade_id}/step_panic_sell``

        Args:
            smart_trade_id: Not described in the reference.
            step_id: Not described in the reference.
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = step_panic_sell_smart_trade.build_request(
            smart_trade_id=smart_trade_id,
            step_id=step_id,
        )
        _response = self._transport.send(_request, timeout=timeout)
        return step_panic_sell_smart_trade.parse_response(_response)

    def update_smart_trade(
        self,
        *,
        smart_trade_id: int,
        take_profit: UpdateSmartTradeTakeProfitDisabled
        | UpdateSmartTradeTakeProfitClassic
        | UpdateSmartTradeTakeProfitStepSell,
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
        trailing_buy: UpdateSmartTradeTrailingBuyDisabled | UpdateSmartTradeTrailingBuyEnabled | Unset = UNSET,
        take_profit_sell_method: TakeProfitSellMarket | TakeProfitSellLimit | Unset = UNSET,
        trailing_take_profit: TrailingTakeProfitDisabled | TrailingTakeProfitEnabled | Unset = UNSET,
        stop_loss_sell_method: StopLossSellMarket | StopLossSellLimit | Unset = UNSET,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Edit SmartTrade/SmartSale/SmartCover.

        ``PATCH /ver1/smart_trades/{smart_trade_id}/update``

        Args:
            smart_trade_id: Not described in the reference.
            take_profit: One of UpdateSmartTradeTakeProfitDisabled, UpdateSmartTradeTakeProfitClassic,
                UpdateSmartTradeTakeProfitStepSell; the variant sets take_profit_enabled and the
                fields that go with it.
            stop_loss: One of StopLossDisabled, StopLossEnabled; the variant sets stop_loss_enabled and
                the fields that go with it.
            buy_price: Available if Conditional SmartTrade
            conditional_limit_price: Not described in the reference.
            average_buy_price: Available if SmartSale
            trailing_buy_step: Available if trailing_buy_enabled
            take_profit_step_orders: Available if take_profit_type = step_sell. If null - steps won't be changed. In
                order to apply changes - send a new set of steps, which contains new and
                previous steps that were not edited. Position must be unique(for new and
                previous steps in SmartTrade scope) and greater then 0
            take_profit_price_method: Price type for take profit(bid,asl,last)
            stop_loss_price_method: Price type for stop loss
            trailing_stop_loss: Not described in the reference.
            stop_loss_timeout_enabled: Not described in the reference.
            stop_loss_timeout_seconds: Timeout in seconds
            note: Not described in the reference.
            trailing_buy: One of UpdateSmartTradeTrailingBuyDisabled, UpdateSmartTradeTrailingBuyEnabled;
                the variant sets trailing_buy_enabled and the fields that go with it. Leave it
                out to send no trailing_buy_enabled (the API's default applies).
            take_profit_sell_method: One of TakeProfitSellMarket, TakeProfitSellLimit; the variant sets
                take_profit_sell_method and the fields that go with it. Leave it out to send no
                take_profit_sell_method (the API's default applies).
            trailing_take_profit: One of TrailingTakeProfitDisabled, TrailingTakeProfitEnabled; the variant sets
                trailing_take_profit and the fields that go with it. Leave it out to send no
                trailing_take_profit (the API's default applies).
            stop_loss_sell_method: One of StopLossSellMarket, StopLossSellLimit; the variant sets
                stop_loss_sell_method and the fields that go with it. Leave it out to send no
                stop_loss_sell_method (the API's default applies).
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = update_smart_trade.build_request(
            smart_trade_id=smart_trade_id,
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
        )
        _response = self._transport.send(_request, timeout=timeout)
        return update_smart_trade.parse_response(_response)

    def cancel_smart_trade(
        self,
        *,
        smart_trade_id: int,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Cancel SmartTrade.

        ``POST /ver1/smart_trades/{smart_trade_id}/cancel``

        Args:
            smart_trade_id: Not described in the reference.
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = cancel_smart_trade.build_request(
            smart_trade_id=smart_trade_id,
        )
        _response = self._transport.send(_request, timeout=timeout)
        return cancel_smart_trade.parse_response(_response)

    def panic_sell_smart_trade(
        self,
        *,
        smart_trade_id: int,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Sell currency immediately.

        ``POST /ver1/smart_trades/{smart_trade_id}/panic_sell``

        Args:
            smart_trade_id: Not described in the reference.
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = panic_sell_smart_trade.build_request(
            smart_trade_id=smart_trade_id,
        )
        _response = self._transport.send(_request, timeout=timeout)
        return panic_sell_smart_trade.parse_response(_response)

    def force_process_smart_trade(
        self,
        *,
        smart_trade_id: int,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Refresh SmartTrade state.

        ``POST /ver1/smart_trades/{smart_trade_id}/force_process``

        Args:
            smart_trade_id: Not described in the reference.
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = force_process_smart_trade.build_request(
            smart_trade_id=smart_trade_id,
        )
        _response = self._transport.send(_request, timeout=timeout)
        return force_process_smart_trade.parse_response(_response)


class AsyncSmartTradesApi:
    """Operations tagged SmartTrades (async)."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create_simple_sell(
        self,
        *,
        account_id: int,
        pair: str,
        units_to_buy: DecimalLike,
        buy_price: DecimalLike,
        buy_method: BuyLimit | BuyMarket | BuyConditional,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Create SimpleSell.

        ``POST /ver1/smart_trades/create_simple_sell``

        Args:
            account_id: id from GET /ver1/accounts
            pair: Not described in the reference.
            units_to_buy: Amount of units to buy
            buy_price: Not described in the reference.
            buy_method: One of BuyLimit, BuyMarket, BuyConditional; the variant sets buy_method and the
                fields that go with it.
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = create_simple_sell.build_request(
            account_id=account_id,
            pair=pair,
            units_to_buy=units_to_buy,
            buy_price=buy_price,
            buy_method=buy_method,
        )
        _response = await self._transport.send(_request, timeout=timeout)
        return create_simple_sell.parse_response(_response)

    async def create_simple_buy(
        self,
        *,
        account_id: int,
        pair: str,
        units_to_buy: DecimalLike,
        buy_price: DecimalLike,
        buy_method: BuyLimit | BuyMarket | BuyConditional,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Create SimpleBuy.

        ``POST /ver1/smart_trades/create_simple_buy``

        Args:
            account_id: id from GET /ver1/accounts
            pair: Not described in the reference.
            units_to_buy: Amount of units to buy
            buy_price: Not described in the reference.
            buy_method: One of BuyLimit, BuyMarket, BuyConditional; the variant sets buy_method and the
                fields that go with it.
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = create_simple_buy.build_request(
            account_id=account_id,
            pair=pair,
            units_to_buy=units_to_buy,
            buy_price=buy_price,
            buy_method=buy_method,
        )
        _response = await self._transport.send(_request, timeout=timeout)
        return create_simple_buy.parse_response(_response)

    async def create_smart_sell(
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
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Create SmartSale.

        ``POST /ver1/smart_trades/create_smart_sell``

        Args:
            account_id: id from GET /ver1/accounts
            pair: Not described in the reference.
            units_to_buy: Bought amount
            average_buy_price: Bought price
            take_profit: One of TakeProfitDisabled, TakeProfitClassic, TakeProfitStepSell; the variant
                sets take_profit_enabled and the fields that go with it.
            stop_loss: One of StopLossDisabled, StopLossEnabled; the variant sets stop_loss_enabled and
                the fields that go with it.
            take_profit_price_method: Price type for take profit(bid,asl,last)
            stop_loss_price_method: Price type for stop loss
            trailing_stop_loss: Not described in the reference.
            stop_loss_timeout_enabled: Not described in the reference.
            stop_loss_timeout_seconds: Timeout in seconds
            note: Not described in the reference.
            take_profit_sell_method: One of TakeProfitSellMarket, TakeProfitSellLimit; the variant sets
                take_profit_sell_method and the fields that go with it. Leave it out to send no
                take_profit_sell_method (the API's default applies).
            trailing_take_profit: One of TrailingTakeProfitDisabled, TrailingTakeProfitEnabled; the variant sets
                trailing_take_profit and the fields that go with it. Leave it out to send no
                trailing_take_profit (the API's default applies).
            stop_loss_sell_method: One of StopLossSellMarket, StopLossSellLimit; the variant sets
                stop_loss_sell_method and the fields that go with it. Leave it out to send no
                stop_loss_sell_method (the API's default applies).
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = create_smart_sell.build_request(
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
        )
        _response = await self._transport.send(_request, timeout=timeout)
        return create_smart_sell.parse_response(_response)

    async def create_smart_cover(
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
        buy_method: BuyLimitByDefault | BuyMarket | BuyConditional | Unset = UNSET,
        trailing_buy: TrailingBuyDisabled | TrailingBuyEnabled | Unset = UNSET,
        take_profit_sell_method: TakeProfitSellMarket | TakeProfitSellLimit | Unset = UNSET,
        trailing_take_profit: TrailingTakeProfitDisabled | TrailingTakeProfitEnabled | Unset = UNSET,
        stop_loss_sell_method: StopLossSellMarket | StopLossSellLimit | Unset = UNSET,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Create SmartCover.

        ``POST /ver1/smart_trades/create_smart_cover``

        Args:
            account_id: id from GET /ver1/accounts
            pair: Not described in the reference.
            units_to_buy: Amount of units to buy
            buy_price: Not described in the reference.
            take_profit: One of TakeProfitDisabled, TakeProfitClassic, TakeProfitStepSell; the variant
                sets take_profit_enabled and the fields that go with it.
            stop_loss: One of StopLossDisabled, StopLossEnabled; the variant sets stop_loss_enabled and
                the fields that go with it.
            take_profit_price_method: Price type for take profit
            stop_loss_price_method: Price type for stop loss
            trailing_stop_loss: Not described in the reference.
            stop_loss_timeout_enabled: Not described in the reference.
            stop_loss_timeout_seconds: timeout in seconds
            note: Not described in the reference.
            buy_method: One of BuyLimitByDefault, BuyMarket, BuyConditional; the variant sets buy_method
                and the fields that go with it. Leave it out to send no buy_method (the API's
                default applies).
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
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = create_smart_cover.build_request(
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
        )
        _response = await self._transport.send(_request, timeout=timeout)
        return create_smart_cover.parse_response(_response)

    async def create_smart_trade(
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
        buy_method: BuyLimitByDefault | BuyMarket | BuyConditional | Unset = UNSET,
        trailing_buy: TrailingBuyDisabled | TrailingBuyEnabled | Unset = UNSET,
        take_profit_sell_method: TakeProfitSellMarket | TakeProfitSellLimit | Unset = UNSET,
        trailing_take_profit: TrailingTakeProfitDisabled | TrailingTakeProfitEnabled | Unset = UNSET,
        stop_loss_sell_method: StopLossSellMarket | StopLossSellLimit | Unset = UNSET,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Create SmartTrade.

        ``POST /ver1/smart_trades/create_smart_trade``

        Args:
            account_id: id from GET /ver1/accounts
            pair: Not described in the reference.
            units_to_buy: Amount of units to buy
            buy_price: Not described in the reference.
            take_profit: One of TakeProfitDisabled, TakeProfitClassic, TakeProfitStepSell; the variant
                sets take_profit_enabled and the fields that go with it.
            stop_loss: One of StopLossDisabled, StopLossEnabled; the variant sets stop_loss_enabled and
                the fields that go with it.
            take_profit_price_method: Price type for take profit
            stop_loss_price_method: Price type for stop loss
            trailing_stop_loss: Not described in the reference.
            stop_loss_timeout_enabled: Not described in the reference.
            stop_loss_timeout_seconds: timeout in seconds
            note: Not described in the reference.
            buy_method: One of BuyLimitByDefault, BuyMarket, BuyConditional; the variant sets buy_method
                and the fields that go with it. Leave it out to send no buy_method (the API's
                default applies).
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
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = create_smart_trade.build_request(
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
        )
        _response = await self._transport.send(_request, timeout=timeout)
        return create_smart_trade.parse_response(_response)

    async def list_smart_trades(
        self,
        *,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        account_id: int | Unset = UNSET,
        scope: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        order: Literal["created_at", "closed_at"] | Unset = UNSET,
        timeout: float | None = None,
    ) -> list[SmartTradeEntity]:
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
            order: Not described in the reference.
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = list_smart_trades.build_request(
            limit=limit,
            offset=offset,
            account_id=account_id,
            scope=scope,
            type_=type_,
            order=order,
        )
        _response = await self._transport.send(_request, timeout=timeout)
        return list_smart_trades.parse_response(_response)

    async def iter_smart_trades(
        self,
        *,
        limit: int = 100,
        offset: int = 0,
        account_id: int | Unset = UNSET,
        scope: str | Unset = UNSET,
        type_: str | Unset = UNSET,
        order: Literal["created_at", "closed_at"] | Unset = UNSET,
        timeout: float | None = None,
    ) -> AsyncIterator[SmartTradeEntity]:
        """Every record of :meth:`list_smart_trades`, fetching ``limit`` at a time from ``offset``.

        Pages are requested lazily; iteration stops at the first page shorter than ``limit``.
        """
        if limit < 1:
            raise ValueError("limit must be at least 1")
        while True:
            _page = await self.list_smart_trades(
                account_id=account_id,
                scope=scope,
                type_=type_,
                order=order,
                limit=limit,
                offset=offset,
                timeout=timeout,
            )
            for _record in _page:
                yield _record
            if len(_page) < limit:
                return
            offset += len(_page)

    async def cancel_smart_trade_order(
        self,
        *,
        smart_trade_id: int,
        step_id: str,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Manual cancel order.

        ``POST /ver1/smart_trades/{smart_trade_id}/cancel_order``

        Args:
            smart_trade_id: Not described in the reference.
            step_id: SmartTrade step id to cancel
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = cancel_smart_trade_order.build_request(
            smart_trade_id=smart_trade_id,
            step_id=step_id,
        )
        _response = await self._transport.send(_request, timeout=timeout)
        return cancel_smart_trade_order.parse_response(_response)

    async def add_smart_trade_funds(
        self,
        *,
        smart_trade_id: int,
        quantity: DecimalLike,
        order_type: LimitOrder | MarketOrder,
        response_type: Literal["smart_trade", "empty", "order", "step"] | Unset = UNSET,
        timeout: float | None = None,
    ) -> SmartTradeEntity | SmartTradeStepEntity | dict[str, Any]:
        """Smart Trade add funds.

        ``POST /ver1/smart_trades/{smart_trade_id}/add_funds``

        Args:
            smart_trade_id: Not described in the reference.
            quantity: buy order quantity
            order_type: One of LimitOrder, MarketOrder; the variant sets is_market and the fields that
                go with it.
            response_type: Not described in the reference.
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = add_smart_trade_funds.build_request(
            smart_trade_id=smart_trade_id,
            quantity=quantity,
            order_type=order_type,
            response_type=response_type,
        )
        _response = await self._transport.send(_request, timeout=timeout)
        return add_smart_trade_funds.parse_response(_response, response_type)

    async def step_panic_sell_smart_trade(
        self,
        *,
        smart_trade_id: int,
        step_id: int,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Step panic sell.

        ``POST /ver1/smart_trades/{smart_trade_id}/step_panic_sell``

        Args:
            smart_trade_id: Not described in the reference.
            step_id: Not described in the reference.
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = step_panic_sell_smart_trade.build_request(
            smart_trade_id=smart_trade_id,
            step_id=step_id,
        )
        _response = await self._transport.send(_request, timeout=timeout)
        return step_panic_sell_smart_trade.parse_response(_response)

    async def update_smart_trade(
        self,
        *,
        smart_trade_id: int,
        take_profit: UpdateSmartTradeTakeProfitDisabled
        | UpdateSmartTradeTakeProfitClassic
        | UpdateSmartTradeTakeProfitStepSell,
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
        trailing_buy: UpdateSmartTradeTrailingBuyDisabled | UpdateSmartTradeTrailingBuyEnabled | Unset = UNSET,
        take_profit_sell_method: TakeProfitSellMarket | TakeProfitSellLimit | Unset = UNSET,
        trailing_take_profit: TrailingTakeProfitDisabled | TrailingTakeProfitEnabled | Unset = UNSET,
        stop_loss_sell_method: StopLossSellMarket | StopLossSellLimit | Unset = UNSET,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Edit SmartTrade/SmartSale/SmartCover.

        ``PATCH /ver1/smart_trades/{smart_trade_id}/update``

        Args:
            smart_trade_id: Not described in the reference.
            take_profit: One of UpdateSmartTradeTakeProfitDisabled, UpdateSmartTradeTakeProfitClassic,
                UpdateSmartTradeTakeProfitStepSell; the variant sets take_profit_enabled and the
                fields that go with it.
            stop_loss: One of StopLossDisabled, StopLossEnabled; the variant sets stop_loss_enabled and
                the fields that go with it.
            buy_price: Available if Conditional SmartTrade
            conditional_limit_price: Not described in the reference.
            average_buy_price: Available if SmartSale
            trailing_buy_step: Available if trailing_buy_enabled
            take_profit_step_orders: Available if take_profit_type = step_sell. If null - steps won't be changed. In
                order to apply changes - send a new set of steps, which contains new and
                previous steps that were not edited. Position must be unique(for new and
                previous steps in SmartTrade scope) and greater then 0
            take_profit_price_method: Price type for take profit(bid,asl,last)
            stop_loss_price_method: Price type for stop loss
            trailing_stop_loss: Not described in the reference.
            stop_loss_timeout_enabled: Not described in the reference.
            stop_loss_timeout_seconds: Timeout in seconds
            note: Not described in the reference.
            trailing_buy: One of UpdateSmartTradeTrailingBuyDisabled, UpdateSmartTradeTrailingBuyEnabled;
                the variant sets trailing_buy_enabled and the fields that go with it. Leave it
                out to send no trailing_buy_enabled (the API's default applies).
            take_profit_sell_method: One of TakeProfitSellMarket, TakeProfitSellLimit; the variant sets
                take_profit_sell_method and the fields that go with it. Leave it out to send no
                take_profit_sell_method (the API's default applies).
            trailing_take_profit: One of TrailingTakeProfitDisabled, TrailingTakeProfitEnabled; the variant sets
                trailing_take_profit and the fields that go with it. Leave it out to send no
                trailing_take_profit (the API's default applies).
            stop_loss_sell_method: One of StopLossSellMarket, StopLossSellLimit; the variant sets
                stop_loss_sell_method and the fields that go with it. Leave it out to send no
                stop_loss_sell_method (the API's default applies).
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = update_smart_trade.build_request(
            smart_trade_id=smart_trade_id,
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
        )
        _response = await self._transport.send(_request, timeout=timeout)
        return update_smart_trade.parse_response(_response)

    async def cancel_smart_trade(
        self,
        *,
        smart_trade_id: int,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Cancel SmartTrade.

        ``POST /ver1/smart_trades/{smart_trade_id}/cancel``

        Args:
            smart_trade_id: Not described in the reference.
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = cancel_smart_trade.build_request(
            smart_trade_id=smart_trade_id,
        )
        _response = await self._transport.send(_request, timeout=timeout)
        return cancel_smart_trade.parse_response(_response)

    async def panic_sell_smart_trade(
        self,
        *,
        smart_trade_id: int,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Sell currency immediately.

        ``POST /ver1/smart_trades/{smart_trade_id}/panic_sell``

        Args:
            smart_trade_id: Not described in the reference.
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = panic_sell_smart_trade.build_request(
            smart_trade_id=smart_trade_id,
        )
        _response = await self._transport.send(_request, timeout=timeout)
        return panic_sell_smart_trade.parse_response(_response)

    async def force_process_smart_trade(
        self,
        *,
        smart_trade_id: int,
        timeout: float | None = None,
    ) -> SmartTradeEntity:
        """Refresh SmartTrade state.

        ``POST /ver1/smart_trades/{smart_trade_id}/force_process``

        Args:
            smart_trade_id: Not described in the reference.
            timeout: Seconds for this call, overriding the client's timeout.

        Raises:
            RequestValidationError: An argument breaks a rule of the spec; nothing was sent.
            ApiError: The API answered with an error (a subclass per status).
            ApiConnectionError: The API could not be reached or did not answer in time.
        """

        _request = force_process_smart_trade.build_request(
            smart_trade_id=smart_trade_id,
        )
        _response = await self._transport.send(_request, timeout=timeout)
        return force_process_smart_trade.parse_response(_response)


class Client:
    """Blocking client for the 3Commas Public REST API.

    Every request is signed (``APIKEY`` and ``Signature`` headers), checked against the spec
    before it is sent, and retried only where that cannot place an order twice.

    Args:
        api_key: Your API key.
        api_secret: Your API secret; used for signing only, never logged or shown.
        base_url: The API's base URL.
        timeout: Seconds per request (each call's ``timeout=`` overrides it).
        retry: When and how often to retry; see :class:`RetryPolicy`.
        http_client: An ``httpx.Client`` to send with; you keep ownership of it.
    """

    def __init__(
        self,
        *,
        api_key: str,
        api_secret: str,
        base_url: str = BASE_URL,
        timeout: float | httpx.Timeout = 30.0,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._transport = SyncTransport(
            api_key=api_key,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            retry=retry if retry is not None else RetryPolicy(),
            http_client=http_client,
        )
        self.public = PublicApi(self._transport)
        self.smart_trades = SmartTradesApi(self._transport)

    def __repr__(self) -> str:
        return f"Client(base_url={self._transport.base_url!r})"

    def close(self) -> None:
        """Close the connections this client opened (not a client you passed in)."""
        self._transport.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient:
    """Asynchronous client for the 3Commas Public REST API.

    Every request is signed (``APIKEY`` and ``Signature`` headers), checked against the spec
    before it is sent, and retried only where that cannot place an order twice.

    Args:
        api_key: Your API key.
        api_secret: Your API secret; used for signing only, never logged or shown.
        base_url: The API's base URL.
        timeout: Seconds per request (each call's ``timeout=`` overrides it).
        retry: When and how often to retry; see :class:`RetryPolicy`.
        http_client: An ``httpx.AsyncClient`` to send with; you keep ownership of it.
    """

    def __init__(
        self,
        *,
        api_key: str,
        api_secret: str,
        base_url: str = BASE_URL,
        timeout: float | httpx.Timeout = 30.0,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._transport = AsyncTransport(
            api_key=api_key,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            retry=retry if retry is not None else RetryPolicy(),
            http_client=http_client,
        )
        self.public = AsyncPublicApi(self._transport)
        self.smart_trades = AsyncSmartTradesApi(self._transport)

    def __repr__(self) -> str:
        return f"AsyncClient(base_url={self._transport.base_url!r})"

    async def aclose(self) -> None:
        """Close the connections this client opened (not a client you passed in)."""
        await self._transport.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
