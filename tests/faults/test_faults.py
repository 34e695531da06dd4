"""The client against a server that fails the ways real ones do.

No create, panic-sell, add-funds or cancel is ever sent twice when it may have reached the
server; reads are retried as configured, with backoff, honouring Retry-After, never after 418;
each failure surfaces as the right exception; timeouts fire; secrets never show.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from threecommas import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncClient,
    BadRequestError,
    Client,
    InternalServerError,
    IpBannedError,
    RateLimitError,
    RetryPolicy,
    ThreeCommasError,
    UnprocessableEntityError,
)
from threecommas.models import MarketOrder, StopLossDisabled, TakeProfitDisabled

from tests.support.fault_server import Fault, FaultServer
from tests.support.recording import Sleeps

SECRET = "super-secret-signing-key-0123456789"
KEY = "api-key-visible-only-in-the-header"
TRADE = {"id": 7, "status": "bought"}


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    with FaultServer() as running:
        yield running


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def client(server: FaultServer, sleeps: Sleeps) -> Iterator[Client]:
    with Client(
        api_key=KEY, api_secret=SECRET, base_url=server.url, timeout=2.0, retry=RetryPolicy(max_retries=2)
    ) as c:
        c._transport._sleep = sleeps
        yield c


WRITES: dict[str, Callable[[Client], Any]] = {
    "create": lambda c: c.smart_trades.create(
        account_id=1,
        pair="USDT_BTC",
        units_to_buy=1,
        buy_price=1,
        take_profit=TakeProfitDisabled(),
        stop_loss=StopLossDisabled(),
    ),
    "panic_sell": lambda c: c.smart_trades.panic_sell(smart_trade_id=7),
    "add_funds": lambda c: c.smart_trades.add_funds(smart_trade_id=7, quantity=1, order_type=MarketOrder()),
    "cancel": lambda c: c.smart_trades.cancel(smart_trade_id=7),
}

MAY_HAVE_ARRIVED: dict[str, tuple[Fault, type[ThreeCommasError]]] = {
    "dropped before the request was read": (Fault("drop_before_read"), APIConnectionError),
    "read, then dropped without an answer": (Fault("drop_after_read"), APIConnectionError),
    "dropped mid-response": (Fault("half_response"), APIConnectionError),
    "500": (Fault("status", 500, b"{}"), InternalServerError),
    "502": (Fault("status", 502, b"<html>Bad Gateway</html>", content_type="text/html"), InternalServerError),
    "503": (Fault("status", 503, b""), InternalServerError),
    "504": (Fault("status", 504, b"{}"), InternalServerError),
    "429": (Fault("status", 429, b"{}", headers=(("Retry-After", "1"),)), RateLimitError),
    "slow answer, read timeout": (Fault("slow", delay=2.5), APITimeoutError),
}


@pytest.mark.parametrize("fault", sorted(MAY_HAVE_ARRIVED))
@pytest.mark.parametrize("write", sorted(WRITES))
def test_writes_that_may_have_arrived_are_sent_once(
    write: str, fault: str, server: FaultServer, client: Client, sleeps: Sleeps
) -> None:
    scripted, kind = MAY_HAVE_ARRIVED[fault]
    server.script(scripted, then=Fault(body=TRADE))
    with pytest.raises(kind) as caught:
        WRITES[write](client)
    assert server.attempts == 1 and len(server.requests) <= 1
    assert sleeps == []
    if isinstance(caught.value, APIConnectionError):
        assert caught.value.may_have_reached_server is True
        assert caught.value.method in {"POST", "PATCH"}


def test_a_write_to_a_closed_port_is_retried_because_it_never_left() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens once the probe closes
    delays = Sleeps()
    with Client(
        api_key=KEY, api_secret=SECRET, base_url=f"http://127.0.0.1:{port}", retry=RetryPolicy(max_retries=2)
    ) as c:
        c._transport._sleep = delays
        with pytest.raises(APIConnectionError) as caught:
            WRITES["create"](c)
    assert caught.value.may_have_reached_server is False
    assert len(delays) == 2  # both retries were attempted


@pytest.mark.parametrize(
    "fault",
    [
        Fault("status", 500, b"{}"),
        Fault("status", 502, b"<html>x</html>", content_type="text/html"),
        Fault("status", 503, b""),
        Fault("status", 504, b"{}"),
        Fault("drop_after_read"),
        Fault("half_response"),
        Fault("drop_before_read"),
    ],
    ids=["500", "502", "503", "504", "dropped", "mid-response", "before-read"],
)
def test_reads_are_retried_with_backoff(
    fault: Fault, server: FaultServer, client: Client, sleeps: Sleeps
) -> None:
    server.script(fault, fault, then=Fault(body={"pong": "pong"}))
    assert client.public.ping().pong == "pong"
    assert server.attempts == 3
    assert len(sleeps) == 2 and sleeps[1] >= sleeps[0] * 1.2  # exponential: 2x, less at most 2 x 25 % jitter


def test_reads_honour_retry_after(server: FaultServer, client: Client, sleeps: Sleeps) -> None:
    server.script(
        Fault("status", 429, b"{}", headers=(("Retry-After", "3"),)), then=Fault(body={"pong": "pong"})
    )
    client.public.ping()
    assert sleeps == [3.0]
    server.script(Fault("status", 429, b"{}"), then=Fault(body={"pong": "pong"}))
    sleeps.clear()
    client.public.ping()
    assert len(sleeps) == 1 and 0.375 <= sleeps[0] <= 0.625  # no Retry-After: backoff


def test_reads_are_never_retried_after_418(server: FaultServer, client: Client, sleeps: Sleeps) -> None:
    server.script(Fault("status", 418, b'{"error": "banned"}'), then=Fault(body={"pong": "pong"}))
    with pytest.raises(IpBannedError) as caught:
        client.public.ping()
    assert len(server.requests) == 1 and sleeps == []
    assert caught.value.error == "banned" and caught.value.status_code == 418


def test_retries_are_configurable(server: FaultServer, sleeps: Sleeps) -> None:
    server.script(then=Fault("status", 503, b""))
    with Client(api_key=KEY, api_secret=SECRET, base_url=server.url, retry=RetryPolicy(max_retries=4)) as c:
        c._transport._sleep = sleeps
        with pytest.raises(InternalServerError):
            c.public.ping()
    assert len(server.requests) == 5 and len(sleeps) == 4


@pytest.mark.parametrize(
    ("fault", "kind", "fields"),
    [
        (
            Fault(
                "status",
                422,
                b'{"error":"record_invalid","error_description":"Invalid","error_attributes":{"pair":["bad"]}}',
            ),
            UnprocessableEntityError,
            {
                "error": "record_invalid",
                "error_description": "Invalid",
                "error_attributes": {"pair": ["bad"]},
            },
        ),
        (Fault("status", 400, b'{"error": "trunc'), BadRequestError, {"error": None}),
        (
            Fault("status", 500, b"<html><h1>Oops</h1></html>", content_type="text/html"),
            InternalServerError,
            {"error": None},
        ),
    ],
    ids=["payload", "malformed-json", "html"],
)
def test_failures_carry_status_payload_and_request(
    fault: Fault, kind: type, fields: dict[str, Any], server: FaultServer, client: Client
) -> None:
    server.script(then=fault)
    with pytest.raises(kind) as caught:
        WRITES["cancel"](client)
    error = caught.value
    assert error.status_code == fault.status
    assert (error.method, error.path) == ("POST", "/ver1/smart_trades/7/cancel")
    for name, value in fields.items():
        assert getattr(error, name) == value
    assert error.raw_body.startswith(fault.body.decode()[:10])


@pytest.mark.parametrize("body", [b'{"id": 7, "status": "bou', b"<html>maintenance</html>", b"not json"])
def test_success_with_a_broken_body(body: bytes, server: FaultServer, client: Client) -> None:
    server.script(then=Fault("status", 200, body))
    with pytest.raises(APIResponseValidationError):
        WRITES["cancel"](client)


def test_timeouts_per_client_and_per_call(server: FaultServer, sleeps: Sleeps) -> None:
    server.script(then=Fault("slow", delay=0.6))
    with Client(
        api_key=KEY, api_secret=SECRET, base_url=server.url, timeout=0.2, retry=RetryPolicy(max_retries=0)
    ) as c:
        with pytest.raises(APITimeoutError):
            c.public.ping()
        assert c.public.ping(timeout=3.0).pong is None  # the slow answer arrives within the per-call timeout
    with (
        Client(
            api_key=KEY, api_secret=SECRET, base_url=server.url, timeout=3.0, retry=RetryPolicy(max_retries=0)
        ) as c,
        pytest.raises(APITimeoutError),
    ):
        c.public.ping(timeout=0.2)


def test_secrets_never_appear(server: FaultServer, client: Client, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    texts: list[str] = [repr(client), str(client), repr(client._transport)]
    for fault in (
        Fault("status", 401, b'{"error":"bad key"}'),
        Fault("drop_after_read"),
        Fault("slow", delay=2.5),
    ):
        server.script(then=fault)
        with pytest.raises(ThreeCommasError) as caught:
            WRITES["cancel"](client)
        texts += [str(caught.value), repr(caught.value), repr(vars(caught.value))]
    texts += [r.getMessage() for r in caplog.records]
    assert texts
    for text in texts:
        assert SECRET not in text
        assert KEY not in text


async def test_a_thousand_concurrent_async_calls(server: FaultServer) -> None:
    server.script(then=Fault(body={"pong": "pong"}))
    server.max_concurrent = 0
    async with AsyncClient(api_key=KEY, api_secret=SECRET, base_url=server.url) as client:
        results = await asyncio.gather(*(client.public.ping() for _ in range(1000)), return_exceptions=True)
    errors = [r for r in results if isinstance(r, BaseException)]
    assert errors == []
    assert len(server.requests) == 1000
    limit = client._transport._client._transport._pool._max_connections  # type: ignore[attr-defined]
    assert server.max_concurrent <= limit  # never more open at once than the pool allows
    assert server.connections <= limit  # each connection opened is kept and reused, none churned


#: Longer than httpcore's default keep-alive expiry (5 s), well inside the runtime's (and the
#: test server's 30 s idle timeout): a pool that drops idle connections at 5 s reopens them.
_PAUSE_BETWEEN_BURSTS = 6.5


@pytest.mark.slow
async def test_two_bursts_with_a_pause_reuse_the_same_connections(server: FaultServer) -> None:
    server.script(then=Fault(body={"pong": "pong"}))
    server.max_concurrent = 0
    async with AsyncClient(api_key=KEY, api_secret=SECRET, base_url=server.url) as client:
        limit = client._transport._client._transport._pool._max_connections  # type: ignore[attr-defined]
        first = await asyncio.gather(*(client.public.ping() for _ in range(300)), return_exceptions=True)
        opened_by_first = server.connections
        await asyncio.sleep(_PAUSE_BETWEEN_BURSTS)  # every connection idle, past 5 s
        second = await asyncio.gather(*(client.public.ping() for _ in range(300)), return_exceptions=True)
    assert [r for r in first + second if isinstance(r, BaseException)] == []
    assert len(server.requests) == 600
    assert 1 < opened_by_first <= limit  # the first burst did open several connections
    assert server.connections <= limit  # the second burst found them all still open
