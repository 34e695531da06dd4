"""The field-kind classes: one per kind, and the only code that asks which kind a field is."""

from __future__ import annotations

import ast
import re

import pytest

from generator.client import fields
from generator.client.fields import FIELD_TYPES, FieldKind, FieldType
from generator.client.view import FieldPlan
from tests.support.node import ROOT

CLIENT = ROOT / "generator" / "client"


def test_every_kind_has_its_class() -> None:
    assert set(FIELD_TYPES) == set(FieldKind)


def test_every_field_class_is_registered() -> None:
    # A kind class written but left out of FIELD_TYPES would never be used.
    defined = {
        cls
        for cls in vars(fields).values()
        if isinstance(cls, type) and issubclass(cls, FieldType) and cls is not FieldType
    }
    assert defined == set(FIELD_TYPES.values())


def _kind_members(tree: ast.AST) -> list[int]:
    """Lines comparing something with a ``FieldKind`` member or a field's ``.kind`` (``is``,
    ``==``, ``in``...)."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            operands = [ast.unparse(operand) for operand in (node.left, *node.comparators)]
            if any("FieldKind." in text or text.endswith(".kind") for text in operands):
                lines.append(node.lineno)
    return lines


def test_no_kind_is_compared_outside_the_field_kind_classes() -> None:
    offenders = []
    for path in sorted(CLIENT.glob("*.py")):
        if path.name == "fields.py":
            continue
        offenders += [f"{path.name}:{line}" for line in _kind_members(ast.parse(path.read_text()))]
    assert offenders == []


def _kind_reads(text: str) -> list[int]:
    """Lines of a template that read a planned object's ``kind`` or ``role`` (a template is given
    no kind enum to compare them with, so any read is a kind decided outside its class)."""
    return [text.count("\n", 0, m.start()) + 1 for m in re.finditer(r"\.(kind|role)\b(?!\.)", text)]


def test_no_template_reads_a_kind() -> None:
    offenders = [
        f"{path.name}:{line}"
        for path in sorted((CLIENT / "templates").glob("*.jinja"))
        for line in _kind_reads(path.read_text())
    ]
    assert offenders == []


def test_the_template_scan_finds_one() -> None:
    assert _kind_reads('{% if f.kind == "decimal" %}\n{{ m.role }}') == [1, 2]
    assert _kind_reads("{{ m.role.base }}") == []  # asking the role's class is what it is for


def test_the_comparison_finder_finds_one() -> None:
    # The test above must be able to fail.
    assert _kind_members(ast.parse("x = f.kind is FieldKind.INT or f.kind in {FieldKind.STR}")) == [1, 1]
    assert _kind_members(ast.parse("if a.kind != b.kind:\n    pass")) == [1]


@pytest.mark.parametrize("value", ["a'b", 'q"\n"""', "\\", "x'); import os; ('"])
def test_a_literal_type_is_python_for_any_enum_text(value: str) -> None:
    plan = FieldPlan("w", "w", FieldKind.LITERAL, True, literals=(value, 3))
    annotation = plan.type.base_type()
    tree = ast.parse(annotation, mode="eval")
    assert isinstance(tree.body, ast.Subscript)
    assert [ast.literal_eval(e) for e in tree.body.slice.elts] == [value, 3]  # type: ignore[attr-defined]


def test_a_list_delegates_to_its_item() -> None:
    item = FieldPlan("item", "item", FieldKind.DECIMAL, True)
    plan = FieldPlan("prices", "prices", FieldKind.LIST, False, item=item)
    assert plan.type.base_type() == "list[Decimal]"
    assert plan.type.encoder() == "list_of(json_number)"
    assert plan.type.decoder() == "list_of(json_decimal)"
    assert plan.type.reader() == "list_reader(read_decimal)"
    nested = FieldPlan("rows", "rows", FieldKind.LIST, False, item=plan)
    assert nested.type.base_type() == "list[list[Decimal]]"


def test_a_model_field_names_its_class() -> None:
    plan = FieldPlan("step", "step", FieldKind.MODEL, True, model="Step")
    assert isinstance(plan.type, FieldType)
    assert plan.type.models() == ["Step"]
    assert plan.type.decoder() == "Step.from_dict"
    assert plan.type.body_metadata() == "on_wire(encode=encode_body, decode=Step.from_dict)"
    assert (
        plan.type.entity_field("Trade")
        == "entity_field(model_reader(Step.from_dict), write_entity, nested=True)"
    )


def test_an_entity_holding_its_own_kind_reads_it_once_the_class_exists() -> None:
    # In the class body the class's own name is not bound yet: its reader looks it up when called.
    parent = FieldPlan("parent", "parent", FieldKind.MODEL, False, model="Node")
    assert parent.type.entity_field("Node") == (
        "entity_field(model_reader(lambda data: Node.from_dict(data)), write_entity, nested=True)"
    )
    children = FieldPlan("children", "children", FieldKind.LIST, False, item=parent)
    assert "lambda data: Node.from_dict(data)" in children.type.entity_field("Node")


def test_a_field_s_declaration_says_only_what_differs_from_plain_json() -> None:
    assert FieldPlan("note", "note", FieldKind.STR, False).type.body_metadata() is None
    assert FieldPlan("price", "price", FieldKind.DECIMAL, True).type.body_metadata() == "DECIMAL"
    renamed = FieldPlan("type", "type_", FieldKind.DECIMAL, True)
    assert renamed.type.body_metadata() == "on_wire(wire='type', encode=json_number, decode=json_decimal)"
    assert FieldPlan("type", "type_", FieldKind.STR, True).type.entity_field("E") == (
        "entity_field(read_str, wire='type')"
    )
