"""Fixtures for testing the generated client against a scripted in-process HTTP transport."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import httpx
import pytest
from threecommas import AsyncClient, Client, RetryPolicy

from tests.support.recording import Sleeps

API_KEY = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A"
API_SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"

TRADE = {
    "id": 7,
    "account_id": 68,
    "status": "bought",
    "buy_price": "101.12",
    "units_to_buy": "1.0525",
    "created_at": "2018-08-08 08:08:08",
    "take_profit_steps": [{"id": 1, "price": "102.15", "percent": "25.6", "status": "enqueued"}],
}

Reply = httpx.Response | Callable[[httpx.Request], httpx.Response] | Exception


@dataclass
class Script:
    """Replies in order (the last one repeats), and every request that came in."""

    replies: list[Reply] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)

    def handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1] if self.replies else _ok(TRADE)
        if isinstance(reply, Exception):
            raise reply
        if callable(reply):
            return reply(request)
        return reply

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content, parse_float=Decimal)


def _ok(data: Any) -> httpx.Response:
    return httpx.Response(200, json=data)


@pytest.fixture
def script() -> Script:
    return Script()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def client(script: Script, sleeps: Sleeps) -> Iterator[Client]:
    http = httpx.Client(transport=httpx.MockTransport(script.handle))
    client = Client(
        api_key=API_KEY, api_secret=API_SECRET, http_client=http, retry=RetryPolicy(max_retries=2)
    )
    client._transport._sleep = sleeps
    yield client
    http.close()


@pytest.fixture
async def async_client(script: Script) -> Any:
    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        return script.handle(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    recorded: list[float] = []

    async def no_sleep(seconds: float) -> None:
        recorded.append(seconds)

    client = AsyncClient(api_key=API_KEY, api_secret=API_SECRET, http_client=http)
    client._transport._sleep = no_sleep
    yield client
    await http.aclose()
