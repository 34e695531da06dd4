// Take profit disabled, yet a take-profit price: the disabled variant forbids it. Must NOT compile.
import type { components } from "./api";

type CreateSmartTrade = components["schemas"]["CreateSmartTradeRequest"];

export const wrongVariant: CreateSmartTrade = {
  account_id: 1,
  pair: "USDT_BTC",
  units_to_buy: 0.01,
  buy_price: 30000,
  take_profit_enabled: false,
  take_profit_price_condition: 33000,
  stop_loss_enabled: false,
};
