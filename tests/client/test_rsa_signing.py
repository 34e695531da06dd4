"""RSA signing (``private_key=``) beside HMAC (``api_secret=``), issue 23.

The quick-start pages of ``../shared/docs-mdx`` give worked examples (key, payload, signature)
for both schemes; they are read from the pages at test time (never copied here) and skip where
the folder is absent. A key pair made up here checks the same on the wire, sync and async,
whatever the pages say. The key never shows in a repr, an error or a log line.
"""

from __future__ import annotations

import base64
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from threecommas import AsyncClient, Client, RetryPolicy, ThreeCommasError, sign_request_rsa
from threecommas._signing import sign
from threecommas._transport import PreparedRequest, SyncTransport

from tests.support.fault_server import Fault, FaultServer, verify_rsa

QUICK_START = Path(__file__).resolve().parents[3] / "shared" / "docs-mdx" / "quick-start"
RSA_PAGE = QUICK_START / "5_signing_a_request_using_rsa.mdx"
HMAC_PAGE = QUICK_START / "6_signing_a_request_using_hmac_sha256.mdx"
KEY = "rsa-test-key-QWERTY0123456789"
TRADE = {"id": 7, "status": "bought"}


# --- the pages' worked examples ----------------------------------------------------------------

_TAB = re.compile(r"<TabItem\b[^>]*\blabel=\"([^\"]*)\"(.*?)</TabItem>", re.DOTALL)
_CODE_BLOCK = re.compile(r"<CodeBlock\b([^>]*)>\s*\{`(.*?)`\}\s*</CodeBlock>", re.DOTALL)
_TITLE = re.compile(r"\btitle=\"([^\"]*)\"")


@dataclass(frozen=True)
class WorkedExample:
    """One tab of a signing page: what is sent, what is signed, and the signature it gives."""

    tab: str
    path: str
    query: str
    body: str
    payload: str
    signature: str


def _page(path: Path) -> str:
    if not path.is_file():
        pytest.skip(f"{path.name} is not in {QUICK_START} (../shared/docs-mdx): no worked example to check")
    return path.read_text(encoding="utf-8")


def worked_examples(path: Path) -> list[WorkedExample]:
    examples = []
    for label, tab in _TAB.findall(_page(path)):
        titled: dict[str, str] = {}
        untitled: list[str] = []
        for attributes, text in _CODE_BLOCK.findall(tab):
            title = _TITLE.search(attributes)
            if title:
                titled[title.group(1)] = text.strip()
            else:
                untitled.append(text.strip())
        # Untitled blocks: the command that signs, the signature it prints, the call.
        examples.append(
            WorkedExample(
                tab=label,
                path=titled["path"],
                query=titled.get("queryString", ""),
                body=titled.get("requestBody", ""),
                payload=titled["payload"],
                signature=untitled[1],
            )
        )
    assert examples, f"{path.name}: no worked example found; has the page changed shape?"
    return examples


def _table_value(page: str, row: str) -> str:
    """The value cell of a ``| row | value |`` line (markdown table, maybe wrapped in a <div>)."""
    for line in page.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[0] == row:
            return re.sub(r"</?div[^>]*>", "", cells[1]).strip()
    raise AssertionError(f"no '{row}' row in the credentials table; has the page changed shape?")


@cache
def page_private_key() -> str:
    """The RSA page's private key, its ``<br />`` line breaks made newlines again."""
    return _table_value(_page(RSA_PAGE), "private key").replace("<br />", "\n")


def _send(transport: SyncTransport, example: WorkedExample) -> httpx.Request:
    """``example``'s request sent through ``transport`` to a mock server; the request as it arrived."""
    query = tuple(
        (name, value) for name, _, value in (p.partition("=") for p in example.query.split("&") if p)
    )
    json_body = example.body.startswith("{")
    transport.send(
        PreparedRequest("POST", example.path, query=query, body=example.body.encode() if json_body else None)
    )
    return _SENT.pop()


_SENT: list[httpx.Request] = []


def _mock_http() -> httpx.Client:
    return httpx.Client(
        transport=httpx.MockTransport(lambda r: _SENT.append(r) or httpx.Response(200, json={}))
    )


def test_rsa_page_examples_sign_as_the_page_says() -> None:
    for example in worked_examples(RSA_PAGE):
        assert sign_request_rsa(page_private_key(), example.payload) == example.signature, example.tab


def test_rsa_client_sends_the_page_signatures_on_the_wire() -> None:
    """Query string and raw JSON: the transport's own message gives the page's signature."""
    transport = SyncTransport(
        api_key=KEY,
        private_key=page_private_key(),
        base_url="https://api.3commas.io",
        http_client=_mock_http(),
    )
    checked = 0
    for example in worked_examples(RSA_PAGE):
        if example.body and not example.body.startswith("{"):
            continue  # a form body: this client sends JSON (the form tab signs like the query tab)
        request = _send(transport, example)
        assert request.headers["Signature"] == example.signature, example.tab
        assert request.headers["APIKEY"] == KEY
        checked += 1
    assert checked >= 2  # the query-string and the raw-JSON tabs


def test_hmac_page_examples_sign_as_the_page_says() -> None:
    """The query-string and form-body tabs. The raw-JSON tab contradicts itself (its payload
    block shows the bare path, its signature is of ``path?{body}``) and the RSA page (``path{body}``,
    which this client signs, as py3cw does): see docs/client-current.md."""
    page = _page(HMAC_PAGE)
    secret = _table_value(page, "secret")
    examples = [e for e in worked_examples(HMAC_PAGE) if not e.body.startswith("{")]
    assert len(examples) >= 2
    for example in examples:
        assert sign(secret, example.payload.encode()) == example.signature, example.tab
    transport = SyncTransport(
        api_key=KEY, api_secret=secret, base_url="https://api.3commas.io", http_client=_mock_http()
    )
    query_tab = next(e for e in examples if e.query)
    assert _send(transport, query_tab).headers["Signature"] == query_tab.signature


# --- a key pair of our own: always runs ----------------------------------------------------------


@dataclass(frozen=True)
class KeyPair:
    private_pem: str
    public_pem: bytes


@pytest.fixture(scope="module")
def key_pair() -> KeyPair:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    ).decode()
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return KeyPair(private_pem, public_pem)


@pytest.fixture(scope="module")
def server(key_pair: KeyPair) -> Iterator[FaultServer]:
    with FaultServer(api_key=KEY, public_key=key_pair.public_pem) as running:
        yield running


def test_a_signed_call_verifies_with_the_public_key(key_pair: KeyPair, server: FaultServer) -> None:
    server.script(Fault(body=TRADE), then=Fault(body=[TRADE]))
    with Client(api_key=KEY, private_key=key_pair.private_pem, base_url=server.url) as client:
        client.smart_trades.cancel_smart_trade_order(smart_trade_id=9, step_id="12")
        client.smart_trades.list_smart_trades(limit=5)
    assert server.bad_signatures == 0 and len(server.requests) == 2
    assert server.requests[0].body == b'{"step_id":"12"}'  # the body is signed as sent


async def test_an_async_signed_call_verifies_with_the_public_key(
    key_pair: KeyPair, server: FaultServer
) -> None:
    server.script(then=Fault(body=TRADE))
    async with AsyncClient(
        api_key=KEY, private_key=key_pair.private_pem.encode(), base_url=server.url
    ) as client:
        await client.smart_trades.cancel_smart_trade_order(smart_trade_id=9, step_id="12")
    assert server.bad_signatures == 0 and len(server.requests) == 1


def test_the_verifying_server_refuses_a_wrong_key(key_pair: KeyPair, server: FaultServer) -> None:
    """The check above can fail: a key other than the registered one is answered 401."""
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    other_pem = other.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    server.script(then=Fault(body=TRADE))
    with (
        Client(api_key=KEY, private_key=other_pem, base_url=server.url, max_retries=0) as client,
        pytest.raises(ThreeCommasError, match="401"),
    ):
        client.smart_trades.list_smart_trades()
    assert server.bad_signatures == 1


def test_signature_is_base64_pkcs1v15_sha256_of_path_query_and_body(key_pair: KeyPair) -> None:
    signature = sign_request_rsa(key_pair.private_pem, "/public/api/ver1/x?a=1", b'{"b":1}')
    assert len(base64.b64decode(signature, validate=True)) == 256  # one 2048-bit block
    assert verify_rsa(key_pair.public_pem, b'/public/api/ver1/x?a=1{"b":1}', signature)
    assert not verify_rsa(key_pair.public_pem, b"/public/api/ver1/x?a=1", signature)


def test_private_key_from_the_environment_with_escaped_newlines(
    key_pair: KeyPair, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("THREECOMMAS_API_KEY", KEY)
    monkeypatch.delenv("THREECOMMAS_API_SECRET", raising=False)
    monkeypatch.setenv("THREECOMMAS_PRIVATE_KEY", key_pair.private_pem.replace("\n", "\\n"))
    sent: list[httpx.Request] = []
    http = httpx.Client(
        transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200, json=TRADE))
    )
    with Client(http_client=http) as client:
        client.smart_trades.cancel_smart_trade(smart_trade_id=7)
    assert verify_rsa(
        key_pair.public_pem, sent[0].url.raw_path + sent[0].content, sent[0].headers["Signature"]
    )


def test_both_ways_of_signing_at_once_is_an_error(key_pair: KeyPair, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="not both"):
        Client(api_key=KEY, api_secret="secret-XYZ", private_key=key_pair.private_pem)
    monkeypatch.setenv("THREECOMMAS_API_SECRET", "secret-XYZ")
    monkeypatch.setenv("THREECOMMAS_PRIVATE_KEY", key_pair.private_pem)
    with pytest.raises(ValueError, match="both THREECOMMAS_API_SECRET and THREECOMMAS_PRIVATE_KEY"):
        Client(api_key=KEY)
    # An argument chooses, whatever the environment holds.
    assert Client(api_key=KEY, private_key=key_pair.private_pem)._transport._signer.sign(b"x")


# --- the key never shows ----------------------------------------------------------------------


def _key_lines(pem: str) -> list[str]:
    return [line for line in pem.splitlines() if line and not line.startswith("-----")]


@pytest.mark.parametrize(
    "broken",
    ["truncated", "not a key", "ec key", "escaped garbage"],
)
def test_an_unreadable_private_key_is_refused_without_echoing_it(
    broken: str, key_pair: KeyPair, caplog: pytest.LogCaptureFixture
) -> None:
    from cryptography.hazmat.primitives.asymmetric import ec

    values = {
        "truncated": key_pair.private_pem[: len(key_pair.private_pem) // 2],
        "not a key": "MIIEpQIBAAKCAQEAspMfrKDl78gMWr4EO9Nr9LoZirPvkN93oGDO1LPnvDIwkmTV",
        "ec key": ec.generate_private_key(ec.SECP256R1())
        .private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        .decode(),
        "escaped garbage": key_pair.private_pem.replace("\n", "\\n")[:-40],
    }
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ValueError, match="private_key") as caught:
        Client(api_key=KEY, private_key=values[broken])
    texts = [str(caught.value), repr(caught.value), *(r.getMessage() for r in caplog.records)]
    for line in _key_lines(values[broken]) or [values[broken]]:
        for text in texts:
            assert line[:24] not in text


def test_no_repr_error_or_log_line_carries_the_private_key(
    key_pair: KeyPair, server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("threecommas", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    texts: list[str] = []
    with Client(
        api_key=KEY, private_key=key_pair.private_pem, base_url=server.url, retry=RetryPolicy(max_retries=0)
    ) as client:
        texts += [repr(client), repr(client._transport), repr(client._transport._signer), repr(vars(client))]
        for fault in (
            Fault(body=TRADE),
            Fault("status", 401, b'{"error": "bad key"}'),
            Fault("drop_after_read"),
        ):
            server.script(then=fault)
            try:
                client.smart_trades.cancel_smart_trade(smart_trade_id=7)
            except ThreeCommasError as error:
                texts += [str(error), repr(error), repr(vars(error))]
    texts += [r.getMessage() for r in caplog.records] + [repr(r.args) for r in caplog.records]
    assert any("httpcore" in r.name for r in caplog.records)
    secret_lines = _key_lines(key_pair.private_pem)
    for text in texts:
        assert "PRIVATE KEY" not in text
        assert not any(line in text for line in secret_lines)
