"""Every operation, signed, through the real client against Prism validating requests with the spec."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from hypothesis import HealthCheck, Phase, find, settings
from threecommas import Client, RetryPolicy
from threecommas.models import StopLossDisabled, TakeProfitClassic

from tests.client.operations import CALLS
from tests.contract.calls import OPERATIONS, SPEC, arguments
from tests.contract.spec_tools import SPEC_PATH
from tests.support.prism import prism
from tests.support.surface import client_method

#: One generated call per operation is enough here: the contract suite explores the variants.
#: The first example hypothesis draws, not shrunk (shrinking a whole request body is slow).
FIRST_EXAMPLE = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
    phases=(Phase.generate,),
)


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    with prism(SPEC_PATH) as url:
        yield url


@pytest.fixture
def client(prism_url: str) -> Iterator[Client]:
    with Client(
        api_key="prism-key", api_secret="prism-secret", base_url=prism_url, retry=RetryPolicy(max_retries=0)
    ) as c:
        yield c


@pytest.mark.parametrize("operation_id", sorted(CALLS))
def test_hand_written_calls_pass_prism_validation(operation_id: str, client: Client) -> None:
    _, call_arguments, *_ = CALLS[operation_id]
    result = client_method(client, operation_id)(**call_arguments)
    assert result is not None


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_of_the_spec_passes_prism_validation(operation_id: str, client: Client) -> None:
    """Iterates the spec, whichever it is: arguments generated from its schemas, sent signed."""
    kwargs, _ = find(arguments(operation_id), lambda _: True, settings=FIRST_EXAMPLE)
    method = client_method(client, operation_id, SPEC)
    method(**kwargs)  # Prism answers 422 (an APIStatusError) to anything its validation rejects


def test_prism_really_validates(prism_url: str) -> None:
    """A request the spec forbids is refused by Prism itself (so the test above can fail)."""
    body = {"account_id": "not a number", "take_profit_enabled": True}
    reply = httpx.post(
        f"{prism_url}/ver1/smart_trades/create_smart_trade",
        json=body,
        headers={"APIKEY": "k", "Signature": "s"},
    )
    assert reply.status_code == 422
    assert "account_id" in reply.headers.get("sl-violations", "")


def test_a_rule_group_variant_through_prism(client: Client) -> None:
    trade = client.smart_trades.create(
        account_id=1,
        pair="USDT_BTC",
        units_to_buy="0.01",
        buy_price="30000",
        take_profit=TakeProfitClassic(take_profit_price_condition="33000"),
        stop_loss=StopLossDisabled(),
    )
    assert trade is not None


def test_unsigned_requests_are_refused_by_prism(prism_url: str) -> None:
    reply = httpx.post(f"{prism_url}/ver1/smart_trades/5/cancel")
    assert reply.status_code == 401


def test_the_client_readme_example_runs(prism_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The create / list / cancel example users copy from generated_client/README.md works as
    written, with the environment the README's quick start sets (no URL edited in)."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "generated_client" / "README.md").read_text()
    match = re.search(r"## Create, list, cancel\n\n```python\n(.*?)```", readme, re.S)
    assert match is not None
    monkeypatch.setenv("THREECOMMAS_BASE_URL", prism_url)
    monkeypatch.setenv("THREECOMMAS_API_KEY", "mock")
    monkeypatch.setenv("THREECOMMAS_API_SECRET", "mock")
    monkeypatch.delenv("THREECOMMAS_PRIVATE_KEY", raising=False)  # else two ways of signing
    exec(compile(match.group(1), "generated_client/README.md", "exec"), {})
