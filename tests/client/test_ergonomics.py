"""Everyday conveniences (issue 13), each against a loopback server that verifies signatures.

Rate limits beyond the backoff cap, paging over a server that caps its pages, 422 messages,
settings from the environment, per-call options, ``with_options``, raw responses, the public
signing helper and the logging switch; sync and async.
"""

from __future__ import annotations

import email.utils
import json
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import threecommas
from threecommas import (
    AsyncClient,
    Client,
    RateLimitError,
    RawResponse,
    RetryPolicy,
    UnprocessableEntityError,
    sign_request,
)
from threecommas.models import PongEntity, SmartTradeEntity

from tests.client.test_signing import WORKED_PARAMS, WORKED_PATH, WORKED_SIGNATURE
from tests.support.fault_server import Fault, FaultServer, Seen
from tests.support.recording import Sleeps

KEY = "ergonomics-key-0123456789"
SECRET = "ergonomics-secret-9876543210"
TRADE = {"id": 7, "status": "bought"}
PONG = {"pong": "pong"}


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    with FaultServer(api_key=KEY, secret=SECRET) as running:
        yield running


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def client(server: FaultServer, sleeps: Sleeps) -> Iterator[Client]:
    with Client(api_key=KEY, api_secret=SECRET, base_url=server.url, timeout=5.0) as c:
        c._transport._sleep = sleeps
        yield c
    assert server.bad_signatures == 0


@pytest.fixture
async def async_client(server: FaultServer, sleeps: Sleeps) -> AsyncIterator[AsyncClient]:
    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    async with AsyncClient(api_key=KEY, api_secret=SECRET, base_url=server.url, timeout=5.0) as c:
        c._transport._sleep = record
        yield c
    assert server.bad_signatures == 0


def _too_many(retry_after: str) -> Fault:
    return Fault("status", 429, b'{"error": "rate_limited"}', headers=(("Retry-After", retry_after),))


def _http_date(seconds_from_now: int) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


# --- rate limits -----------------------------------------------------------------------------


def test_a_retry_after_beyond_the_cap_raises_at_once(
    server: FaultServer, client: Client, sleeps: Sleeps
) -> None:
    server.script(_too_many("120"), then=Fault(body=PONG))
    with pytest.raises(RateLimitError) as caught:
        client.public.ping()
    assert caught.value.retry_after == 120
    assert server.attempts == 1 and sleeps == []  # never retried early


def test_a_retry_after_date_beyond_the_cap_raises_at_once(
    server: FaultServer, client: Client, sleeps: Sleeps
) -> None:
    server.script(_too_many(_http_date(120)), then=Fault(body=PONG))
    with pytest.raises(RateLimitError) as caught:
        client.public.ping()
    assert caught.value.retry_after is not None and 100 < caught.value.retry_after <= 120
    assert server.attempts == 1 and sleeps == []


def test_a_retry_after_within_the_cap_is_waited_exactly(
    server: FaultServer, client: Client, sleeps: Sleeps
) -> None:
    server.script(_too_many("29"), then=Fault(body=PONG))
    assert client.public.ping().pong == "pong"
    assert sleeps == [29.0] and server.attempts == 2


async def test_a_retry_after_beyond_the_cap_raises_at_once_async(
    server: FaultServer, async_client: AsyncClient, sleeps: Sleeps
) -> None:
    server.script(_too_many("120"), then=Fault(body=PONG))
    with pytest.raises(RateLimitError) as caught:
        await async_client.public.ping()
    assert caught.value.retry_after == 120
    assert server.attempts == 1 and sleeps == []
    server.script(_too_many("2"), then=Fault(body=PONG))
    assert (await async_client.public.ping()).pong == "pong"
    assert sleeps == [2.0]


def test_the_cap_is_the_policy_s(server: FaultServer, sleeps: Sleeps) -> None:
    server.script(_too_many("120"), then=Fault(body=PONG))
    policy = RetryPolicy(backoff_max=300.0)
    with Client(api_key=KEY, api_secret=SECRET, base_url=server.url, retry=policy) as c:
        c._transport._sleep = sleeps
        c.public.ping()
    assert sleeps == [120.0]


# --- paging ----------------------------------------------------------------------------------


def _capped_pages(total: int, cap: int) -> Fault:
    """History of ``total`` trades, never more than ``cap`` per page whatever ``limit`` asks."""

    def reply(request: Seen) -> Fault:
        query = parse_qs(urlsplit(request.path).query)
        limit, offset = int(query.get("limit", ["1000"])[0]), int(query["offset"][0])
        ids = range(offset, min(offset + min(limit, cap), total))
        return Fault(body=[{"id": i} for i in ids])

    return Fault("reply", reply=reply)


@pytest.mark.parametrize(
    ("total", "offsets"),
    [
        (0, ["0"]),  # empty: stop
        (1, ["0", "1"]),  # a first page of 1 may be the server's size: ask on until empty
        (2, ["0", "2"]),
        (5, ["0", "2", "4"]),  # pages of 2, then a shorter one: stop
        (6, ["0", "2", "4", "6"]),
    ],
)
def test_paging_over_a_server_that_caps_pages_at_two(
    total: int, offsets: list[str], server: FaultServer, client: Client
) -> None:
    # No size asked: the size the server uses is learned from the first page.
    server.script(then=_capped_pages(total, cap=2))
    ids = [t.id for t in client.smart_trades.list(scope="finished")]
    assert ids == list(range(total))
    assert [parse_qs(urlsplit(r.path).query)["offset"][0] for r in server.requests] == offsets


async def test_paging_over_a_capping_server_async(server: FaultServer, async_client: AsyncClient) -> None:
    server.script(then=_capped_pages(7, cap=2))
    ids = [t.id async for t in async_client.smart_trades.list()]
    assert ids == list(range(7))
    assert len(server.requests) == 4


def test_a_page_shorter_than_the_size_asked_ends_the_walk(server: FaultServer, client: Client) -> None:
    # The size asked is what a full page holds (issue 28): a shorter page is the last, one request
    # spent against the rate limit. A server capping below the size asked without saying so (no
    # documented maximum) is read as having no more records: ask for at most what it serves.
    server.script(then=_capped_pages(7, cap=2))
    page = client.smart_trades.list(limit=100)
    assert [t.id for t in page] == [0, 1] and not page.has_next_page()
    assert len(server.requests) == 1


def _same_page_every_time(size: int) -> Fault:
    """A server that ignores ``offset`` (as Prism's mock does): the same full page every time."""
    return Fault("reply", reply=lambda request: Fault(body=[{"id": i} for i in range(size)]))


def test_paging_stops_when_the_server_ignores_offset(server: FaultServer, client: Client) -> None:
    server.script(then=_same_page_every_time(2))
    ids = [t.id for t in client.smart_trades.list(limit=2)]
    assert ids == [0, 1]  # the repeated page is not yielded again
    assert len(server.requests) == 2


async def test_paging_stops_when_the_server_ignores_offset_async(
    server: FaultServer, async_client: AsyncClient
) -> None:
    server.script(then=_same_page_every_time(3))
    ids = [t.id async for t in async_client.smart_trades.list(limit=3)]
    assert ids == [0, 1, 2]
    assert len(server.requests) == 2


# --- error text ------------------------------------------------------------------------------

UNPROCESSABLE = Fault(
    "status",
    422,
    json.dumps(
        {
            "error": "record_invalid",
            "error_description": "Invalid parameters",
            "error_attributes": {"pair": ["is not supported"], "units": ["must be positive", "too small"]},
        }
    ).encode(),
)


def test_a_422_message_names_the_fields_at_fault(server: FaultServer, client: Client) -> None:
    server.script(then=UNPROCESSABLE)
    with pytest.raises(UnprocessableEntityError) as caught:
        client.smart_trades.cancel(smart_trade_id=7)
    text = str(caught.value)
    assert "Invalid parameters" in text
    assert "pair: is not supported" in text and "units: must be positive, too small" in text
    assert caught.value.error_attributes == {
        "pair": ["is not supported"],
        "units": ["must be positive", "too small"],
    }


async def test_a_422_message_names_the_fields_at_fault_async(
    server: FaultServer, async_client: AsyncClient
) -> None:
    server.script(then=UNPROCESSABLE)
    with pytest.raises(UnprocessableEntityError, match="pair: is not supported"):
        await async_client.smart_trades.cancel(smart_trade_id=7)


# --- settings from the environment -----------------------------------------------------------


@pytest.fixture
def environment(server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setenv("THREECOMMAS_API_KEY", KEY)
    monkeypatch.setenv("THREECOMMAS_API_SECRET", SECRET)
    monkeypatch.setenv("THREECOMMAS_BASE_URL", server.url)
    return monkeypatch


def test_no_arguments_read_the_environment(environment: pytest.MonkeyPatch, server: FaultServer) -> None:
    server.script(then=Fault(body=PONG))
    with Client() as c:
        assert c.public.ping().pong == "pong"
    assert server.requests[-1].headers["apikey"] == KEY and server.bad_signatures == 0


async def test_no_arguments_read_the_environment_async(
    environment: pytest.MonkeyPatch, server: FaultServer
) -> None:
    server.script(then=Fault(body=PONG))
    async with AsyncClient() as c:
        assert (await c.public.ping()).pong == "pong"
    assert server.bad_signatures == 0


def test_arguments_win_over_the_environment(environment: pytest.MonkeyPatch) -> None:
    c = Client(api_key="other-key", api_secret="other-secret", base_url="http://127.0.0.1:9")
    assert c._transport._api_key == "other-key" and c._transport.base_url == "http://127.0.0.1:9"
    c.close()


@pytest.mark.parametrize("client_class", [Client, AsyncClient])
@pytest.mark.parametrize("missing", ["THREECOMMAS_API_KEY", "THREECOMMAS_API_SECRET"])
def test_a_missing_credential_names_its_variable(
    client_class: type, missing: str, environment: pytest.MonkeyPatch
) -> None:
    environment.delenv(missing)
    with pytest.raises(ValueError, match=missing):
        client_class()


def test_without_a_base_url_the_production_api_is_used(environment: pytest.MonkeyPatch) -> None:
    environment.delenv("THREECOMMAS_BASE_URL")
    with Client() as c:
        assert c._transport.base_url == "https://api.3commas.io/public/api"


# --- per-call options ------------------------------------------------------------------------


def test_per_call_headers_query_and_body_are_sent_and_signed(server: FaultServer, client: Client) -> None:
    server.script(then=Fault(body=TRADE))
    client.smart_trades.cancel_order(
        smart_trade_id=7,
        step_id="3",
        extra_headers={"X-Trace": "abc"},
        extra_query={"dry_run": True, "tag": "a b"},
        extra_body={"new_field": "1.10"},
    )
    seen = server.requests[-1]
    assert seen.headers["x-trace"] == "abc"
    assert seen.path == "/ver1/smart_trades/7/cancel_order?dry_run=true&tag=a+b"
    assert json.loads(seen.body) == {"step_id": "3", "new_field": "1.10"}
    assert server.bad_signatures == 0  # the server checked the signature over all of it


def test_per_call_options_on_a_read_and_on_the_pager(server: FaultServer, client: Client) -> None:
    server.script(then=Fault(body=[{"id": 1}]))
    client.smart_trades.list(limit=5, extra_query={"from": "2020-01-01"}, timeout=3)
    assert server.requests[0].path == "/ver1/smart_trades?limit=5&offset=0&from=2020-01-01"
    # Walking the pages: the first page's options go with every later page too.
    assert [t.id for t in client.smart_trades.list(extra_headers={"X-Page": "1"}, extra_query={"x": 1})] == [
        1
    ]
    pager = server.requests[1:]
    assert [r.path for r in pager] == ["/ver1/smart_trades?offset=0&x=1", "/ver1/smart_trades?offset=1&x=1"]
    assert all(r.headers["x-page"] == "1" for r in pager)
    assert server.bad_signatures == 0


async def test_per_call_options_async(server: FaultServer, async_client: AsyncClient) -> None:
    server.script(then=Fault(body=TRADE))
    await async_client.smart_trades.panic_sell(
        smart_trade_id=7, extra_headers={"X-Trace": "z"}, extra_query={"q": 1}, extra_body={"why": "test"}
    )
    seen = server.requests[-1]
    assert seen.headers["x-trace"] == "z" and seen.path.endswith("?q=1")
    assert json.loads(seen.body) == {"why": "test"}
    assert server.bad_signatures == 0


def test_the_signing_headers_cannot_be_overridden(server: FaultServer, client: Client) -> None:
    server.script(then=Fault(body=PONG))
    client.public.ping(extra_headers={"Signature": "forged", "APIKEY": "other"})
    assert server.bad_signatures == 0 and server.requests[-1].headers["apikey"] == KEY


def test_a_per_call_timeout_applies_to_that_call_only(server: FaultServer, sleeps: Sleeps) -> None:
    server.script(then=Fault("slow", delay=0.5, body=PONG))
    with Client(
        api_key=KEY, api_secret=SECRET, base_url=server.url, timeout=0.1, retry=RetryPolicy(max_retries=0)
    ) as c:
        assert isinstance(c.public.ping(timeout=5), PongEntity)  # the slow answer arrives in time
        with pytest.raises(threecommas.APITimeoutError):
            c.public.ping()


# --- with_options ----------------------------------------------------------------------------


def test_with_options_changes_settings_and_shares_the_pool(server: FaultServer, client: Client) -> None:
    fast = client.with_options(timeout=0.1, max_retries=0)
    assert fast._transport._client is client._transport._client  # the same connection pool
    assert fast._transport.retry.max_retries == 0 and client._transport.retry.max_retries == 2
    assert fast._transport.timeout == 0.1 and client._transport.timeout == 5.0
    server.script(Fault("status", 503, b""), then=Fault(body=PONG))
    with pytest.raises(threecommas.InternalServerError):
        fast.public.ping()  # no retries on the copy
    assert server.attempts == 1
    fast.close()  # closing the copy leaves the pool open
    server.script(then=Fault(body=PONG))
    assert client.public.ping().pong == "pong"


async def test_with_options_async(server: FaultServer, async_client: AsyncClient) -> None:
    copy = async_client.with_options(max_retries=0)
    assert isinstance(copy, AsyncClient) and copy._transport._client is async_client._transport._client
    server.script(Fault("status", 503, b""), then=Fault(body=PONG))
    with pytest.raises(threecommas.InternalServerError):
        await copy.public.ping()
    await copy.aclose()
    assert (await async_client.public.ping()).pong == "pong"


class _TaggedClient(Client):
    """A user's subclass: its own attribute, method and cached property must survive ``with_options``."""

    def __init__(self, tag: str, **settings: Any) -> None:
        super().__init__(**settings)
        self.tag = tag

    def ping_text(self) -> str:
        return self.public.ping().pong

    @cached_property
    def label(self) -> str:
        return f"{self.tag}@{self._transport.base_url}"


class _TaggedAsyncClient(AsyncClient):
    def __init__(self, tag: str, **settings: Any) -> None:
        super().__init__(**settings)
        self.tag = tag

    async def ping_text(self) -> str:
        return (await self.public.ping()).pong


def test_with_options_keeps_a_subclass(server: FaultServer) -> None:
    with _TaggedClient("mine", api_key=KEY, api_secret=SECRET, base_url=server.url, timeout=5.0) as original:
        api = original.public  # cached on the original: the copy must not reuse it
        assert original.label == f"mine@{server.url}"
        copy = original.with_options(max_retries=0, base_url=server.url + "/")
        assert type(copy) is _TaggedClient and copy.tag == "mine"
        assert copy._transport is not original._transport and copy._transport.retry.max_retries == 0
        assert copy.public is not api and copy.public._transport is copy._transport
        assert copy.label == f"mine@{server.url}"  # recomputed for the copy, not carried over
        server.script(Fault("status", 503, b""), then=Fault(body=PONG))
        with pytest.raises(threecommas.InternalServerError):
            copy.ping_text()  # the copy's settings: no retry
        server.script(then=Fault(body=PONG))
        assert copy.ping_text() == "pong"
        assert original._transport.retry.max_retries == 2 and original.public is api


async def test_with_options_keeps_an_async_subclass(server: FaultServer) -> None:
    async with _TaggedAsyncClient("mine", api_key=KEY, api_secret=SECRET, base_url=server.url) as original:
        copy = original.with_options(max_retries=0)
        assert type(copy) is _TaggedAsyncClient and copy.tag == "mine"
        assert copy._transport._client is original._transport._client
        server.script(Fault("status", 503, b""), then=Fault(body=PONG))
        with pytest.raises(threecommas.InternalServerError):
            await copy.ping_text()
        assert server.attempts == 1
        server.script(then=Fault(body=PONG))
        assert await original.ping_text() == "pong"


# --- raw responses ---------------------------------------------------------------------------

RATE_HEADERS = (("X-RateLimit-Remaining", "41"),)


def test_raw_response(server: FaultServer, client: Client) -> None:
    server.script(then=Fault(body=[TRADE], headers=RATE_HEADERS))
    raw = client.smart_trades.with_raw_response.list(limit=1)
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200 and raw.headers["x-ratelimit-remaining"] == "41"
    assert isinstance(raw.http_response, httpx.Response) and json.loads(raw.http_response.content) == [TRADE]
    trades = raw.parse()  # the page the plain method returns
    assert isinstance(trades.items[0], SmartTradeEntity) and trades.items[0].id == 7
    assert raw.parse() is trades


def test_raw_response_of_a_write_and_of_add_funds(server: FaultServer, client: Client) -> None:
    from threecommas.models import MarketOrder

    server.script(then=Fault(body=TRADE, headers=RATE_HEADERS))
    raw = client.smart_trades.with_raw_response.cancel(smart_trade_id=7)
    assert raw.parse().status == "bought"
    raw_funds = client.smart_trades.with_raw_response.add_funds(
        smart_trade_id=7, quantity=1, order_type=MarketOrder(), response_type="smart_trade"
    )
    assert isinstance(raw_funds.parse(), SmartTradeEntity)
    assert server.attempts == 2


def test_raw_responses_still_raise_on_error_statuses(server: FaultServer, client: Client) -> None:
    server.script(then=UNPROCESSABLE)
    with pytest.raises(UnprocessableEntityError):
        client.smart_trades.with_raw_response.cancel(smart_trade_id=7)


async def test_raw_response_async(server: FaultServer, async_client: AsyncClient) -> None:
    server.script(then=Fault(body=PONG, headers=RATE_HEADERS))
    raw = await async_client.public.with_raw_response.ping(timeout=3)
    assert raw.status_code == 200 and raw.headers["x-ratelimit-remaining"] == "41"
    assert isinstance(raw.parse(), PongEntity) and raw.parse().pong == "pong"


def test_the_plain_method_is_unchanged_by_the_raw_one(server: FaultServer, client: Client) -> None:
    server.script(then=Fault(body=PONG))
    client.public.with_raw_response.ping()
    assert isinstance(client.public.ping(), PongEntity)


# --- signing helper --------------------------------------------------------------------------


def test_sign_request_reproduces_the_reference_s_worked_example() -> None:
    secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"
    assert sign_request(secret, f"{WORKED_PATH}?{WORKED_PARAMS}") == WORKED_SIGNATURE


def test_sign_request_matches_what_the_client_sends(server: FaultServer, client: Client) -> None:
    server.script(then=Fault(body=TRADE))
    client.smart_trades.cancel_order(smart_trade_id=9, step_id="12")
    seen = server.requests[-1]
    assert seen.headers["signature"] == sign_request(SECRET, seen.path, seen.body)


# --- logging switch --------------------------------------------------------------------------

_LOGGING_SCRIPT = """
import threecommas
with threecommas.Client() as client:
    client.public.ping()
"""


@pytest.mark.parametrize("level", ["debug", "info", "INFO", ""])
def test_threecommas_log_writes_calls_to_stderr(level: str, server: FaultServer) -> None:
    server.script(Fault("status", 503, b""), then=Fault(body=PONG))
    environment = {
        **os.environ,
        "THREECOMMAS_API_KEY": KEY,
        "THREECOMMAS_API_SECRET": SECRET,
        "THREECOMMAS_BASE_URL": server.url,
        "THREECOMMAS_LOG": level,
    }
    done = subprocess.run(
        [sys.executable, "-c", _LOGGING_SCRIPT],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parent,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    signature = server.requests[-1].headers["signature"]
    for line in lines:
        assert KEY not in line and SECRET not in line and signature not in line
    retried = [line for line in lines if "GET /ver1/ping -> 503 InternalServerError (attempt 1," in line]
    succeeded = [line for line in lines if "GET /ver1/ping -> 200 (attempt 2," in line and " ms)" in line]
    if level == "":
        assert lines == []
    elif level == "debug":
        assert len(retried) == 1 and "DEBUG" in retried[0] and len(succeeded) == 1
    else:  # info: the outcome of each call, not each attempt
        assert retried == [] and len(succeeded) == 1 and "INFO" in succeeded[0]
