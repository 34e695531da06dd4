"""One reading of a spec's client names, shared by the client generator and the code samples."""

from __future__ import annotations

import keyword

from generator import extensions
from generator.client.surface import build_surface
from generator.client.view import build_client_plan
from generator.naming import SdkName, spec_sdk_names
from generator.openapi.samples import client_calls

SPEC = {
    "paths": {
        "/ver1/smart_trades/create_smart_trade": {
            "post": {
                "operationId": "create_smart_trade",
                extensions.SDK_RESOURCE: "smart_trades",
                extensions.SDK_METHOD: "create",
            }
        },
        # No keys (a spec edited by hand, or an older one): the rule names it.
        "/ver1/smart_trades/{id}/cancel": {
            "post": {"operationId": "cancel_smart_trade", "summary": "Cancel"}
        },
        # Keys that are not identifiers are made into identifiers, never copied as they are.
        "/ver1/odd": {
            "get": {
                "operationId": "odd",
                extensions.SDK_RESOURCE: "odd-things",
                extensions.SDK_METHOD: "class",
            }
        },
    }
}


def test_keys_win_and_the_rule_names_the_rest() -> None:
    names = spec_sdk_names(SPEC)
    assert names["create_smart_trade"] == SdkName(("smart_trades",), "create")
    assert names["cancel_smart_trade"] == SdkName(("smart_trades",), "cancel")
    odd = [*names["odd"].resource, names["odd"].method]
    assert all(part.isidentifier() and not keyword.iskeyword(part) for part in odd), odd


def test_the_samples_call_what_the_client_defines() -> None:
    surface = build_surface(SPEC, build_client_plan(SPEC))
    defined = {op.operation_id: surface.call(op) for _, op in surface.operations()}
    assert client_calls(SPEC) == defined
