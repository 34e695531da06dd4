"""Client options as openai-python users write them: default headers and query, with_options."""

from __future__ import annotations

import httpx
import pytest
from threecommas import AsyncClient, Client
from threecommas._signing import sign

from tests.client.conftest import API_KEY, API_SECRET, Script


def _client(script: Script, **options: object) -> Client:
    http = httpx.Client(transport=httpx.MockTransport(script.handle))
    return Client(api_key=API_KEY, api_secret=API_SECRET, http_client=http, **options)  # type: ignore[arg-type]


def _signature_holds(request: httpx.Request, secret: str = API_SECRET) -> bool:
    return request.headers["Signature"] == sign(secret, request.url.raw_path + request.content)


def test_default_headers_and_query_go_with_every_request_and_are_signed(script: Script) -> None:
    client = _client(script, default_headers={"X-Desk": "a"}, default_query={"lang": "en", "offset": 9})
    script.replies = [httpx.Response(200, json={"pong": "pong"}), httpx.Response(200, json=[])]
    client.public.ping()
    client.smart_trades.list(limit=2, offset=0)
    ping, listing = script.requests
    assert ping.headers["X-Desk"] == "a" and ping.url.params["lang"] == "en"
    # A name the call sets itself keeps the call's value; the default is not sent twice.
    assert listing.url.params.get_list("offset") == ["0"] and listing.url.params["lang"] == "en"
    assert all(_signature_holds(r) for r in script.requests)


def test_per_call_options_override_the_defaults(script: Script) -> None:
    client = _client(script, default_headers={"X-Desk": "a"}, default_query={"lang": "en"})
    client.public.ping(extra_headers={"X-Desk": "b"}, extra_query={"lang": "de"})
    (request,) = script.requests
    assert request.headers["X-Desk"] == "b"
    assert request.url.params.get_list("lang") == ["de"]
    assert _signature_holds(request)


@pytest.mark.parametrize("name", ["APIKEY", "signature"])
def test_the_signing_headers_cannot_be_defaults(name: str, script: Script) -> None:
    with pytest.raises(ValueError, match="written by the client"):
        _client(script, default_headers={name: "x"})


def test_a_bad_default_header_is_refused_at_construction_without_its_value(script: Script) -> None:
    with pytest.raises(ValueError, match="default_headers") as caught:
        _client(script, default_headers={"X-Bad": "s3cr3t\nvalue"})
    assert "s3cr3t" not in str(caught.value)


def test_with_options_changes_credentials_and_adds_defaults(script: Script) -> None:
    client = _client(script, default_headers={"X-Desk": "a"})
    other = client.with_options(
        api_key="other-key", api_secret="other-secret", default_headers={"X-Team": "t"}
    )
    other.public.ping()
    client.public.ping()
    copied, original = script.requests
    assert copied.headers["APIKEY"] == "other-key" and _signature_holds(copied, "other-secret")
    assert copied.headers["X-Desk"] == "a" and copied.headers["X-Team"] == "t"
    assert original.headers["APIKEY"] == API_KEY and "X-Team" not in original.headers
    assert _signature_holds(original)


async def test_the_async_client_takes_the_same_options(script: Script) -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(script.handle))
    async with AsyncClient(
        api_key=API_KEY, api_secret=API_SECRET, http_client=http, default_query={"lang": "en"}
    ) as client:
        await client.with_options(default_headers={"X-Desk": "z"}, max_retries=0).public.ping()
    (request,) = script.requests
    assert request.headers["X-Desk"] == "z" and request.url.params["lang"] == "en"
    await http.aclose()
