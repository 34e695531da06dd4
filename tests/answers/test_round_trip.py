"""The loop closed: recordings → overlay → spec → ``answers`` reports nothing → the client built
from that spec reads every recorded value and sends the request values the overlay allows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diagnostics import DiagnosticSink
from generator.overlay import apply_overlays, read_overlay
from tests.answers.exchanges import EXCHANGES, made_up_spec, write_all, write_spec
from tests.support.built_client import build_client, run_with
from tests.support.generator_cli import generator_cli

#: Every exchange but the one no operation matches (no overlay invents an operation).
CORRECTABLE = [x for i, x in enumerate(EXCHANGES) if i != 3]


def _overlaid(tmp_path: Path, form: str) -> tuple[dict[str, Any], Path]:
    spec_path = write_spec(tmp_path / "spec.yaml")
    recording = write_all(tmp_path / "recorded", CORRECTABLE)[form]
    overlay = tmp_path / "fix.yaml"
    first = generator_cli("answers", spec_path, recording, "--overlay-out", overlay)
    assert first.returncode == 1, first.stderr
    sink = DiagnosticSink()
    read = read_overlay(str(overlay), overlay.read_text(), sink)
    assert read is not None, sink.diagnostics
    spec, _ = apply_overlays(made_up_spec(), [read], sink)
    assert not sink.errors, sink.diagnostics
    return spec, recording


@pytest.mark.parametrize("form", ["har", "go-vcr", "vcrpy"])
def test_the_spec_with_the_overlay_applied_agrees_with_every_answer(tmp_path: Path, form: str) -> None:
    spec, recording = _overlaid(tmp_path, form)
    corrected = tmp_path / "corrected.yaml"
    corrected.write_text(yaml.safe_dump(spec, sort_keys=False))
    again = generator_cli("answers", corrected, recording, "--json")
    assert again.returncode == 0, again.stdout
    report = json.loads(again.stdout)
    assert report["contradictions"] == [] and report["exchanges"] == len(CORRECTABLE)


READ_AND_SEND = """
import json, httpx
from decimal import Decimal
from threecommas import Client

ANSWERS = json.loads({answers!r})
sent = []

def handler(request):
    sent.append((request.url.path, dict(request.url.params), request.content.decode()))
    return httpx.Response(200, json=ANSWERS[request.url.path])

client = Client(api_key="k", api_secret="s", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
deals = client.deals.list(limit=2)
first, second = deals
assert first.profit == Decimal("12.5") and second.profit == Decimal("-0.25"), (first.profit, second.profit)
assert first.status == "paused", first.status
assert first.bot_name == "grid one" and second.bot_name is None
assert first.pair is None and second.pair == "USDT_BTC"
updated = client.deals.update(5, take_profit="1.5", note="tp")
assert updated.profit == Decimal("0") and updated.api_key == "from the answer"
client.deals.list(from_="2024-05-01T00:00:00Z", scope="closed")
assert sent[-1][1] == {{"from": "2024-05-01T00:00:00Z", "scope": "closed"}}, sent[-1]
print("ok")
"""


def test_the_client_of_the_corrected_spec_reads_every_value_and_sends_what_the_server_took(
    tmp_path: Path,
) -> None:
    spec, _ = _overlaid(tmp_path, "har")
    answers = {
        "/public/api/ver1/deals": EXCHANGES[0]["answer"],
        "/public/api/ver1/deals/5/update": {**EXCHANGES[4]["answer"], "api_key": "from the answer"},
    }
    (tmp_path / "corrected").mkdir()
    client = build_client(spec, tmp_path / "corrected")
    ran = run_with(client, READ_AND_SEND.format(answers=json.dumps(answers)))
    assert ran.returncode == 0 and ran.stdout.strip() == "ok", ran.stderr


def test_the_client_of_the_uncorrected_spec_loses_values(tmp_path: Path) -> None:
    """The same script fails on the spec as the documents give it: the test can fail."""
    answers = {"/public/api/ver1/deals": EXCHANGES[0]["answer"], "/public/api/ver1/deals/5/update": {}}
    (tmp_path / "plain").mkdir()
    client = build_client(made_up_spec(), tmp_path / "plain")
    ran = run_with(client, READ_AND_SEND.format(answers=json.dumps(answers)))
    assert ran.returncode != 0
    assert "bot_name" in ran.stderr or "profit" in ran.stderr


def test_the_loop_through_the_pipeline_on_the_committed_docs(tmp_path: Path) -> None:
    """Answers of the SmartTrades API (made up) → overlay → ``spec spec/docs --overlay`` →
    ``answers`` on the spec the pipeline wrote reports nothing."""
    from tests.support.node import ROOT

    base = "https://api.3commas.io/public/api"
    recorded = [
        {
            "method": "GET",
            "url": f"{base}/ver1/smart_trades?order=updated_at&limit=1",
            "headers": {"APIKEY": "made-up-key", "Signature": "made-up-signature"},
            "body": None,
            "status": 200,
            "answer": [{"id": 1, "status": "paused", "account_id": "68", "bot_note": "grid", "note": None}],
        }
    ]
    recording = write_all(tmp_path / "recorded", recorded)["go-vcr"]
    overlay = tmp_path / "answers.yaml"
    first = generator_cli(
        "answers", ROOT / "spec" / "openapi.yaml", recording, "--overlay-out", overlay, "--json"
    )
    assert first.returncode == 1, first.stderr
    kinds = {(c["kind"], c["reason"]) for c in json.loads(first.stdout)["contradictions"]}
    assert kinds == {("enum", ""), ("type", ""), ("undocumented-key", ""), ("accepted-request", "enum")}
    out = tmp_path / "built" / "openapi.yaml"
    built = generator_cli("spec", ROOT / "spec" / "docs", "--overlay", overlay, "-o", out)
    assert built.returncode == 0, built.stderr
    again = generator_cli("answers", out, recording)
    assert again.returncode == 0, again.stdout + again.stderr
    assert again.stdout == ""
