"""What the reference allows, every validator allows; what the spec refuses, the client refuses.

The ``ALLOWED`` table (payloads with each rule's unrelated fields present: take profit off with a
leftover ``take_profit_type``, a market order with a ``rate``...) goes through openapi-core
against the spec, through Stoplight Prism validating requests, and through the client: its typed
arguments carry what the variant classes own, the other fields are added to the body, and the
client's own pre-send check and signed transport send it. The pre-send check gives the verdict
of a JSON Schema 2020-12 validator on every row of both tables.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import json
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs
import httpx
import pytest
import threecommas.models
from jsonschema import Draft202012Validator
from openapi_core import OpenAPI
from threecommas import Client, RetryPolicy, Unset
from threecommas._request import build_request
from threecommas._transport import PreparedRequest
from threecommas._values import dumps_body

from generator.client.view import check_name
from tests.contract.conftest import Capture
from tests.contract.spec_tools import CapturedRequest
from tests.rules.test_rule_tables import ALLOWED, CASES, OPS, SPEC, _clean, schema_of
from tests.support.prism import prism

OPENAPI = OpenAPI.from_dict(SPEC)
IDS = [f"{c[0]}: {c[1]}" for c in ALLOWED]


def _client_accepts(operation_id: str, body: dict[str, Any]) -> bool:
    """The client's own pre-send check (compiled per operation) on ``body``."""
    _, _, operation = OPS[operation_id]
    body_ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    check = getattr(importlib.import_module("threecommas._checks"), check_name(body_ref))
    return check(body, "") is None


def _prepared(operation_id: str, payload: dict[str, Any]) -> PreparedRequest:
    """The request the client sends for ``payload``.

    The typed arguments are what the request class reads from the payload (each group's variant
    keeps only its own fields); the remaining fields are added to the body, as per-call extra
    body fields are. The client's pre-send check then validates the whole body.
    """
    _, _, operation = OPS[operation_id]
    body_ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    model_class = getattr(threecommas.models, body_ref.rsplit("/", 1)[-1])
    model = model_class.from_dict(payload)
    kwargs = {
        f.name: getattr(model, f.name)
        for f in attrs.fields(model_class)
        if not isinstance(getattr(model, f.name), Unset)
    }
    method, path, _ = OPS[operation_id]
    path_values = {p["name"]: 1 for p in operation.get("parameters") or () if p["in"] == "path"}
    request = build_request(
        operation_id,
        method.upper(),
        path,
        path_values=path_values,
        body=functools.partial(model_class, **kwargs),
        check=getattr(importlib.import_module("threecommas._checks"), check_name(body_ref)),
    )
    assert request.body is not None
    typed = json.loads(request.body, parse_float=Decimal)
    body = {**typed, **{k: v for k, v in payload.items() if k not in typed}}
    assert _client_accepts(operation_id, body), operation_id
    return dataclasses.replace(request, body=dumps_body(body))


@pytest.mark.parametrize(("operation_id", "rule", "payload"), ALLOWED, ids=IDS)
def test_openapi_core_accepts_what_the_client_sends(
    operation_id: str, rule: str, payload: dict[str, Any]
) -> None:
    capture = Capture()
    http = httpx.Client(transport=httpx.MockTransport(capture))
    with Client(api_key="k", api_secret="s", http_client=http, retry=RetryPolicy(max_retries=0)) as client:
        client._transport.send(_prepared(operation_id, _clean(payload)))
    (request,) = capture.requests
    assert json.loads(request.content, parse_float=Decimal, parse_int=Decimal) == _clean(payload), rule
    OPENAPI.validate_request(CapturedRequest(request))


@pytest.fixture(scope="module")
def prism_client() -> Iterator[Client]:
    with (
        prism() as url,
        Client(api_key="k", api_secret="s", base_url=url, retry=RetryPolicy(max_retries=0)) as client,
    ):
        yield client


@pytest.mark.parametrize(("operation_id", "rule", "payload"), ALLOWED, ids=IDS)
def test_prism_accepts_what_the_client_sends(
    operation_id: str, rule: str, payload: dict[str, Any], prism_client: Client
) -> None:
    # Prism answers 422 to a request its validation refuses; the client raises on it.
    response = prism_client._transport.send(_prepared(operation_id, _clean(payload)))
    assert response.status_code == 200, rule


VERDICTS = [(c[0], c[1], c[2], c[3]) for c in CASES] + [(c[0], c[1], c[2], True) for c in ALLOWED]


@pytest.mark.parametrize(
    ("operation_id", "rule", "payload", "valid"), VERDICTS, ids=[f"{v[0]}: {v[1]}" for v in VERDICTS]
)
def test_pre_send_check_gives_the_spec_verdict(
    operation_id: str, rule: str, payload: dict[str, Any], valid: bool
) -> None:
    body = _clean(payload)
    expected = Draft202012Validator(schema_of(operation_id)).is_valid(body)
    assert expected is valid, rule
    assert _client_accepts(operation_id, body) is expected, rule
