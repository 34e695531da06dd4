"""Hostile inputs and answers (issue 15, client): credentials never leak, a call's timeout is a
deadline for the whole attempt, and the client reads no more than ``max_response_bytes``.

Sync and async, against the loopback fault server.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import httpx
import pytest
from threecommas import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncClient,
    Client,
    RetryPolicy,
    ThreeCommasError,
)

from tests.support.fault_server import Fault, FaultServer
from tests.support.recording import Sleeps

KEY = "hostile-test-key-QWERTY0123456789"
SECRET = "hostile-test-secret-ASDFGH9876543210"
TRADE = {"id": 7, "status": "bought", "note": "a note long enough to trickle for many seconds"}


@pytest.fixture(scope="module")
def server() -> Iterator[FaultServer]:
    with FaultServer(api_key=KEY, secret=SECRET) as running:
        yield running


@pytest.fixture
def every_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every log record at DEBUG, ours and httpx's, httpcore's, h11's."""
    caplog.set_level(logging.DEBUG)
    for name in ("threecommas", "httpx", "httpcore", "h11"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def _log_texts(caplog: pytest.LogCaptureFixture) -> list[str]:
    texts = []
    for record in caplog.records:
        texts += [record.getMessage(), repr(record.args), str(record.exc_info and record.exc_info[1])]
    return texts


# --- credentials -----------------------------------------------------------------------------

#: (how the value is broken, the broken value, the part of it that must never show)
BROKEN = {
    "trailing newline": (KEY + "\n", KEY),
    "trailing CRLF": (KEY + "\r\n", KEY),
    "surrounding spaces": (f"  {KEY} ", KEY),
    "non-ASCII": (KEY[:10] + "é" + KEY[10:], KEY[10:]),
    "inner space": (KEY[:10] + " " + KEY[10:], KEY[10:]),
    "control character": (KEY[:10] + "\x00" + KEY[10:], KEY[10:]),
}


@pytest.mark.parametrize("client_class", [Client, AsyncClient])
@pytest.mark.parametrize("argument", ["api_key", "api_secret"])
@pytest.mark.parametrize("broken", sorted(BROKEN))
def test_a_broken_credential_is_refused_at_construction_without_echoing_it(
    broken: str,
    argument: str,
    client_class: type,
    server: FaultServer,
    every_log: pytest.LogCaptureFixture,
) -> None:
    value, core = BROKEN[broken]
    credentials = {"api_key": KEY, "api_secret": SECRET, argument: value}
    server.script(then=Fault(body=TRADE))
    with pytest.raises(ValueError) as caught:
        client_class(**credentials, base_url=server.url)
    error = caught.value
    assert argument in str(error)
    for text in [str(error), repr(error), repr(error.args), *_log_texts(every_log)]:
        assert core not in text
    assert server.attempts == 0


@pytest.mark.parametrize("argument", ["api_key", "api_secret"])
def test_a_broken_credential_from_the_environment_is_refused(
    argument: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("THREECOMMAS_API_KEY", KEY)
    monkeypatch.setenv("THREECOMMAS_API_SECRET", SECRET)
    monkeypatch.setenv(f"THREECOMMAS_{argument.upper()}", (KEY if argument == "api_key" else SECRET) + "\n")
    with pytest.raises(ValueError, match="whitespace") as caught:
        Client()
    assert KEY not in str(caught.value) and SECRET not in str(caught.value)


@pytest.mark.parametrize("header", [{"X-Note": "a\nb"}, {"X-Note": "é"}, {"Bad Name": "x"}, {"X-Note": 5}])
def test_a_broken_per_call_header_is_refused_before_sending(
    header: dict[str, object], server: FaultServer, every_log: pytest.LogCaptureFixture
) -> None:
    server.script(then=Fault(body=TRADE))
    with (
        Client(api_key=KEY, api_secret=SECRET, base_url=server.url) as client,
        pytest.raises(ValueError) as caught,
    ):
        client.smart_trades.cancel(smart_trade_id=7, extra_headers=header)  # type: ignore[arg-type]
    assert "a\nb" not in str(caught.value) and "é" not in str(caught.value)
    assert server.attempts == 0


async def test_no_log_line_of_any_library_carries_a_credential(
    server: FaultServer, every_log: pytest.LogCaptureFixture
) -> None:
    signatures: list[str] = []
    faults = [
        Fault(body=TRADE),
        Fault("status", 401, b'{"error": "bad key"}'),
        Fault("drop_after_read"),
        Fault("half_response"),
        Fault("slow", delay=1.5),
    ]
    texts: list[str] = []
    with Client(
        api_key=KEY, api_secret=SECRET, base_url=server.url, timeout=1.0, retry=RetryPolicy(max_retries=0)
    ) as client:
        for fault in faults:
            server.script(then=fault)
            try:
                client.smart_trades.cancel(smart_trade_id=7)
            except ThreeCommasError as error:
                texts += [str(error), repr(error), repr(vars(error))]
            signatures += [r.headers["signature"] for r in server.requests]
    async with AsyncClient(
        api_key=KEY, api_secret=SECRET, base_url=server.url, timeout=1.0, retry=RetryPolicy(max_retries=0)
    ) as async_client:
        for fault in faults:
            server.script(then=fault)
            try:
                await async_client.smart_trades.cancel(smart_trade_id=7)
            except ThreeCommasError as error:
                texts += [str(error), repr(error), repr(vars(error))]
            signatures += [r.headers["signature"] for r in server.requests]
    texts += _log_texts(every_log)
    assert any("httpcore" in r.name for r in every_log.records)  # the libraries' DEBUG logs were captured
    assert signatures
    for text in texts:
        assert KEY not in text and SECRET not in text
        assert not any(signature in text for signature in signatures)


# --- timeout: a deadline for the whole attempt -----------------------------------------------

#: Headers at once, then the body a byte every 0.2 s: about 20 s in all, each read well under 1 s.
TRICKLE = Fault("trickle", body=TRADE, delay=0.2)
TRICKLE_HEAD = Fault("trickle_head", body=TRADE, delay=0.2)


def _client(server: FaultServer, sleeps: Sleeps, retries: int, http: httpx.Client | None = None) -> Client:
    client = Client(
        api_key=KEY,
        api_secret=SECRET,
        base_url=server.url,
        timeout=1.0,
        retry=RetryPolicy(max_retries=retries),
        http_client=http,
    )
    client._transport._sleep = sleeps
    return client


def _async_client(server: FaultServer, sleeps: Sleeps, retries: int) -> AsyncClient:
    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    client = AsyncClient(
        api_key=KEY,
        api_secret=SECRET,
        base_url=server.url,
        timeout=1.0,
        retry=RetryPolicy(max_retries=retries),
    )
    client._transport._sleep = record
    return client


@pytest.mark.parametrize("fault", [TRICKLE, TRICKLE_HEAD], ids=["body", "head"])
def test_a_trickling_answer_cannot_outlast_the_timeout_of_a_write(fault: Fault, server: FaultServer) -> None:
    server.script(then=fault)
    sleeps = Sleeps()
    with _client(server, sleeps, retries=2) as client, pytest.raises(APITimeoutError) as caught:
        client.smart_trades.cancel(smart_trade_id=7)
    assert caught.value.may_have_reached_server is True
    assert server.attempts == 1 and sleeps == []  # a write that may have arrived: never again


@pytest.mark.parametrize("fault", [TRICKLE, TRICKLE_HEAD], ids=["body", "head"])
def test_a_trickling_answer_to_a_read_is_retried_like_any_timeout(fault: Fault, server: FaultServer) -> None:
    server.script(then=fault)
    sleeps = Sleeps()
    with _client(server, sleeps, retries=1) as client, pytest.raises(APITimeoutError):
        client.smart_trades.list()
    assert server.attempts == 2 and len(sleeps) == 1


@pytest.mark.parametrize("fault", [TRICKLE, TRICKLE_HEAD], ids=["body", "head"])
async def test_a_trickling_answer_cannot_outlast_the_timeout_async(fault: Fault, server: FaultServer) -> None:
    server.script(then=fault)
    sleeps = Sleeps()
    async with _async_client(server, sleeps, retries=1) as client:
        with pytest.raises(APITimeoutError) as caught:
            await client.smart_trades.cancel(smart_trade_id=7)
        assert caught.value.may_have_reached_server is True and server.attempts == 1
        server.script(then=fault)
        with pytest.raises(APITimeoutError):
            await client.smart_trades.list()
        assert server.attempts == 2 and len(sleeps) == 1


def test_a_trickling_body_is_cut_with_your_own_http_client_too(server: FaultServer) -> None:
    server.script(then=TRICKLE)
    sleeps = Sleeps()
    with httpx.Client() as http, _client(server, sleeps, retries=0, http=http) as client:
        with pytest.raises(APITimeoutError):
            client.public.ping()
        server.script(then=Fault(body={"pong": "pong"}))
        assert client.public.ping().pong == "pong"  # the connection pool still works


def test_an_answer_within_the_timeout_is_read(server: FaultServer) -> None:
    server.script(then=Fault("trickle", body={"pong": "p"}, delay=0.01))
    with _client(server, Sleeps(), retries=0) as client:
        assert client.with_options(timeout=10).public.ping().pong == "p"


# --- response size cap -----------------------------------------------------------------------


def _capped(server: FaultServer, cap: int) -> Client:
    return Client(api_key=KEY, api_secret=SECRET, base_url=server.url, max_response_bytes=cap)


def _async_capped(server: FaultServer, cap: int) -> AsyncClient:
    return AsyncClient(api_key=KEY, api_secret=SECRET, base_url=server.url, max_response_bytes=cap)


BIG = {
    "declared length": Fault(body={"id": 7, "note": "x" * 5000}),
    "chunked, no length": Fault("endless", size=8 * 1024 * 1024),
    # HTTP/1.1 frames by Transfer-Encoding when both are sent: the small length is not what is read.
    "chunked, a small length declared": Fault(
        "endless", size=8 * 1024 * 1024, headers=(("Content-Length", "10"),)
    ),
    "error status": Fault("status", 500, b"{" + b" " * 5000 + b"}"),
}


@pytest.mark.parametrize("answer", sorted(BIG))
def test_a_response_beyond_the_cap_is_refused(answer: str, server: FaultServer) -> None:
    server.script(then=BIG[answer])
    with (
        _capped(server, 1000) as client,
        pytest.raises(APIResponseValidationError, match="max_response_bytes"),
    ):
        client.smart_trades.cancel(smart_trade_id=7)
    assert server.attempts == 1


@pytest.mark.parametrize("answer", sorted(BIG))
async def test_a_response_beyond_the_cap_is_refused_async(answer: str, server: FaultServer) -> None:
    server.script(then=BIG[answer])
    async with _async_capped(server, 1000) as client:
        with pytest.raises(APIResponseValidationError, match="max_response_bytes"):
            await client.smart_trades.list()
    assert server.attempts == 1  # not retried: the same answer would come again


def test_the_default_cap_is_generous(server: FaultServer) -> None:
    server.script(then=Fault(body=[{"id": i, "note": "n" * 100} for i in range(20000)]))  # ~2.5 MB
    with Client(api_key=KEY, api_secret=SECRET, base_url=server.url) as client:
        assert len(client.smart_trades.list().items) == 20000
    with _capped(server, 1_000_000) as client, pytest.raises(APIResponseValidationError):
        client.smart_trades.list()


def test_a_compressed_answer_is_capped_on_what_it_expands_to(server: FaultServer) -> None:
    import gzip

    body = gzip.compress(json.dumps({"id": 7, "note": " " * 200_000}).encode())
    server.script(then=Fault("status", 200, body, headers=(("Content-Encoding", "gzip"),)))
    assert len(body) < 5000
    with (
        _capped(server, 10_000) as client,
        pytest.raises(APIResponseValidationError, match="max_response_bytes"),
    ):
        client.smart_trades.cancel(smart_trade_id=7)


def test_connection_errors_still_say_whether_anything_was_sent(server: FaultServer) -> None:
    server.script(then=Fault("drop_before_read"))
    with _client(server, Sleeps(), retries=0) as client, pytest.raises(APIConnectionError) as caught:
        client.smart_trades.cancel(smart_trade_id=7)
    assert caught.value.may_have_reached_server is True
