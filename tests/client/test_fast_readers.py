"""The client's fast paths (issue 12) give exactly what the plain code gives.

``parse_timestamp`` (and so ``read_datetime``), ``read_decimal`` and ``read_int`` take shortcuts
for the API's own forms (a 19-character timestamp, a short decimal text, a plain int). Each is held
here to the code it replaced, kept below as the reference, on the forms the API sends, on
hostile and malformed values, and on whatever hypothesis derives from them: same value, same
type, same time zone, or the same refusal. ``from_dict``, which now converts an entity's
scalar fields at once instead of on first access, is held to each field's reader alone (its
wiring: wire name, reader, attribute). ``dumps_body`` (one
``json.dumps`` with a hook for Decimals) is held to the plain exact encoder it falls back on.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from threecommas._read import (
    MAX_DECIMAL_DIGITS,
    MAX_DECIMAL_EXPONENT,
    MAX_INT_DIGITS,
    MAX_NUMBER_TEXT,
    bounded_decimal,
    read_bool,
    read_datetime,
    read_decimal,
    read_int,
    read_str,
)
from threecommas._values import _encode, dumps_body, parse_timestamp
from threecommas.models import SmartTradeEntity, SmartTradeStepEntity

SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.json"

# -- references: the readers as they were before the fast paths ----------------------------------

_NAIVE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d+)?$")


def reference_timestamp(value: str) -> datetime:
    text = value.strip()
    if _NAIVE.match(text):
        return datetime.fromisoformat(text).replace(tzinfo=UTC)
    parsed = datetime.fromisoformat(text.replace("z", "Z").replace("Z", "+00:00"))
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def reference_decimal(value: Any) -> Decimal | None:
    if type(value) is not str or len(value) > MAX_NUMBER_TEXT:
        return read_decimal(value, "x")  # only the text path has a shortcut
    try:
        return bounded_decimal(Decimal(value), len(value))
    except InvalidOperation:
        return None


_INT_LIMIT = 10**MAX_INT_DIGITS
_INTEGER_TEXT = re.compile(r"[+-]?(\d{1,40})(?:\.0{0,40})?")


def reference_int(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if -_INT_LIMIT < value < _INT_LIMIT else None
    if isinstance(value, str):
        match = _INTEGER_TEXT.fullmatch(value.strip()) if len(value) <= MAX_NUMBER_TEXT else None
        return int(value.strip().partition(".")[0]) if match is not None else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and -_INT_LIMIT < value < _INT_LIMIT else None
    if (
        isinstance(value, Decimal)
        and value.is_finite()
        and int(value.as_tuple().exponent) <= 0
        and value.adjusted() < MAX_INT_DIGITS
        and value == value.to_integral_value()
    ):
        return int(value)
    return None


def outcome(function: Any, value: Any) -> tuple[str, Any]:
    try:
        result = function(value)
    except ValueError:
        return ("refused", None)
    return ("read", (result, type(result), getattr(result, "tzinfo", None)))


TIMESTAMPS = [
    "2018-08-08 08:08:08",
    "2018-08-08T08:08:08",
    " 2018-08-08 08:08:08 ",
    "2018-08-08 08:08:08.250",
    "2018-08-08T08:08:08Z",
    "2018-08-08t08:08:08z",
    "2018-08-08T08:08:08+02:00",
    "2018-08-08 08:08:0z",
    "2018-08-08 08:08:+1",
    "2018-08-08 08+01:00",
    "2018-08-08 08:08+01",
    "2018-13-45 08:08:08",
    "2018-08-08 25:08:08",
    "2018-08-0a 08:08:08",
    "2018-W32-3 08:08:08",
    "2018-08-08",
    "20180808T080808",
    "",
    "not a timestamp at all",
]


def read_outcome(text: str) -> tuple[str, Any]:
    """``read_datetime``'s verdict in ``outcome``'s terms: it reads None where the parser refuses."""
    result = read_datetime(text, "created_at")
    return ("refused", None) if result is None else ("read", (result, type(result), result.tzinfo))


@pytest.mark.parametrize("text", TIMESTAMPS)
def test_timestamp_fast_path_reads_what_the_plain_parser_reads(text: str) -> None:
    assert outcome(parse_timestamp, text) == outcome(reference_timestamp, text)
    assert read_outcome(text) == outcome(reference_timestamp, text)


_TIMESTAMP_CHARS = st.sampled_from(list("0123456789-: TtZz+.W"))


@settings(max_examples=400)
@given(
    st.one_of(
        st.text(_TIMESTAMP_CHARS, min_size=15, max_size=25),
        st.datetimes(timezones=st.none()).map(lambda d: d.isoformat(sep=" ")),
        st.datetimes(timezones=st.none()).map(lambda d: d.strftime("%Y-%m-%d %H:%M:%S")),
        st.datetimes(timezones=st.none()).map(lambda d: d.strftime("%Y-%m-%dT%H:%M:%S") + "Z"),
    )
)
def test_timestamp_fast_path_agrees_on_generated_text(text: str) -> None:
    assert outcome(parse_timestamp, text) == outcome(reference_timestamp, text)
    assert read_outcome(text) == outcome(reference_timestamp, text)


DECIMAL_TEXTS = [
    "100.12345678",
    "-0.00000001",
    " 1.5 ",
    "1_000",
    "1e-08",
    f"1e{MAX_DECIMAL_EXPONENT}",
    f"1e{MAX_DECIMAL_EXPONENT + 1}",
    f"1e-{MAX_DECIMAL_EXPONENT + 1}",
    "1e99999999",
    "NaN",
    "-Infinity",
    "sNaN",
    "abc",
    "",
    "1." + "1" * (MAX_DECIMAL_DIGITS - 2),
    "1." + "1" * MAX_DECIMAL_DIGITS,
    "9" * (MAX_DECIMAL_DIGITS + 1),
    "1" * (MAX_NUMBER_TEXT + 1),
]


@pytest.mark.parametrize("text", DECIMAL_TEXTS)
def test_decimal_fast_path_reads_what_the_bounded_reader_reads(text: str) -> None:
    expected, got = reference_decimal(text), read_decimal(text, "price")
    assert (str(got), type(got)) == (str(expected), type(expected))


@settings(max_examples=400)
@given(
    st.one_of(
        st.decimals(allow_nan=True, allow_infinity=True).map(str),
        st.text(st.sampled_from(list("0123456789.eE+-_ naNIfity")), max_size=MAX_DECIMAL_DIGITS + 10),
        st.integers(min_value=-1200, max_value=1200).map(lambda e: f"1.5e{e}"),
    )
)
def test_decimal_fast_path_agrees_on_generated_text(text: str) -> None:
    expected, got = reference_decimal(text), read_decimal(text, "price")
    assert (str(got), type(got)) == (str(expected), type(expected))


@settings(max_examples=400)
@given(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.integers(min_value=-(10**41), max_value=10**41),
        st.sampled_from([10**40 - 1, 10**40, -(10**40) + 1, -(10**40), True, False]),
        st.floats(),
        st.decimals(),
        st.text(st.sampled_from(list("0123456789.+- e")), max_size=45),
    )
)
def test_int_fast_path_reads_what_the_plain_reader_reads(value: Any) -> None:
    expected, got = reference_int(value), read_int(value, "id")
    assert (got, type(got)) == (expected, type(expected))


# -- from_dict: scalars at once, the same values as reading each field alone ----------------------

_READERS = {"integer": read_int, "boolean": read_bool, "string": read_str}


def _reader(schema: dict[str, Any]) -> Any:
    kinds = schema.get("type", [])
    kind = next(k for k in ([kinds] if isinstance(kinds, str) else kinds) if k != "null")
    if schema.get("format") == "date-time":
        return read_datetime
    if kind == "number" or schema.get("format") == "decimal":
        return read_decimal
    return _READERS[kind]


def _scalar_fields(entity: str) -> dict[str, tuple[str, Any]]:
    """Attribute -> (wire name, plain reader) of the entity's scalar fields, from the spec."""
    properties = json.loads(SPEC.read_text())["components"]["schemas"][entity]["properties"]
    fields = {}
    for wire, schema in properties.items():
        if schema.get("type") == "array" or "array" in schema.get("type", []) or "$ref" in json.dumps(schema):
            continue
        fields["type_" if wire == "type" else wire] = (wire, _reader(schema))
    return fields


WIRE_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**45), max_value=10**45),
    st.floats(allow_nan=False),
    st.decimals(allow_nan=False, allow_infinity=False),
    st.sampled_from(["true", "false", "5", "5.00", "1e99999999", "NaN", "2018-08-08 08:08:08", "x"]),
    st.text(max_size=12),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@pytest.mark.parametrize("entity", [SmartTradeEntity, SmartTradeStepEntity])
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_from_dict_reads_each_scalar_as_its_reader_alone(entity: Any, data: st.DataObject) -> None:
    fields = _scalar_fields(entity.__name__)
    wire_names = sorted(wire for wire, _ in fields.values())
    raw = data.draw(st.dictionaries(st.sampled_from([*wire_names, "unknown_field"]), WIRE_VALUES))
    read = entity.from_dict(raw)
    for attribute, (wire, reader) in fields.items():
        expected = raw.get(wire)
        expected = None if expected is None else reader(expected, wire)
        assert getattr(read, attribute) == expected, attribute
        assert type(getattr(read, attribute)) is type(expected), attribute
    assert read.raw == raw


def test_from_dict_leaves_nested_lists_for_their_first_read() -> None:
    step = {"id": 3, "price": "31000", "created_at": "2018-08-08 08:08:08"}
    trade = SmartTradeEntity.from_dict({"id": 1, "take_profit_steps": [step, "unreadable"]})
    # Not built yet: the slot is empty until the attribute is read.
    assert "take_profit_steps" not in {name for name in dir(trade) if _slot_filled(trade, name)}
    steps = trade.take_profit_steps
    assert steps is not None and [s.price for s in steps] == [Decimal("31000")]
    assert _slot_filled(trade, "take_profit_steps")
    assert trade.to_dict()["take_profit_steps"] == [step, "unreadable"]  # kept as it came


def _slot_filled(entity: Any, name: str) -> bool:
    descriptor = type(entity).__dict__.get(name)
    if descriptor is None or not hasattr(descriptor, "__get__") or name.startswith("__"):
        return False
    try:
        descriptor.__get__(entity, type(entity))
    except AttributeError:
        return False
    return True


# -- dumps_body: one json.dumps with a Decimal hook, the bytes of the plain exact encoder ----------

JSON_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(allow_nan=False, allow_infinity=False),
        st.decimals(allow_nan=False, allow_infinity=False),
        st.text(),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.tuples(children, children),
        st.dictionaries(st.text(max_size=5), children, max_size=4),
    ),
    max_leaves=20,
)


@settings(max_examples=300)
@given(JSON_VALUES)
def test_body_encoder_writes_what_the_plain_exact_encoder_writes(value: Any) -> None:
    plain = "".join(_encode(value)).encode("utf-8")
    assert dumps_body(value) == plain


def test_body_encoder_takes_mappings_and_refuses_what_json_cannot_carry() -> None:
    from types import MappingProxyType

    body = {"a": MappingProxyType({"b": Decimal("1E+2")}), "c": [Decimal("-0"), Decimal("1e-8")]}
    assert dumps_body(body) == b'{"a":{"b":100},"c":[0,0.00000001]}'
    assert dumps_body({"note": f"\ue000{0}\ue000", "p": Decimal("1.10")}) == (
        '{"note":"\ue0000\ue000","p":1.10}'.encode()
    )
    with pytest.raises(TypeError, match="cannot send a set"):
        dumps_body({"a": {1}})
    with pytest.raises(ValueError):
        dumps_body({"a": float("nan")})
