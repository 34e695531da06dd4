"""x-codeSamples (generator/openapi/samples.py): one of each kind per operation, the smallest call the
spec accepts, and a curl signature that is the reference's own (its worked example) and the runtime's."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from threecommas._signing import sign_request

from generator import extensions
from generator.client.view import _RESERVED, build_client_plan
from generator.openapi.samples import CLIENT_RESERVED_NAMES, add_code_samples, client_calls, python_argument
from tests.support.fault_server import Fault, FaultServer

ROOT = Path(__file__).resolve().parents[2]
SPEC = json.loads((ROOT / "spec" / "openapi.json").read_text())
SHARED_DOCS = ROOT.parent / "shared" / "docs"
SHARED_MDX = ROOT.parent / "shared" / "docs-mdx"
LABELS = ["Python", "Python (async)", "curl"]

needs_openssl = pytest.mark.skipif(
    shutil.which("openssl") is None or shutil.which("bash") is None, reason="needs bash and openssl"
)


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)]


def _sample(operation: dict[str, Any], label: str) -> str:
    return next(s["source"] for s in operation["x-codeSamples"] if s["label"] == label)


def _made_up_spec(**operation: Any) -> dict[str, Any]:
    """One operation, with the components a rule group needs."""
    base: dict[str, Any] = {"operationId": "do_it", "tags": ["Things"], "responses": {}}
    base.update(operation)
    return {
        "openapi": "3.1.0",
        "servers": [{"url": "https://api.example.test/public/api"}],
        "paths": {"/ver1/things/{thing_id}/do": {"post": base}},
        "components": {
            "schemas": {
                "DoItFields": {
                    "type": "object",
                    "properties": {
                        "amount": {"type": "number", "exclusiveMaximum": 0},
                        "mode_enabled": {"type": "boolean"},
                        "level": {"type": "integer", "minimum": 5},
                        "note": {"type": "string"},
                    },
                    "required": ["amount", "mode_enabled", "level"],
                },
                "Mode": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/ModeOn"},
                        {"$ref": "#/components/schemas/ModeOff"},
                    ],
                    extensions.SELECTOR: "mode_enabled",
                    extensions.GROUP_NAME: "mode",
                },
                "ModeOn": {
                    "type": "object",
                    "properties": {"mode_enabled": {"const": True}, "note": {}},
                    "required": ["mode_enabled", "note"],
                    extensions.GROUP_FIELDS: ["mode_enabled", "note"],
                },
                "ModeOff": {
                    "type": "object",
                    "properties": {"mode_enabled": {"const": False}},
                    "required": ["mode_enabled"],
                    extensions.GROUP_FIELDS: ["mode_enabled"],
                },
                "DoItRequest": {
                    "allOf": [
                        {"$ref": "#/components/schemas/DoItFields"},
                        {"$ref": "#/components/schemas/Mode"},
                    ]
                },
            }
        },
    }


_BODY = {
    "required": True,
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DoItRequest"}}},
}
_PATH_ID = {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "integer"}}


def test_every_operation_of_the_committed_spec_has_the_three_samples() -> None:
    operations = _operations(SPEC)
    assert operations
    calls = client_calls(SPEC)
    for operation in operations:
        assert [s["label"] for s in operation["x-codeSamples"]] == LABELS, operation["operationId"]
        target = calls[operation["operationId"]]
        assert target == f"{operation[extensions.SDK_RESOURCE]}.{operation[extensions.SDK_METHOD]}"
        assert f"result = client.{target}(" in _sample(operation, "Python")
        assert f"result = await client.{target}(" in _sample(operation, "Python (async)")


def test_the_reserved_names_are_the_client_generators() -> None:
    assert CLIENT_RESERVED_NAMES == _RESERVED
    assert python_argument("type") == "type_"
    assert python_argument("timeout") == "timeout_"
    assert python_argument("account_id") == "account_id"


def test_sdk_names_in_the_spec_are_followed_and_the_rule_names_the_others() -> None:
    named = _made_up_spec(
        security=[], **{extensions.SDK_RESOURCE: "things.parts", extensions.SDK_METHOD: "do"}
    )
    assert client_calls(named) == {"do_it": "things.parts.do"}
    # Without the keys, the naming rule of generator/naming.py, as the client applies it.
    assert client_calls(_made_up_spec(security=[])) == {"do_it": "things.do"}


def test_the_smallest_call_fills_required_fields_within_bounds_and_the_simplest_variant() -> None:
    spec = add_code_samples(_made_up_spec(parameters=[_PATH_ID], requestBody=_BODY, security=[]))
    operation = spec["paths"]["/ver1/things/{thing_id}/do"]["post"]
    python = _sample(operation, "Python")
    assert "from threecommas.models import ModeOff" in python
    assert "client.things.do(thing_id=1, amount=-1, level=5, mode=ModeOff())" in python
    curl = _sample(operation, "curl")
    assert 'URL="$BASE_URL/ver1/things/1/do"' in curl
    assert """BODY='{"amount":-1,"level":5,"mode_enabled":false}'""" in curl
    assert "https://api.example.test/public/api" in curl


def test_curl_sends_the_headers_its_security_asks_for() -> None:
    by_security = {}
    for name, security in {
        "none": [],
        "key": [{"APIKEY": []}],
        "signed": [{"APIKEY": [], "Signature": []}],
    }.items():
        spec = add_code_samples(_made_up_spec(parameters=[_PATH_ID], security=security))
        by_security[name] = _sample(spec["paths"]["/ver1/things/{thing_id}/do"]["post"], "curl")
    assert "APIKEY" not in by_security["none"] and "openssl" not in by_security["none"]
    assert "APIKEY: $THREECOMMAS_API_KEY" in by_security["key"] and "Signature" not in by_security["key"]
    assert "Signature: $SIGNATURE" in by_security["signed"] and "openssl dgst" in by_security["signed"]


def test_the_spec_given_is_left_as_it_was() -> None:
    spec = _made_up_spec(parameters=[_PATH_ID], requestBody=_BODY, security=[])
    before = json.dumps(spec, sort_keys=True)
    add_code_samples(spec)
    assert json.dumps(spec, sort_keys=True) == before


# -- the curl signature ------------------------------------------------------------------------


def _signed_curl() -> str:
    operation = next(op for op in _operations(SPEC) if op["security"] and "requestBody" in op)
    return _sample(operation, "curl")


def _shell_signature(secret: str, signed_path: str, body: str = "") -> str:
    """The signature the committed sample's own shell lines compute for this message."""
    sample = _signed_curl()
    signing = sample[sample.index("SIGNATURE=$(") : sample.index("\ncurl ")]
    script = f"SIGNED_PATH=$1\nBODY=$2\n{signing}\nprintf '%s' \"$SIGNATURE\"\n"
    done = subprocess.run(
        ["bash", "-c", script, "sample", signed_path, body],
        env={"THREECOMMAS_API_SECRET": secret, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def _worked_example(text: str) -> tuple[str, str, str]:
    """(secret, signed message, signature) as a General API Information states them."""
    secret = re.search(r"secretKey\s*\|\s*(\S+)", text)
    message = re.search(r'(/public/api/ver1/accounts/new\?[^`"\s]+)', text)
    signature = re.search(r"(?:Signature:\*\*\s*`|\(stdin\)= )([0-9a-f]{64})", text)
    assert secret and message and signature, "the worked example is not where it was"
    return secret.group(1), message.group(1), signature.group(1)


@needs_openssl
def test_curl_signature_matches_the_worked_example_of_the_seed_documents() -> None:
    secret, message, signature = _worked_example(
        (ROOT / "spec" / "docs" / "general_api_information.md").read_text()
    )
    assert _shell_signature(secret, message) == signature


@needs_openssl
@pytest.mark.skipif(not SHARED_DOCS.is_dir(), reason=f"the reference ({SHARED_DOCS}) is not on this machine")
def test_curl_signature_matches_the_worked_example_of_the_reference() -> None:
    secret, message, signature = _worked_example((SHARED_DOCS / "general_api_information.md").read_text())
    assert _shell_signature(secret, message) == signature


@needs_openssl
@pytest.mark.skipif(
    not SHARED_MDX.is_dir(), reason=f"the MDX reference ({SHARED_MDX}) is not on this machine"
)
def test_curl_signature_matches_the_quick_starts_query_string_example() -> None:
    text = next(SHARED_MDX.glob("quick-start/*hmac*.mdx")).read_text()
    # The first tab: a query string, signed as "/path?query" (the raw-JSON tab's stated signature
    # matches neither the path alone nor the path and body, so it is not used as a reference).
    command = re.search(r'echo -n "([^"]+)" \| openssl dgst -sha256 -hmac "([^"]+)"', text)
    signature = re.search(r"\{`([0-9a-f]{64})`\}", text)
    assert command and signature
    assert _shell_signature(command.group(2), command.group(1)) == signature.group(1)


@needs_openssl
def test_curl_signature_is_the_runtimes_for_a_json_body() -> None:
    path, body = "/public/api/ver1/smart_trades", '{"pair":"USDT_BTC","note":"a \'quoted\' $word"}'
    expected = sign_request("secret", path, body.encode())
    assert _shell_signature("secret", path, body) == expected


@needs_openssl
@pytest.mark.skipif(shutil.which("curl") is None, reason="needs curl")
@pytest.mark.parametrize(
    "operation_id",
    sorted(op["operationId"] for op in _operations(SPEC) if "Signature" in str(op["security"])),
)
def test_each_signed_curl_sample_is_accepted_by_a_server_that_checks_signatures(operation_id: str) -> None:
    operation = next(op for op in _operations(SPEC) if op["operationId"] == operation_id)
    with FaultServer(api_key="key", secret="secret") as server:
        server.script(then=Fault(body={"id": 1}))
        done = subprocess.run(
            ["bash", "-c", "set -eu\n" + _sample(operation, "curl")],
            env={
                "THREECOMMAS_API_KEY": "key",
                "THREECOMMAS_API_SECRET": "secret",
                "THREECOMMAS_BASE_URL": f"{server.url}/public/api",
                "PATH": "/usr/bin:/bin",
            },
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert [r.path.split("?")[0].split("/ver1/")[0] for r in server.requests] == ["/public/api"]
        assert server.bad_signatures == 0
        sent = server.requests[0]
        if "requestBody" in operation:
            assert json.loads(sent.body)  # the body signed is the body sent, as JSON


def test_a_group_named_like_a_builtin_gets_the_clients_keyword() -> None:
    spec = _made_up_spec(parameters=[_PATH_ID], requestBody=_BODY, security=[])
    spec["components"]["schemas"]["Mode"][extensions.GROUP_NAME] = "type"
    python = _sample(add_code_samples(spec)["paths"]["/ver1/things/{thing_id}/do"]["post"], "Python")
    assert "type_=ModeOff()" in python


def test_nested_objects_get_their_required_fields_and_arrays_their_least_items() -> None:
    spec = _made_up_spec(parameters=[_PATH_ID], requestBody=_BODY, security=[])
    fields = spec["components"]["schemas"]["DoItFields"]
    fields["properties"]["units"] = {
        "type": "object",
        "properties": {"value": {"type": "string"}, "extra": {"type": "string"}},
        "required": ["value"],
    }
    fields["properties"]["steps"] = {
        "type": "array",
        "minItems": 2,
        "items": {"type": "integer", "minimum": 3},
    }
    fields["required"] += ["units", "steps"]
    operation = add_code_samples(spec)["paths"]["/ver1/things/{thing_id}/do"]["post"]
    python = _sample(operation, "Python")
    # An object written in place is the class the client has for it (naming.body_object_classes):
    # one operation sends it, so it is named by its path.
    assert '        units=Units(value="value"),\n        steps=[3, 3],\n' in python
    assert "from threecommas.models import ModeOff, Units" in python
    assert set(re.findall(r"\b[A-Z]\w+(?=\()", python)) <= set(build_client_plan(spec).models) | {"Client"}
    assert '"units":{"value":"value"},"steps":[3,3]' in _sample(operation, "curl")


def test_a_schema_that_refers_to_itself_ends() -> None:
    spec = _made_up_spec(parameters=[_PATH_ID], requestBody=_BODY, security=[])
    schemas = spec["components"]["schemas"]
    schemas["Node"] = {"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Node"}}}
    schemas["Node"]["required"] = ["next"]
    schemas["DoItFields"]["properties"]["tree"] = {"$ref": "#/components/schemas/Node"}
    schemas["DoItFields"]["required"].append("tree")
    curl = _sample(add_code_samples(spec)["paths"]["/ver1/things/{thing_id}/do"]["post"], "curl")
    assert '"tree":{"next":{"next":' in curl and "{}" in curl


# -- values as the wire spells them ------------------------------------------------------------


def _query_spec(*parameters: dict[str, Any], body: dict[str, Any] | None = None) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": "list_things",
        "tags": ["Things"],
        "security": [],
        "responses": {},
        "parameters": list(parameters),
    }
    if body is not None:
        operation["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    return {
        "openapi": "3.1.0",
        "servers": [{"url": "https://api.example.test/public/api"}],
        "paths": {"/ver1/things/{flag}": {"post": operation}},
    }


def _curl_of(spec: dict[str, Any]) -> str:
    return _sample(add_code_samples(spec)["paths"]["/ver1/things/{flag}"]["post"], "curl")


def _query(name: str, schema: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": True, "schema": schema, **more}


def test_curl_spells_booleans_nulls_and_decimals_as_the_wire_does() -> None:
    curl = _curl_of(
        _query_spec(
            {"name": "flag", "in": "path", "required": True, "schema": {"type": "boolean"}},
            _query("only_active", {"type": "boolean"}),
            _query("enabled", {"type": "boolean", "default": True}),
            # A null default means "may be left out": the sample sends a value of the type.
            _query("limit", {"type": ["integer", "null"], "default": None}),
            _query("step", {"type": "number", "exclusiveMaximum": 0.00000005}),
            _query("ids", {"type": "array", "items": {"type": "boolean"}, "minItems": 2}, explode=False),
            _query("tags", {"type": "array", "items": {"type": "number", "minimum": 0.5}, "minItems": 2}),
        )
    )
    url = re.search(r"""URL="\$BASE_URL"'([^']*)'""", curl)
    assert url, curl
    assert url.group(1) == (
        "/ver1/things/false?only_active=false&enabled=true&limit=1&step=-0.99999995"
        "&ids=false%2Cfalse&tags=1&tags=1"
    )
    for python_spelling in ("False", "True", "None", "E-", "Decimal"):
        assert python_spelling not in url.group(1)


def test_a_json_body_keeps_decimals_exact_and_spells_json() -> None:
    body = {
        "type": "object",
        "properties": {
            "price": {"type": "number", "exclusiveMaximum": 0.00000005},
            "tiny": {"type": "number", "maximum": 0.1},
            "on": {"type": "boolean"},
            "gone": {"type": "null"},
            "nested": {
                "type": "object",
                "properties": {"x": {"type": "number", "exclusiveMaximum": 0.30000000000000004}},
                "required": ["x"],
            },
        },
        "required": ["price", "tiny", "on", "gone", "nested"],
    }
    curl = _curl_of(
        _query_spec(
            {"name": "flag", "in": "path", "required": True, "schema": {"type": "boolean"}}, body=body
        )
    )
    sent = re.search(r"BODY='([^']*)'", curl)
    assert sent, curl
    assert sent.group(1) == (
        '{"price":-0.99999995,"tiny":0.1,"on":false,"gone":null,"nested":{"x":-0.69999999999999996}}'
    )
    assert json.loads(sent.group(1))["on"] is False
