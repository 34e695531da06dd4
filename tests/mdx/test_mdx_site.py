"""The current reference as published (``../shared/docs-mdx``): every page read, one valid spec.

The site is the public reference's own text and is never copied into the repository: where the
folder is absent every test here skips and says why.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from generator.diagnostics import GenerationFailed
from generator.pipeline import run_spec_pipeline
from generator.spec_refs import rules_as_built
from tests.mdx.pages import SITE, site_pages
from tests.support.generator_cli import generator_cli
from tests.support.node import ROOT, node_tool

#: The issue's count: 85 endpoint pages, each with one permissioned <Endpoint>.
OPERATIONS = 85
#: Redocly warnings the README explains ("Lint warnings").
EXPLAINED = {"info-license", "no-unused-components", "no-illogical-composition-keywords"}
METHODS = {"get", "post", "put", "patch", "delete"}


@dataclass(frozen=True)
class SiteBuild:
    spec_path: Path
    spec: dict[str, Any]
    stderr: list[str]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> SiteBuild:
    site_pages()
    spec_path = tmp_path_factory.mktemp("site") / "openapi.yaml"
    completed = generator_cli("spec", SITE, "-o", spec_path)
    assert completed.returncode == 0, completed.stderr
    spec = json.loads(spec_path.with_suffix(".json").read_text())
    warnings = spec_path.with_name("warnings.txt").read_text().splitlines()
    return SiteBuild(spec_path, spec, warnings)


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(m, p, op) for p, item in spec["paths"].items() for m, op in item.items() if m in METHODS]


def test_the_whole_site_is_one_valid_spec_of_every_operation(site: SiteBuild) -> None:
    validate(site.spec)
    operations = _operations(site.spec)
    assert len(operations) == OPERATIONS
    # Every area with endpoint pages has its operations, under its own tag.
    areas = {p.parent.relative_to(SITE).as_posix() for p in site_pages() if "permissions=" in p.read_text()}
    tags = {tag for _, _, op in operations for tag in op["tags"]}
    assert len(tags) == len(areas)
    assert all(
        op["security"] in ([], [{"APIKEY": [], "Signature": []}, {"APIKEY": [], "RsaSignature": []}])
        for _, _, op in operations
    )


def test_redocly_finds_no_error_and_only_explained_warnings(site: SiteBuild) -> None:
    completed = subprocess.run(
        [node_tool("redocly"), "lint", str(site.spec_path), "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    report = json.loads(completed.stdout)
    assert report["totals"]["errors"] == 0, report["problems"]
    assert {p["ruleId"] for p in report["problems"]} <= EXPLAINED


def _warned(site: SiteBuild, code: str, page: str) -> list[str]:
    return [line for line in site.stderr if line.endswith(f"[{code}]") and f"docs-mdx/{page}:" in line]


@pytest.mark.parametrize(
    ("code", "page", "says"),
    [
        ("mdx-path", "dca-bot/14_get_dca_bot_profit_data.mdx", "read as 'bot_id'"),
        ("mdx-method", "account/12_account_leverage_information.mdx", "the Endpoint's method is used"),
        (
            "permission",
            "dca-bot/deals/12_converts_the_deal_to_smart_trade.mdx",
            "did you mean SMART_TRADES_WRITE?",
        ),
        ("mdx-duplicate", "grid-bot/1_create_grid_bot.mdx", "the first one is kept"),
        ("mdx-status", "account/2_add_exchange_account.mdx", "'40O'"),
        ("mdx-range", "dca-bot/3_edit_dca_bot.mdx", "with that range"),
    ],
)
def test_each_contradiction_is_a_located_warning(site: SiteBuild, code: str, page: str, says: str) -> None:
    found = _warned(site, code, page)
    assert found, f"no [{code}] warning for {page}"
    assert all(says in line for line in found), found
    location = found[0].split(": warning:")[0]
    assert location.rsplit(":", 2)[1].isdigit()


def test_the_url_wins_over_a_differently_named_path_parameter(site: SiteBuild) -> None:
    operation = site.spec["paths"]["/ver1/bots/{bot_id}/profit_by_day"]["get"]
    assert [p["name"] for p in operation["parameters"] if p["in"] == "path"] == ["bot_id"]


def test_nested_request_bodies_are_typed(site: SiteBuild) -> None:
    schemas = rules_as_built(site.spec)["components"]["schemas"]  # rule objects as built
    body = schemas["CreateSmartTradeRequest"]
    fields = schemas[body["allOf"][0]["$ref"].rsplit("/", 1)[1]] if "allOf" in body else body
    position = fields["properties"]["position"]
    assert position["properties"]["units"]["properties"]["value"]["type"] == "string"
    steps = fields["properties"]["take_profit"]["properties"]["steps"]
    assert steps["type"] == "array"
    assert "volume" in steps["items"]["properties"]


def test_entity_pages_are_shared_answers(site: SiteBuild) -> None:
    shown = site.spec["paths"]["/v2/smart_trades/{id}"]["get"]["responses"]["200"]
    assert shown["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/SmartTradeEntity"}


@pytest.mark.slow
def test_each_page_alone_gives_a_valid_spec_or_located_errors() -> None:
    for path in site_pages():
        source = [(str(path), path.read_text(encoding="utf-8"))]
        try:
            result = run_spec_pipeline(source)
        except GenerationFailed as failure:
            assert failure.diagnostics, path
            assert all(d.location.file == str(path) and d.location.line >= 1 for d in failure.diagnostics)
        else:
            validate(result.spec)


def test_the_site_keeps_what_its_pages_show(site: SiteBuild) -> None:
    """The quick start's components, the pages' links and answers, on the published site."""
    text = site.spec["info"]["description"]
    assert f"`{site.spec['servers'][0]['url']}`" in text  # the base url, not "consistent across" alone
    assert "If successful, 3Commas returns:\n\n```json" in text
    assert "- `429`:" in text and "`GET /ver1/deals`" in text  # statuses; the endpoints a limit names
    every = json.dumps(site.spec)
    assert "](/" not in every and ".mdx)" not in every  # no link to a page path is left dead
    attached = [
        media["examples"]
        for _, _, op in _operations(site.spec)
        for response in op["responses"].values()
        for media in response.get("content", {}).values()
        if "examples" in media
    ]
    assert len(attached) > 80, len(attached)
    assert any(line.endswith("[shown-endpoint]") and "/ver1/validate" in line for line in site.stderr)
