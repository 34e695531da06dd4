"""A response entity's ``to_dict()`` is the object as it is now (issue 19 item 2).

Read from any answer, edited at random (fields set to new values or to None, nested entities
edited in place or replaced), ``to_dict()`` gives JSON-safe values that read back as the same
object, nested entities included; unchanged values keep the form the API sent them in, and an
edited value takes that form too (a decimal sent as text stays text, one sent as a number stays
a number).
"""

from __future__ import annotations

import json
import typing
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from threecommas._read import loads_json
from threecommas._values import dumps_body
from threecommas.models import Error, PongEntity, SmartTradeEntity, SmartTradeStepEntity, TimeEntity

from generator.client.view import build_client_plan

SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.json"
ENTITIES = [SmartTradeEntity, SmartTradeStepEntity, Error, PongEntity, TimeEntity]


def _wire_names() -> dict[str, dict[str, str]]:
    """Class -> attribute -> wire name, as the generator planned them."""
    plan = build_client_plan(json.loads(SPEC.read_text()))
    return {cls.__name__: {f.python: f.wire for f in plan.models[cls.__name__].fields} for cls in ENTITIES}


WIRE_NAMES = _wire_names()

# -- typed values an edit may assign, by annotation -----------------------------------------------

#: Decimals a double carries exactly: what a JSON number brings (the others are tested alone), of
#: the sizes prices and amounts have (the reader refuses number text longer than 256 characters).
CARRIED = (
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15)
    .filter(lambda f: f == 0 or abs(f) >= 1e-12)
    .map(lambda f: Decimal(repr(f)))
)
DECIMALS = st.one_of(
    st.decimals(allow_nan=False, allow_infinity=False, places=8, min_value=-(10**12), max_value=10**12),
    CARRIED,
)
ZONES = st.sampled_from([UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5, minutes=-30))])
DATETIMES = st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2100, 1, 1), timezones=ZONES)
FREE_JSON = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-(10**20), 10**20), CARRIED, st.text(max_size=8)),
    lambda children: st.one_of(
        st.lists(children, max_size=3), st.dictionaries(st.text(max_size=4), children, max_size=3)
    ),
    max_leaves=8,
)
SCALARS: dict[Any, st.SearchStrategy[Any]] = {
    int: st.integers(-(10**18), 10**18),
    bool: st.booleans(),
    str: st.text(max_size=12),
    Decimal: DECIMALS,
    datetime: DATETIMES,
    dict[str, Any]: st.dictionaries(st.text(max_size=4), FREE_JSON, max_size=3),
}


def _hints(cls: type) -> dict[str, Any]:
    """Attribute -> annotation of the entity's typed fields."""
    hints = typing.get_type_hints(cls)
    return {a.name: hints[a.name] for a in attrs.fields(cls) if a.name != "raw"}


def _edit_value(hint: Any) -> st.SearchStrategy[Any]:
    """A value of the attribute's type (None included: every response field may be null)."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    inner = args[0] if len(args) == 1 else hint
    origin = typing.get_origin(inner)
    if origin is list:
        (item,) = typing.get_args(inner)
        return st.none() | st.lists(edited(item), max_size=3)
    if inner in SCALARS:
        return st.none() | SCALARS[inner]
    raise AssertionError(f"no strategy for {hint!r}")


# -- wire values an answer may carry, by annotation ------------------------------------------------


def _timestamp_text(value: datetime) -> str:
    if value.utcoffset() == timedelta(0) and not value.microsecond:
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return value.isoformat()


def _wire_value(hint: Any) -> st.SearchStrategy[Any]:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    inner = args[0] if len(args) == 1 else hint
    junk = st.sampled_from(["junk", [1], {"x": 1}, True])
    if typing.get_origin(inner) is list:
        (item,) = typing.get_args(inner)
        return st.lists(raw_object(item) | junk, max_size=3) | junk
    if inner is Decimal:
        # The API's text, or a number (as the JSON reader gives it: an int or an exact Decimal).
        good = DECIMALS.map(str) | DECIMALS | st.integers(-(10**6), 10**6)
    elif inner is datetime:
        good = DATETIMES.map(_timestamp_text)
    elif inner is int:
        good = st.integers(-(10**18), 10**18) | st.sampled_from(["5", "7.00"])
    elif inner is bool:
        good = st.booleans() | st.sampled_from(["true", "false"])
    else:
        good = SCALARS[inner]
    return good | junk


def raw_object(cls: type) -> st.SearchStrategy[dict[str, Any]]:
    """An answer's JSON object for ``cls``: any subset of its fields, null, valid or junk, plus
    a field this client does not know."""
    wire = WIRE_NAMES[cls.__name__]
    hints = _hints(cls)
    return st.fixed_dictionaries(
        {},
        optional={
            **{wire[name]: st.none() | _wire_value(hint) for name, hint in hints.items()},
            "field_added_later": FREE_JSON,
        },
    )


def _as_answered(raw: dict[str, Any]) -> Any:
    """The object as the client reads it from the wire (fractions become exact Decimals)."""
    return loads_json(dumps_body(raw))


@st.composite
def _edited(draw: st.DrawFn, cls: type) -> Any:
    entity = cls.from_dict(_as_answered(draw(raw_object(cls))))
    hints = _hints(cls)
    for name in draw(st.lists(st.sampled_from(sorted(hints)), max_size=6, unique=True)):
        current = getattr(entity, name)
        if isinstance(current, list) and current and draw(st.booleans()):
            # Edit a nested entity in place rather than replacing the list.
            index = draw(st.integers(0, len(current) - 1))
            item = current[index]
            item_hints = _hints(type(item))
            attribute = draw(st.sampled_from(sorted(item_hints)))
            setattr(item, attribute, draw(_edit_value(item_hints[attribute])))
        else:
            setattr(entity, name, draw(_edit_value(hints[name])))
    return entity


def edited(cls: type) -> st.SearchStrategy[Any]:
    return _edited(cls)


@pytest.mark.parametrize("cls", ENTITIES, ids=lambda cls: cls.__name__)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_to_dict_reads_back_as_the_object_after_any_edit(cls: type, data: st.DataObject) -> None:
    entity = data.draw(edited(cls))
    dumped = entity.to_dict()
    text = json.dumps(dumped)  # JSON types only: no Decimal, no datetime
    assert cls.from_dict(dumped) == entity
    assert cls.from_dict(loads_json(text.encode())) == entity


def test_a_field_set_to_none_is_null() -> None:
    trade = SmartTradeEntity.from_dict({"id": 1, "note": "Best pair"})
    trade.note = None
    assert trade.to_dict() == {"id": 1, "note": None}


def test_an_edited_decimal_keeps_the_form_the_api_sent() -> None:
    trade = SmartTradeEntity.from_dict(loads_json(b'{"buy_price": 1.5, "total": "2.5"}'))
    trade.buy_price = Decimal("2.5")
    trade.total = Decimal("3.75")
    trade.current_price = Decimal("1E+2")  # absent: the spec's form, text in plain digits
    assert trade.to_dict() == {"buy_price": 2.5, "total": "3.75", "current_price": "100"}


def test_an_unchanged_number_from_the_wire_is_json_safe() -> None:
    trade = SmartTradeEntity.from_dict(loads_json(b'{"buy_price": 1.25, "extra": {"rate": 0.1}}'))
    assert json.dumps(trade.to_dict()) == '{"buy_price": 1.25, "extra": {"rate": 0.1}}'


def test_a_decimal_no_double_carries_is_written_as_its_exact_text() -> None:
    # A number with more digits than a double holds: its exact text, never a rounded float.
    error = Error.from_dict(
        loads_json(b'{"error": "x", "error_attributes": {"p": 0.12345678901234567890123}}')
    )
    assert error.to_dict()["error_attributes"] == {"p": "0.12345678901234567890123"}
    trade = SmartTradeEntity.from_dict(loads_json(b'{"buy_price": 1.5}'))
    trade.buy_price = Decimal("0.12345678901234567890123")
    assert trade.to_dict()["buy_price"] == "0.12345678901234567890123"
    assert SmartTradeEntity.from_dict(trade.to_dict()) == trade


def test_an_edited_timestamp_is_written_in_the_api_form() -> None:
    trade = SmartTradeEntity.from_dict({"created_at": "2018-08-08 08:08:08"})
    trade.created_at = datetime(2019, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert trade.to_dict() == {"created_at": "2019-01-02 03:04:05"}


def test_an_edited_nested_entity_is_written() -> None:
    step = {"id": 3, "price": "31000"}
    trade = SmartTradeEntity.from_dict({"take_profit_steps": [step, "unreadable"]})
    assert trade.to_dict()["take_profit_steps"] == [step, "unreadable"]  # unchanged: as it came
    steps = trade.take_profit_steps
    assert steps is not None
    steps[0].price = Decimal("32000")
    assert trade.to_dict()["take_profit_steps"] == [{"id": 3, "price": "32000"}]
