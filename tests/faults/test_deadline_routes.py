"""Issue 19: a call's timeout is a deadline on every route httpx may take, proxies included.

httpx sends through a proxy's own transport when ``HTTP_PROXY`` is set (or ``proxy=`` /
``mounts=`` are given); these tests send through a loopback proxy and prove the requests took
that route before checking that a trickling answer is cut at the deadline.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from threecommas import APITimeoutError, AsyncClient, Client, RetryPolicy

from tests.support.fault_server import Fault, FaultServer
from tests.support.proxy import LoopbackProxy

KEY = "route-test-key-0123456789"
SECRET = "route-test-secret-9876543210"
TRADE = {"id": 7, "status": "bought", "note": "a note long enough to trickle for many seconds"}
TRICKLES = {
    "body": Fault("trickle", body=TRADE, delay=0.2),
    "head": Fault("trickle_head", body=TRADE, delay=0.2),
}


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    with FaultServer(api_key=KEY, secret=SECRET) as running:
        yield running


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[LoopbackProxy]:
    with LoopbackProxy() as running:
        for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTPS_PROXY", "https_proxy"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HTTP_PROXY", running.url)
        monkeypatch.setenv("http_proxy", running.url)
        yield running


def _settings(server: FaultServer) -> dict[str, Any]:
    return {
        "api_key": KEY,
        "api_secret": SECRET,
        "base_url": server.url,
        "timeout": 1.0,
        "retry": RetryPolicy(max_retries=0),
    }


def test_a_proxied_call_still_works(server: FaultServer, proxy: LoopbackProxy) -> None:
    server.script(then=Fault(body={"pong": "pong"}))
    with Client(**_settings(server)) as client:
        assert client.public.ping().pong == "pong"
    assert proxy.relayed >= 1 and server.bad_signatures == 0


@pytest.mark.parametrize("fault", sorted(TRICKLES))
def test_the_deadline_holds_behind_a_proxy_from_the_environment(
    fault: str, server: FaultServer, proxy: LoopbackProxy
) -> None:
    server.script(then=TRICKLES[fault])
    with Client(**_settings(server)) as client, pytest.raises(APITimeoutError):
        client.smart_trades.cancel(smart_trade_id=7)
    assert proxy.relayed == 1 and server.attempts == 1


@pytest.mark.parametrize("fault", sorted(TRICKLES))
async def test_the_deadline_holds_behind_a_proxy_async(
    fault: str, server: FaultServer, proxy: LoopbackProxy
) -> None:
    server.script(then=TRICKLES[fault])
    async with AsyncClient(**_settings(server)) as client:
        with pytest.raises(APITimeoutError):
            await client.smart_trades.cancel(smart_trade_id=7)
    assert proxy.relayed == 1


@pytest.mark.parametrize("fault", sorted(TRICKLES))
def test_the_deadline_holds_through_your_own_proxied_client(fault: str, server: FaultServer) -> None:
    server.script(then=TRICKLES[fault])
    with LoopbackProxy() as proxy, httpx.Client(proxy=proxy.url, trust_env=False) as http:
        client = Client(**_settings(server), http_client=http)
        with pytest.raises(APITimeoutError):
            client.smart_trades.cancel(smart_trade_id=7)
        assert proxy.relayed == 1
        server.script(then=Fault(body={"pong": "pong"}))
        assert client.public.ping().pong == "pong"  # your client still works, and outside our calls
        assert http.get(server.url + "/ver1/ping").status_code in (200, 401)  # is untouched
