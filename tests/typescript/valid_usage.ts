// create_smart_trade bodies the reference allows: each must compile.
import type { components } from "./api";

type CreateSmartTrade = components["schemas"]["CreateSmartTradeRequest"];

// The classic take-profit variant with its price.
export const classic: CreateSmartTrade = {
  account_id: 1,
  pair: "USDT_BTC",
  units_to_buy: 0.01,
  buy_price: 30000,
  take_profit_enabled: true,
  take_profit_type: "classic",
  take_profit_price_condition: 33000,
  stop_loss_enabled: false,
};

// Take profit off with a leftover type and price, stop loss off with a price, a market buy with
// a conditional price: fields of other variants, which the reference never forbids.
export const leftovers: CreateSmartTrade = {
  account_id: 1,
  pair: "USDT_BTC",
  units_to_buy: 0.01,
  buy_price: 30000,
  buy_method: "market",
  conditional_limit_price: 29000,
  take_profit_enabled: false,
  take_profit_type: "classic",
  take_profit_price_condition: 33000,
  stop_loss_enabled: false,
  stop_loss_price_condition: 27000,
};
