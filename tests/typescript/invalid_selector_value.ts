// A selector value outside its enum (take_profit_type is classic or step_sell). Must NOT compile.
import type { components } from "./api";

type CreateSmartTrade = components["schemas"]["CreateSmartTradeRequest"];

export const unknownType: CreateSmartTrade = {
  account_id: 1,
  pair: "USDT_BTC",
  units_to_buy: 0.01,
  buy_price: 30000,
  take_profit_enabled: true,
  take_profit_type: "trailing",
  take_profit_price_condition: 33000,
  stop_loss_enabled: false,
};
