// Step-sell take profit without its steps ("Required if take_profit_type = step_sell"). Must NOT compile.
import type { components } from "./api";

type CreateSmartTrade = components["schemas"]["CreateSmartTradeRequest"];

export const stepsMissing: CreateSmartTrade = {
  account_id: 1,
  pair: "USDT_BTC",
  units_to_buy: 0.01,
  buy_price: 30000,
  take_profit_enabled: true,
  take_profit_type: "step_sell",
  stop_loss_enabled: false,
};
