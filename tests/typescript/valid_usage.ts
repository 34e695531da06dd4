// A create_smart_trade body with the classic take-profit variant: must compile.
import type { components } from "./api";

type CreateSmartTrade = components["schemas"]["CreateSmartTradeRequest"];

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
