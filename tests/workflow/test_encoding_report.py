"""The change report reads the interop encoding (docs/interop.md) as the same constraints: going
from the earlier spelling to it is a patch, never a break, and a real change beside it still is."""

from __future__ import annotations

import copy
import json
from typing import Any

from generator import extensions
from generator.diff import Impact, compare, next_version
from generator.spec_refs import group_reference, rule_objects_in_place, rules_as_built
from tests.support.node import ROOT

SPEC: dict[str, Any] = json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8"))


def earlier_spelling(spec: Any) -> Any:
    """The spec as the encoding wrote it before issue 29: untyped ``const``, ``false`` schemas,
    untyped groups, groups named straight in a body's ``allOf`` (not held in an object stating
    their selector's type; a body's fields named, not written in place)."""
    return _earlier(rules_as_built(spec))


def _earlier(node: Any) -> Any:
    if isinstance(node, list):
        return [_earlier(item) for item in node]
    if not isinstance(node, dict):
        return node
    if node == {"not": {}}:
        return False
    old = {key: _earlier(value) for key, value in node.items()}
    if "const" in old:
        old.pop("type", None)
    if extensions.SELECTOR in old:
        old.pop("type", None)
    if "allOf" in old:
        old["allOf"] = [group_reference(member) for member in old["allOf"]]
    return old


def nested_spelling(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as the encoding wrote a nested selector before: take profit on, split by
    ``take_profit_type``, was one variant (``TakeProfitEnabled``) holding a ``oneOf`` of the
    classic and step-sell variants with a discriminator; and an item format's lone ``oneOf`` sat
    on the item schema rather than in its ``allOf``."""
    old = copy.deepcopy(spec)
    schemas = old["components"]["schemas"]
    for group_name, group in list(schemas.items()):
        if extensions.SELECTOR not in group:
            continue
        selector = group[extensions.SELECTOR]
        split = [
            ref
            for ref in group["oneOf"]
            if schemas[ref["$ref"].rsplit("/", 1)[-1]]["properties"][selector].get("const") is True
        ]
        if len(split) < 2:
            continue
        leaves = [schemas[ref["$ref"].rsplit("/", 1)[-1]] for ref in split]
        child = next(k for k, v in leaves[0]["properties"].items() if k != selector and "const" in v)
        # A leaf shared by two groups (TakeProfitClassic) gave its reason up at the first.
        reason = f"Required if {selector}"
        for leaf in leaves:
            reason = leaf[extensions.REQUIRED_BECAUSE].pop(child, reason)
            if not leaf[extensions.REQUIRED_BECAUSE]:
                del leaf[extensions.REQUIRED_BECAUSE]
        name = f"{group_name}Enabled"
        schemas[name] = {
            "type": "object",
            "properties": {selector: {"type": "boolean", "const": True}, child: {}},
            "oneOf": split,
            "discriminator": {
                "propertyName": child,
                "mapping": {
                    leaf["properties"][child]["const"]: ref["$ref"]
                    for leaf, ref in zip(leaves, split, strict=True)
                },
            },
            "required": [selector, child],
            extensions.REQUIRED_BECAUSE: {child: reason},
            extensions.GROUP_FIELDS: [selector],
        }
        first = group["oneOf"].index(split[0])
        group["oneOf"] = [r for r in group["oneOf"] if r not in split]
        group["oneOf"].insert(first, {"$ref": f"#/components/schemas/{name}"})

    def unhoist(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                unhoist(item)
        elif isinstance(node, dict):
            items = node.get("items")
            if isinstance(items, dict) and [set(m) for m in items.get("allOf") or ()] == [{"oneOf"}]:
                items["oneOf"] = items.pop("allOf")[0]["oneOf"]
            for value in node.values():
                unhoist(value)

    unhoist(old)
    return old


def test_the_earlier_spelling_is_what_the_encoding_replaces() -> None:
    """The premise: the committed spec does use every spelling this file undoes."""
    old = earlier_spelling(SPEC)
    assert old != SPEC
    text = json.dumps(SPEC)
    assert '"type": "boolean", "const"' in text
    bodies = [s for n, s in SPEC["components"]["schemas"].items() if "allOf" in s and n.endswith("Request")]
    holders = [m for body in bodies for m in body["allOf"][1:]]
    assert holders and all(group_reference(h) != h for h in holders)
    assert all(len(h["properties"]) == 1 and len(h["oneOf"]) == 1 for h in holders)
    # Each body's fields in place, marked with the component they were (docs/interop.md).
    names = {body["allOf"][0][extensions.FIELDS_NAME] for body in bodies}
    assert all(name.endswith("Fields") for name in names)
    assert not names & set(SPEC["components"]["schemas"])


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


def test_a_holder_stating_a_type_its_variants_do_not_imply_is_not_respelt() -> None:
    """A holder's selector type is a patch only where every variant of its group implies it:
    one that says `string` for a boolean selector is not the same constraint."""
    new = copy.deepcopy(SPEC)
    holder = new["components"]["schemas"]["CreateSmartSellRequest"]["allOf"][1]
    assert holder["oneOf"] == [{"$ref": "#/components/schemas/TakeProfit"}]
    holder["properties"]["take_profit_enabled"] = {"type": "string"}
    changes = compare(earlier_spelling(SPEC), new)
    assert any(
        c.where == "CreateSmartSellRequest.take_profit_enabled" and c.impact is Impact.MAJOR for c in changes
    ), [str(c) for c in changes]
    assert max(c.impact for c in compare(earlier_spelling(SPEC), SPEC)) is Impact.PATCH


def test_a_real_change_beside_it_is_still_breaking() -> None:
    new = copy.deepcopy(SPEC)
    new["components"]["schemas"]["TakeProfitClassic"]["properties"]["take_profit_type"]["const"] = "classic2"
    changes = compare(earlier_spelling(SPEC), new)
    assert max(c.impact for c in changes) is Impact.MAJOR
    assert any("TakeProfitClassic.take_profit_type" in c.where and c.impact is Impact.MAJOR for c in changes)


def test_a_flat_group_and_a_held_item_one_of_are_a_patch() -> None:
    """Listing a split variant's sub-variants in the group, and holding an item format's
    ``oneOf`` in ``allOf`` (docs/interop.md, typescript-fetch), say the same as before."""
    old = nested_spelling(SPEC)
    assert "TakeProfitEnabled" in old["components"]["schemas"] and old != SPEC
    changes = compare(old, SPEC)
    assert any("oneOf respelt" in c.what for c in changes)
    assert max(c.impact for c in changes) is Impact.PATCH, [
        str(c) for c in changes if c.impact > Impact.PATCH
    ]


def test_a_split_variant_that_requires_more_than_its_sub_variants_is_not_respelt() -> None:
    """Had the split variant required a field its sub-variants do not, dropping it widens."""
    old = nested_spelling(SPEC)
    old["components"]["schemas"]["TakeProfitEnabled"]["required"].append("take_profit_price_method")
    changes = compare(old, SPEC)
    assert max(c.impact for c in changes) is Impact.MAJOR
    assert any(c.where == "TakeProfitEnabled" and c.what == "schema removed" for c in changes)


def test_fields_written_in_place_are_a_patch_either_way() -> None:
    """A body's fields in place (``x-fields-name: CreateSmartTradeFields``), or a component again: one
    patch entry per body, and nothing else, since each says the same fields."""
    built = rules_as_built(SPEC)
    placed = sorted(rule_objects_in_place(SPEC).values())
    assert "CreateSmartTradeFields" in placed and "CreateSmartTradeFields" in built["components"]["schemas"]
    assert not rule_objects_in_place(built)
    for old, new in ((built, SPEC), (SPEC, built)):
        changes = compare(old, new)
        assert sorted(c.where for c in changes) == placed, [str(c) for c in changes]
        assert {c.impact for c in changes} == {Impact.PATCH}


def test_a_change_to_fields_in_place_is_reported_as_ever() -> None:
    """What fields written in place say is compared as the component's was: a field made
    required narrows the body."""
    new = copy.deepcopy(SPEC)
    fields = new["components"]["schemas"]["CreateSmartTradeRequest"]["allOf"][0]
    fields["required"] = [*fields.get("required", []), "note"]
    changes = compare(SPEC, new)
    assert any(
        c.where == "CreateSmartTradeFields.note" and c.impact is Impact.MAJOR and c.what == "now required"
        for c in changes
    ), [str(c) for c in changes]


def test_a_body_removed_with_its_placed_fields_is_no_spelling_change() -> None:
    """An operation removed: its fields go with it, reported as a removal, not as fields that
    became a component again."""
    new = copy.deepcopy(SPEC)
    del new["paths"]["/ver1/smart_trades/create_smart_trade"]
    del new["components"]["schemas"]["CreateSmartTradeRequest"]
    changes = compare(SPEC, new)
    assert not [c for c in changes if "written in place" in c.what], [str(c) for c in changes]
    assert any(c.where == "CreateSmartTradeFields" and c.what == "schema removed" for c in changes)


def test_a_body_titled_is_a_patch() -> None:
    new = copy.deepcopy(SPEC)
    new["components"]["schemas"]["CreateSmartTradeRequest"]["title"] = "Create a smart trade"
    changes = compare(SPEC, new)
    assert changes and {c.impact for c in changes} == {Impact.PATCH}, [str(c) for c in changes]
