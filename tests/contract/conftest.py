"""A client whose requests are captured, never sent anywhere."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from threecommas import Client, RetryPolicy


class Capture:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.reply: Any = {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(200, json=self.reply)


@pytest.fixture
def capture() -> Capture:
    return Capture()


@pytest.fixture
def captured_client(capture: Capture) -> Iterator[Client]:
    http = httpx.Client(transport=httpx.MockTransport(capture))
    yield Client(
        api_key="contract-key",
        api_secret="contract-secret",
        http_client=http,
        retry=RetryPolicy(max_retries=0),
    )
    http.close()
