"""Each error type, with status, the documented payload fields and the request."""

from __future__ import annotations

import logging

import httpx
import pytest
from threecommas import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    Client,
    ConflictError,
    InternalServerError,
    IpBannedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
    UnprocessableEntityError,
)

from tests.client.conftest import API_KEY, API_SECRET, Script

PAYLOAD = {
    "error": "record_invalid",
    "error_description": "Invalid parameters",
    "error_attributes": {"api_key": ["is too short (minimum is 5 characters)"]},
}


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, BadRequestError),
        (422, UnprocessableEntityError),
        (409, ConflictError),
        (405, APIStatusError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (418, IpBannedError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
    ],
)
def test_status_maps_to_its_error(
    status: int, kind: type[APIStatusError], client: Client, script: Script
) -> None:
    script.replies = [httpx.Response(status, json=PAYLOAD, headers={"Retry-After": "3"})]
    with pytest.raises(kind) as caught:
        client.smart_trades.cancel(smart_trade_id=5)
    error = caught.value
    assert type(error) is kind
    assert error.status_code == status
    assert error.error == "record_invalid"
    assert error.error_description == "Invalid parameters"
    assert error.error_attributes == {"api_key": ["is too short (minimum is 5 characters)"]}
    assert (error.method, error.path) == ("POST", "/ver1/smart_trades/5/cancel")
    assert error.retry_after == 3.0


@pytest.mark.parametrize(
    "body",
    [
        b"<html><body>502 Bad Gateway</body></html>",
        b'{"error": "trunc',
        b"",
        b"[1, 2]",
        b'{"no_error_key": 1}',
    ],
)
def test_unreadable_error_bodies_still_give_the_right_error(
    body: bytes, client: Client, script: Script
) -> None:
    script.replies = [httpx.Response(400, content=body)]
    with pytest.raises(BadRequestError) as caught:
        client.smart_trades.cancel(smart_trade_id=5)
    assert caught.value.error is None
    assert caught.value.raw_body == body.decode()


def test_success_with_a_body_that_is_not_json(client: Client, script: Script) -> None:
    script.replies = [httpx.Response(200, content=b"<html>maintenance</html>")]
    with pytest.raises(APIResponseValidationError):
        client.smart_trades.cancel(smart_trade_id=5)


def test_success_with_the_wrong_shape(client: Client, script: Script) -> None:
    script.replies = [httpx.Response(200, json=[1, 2])]
    with pytest.raises(APIResponseValidationError):
        client.smart_trades.cancel(smart_trade_id=5)


def test_connection_and_timeout_errors(script: Script) -> None:
    for raised, kind in (
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
    ):
        script.requests.clear()
        script.replies = [raised]
        http = httpx.Client(transport=httpx.MockTransport(script.handle))
        client = Client(
            api_key=API_KEY, api_secret=API_SECRET, http_client=http, retry=RetryPolicy(max_retries=0)
        )
        with pytest.raises(kind) as caught:
            client.public.ping()
        assert caught.value.method == "GET" and caught.value.path == "/ver1/ping"


def test_secrets_never_in_reprs_errors_or_logs(
    client: Client, script: Script, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    script.replies = [httpx.Response(401, json=PAYLOAD)]
    with pytest.raises(AuthenticationError) as caught:
        client.smart_trades.cancel(smart_trade_id=5)
    seen = [repr(client), str(client), repr(client._transport), str(caught.value), repr(caught.value)]
    seen += [record.getMessage() for record in caplog.records]
    seen += [repr(vars(caught.value))]
    for text in seen:
        assert API_SECRET not in text
        assert API_KEY not in text
