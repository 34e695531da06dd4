"""The table cell parsers, by example and by property."""

from __future__ import annotations

import contextlib
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.document.cells import (
    CellError,
    coerce_default,
    parse_mandatory,
    parse_name,
    parse_type,
    parse_values,
)
from generator.document.model import Scalar, TypeRef, ValueSpec


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("integer", TypeRef(Scalar.INTEGER)),
        ("number", TypeRef(Scalar.NUMBER)),
        (" string ", TypeRef(Scalar.STRING)),
        ("boolean", TypeRef(Scalar.BOOLEAN)),
        ("array[json]", TypeRef(Scalar.OBJECT, is_array=True)),
        ("array[string]", TypeRef(Scalar.STRING, is_array=True)),
        ("Array[Integer]", TypeRef(Scalar.INTEGER, is_array=True)),
        ("array", TypeRef(Scalar.OBJECT, is_array=True)),
        ("json", TypeRef(Scalar.OBJECT)),
    ],
)
def test_types(text: str, expected: TypeRef) -> None:
    assert parse_type(text) == expected


def test_unknown_type_suggests_the_closest() -> None:
    with pytest.raises(CellError, match="did you mean 'integer'"):
        parse_type("integr")


@pytest.mark.parametrize(("text", "expected"), [("YES", True), ("yes ", True), ("NO", False), ("", False)])
def test_mandatory(text: str, expected: bool) -> None:
    assert parse_mandatory(text) is expected


def test_mandatory_rejects_other_words() -> None:
    with pytest.raises(CellError):
        parse_mandatory("sometimes")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("limit, market, conditional (limit)", ValueSpec(("limit", "market", "conditional"), "limit")),
        (" (300)", ValueSpec(default="300")),
        ("classic, step_sell ", ValueSpec(("classic", "step_sell"))),
        ("0-100", ValueSpec(minimum=Decimal(0), maximum=Decimal(100))),
        ("1-100 (1)", ValueSpec(default="1", minimum=Decimal(1), maximum=Decimal(100))),
        ('["limit", "market"]', ValueSpec(("limit", "market"))),
        ("", ValueSpec()),
    ],
)
def test_values(text: str, expected: ValueSpec) -> None:
    assert parse_values(text) == expected


def test_reversed_range_is_an_error() -> None:
    with pytest.raises(CellError, match="wrong way round"):
        parse_values("100-0")


def test_names() -> None:
    assert parse_name("leverage[enabled]").path == ("leverage", "enabled")
    assert parse_name("take_profit[steps][][price][value]").path == (
        "take_profit",
        "steps",
        "[]",
        "price",
        "value",
    )
    inline = parse_name("orders[{\npercent => number \nprice_method => string \n},\n ...]")
    assert inline.path == ("orders",)
    assert [(f.name, f.type.scalar) for f in inline.inline_fields] == [
        ("percent", Scalar.NUMBER),
        ("price_method", Scalar.STRING),
    ]
    with pytest.raises(CellError):
        parse_name("broken[name")


def test_defaults_are_typed() -> None:
    assert coerce_default("300", TypeRef(Scalar.INTEGER)) == 300
    assert coerce_default("5.0", TypeRef(Scalar.NUMBER)) == 5.0
    assert coerce_default("true", TypeRef(Scalar.BOOLEAN)) is True
    with pytest.raises(CellError):
        coerce_default("1.5", TypeRef(Scalar.INTEGER))


WORD = st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True)


@given(st.lists(WORD, min_size=1, max_size=6, unique=True), st.data())
def test_enum_and_default_round_trip(values: list[str], data: st.DataObject) -> None:
    default = data.draw(st.sampled_from(values))
    spaces = data.draw(st.sampled_from(["", " ", "  "]))
    text = f"{spaces},{spaces}".join(values) + f" ({default})"
    assert parse_values(text) == ValueSpec(tuple(values), default)


@given(st.integers(-1000, 1000), st.integers(0, 1000))
def test_ranges_give_bounds(low: int, width: int) -> None:
    spec = parse_values(f"{low}-{low + width}")
    assert (spec.minimum, spec.maximum) == (Decimal(low), Decimal(low + width))


@given(st.text(max_size=40))
def test_type_parser_only_raises_its_own_error(text: str) -> None:
    with contextlib.suppress(CellError):
        parse_type(text)


@given(st.text(max_size=60))
def test_name_and_values_parsers_only_raise_their_own_error(text: str) -> None:
    for parser in (parse_name, parse_values):
        with contextlib.suppress(CellError):
            parser(text)


@given(st.lists(st.one_of(WORD, st.just("[]")), min_size=0, max_size=5), WORD)
def test_bracket_paths_round_trip(parts: list[str], head: str) -> None:
    name = head + "".join("[]" if p == "[]" else f"[{p}]" for p in parts)
    parsed = parse_name(name)
    assert parsed.path == (head, *parts)
    assert parsed.wire_name == name
