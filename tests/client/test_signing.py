"""Signing: the reference's worked example byte for byte, and JSON bodies signed as sent."""

from __future__ import annotations

import hashlib
import hmac

import httpx
from threecommas import Client, sign_request
from threecommas._transport import PreparedRequest, SyncTransport

from tests.client.conftest import API_KEY, API_SECRET, Script

WORKED_PATH = "/public/api/ver1/accounts/new"
WORKED_PARAMS = "type=binance&name=binance_account&api_key=XXXXXX&secret=YYYYYY"
WORKED_SIGNATURE = "30f678a157230290e00475cfffccbc92ae3659d94c145a2c0e9d0fa28f41c11a"


def test_worked_example_as_query_string() -> None:
    assert sign_request(API_SECRET, f"{WORKED_PATH}?{WORKED_PARAMS}") == WORKED_SIGNATURE


def test_worked_example_as_form_body() -> None:
    # A form body is itself "params": with no query string it follows a ``?``.
    assert sign_request(API_SECRET, f"{WORKED_PATH}?", WORKED_PARAMS.encode()) == WORKED_SIGNATURE


def test_transport_reproduces_the_worked_example_on_the_wire() -> None:
    sent: list[httpx.Request] = []
    http = httpx.Client(
        transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={}))
    )
    transport = SyncTransport(api_key=API_KEY, api_secret=API_SECRET, http_client=http)
    query = tuple(
        (name, value) for name, _, value in (pair.partition("=") for pair in WORKED_PARAMS.split("&"))
    )
    transport.send(PreparedRequest("POST", "/ver1/accounts/new", query=query))
    assert sent[0].url.raw_path.decode() == f"{WORKED_PATH}?{WORKED_PARAMS}"
    assert sent[0].headers["Signature"] == WORKED_SIGNATURE
    assert sent[0].headers["APIKEY"] == API_KEY


def test_json_body_is_signed_over_the_exact_bytes_sent(client: Client, script: Script) -> None:
    client.smart_trades.cancel_order(smart_trade_id=9, step_id="12")
    request = script.requests[0]
    assert request.content == b'{"step_id":"12"}'
    expected = hmac.new(
        API_SECRET.encode(), b"/public/api/ver1/smart_trades/9/cancel_order" + request.content, hashlib.sha256
    ).hexdigest()
    assert request.headers["Signature"] == expected


def test_query_and_body_together_sign_path_query_then_body() -> None:
    sent: list[httpx.Request] = []
    http = httpx.Client(
        transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json={}))
    )
    transport = SyncTransport(api_key=API_KEY, api_secret=API_SECRET, http_client=http)
    transport.send(PreparedRequest("POST", "/ver1/x", query=(("a", "1 2"),), body=b'{"b":1}'))
    message = b"/public/api/ver1/x?a=1+2" + b'{"b":1}'
    assert sent[0].url.raw_path == b"/public/api/ver1/x?a=1+2"
    assert sent[0].headers["Signature"] == hmac.new(API_SECRET.encode(), message, hashlib.sha256).hexdigest()
