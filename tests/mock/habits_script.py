"""A first script, written with openai-python habits and only the resource and field names learned.

Run against ``make mock`` (THREECOMMAS_BASE_URL, THREECOMMAS_API_KEY, THREECOMMAS_API_SECRET set);
``tests/mock/test_habits.py`` runs it there and type-checks it with ``mypy --strict``.
"""

from __future__ import annotations

import threecommas
from threecommas import APIStatusError, Client, RateLimitError
from threecommas.models import StopLossDisabled, TakeProfitClassic


def main() -> None:
    client = Client()

    trade = client.smart_trades.create(
        account_id=1,
        pair="USDT_BTC",
        units_to_buy="0.01",
        buy_price="30000",
        take_profit=TakeProfitClassic(take_profit_price_condition="33000"),
        stop_loss=StopLossDisabled(),
    )
    print("created", trade.id, trade.to_json())

    count = 0
    for each in client.smart_trades.list(limit=20):  # auto-paging
        count += 1
        print(each.id, each.status)
    page = client.smart_trades.list(limit=20)
    print(count, len(page.items), page.has_next_page())

    print("server time", client.public.time().server_time)

    assert trade.id is not None
    try:
        cancelled = client.with_options(max_retries=0).smart_trades.cancel(trade.id)
        print("cancelled", cancelled.status)
    except RateLimitError as error:
        print("slow down", error.retry_after)
    except APIStatusError as error:
        print("refused", error.status_code, error.error, error.body)

    raw = client.smart_trades.with_raw_response.list()
    print(raw.status_code, raw.headers.get("content-type"), len(raw.parse().items))

    client.close()
    print("threecommas", threecommas.__version__)


if __name__ == "__main__":
    main()
