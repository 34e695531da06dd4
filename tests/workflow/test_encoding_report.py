"""The change report reads the interop encoding (docs/interop.md) as the same constraints: going
from the earlier spelling to it is a patch, never a break, and a real change beside it still is."""

from __future__ import annotations

import copy
import json
from typing import Any

from generator import extensions
from generator.diff import Impact, compare, next_version
from generator.spec_refs import group_reference
from tests.support.node import ROOT

SPEC: dict[str, Any] = json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8"))


def earlier_spelling(node: Any) -> Any:
    """The spec as the encoding wrote it before issue 29: untyped ``const``, ``false`` schemas,
    untyped groups, groups named straight in a body's ``allOf``."""
    if isinstance(node, list):
        return [earlier_spelling(item) for item in node]
    if not isinstance(node, dict):
        return node
    if node == {"not": {}}:
        return False
    old = {key: earlier_spelling(value) for key, value in node.items()}
    if "const" in old:
        old.pop("type", None)
    if extensions.SELECTOR in old:
        old.pop("type", None)
    if "allOf" in old:
        old["allOf"] = [group_reference(member) for member in old["allOf"]]
    return old


def test_the_earlier_spelling_is_what_the_encoding_replaces() -> None:
    """The premise: the committed spec does use every spelling this file undoes."""
    old = earlier_spelling(SPEC)
    assert old != SPEC
    text = json.dumps(SPEC)
    assert '"type": "boolean", "const"' in text
    bodies = [s for s in SPEC["components"]["schemas"].values() if "allOf" in s]
    assert any(group_reference(m) != m for body in bodies for m in body["allOf"])


def test_an_encoding_only_change_is_a_patch() -> None:
    changes = compare(earlier_spelling(SPEC), SPEC)
    assert changes, "the report says nothing of a rewritten spec"
    assert max(c.impact for c in changes) is Impact.PATCH, [
        str(c) for c in changes if c.impact > Impact.PATCH
    ]
    old = earlier_spelling(SPEC)
    major, minor, patch = map(int, old["info"]["version"].split("."))
    assert next_version(old, SPEC) == f"{major}.{minor}.{patch + 1}"


def test_not_anything_is_the_false_schema() -> None:
    """S1 has no "selector not sent" variant (S2's HowConnectUnset is one): one is made here."""
    new = copy.deepcopy(SPEC)
    new["components"]["schemas"]["TakeProfitDisabled"]["properties"]["take_profit_type"] = {"not": {}}
    old = copy.deepcopy(new)
    old["components"]["schemas"]["TakeProfitDisabled"]["properties"]["take_profit_type"] = False
    changes = compare(old, new)
    assert [c.impact for c in changes] == [Impact.PATCH], [str(c) for c in changes]


def test_a_real_change_beside_it_is_still_breaking() -> None:
    new = copy.deepcopy(SPEC)
    new["components"]["schemas"]["TakeProfitClassic"]["properties"]["take_profit_type"]["const"] = "classic2"
    changes = compare(earlier_spelling(SPEC), new)
    assert max(c.impact for c in changes) is Impact.MAJOR
    assert any("TakeProfitClassic.take_profit_type" in c.where and c.impact is Impact.MAJOR for c in changes)
