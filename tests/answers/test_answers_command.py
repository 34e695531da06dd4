"""``python -m generator answers``: every kind of contradiction found in each format, counted and
located; credentials never printed or written; exit codes as documented."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import extensions
from tests.answers.exchanges import EXCHANGES, SECRETS, made_up_spec, write_all, write_spec
from tests.support.generator_cli import generator_cli

FORMATS = ("har", "go-vcr", "vcrpy")

#: (kind, reason, pointer, sample, count) of every contradiction in EXCHANGES.
EXPECTED = {
    ("undocumented-key", "", "/response/body/0/bot_name", '"grid one"', 2),
    ("null", "", "/response/body/0/pair", "null", 1),
    ("type", "", "/response/body/0/profit", '"12.5"', 2),
    ("enum", "", "/response/body/0/status", '"paused"', 1),
    ("accepted-request", "type", "/request/query/from", '"2024-05-01T00:00:00Z"', 1),
    ("accepted-request", "enum", "/request/query/scope", '"closed"', 1),
    ("refused-request", "", "/request/query/scope", '"finished"', 1),
    ("accepted-request", "undocumented-key", "/request/body/api_secret", "<redacted>", 1),
    ("accepted-request", "type", "/request/body/take_profit", '"1.5"', 1),
    ("undocumented-key", "", "/response/body/api_key", "<redacted>", 1),
    ("undocumented-key", "", "/response/body/error_description", '"echo <redacted>"', 1),
    ("type", "", "/response/body/profit", '"0"', 1),
}


def _report(tmp_path: Path, form: str, *extra: str | Path) -> tuple[Any, dict[str, Any]]:
    spec = write_spec(tmp_path / "spec.yaml")
    recording = write_all(tmp_path / "recorded")[form]
    ran = generator_cli("answers", spec, recording, "--json", *extra)
    return ran, json.loads(ran.stdout)


@pytest.mark.parametrize("form", FORMATS)
def test_every_contradiction_is_reported_with_its_place_sample_and_count(tmp_path: Path, form: str) -> None:
    ran, report = _report(tmp_path, form)
    assert ran.returncode == 1, ran.stderr
    found = {
        (c["kind"], c["reason"], c["pointer"], c["sample"], c["count"]) for c in report["contradictions"]
    }
    assert found == EXPECTED
    by_pointer = {c["pointer"]: c for c in report["contradictions"]}
    status = by_pointer["/response/body/0/status"]
    assert (status["operation"], status["method"], status["path"]) == ("list_deals", "GET", "/ver1/deals")
    assert status["schema"] == "$['components']['schemas']['Deal']['properties']['status']"
    assert (Path(status["file"]).name, status["index"]) == (write_all(tmp_path / "x")[form].name, 0)
    assert by_pointer["/request/body/take_profit"]["index"] == 4
    # The exchange no operation matches: reported with its place, not dropped.
    assert report["unmatched"] == [
        {"method": "GET", "path": "/public/api/ver1/accounts", "file": status["file"], "index": 3, "count": 1}
    ]
    assert (report["exchanges"], report["recordings"], report["agree"]) == (len(EXCHANGES), 1, False)


def test_the_text_report_has_one_line_per_contradiction(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec.yaml")
    recording = write_all(tmp_path / "recorded")["har"]
    ran = generator_cli("answers", spec, recording)
    assert ran.returncode == 1
    lines = ran.stdout.splitlines()
    assert len(lines) == len(EXPECTED) + 1
    assert f"{recording}#0: enum: list_deals (GET /ver1/deals) /response/body/0/status:" in ran.stdout
    assert f"{recording}#3: unmatched: GET /public/api/ver1/accounts matches no operation" in ran.stdout
    assert "12 contradiction(s), 1 path(s) matching no operation" in ran.stderr


def test_answers_that_agree_exit_0(tmp_path: Path) -> None:
    agreeing = [
        {
            "method": "GET",
            "url": "https://api.3commas.io/public/api/ver1/deals?limit=1&scope=active",
            "headers": {"APIKEY": SECRETS[0]},
            "body": None,
            "status": 200,
            "answer": [{"id": 1, "status": "active", "profit": 1.25, "pair": "USDT_BTC"}],
        },
        {  # a refusal the spec agrees with: no contradiction
            "method": "GET",
            "url": "https://api.3commas.io/public/api/ver1/deals?limit=many",
            "headers": {},
            "body": None,
            "status": 400,
            "answer": {"error": "limit is invalid"},
        },
    ]
    spec = write_spec(tmp_path / "spec.yaml")
    for form, path in write_all(tmp_path / "ok", agreeing).items():
        ran = generator_cli("answers", spec, path, "--json")
        assert ran.returncode == 0, (form, ran.stdout)
        report = json.loads(ran.stdout)
        assert report["agree"] and report["contradictions"] == [] and report["unmatched"] == []


@pytest.mark.parametrize("form", FORMATS)
def test_credentials_never_leave_the_command(tmp_path: Path, form: str) -> None:
    """The APIKEY and Signature headers, a cookie, a bearer token, a secret in the query and in the
    body, one in an answer and one echoed in an error text: in no output, in no file written."""
    overlay = tmp_path / "fix.yaml"
    spec = write_spec(tmp_path / "spec.yaml")
    recording = write_all(tmp_path / "recorded")[form]
    outputs = []
    for extra in ((), ("--json",), ("--overlay-out", overlay)):
        ran = generator_cli("answers", spec, recording, *extra)
        assert ran.returncode == 1
        outputs += [ran.stdout, ran.stderr]
    outputs.append(overlay.read_text())
    for output in outputs:
        for secret in SECRETS:
            assert secret not in output
    # The net is not empty: the values sit where they were planted, and the report says so.
    assert all(secret in recording.read_text() for secret in SECRETS[:3])
    assert "<redacted>" in outputs[0] and "<redacted>" in outputs[-1]


def test_the_overlay_widens_only(tmp_path: Path) -> None:
    overlay = tmp_path / "fix.yaml"
    spec = write_spec(tmp_path / "spec.yaml")
    recording = write_all(tmp_path / "recorded")["vcrpy"]
    ran = generator_cli("answers", spec, recording, "--overlay-out", overlay)
    assert ran.returncode == 1
    document = yaml.safe_load(overlay.read_text())
    assert document["overlay"] == "1.0.0" and document["info"]["title"]
    actions = document["actions"]
    assert not any(a.get("remove") for a in actions)
    by_target = {a["target"]: a for a in actions}
    deal = "$['components']['schemas']['Deal']['properties']"
    assert by_target[f"{deal}['status']['enum']"]["update"] == "paused"
    assert by_target[f"{deal}['profit']"]["update"]["type"] == ["number", "string"]
    assert by_target[f"{deal}['pair']"]["update"] == {"type": ["string", "null"]}
    from_ = by_target["$['paths']['/ver1/deals']['get']['parameters'][2]['schema']"]
    assert from_["update"] == {"type": ["integer", "string"]}
    # Each action quotes its evidence: operation, count, sample, where.
    assert "list_deals (GET /ver1/deals)" in from_["description"]
    assert '"2024-05-01T00:00:00Z"' in from_["description"] and "seen once" in from_["description"]
    assert f"{recording}#1" in from_["description"]
    assert (
        by_target["$['paths']['/ver1/deals']['get']['parameters'][1]['schema']['enum']"]["update"] == "closed"
    )
    scope = by_target["$['paths']['/ver1/deals']['get']['parameters'][1]['schema']"]
    assert scope["update"] == {extensions.REFUSED_VALUES: ["finished"]}
    # A credential's value is never written, not even as a key's type sample.
    assert "api_secret" in json.dumps(actions) and SECRETS[3] not in overlay.read_text()


def test_every_target_is_a_normalized_path_selecting_one_node(tmp_path: Path) -> None:
    import jsonpath_rfc9535

    overlay = tmp_path / "fix.yaml"
    spec_path = write_spec(tmp_path / "spec.yaml")
    generator_cli("answers", spec_path, write_all(tmp_path / "r")["har"], "--overlay-out", overlay)
    spec = made_up_spec()
    for action in yaml.safe_load(overlay.read_text())["actions"]:
        nodes = jsonpath_rfc9535.find(action["target"], spec)
        assert len(nodes) == 1, action["target"]
        assert nodes[0].path() == action["target"]


def test_nothing_to_widen_writes_no_overlay(tmp_path: Path) -> None:
    spec = write_spec(tmp_path / "spec.yaml")
    only_unmatched = [EXCHANGES[3]]
    overlay = tmp_path / "fix.yaml"
    ran = generator_cli(
        "answers", spec, write_all(tmp_path / "r", only_unmatched)["har"], "--overlay-out", overlay
    )
    assert ran.returncode == 1
    assert not overlay.exists() and "not written" in ran.stderr


def test_a_json_cassette_a_form_body_and_a_key_in_an_unmatched_path(tmp_path: Path) -> None:
    """vcrpy's JSON serializer; a form body read by its schema's types; a credential that is part
    of the path of an exchange no operation matches."""
    spec = made_up_spec()
    spec["paths"]["/ver1/deals/{deal_id}/update"]["patch"]["requestBody"]["content"] = {
        "application/x-www-form-urlencoded": {
            "schema": {"type": "object", "properties": {"take_profit": {"type": "number"}}}
        }
    }
    spec_path = write_spec(tmp_path / "spec.yaml", spec)
    cassette = {
        "version": 1,
        "interactions": [
            {
                "request": {
                    "method": "PATCH",
                    "uri": "https://api.3commas.io/public/api/ver1/deals/7/update",
                    "body": f"take_profit=2.5&stop_loss=1&api_secret={SECRETS[3]}",
                    "headers": {"Content-Type": ["application/x-www-form-urlencoded"]},
                },
                "response": {
                    "status": {"code": 200, "message": "OK"},
                    "headers": {},
                    "body": {"string": "{}"},
                },
            },
            {
                "request": {
                    "method": "GET",
                    "uri": f"https://api.3commas.io/public/api/ver1/keys/{SECRETS[0]}",
                    "body": None,
                    "headers": {"APIKEY": [SECRETS[0]]},
                },
                "response": {
                    "status": {"code": 200, "message": "OK"},
                    "headers": {},
                    "body": {"string": "[]"},
                },
            },
        ],
    }
    recording = tmp_path / "cassette.json"
    recording.write_text(json.dumps(cassette))
    ran = generator_cli("answers", spec_path, recording, "--json")
    assert ran.returncode == 1, ran.stderr
    report = json.loads(ran.stdout)
    # take_profit=2.5 is a number as the schema reads it; stop_loss and api_secret are not documented.
    assert [(c["kind"], c["reason"], c["pointer"], c["sample"]) for c in report["contradictions"]] == [
        ("accepted-request", "undocumented-key", "/request/body/api_secret", "<redacted>"),
        ("accepted-request", "undocumented-key", "/request/body/stop_loss", '"1"'),  # form text
    ]
    assert report["unmatched"][0]["path"] == "/public/api/ver1/keys/<redacted>"
    assert SECRETS[0] not in ran.stdout + ran.stderr and SECRETS[3] not in ran.stdout + ran.stderr


HOSTILE_ANSWERS = [
    '[{"id": NaN}]',
    '[{"id": 1, "profit": 1e999}]',
    "[" * 100_000 + "]" * 100_000,
    '[{"id": 1, "pair": "\\ud800"}]',
    "<html>502 Bad Gateway</html>",
]


@pytest.mark.parametrize("form", ["har", "go-vcr"])
def test_hostile_answers_are_counted_not_judged_and_never_crash(tmp_path: Path, form: str) -> None:
    answers = (
        HOSTILE_ANSWERS if form == "har" else HOSTILE_ANSWERS[:3] + HOSTILE_ANSWERS[4:]
    )  # YAML holds no lone surrogate
    exchange = {
        "method": "GET",
        "url": "https://api.3commas.io/public/api/ver1/deals",
        "headers": {},
        "body": None,
        "status": 200,
        "answer": None,
    }
    odd_path = {**exchange, "url": "https://api.3commas.io/public/api/ver1/\ud800x"}
    path = write_all(tmp_path / "r", [exchange] * len(answers) + [odd_path])[form]
    # Each answer's raw text, put where the recorder keeps it.
    if form == "har":
        document = json.loads(path.read_text())
        for entry, answer in zip(document["log"]["entries"], answers, strict=False):
            entry["response"]["content"]["text"] = answer
        path.write_text(json.dumps(document))
    else:
        document = yaml.safe_load(path.read_text())
        for interaction, answer in zip(document["interactions"], answers, strict=False):
            interaction["response"]["body"] = answer
        document["interactions"][-1]["request"]["url"] = "https://api.3commas.io/public/api/ver1/\u00e9x"
        path.write_text(yaml.safe_dump(document))
    spec = write_spec(tmp_path / "spec.yaml")
    ran = generator_cli("answers", spec, path, "--json")
    assert ran.returncode == 1, ran.stderr  # the odd path matches no operation
    report = json.loads(ran.stdout)
    assert report["contradictions"] == []
    # Every answer but the lone surrogate's, which is a string like any other.
    assert report["unchecked_answers"] == len(answers) - (form == "har")
    assert report["unmatched"][0]["path"].startswith("/public/api/ver1/")
