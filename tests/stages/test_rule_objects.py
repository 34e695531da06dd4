"""Rule objects as other tools need them (generator/openapi/rule_objects.py) and their reading
back (``spec_refs.rules_as_built``): each body's fields, and each object inside a body that holds
groups of its own, written in place as the first part of an ``allOf`` and titled; reading them
back gives exactly the spec the groups built, which allows and refuses the same bodies."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from generator import extensions
from generator.client.generate import read_spec
from generator.client.view import build_client_plan
from generator.diff import Impact, compare
from generator.openapi import build
from generator.pipeline import run_spec_pipeline
from generator.spec_refs import (
    group_reference,
    is_group_holder,
    placed_body_fields,
    placed_object_title,
    rule_objects_in_place,
    rules_as_built,
    served_place,
)
from tests.support.chapters import body_validator, create_smart_trade_v2
from tests.support.node import ROOT

#: A made-up chapter of the 2022 layout: a rule group on the body, one inside ``take_profit``,
#: and one inside each item of ``take_profit[steps]``.
CHAPTER = create_smart_trade_v2(
    """\
account_id | integer | YES |   |
instant | boolean | NO |   |
skip_enter_step | boolean | NO |   | Required if instant
take_profit[enabled] | boolean | NO |   |
take_profit[steps][][volume] | number | NO |   | Required if take_profit[enabled]
take_profit[steps][][trailing][enabled] | boolean | NO |   |
take_profit[steps][][trailing][percent] | number | NO |   | Required if take_profit[steps][][trailing][enabled]
note | string | NO |   |
"""
)
SOURCE = [("docs/smart_trades_v2_api.md", CHAPTER)]


def as_the_groups_wrote_it(sources: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """The spec built without its last step (the rule objects' fields in place)."""
    with monkeypatch.context() as patched:
        patched.setattr(build, "place_rule_objects", lambda spec: spec)
        return run_spec_pipeline(sources, validate=False).spec


def same(a: Any, b: Any) -> bool:
    """Equal, keys in the same order too: the client names its classes in the spec's order."""
    return json.dumps(a) == json.dumps(b)


def walk(node: Any) -> list[Any]:
    found, stack = [], [node]
    while stack:
        item = stack.pop()
        found.append(item)
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def test_every_object_holding_rules_has_its_fields_in_place() -> None:
    spec = run_spec_pipeline(SOURCE).spec
    schemas = spec["components"]["schemas"]
    body = schemas["CreateSmartTradeRequest"]["allOf"]
    assert "CreateSmartTradeFields" not in schemas
    assert body[0][extensions.FIELDS_NAME] == "CreateSmartTradeFields" and "$ref" not in body[0]
    assert [group_reference(m) for m in body[1:]] == [{"$ref": "#/components/schemas/Instant"}]
    # take_profit, and each step's trailing: titled, their fields first, then their holders.
    take_profit = body[0]["properties"]["take_profit"]
    assert set(take_profit) == {"title", "allOf"} and take_profit["title"] == "CreateSmartTradeTakeProfit"
    assert group_reference(take_profit["allOf"][1]) == {"$ref": "#/components/schemas/TakeProfit"}
    trailing = take_profit["allOf"][0]["properties"]["steps"]["items"]["properties"]["trailing"]
    assert trailing["title"] == "CreateSmartTradeTakeProfitStepTrailing"
    assert group_reference(trailing["allOf"][1]) == {"$ref": "#/components/schemas/TakeProfitStepTrailing"}
    assert set(rule_objects_in_place(spec).values()) == {
        "CreateSmartTradeFields",
        "CreateSmartTradeTakeProfit",
        "CreateSmartTradeTakeProfitStepTrailing",
    }
    # No holder anywhere but in an allOf beside the fields it constrains.
    holding = [
        n for n in walk(spec) if isinstance(n, dict) and any(map(is_group_holder, n.get("allOf") or []))
    ]
    assert holding and all(placed_body_fields(n) or placed_object_title(n) for n in holding)


def test_reading_them_back_gives_the_spec_the_groups_wrote(monkeypatch: pytest.MonkeyPatch) -> None:
    named = run_spec_pipeline(SOURCE).spec
    assert same(rules_as_built(named), as_the_groups_wrote_it(SOURCE, monkeypatch))
    assert named != as_the_groups_wrote_it(SOURCE, monkeypatch)


def test_the_committed_reference_reads_back_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = sorted((ROOT / "spec" / "docs").glob("*.md"))
    sources = [(str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in docs]
    named = run_spec_pipeline(sources, validate=False).spec
    assert same(rules_as_built(named), as_the_groups_wrote_it(sources, monkeypatch))


@pytest.mark.slow
def test_the_site_reads_back_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    site = ROOT.parent / "shared" / "docs-mdx"
    if not site.is_dir():
        pytest.skip(f"{site} is absent (a clone without ../shared)")
    sources = [(str(p), p.read_text(encoding="utf-8")) for p in sorted(site.rglob("*.mdx"))]
    named = run_spec_pipeline(sources, validate=False).spec
    assert {"CreateBotFields", "CreateSmartTradeTakeProfit"} <= set(rule_objects_in_place(named).values())
    assert same(rules_as_built(named), as_the_groups_wrote_it(sources, monkeypatch))


def test_both_spellings_allow_and_refuse_the_same_bodies(monkeypatch: pytest.MonkeyPatch) -> None:
    named = body_validator(run_spec_pipeline(SOURCE).spec)
    in_place = body_validator(as_the_groups_wrote_it(SOURCE, monkeypatch))
    base = {"account_id": 1}
    step = {"volume": 10, "trailing": {"enabled": True, "percent": 1}}
    bodies = [
        base,
        {**base, "instant": True},  # skip_enter_step missing
        {**base, "instant": True, "skip_enter_step": False},
        {**base, "take_profit": {"enabled": True}},  # steps' volume: no step, nothing missing
        {**base, "take_profit": {"enabled": True, "steps": [step]}},
        {**base, "take_profit": {"enabled": True, "steps": [{"trailing": {"enabled": True}}]}},
        {**base, "take_profit": {"enabled": False, "steps": [{"trailing": {"enabled": True}}]}},
        {**base, "take_profit": {"steps": [{"volume": 1, "trailing": {"enabled": False}}]}},
        {**base, "take_profit": {"enabled": "yes"}},
        {**base, "take_profit": []},
    ]
    verdicts = [(named.is_valid(b), in_place.is_valid(b)) for b in bodies]
    assert [a for a, _ in verdicts] == [b for _, b in verdicts]
    assert {a for a, _ in verdicts} == {True, False}, "the bodies test nothing"


def test_fields_another_part_refers_to_stay_a_component(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fields schema that something else refers to too (an overlay, a hand-written spec) is
    not written in place: the body keeps its reference, before and after reading back."""
    with monkeypatch.context() as patched:
        original = build.place_rule_objects

        def with_a_second_use(spec: dict[str, Any]) -> dict[str, Any]:
            spec["components"]["schemas"]["Echo"] = {"$ref": "#/components/schemas/CreateSmartTradeFields"}
            return original(spec)

        patched.setattr(build, "place_rule_objects", with_a_second_use)
        spec = run_spec_pipeline(SOURCE).spec
    schemas = spec["components"]["schemas"]
    assert schemas["CreateSmartTradeRequest"]["allOf"][0] == {
        "$ref": "#/components/schemas/CreateSmartTradeFields"
    }
    assert "CreateSmartTradeFields" in schemas
    built = rules_as_built(spec)["components"]["schemas"]
    assert built["CreateSmartTradeRequest"] == schemas["CreateSmartTradeRequest"]


def test_a_spec_built_otherwise_is_read_as_it_is() -> None:
    spec = json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8"))
    built = rules_as_built(spec)
    assert built != spec
    assert rules_as_built(built) is built
    plain = {"openapi": "3.1.0", "components": {"schemas": {"A": {"type": "object"}}}}
    assert rules_as_built(plain) is plain


def test_a_fields_name_a_component_has_already_is_not_read_back() -> None:
    """Fields in place that name a component there is already are not the fields of a rule
    object the pipeline placed: reading back leaves that body as it is."""
    spec = json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8"))
    spec["components"]["schemas"]["CreateSmartTradeFields"] = {"type": "string"}
    built = rules_as_built(spec)
    assert built["components"]["schemas"]["CreateSmartTradeFields"] == {"type": "string"}
    assert (
        built["components"]["schemas"]["CreateSmartTradeRequest"]
        == spec["components"]["schemas"]["CreateSmartTradeRequest"]
    )
    assert "CreateSimpleBuyFields" in built["components"]["schemas"]


def test_what_an_overlay_says_beside_a_placed_object_is_read_with_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """A description beside a nested object's title (an overlay's, a hand edit's): the object is
    still read back, the description its own, and the client plans the same classes."""
    spec = run_spec_pipeline(SOURCE).spec
    edited = copy.deepcopy(spec)
    take_profit = edited["components"]["schemas"]["CreateSmartTradeRequest"]["allOf"][0]["properties"][
        "take_profit"
    ]
    take_profit["description"] = "Take profit, said again."
    built = rules_as_built(edited)["components"]["schemas"]["CreateSmartTradeFields"]["properties"][
        "take_profit"
    ]
    assert built["description"] == "Take profit, said again." and "title" not in built
    assert set(build_client_plan(edited).models) == set(build_client_plan(spec).models)


def test_a_body_with_a_title_or_without_properties_reads_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """A body that has a title of its own, and fields that say no property: placed and read
    back exactly all the same."""
    with monkeypatch.context() as patched:
        original = build.place_rule_objects
        seen: list[dict[str, Any]] = []

        def unusual(spec: dict[str, Any]) -> dict[str, Any]:
            schemas = spec["components"]["schemas"]
            schemas["CreateSmartTradeRequest"]["title"] = "Create a smart trade"
            schemas["CreateSmartTradeFields"] = {"type": "object", "additionalProperties": False}
            seen.append(copy.deepcopy(spec))
            return original(spec)

        patched.setattr(build, "place_rule_objects", unusual)
        placed = run_spec_pipeline(SOURCE, validate=False).spec
    assert "CreateSmartTradeFields" not in placed["components"]["schemas"]
    assert same(rules_as_built(placed), seen[0])


def test_schemas_that_are_booleans_are_read_as_they_are() -> None:
    spec = json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8"))
    spec["components"]["schemas"]["Anything"] = True
    spec["components"]["schemas"]["Nothing"] = None
    built = rules_as_built(spec)["components"]["schemas"]
    assert built["Anything"] is True and built["Nothing"] is None


def test_a_problem_in_placed_fields_is_located_where_the_file_writes_it() -> None:
    """The client reads the fields as their component; a problem it finds there is placed at
    the line of the served file that holds it, not at ``schemas:``."""
    path = ROOT / "spec" / "openapi.yaml"
    spec, locate = read_spec(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    built = ("components", "schemas", "CreateSmartTradeFields", "properties", "note")
    served = served_place(spec, built)
    assert served[:5] == ("components", "schemas", "CreateSmartTradeRequest", "allOf", 0)
    assert lines[locate(served).line - 1].strip() == "note:"


def test_the_change_report_reads_a_nested_object_as_built() -> None:
    """Retitling a nested object, or saying a description beside it, changes no constraint."""
    spec = run_spec_pipeline(SOURCE).spec
    for edit, expected in (
        (lambda o: o.update(title="CreateSmartTradeTp"), "title changed from CreateSmartTradeTakeProfit"),
        (lambda o: o.update(description="Take profit."), "text changed (description)"),
    ):
        edited = copy.deepcopy(spec)
        edit(
            edited["components"]["schemas"]["CreateSmartTradeRequest"]["allOf"][0]["properties"][
                "take_profit"
            ]
        )
        changes = compare(spec, edited)
        assert [c.impact for c in changes] == [Impact.PATCH], [str(c) for c in changes]
        assert changes[0].what.startswith(expected), str(changes[0])
