"""Tolerant readers for response values.

A trading client must never fail to read a trade because the server left out a field, sent
``null``, added an enum value or formatted a number differently: each reader returns ``None``
for a value it cannot use (logging why at DEBUG), and the model keeps the raw JSON beside its
typed fields.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import re
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from ._values import parse_timestamp

logger = logging.getLogger("threecommas")

T = TypeVar("T")


@functools.cache
def _decoder() -> Any:
    # Imported on the first answer read, not with the package.
    import msgspec

    return msgspec.json.Decoder(float_hook=Decimal)


def loads_json(content: bytes) -> Any:
    """A JSON answer as Python values; numbers with a fraction or an exponent as exact Decimals.

    msgspec's decoder builds the same values as ``json.loads(content, parse_float=Decimal)``,
    several times faster on a page of trades. What it refuses and the standard parser reads
    (``NaN``, lone surrogates, UTF-16) goes to the standard parser, so nothing readable before
    becomes unreadable. JSON nested too deep raises ``RecursionError`` from either.
    """
    try:
        return _decoder().decode(content)
    except ValueError:  # msgspec.DecodeError
        return json.loads(content, parse_float=Decimal)


def _skip(name: str, value: Any, expected: str) -> None:
    logger.debug("response field %s: expected %s, got %r; read as None", name, expected, value)


Reader = Callable[[Any, str], T | None]


#: Bounds on numbers read from the wire. Wide enough for any id, amount or price, narrow
#: enough that no conversion is expensive: ``"1e99999999"`` would otherwise become a
#: 100-million-digit integer (minutes of CPU that no timeout interrupts).
MAX_INT_DIGITS = 40
MAX_DECIMAL_DIGITS = 100
MAX_DECIMAL_EXPONENT = 1000
#: Longer number text is not even parsed.
MAX_NUMBER_TEXT = 256

_INT_LIMIT = 10**MAX_INT_DIGITS
_DECIMAL_INT_LIMIT = 10**MAX_DECIMAL_DIGITS
# Digits only, optionally with a zero fraction ("5", "-5", "5.00"): never an exponent.
# Written out (40 = MAX_INT_DIGITS) so that the pattern audit can read it; a test ties the two.
_INTEGER_TEXT = re.compile(r"[+-]?(\d{1,40})(?:\.0{0,40})?")


def read_int(value: Any, name: str) -> int | None:
    if type(value) is int and -_INT_LIMIT < value < _INT_LIMIT:  # the common case first
        return value
    if value is None:
        return None
    if isinstance(value, bool):
        pass
    elif isinstance(value, int):
        if -_INT_LIMIT < value < _INT_LIMIT:
            return value
    elif isinstance(value, str):
        match = _INTEGER_TEXT.fullmatch(value.strip()) if len(value) <= MAX_NUMBER_TEXT else None
        if match is not None:
            return int(value.strip().partition(".")[0])
    elif isinstance(value, float):
        if value.is_integer() and -_INT_LIMIT < value < _INT_LIMIT:
            return int(value)
    elif (
        # Only a Decimal written without an exponent ("5.0", not "5E+2") and of bounded size.
        isinstance(value, Decimal)
        and value.is_finite()
        and int(value.as_tuple().exponent) <= 0
        and value.adjusted() < MAX_INT_DIGITS
        and value == value.to_integral_value()
    ):
        return int(value)
    _skip(name, value, "an integer")
    return None


def bounded_decimal(number: Decimal, text_length: int | None = None) -> Decimal | None:
    """``number`` if it is finite and of sane size (digits and exponent capped), else None.

    ``text_length``: the length of the text it was read from, which bounds its digits.
    """
    if (
        number.is_finite()
        and -MAX_DECIMAL_EXPONENT <= number.adjusted() <= MAX_DECIMAL_EXPONENT
        and (
            (text_length is not None and text_length <= MAX_DECIMAL_DIGITS)
            or len(number.as_tuple().digits) <= MAX_DECIMAL_DIGITS
        )
    ):
        return number
    return None


def read_decimal(value: Any, name: str) -> Decimal | None:
    if type(value) is str and len(value) <= MAX_DECIMAL_DIGITS:  # how the API sends money: text
        # The common case first, bounded inline: text this short bounds the digits already.
        try:
            text_number = Decimal(value)
        except InvalidOperation:
            pass
        else:
            if (
                text_number.is_finite()
                and -MAX_DECIMAL_EXPONENT <= text_number.adjusted() <= MAX_DECIMAL_EXPONENT
            ):
                return text_number
        _skip(name, value, "a decimal")
        return None
    if value is None:
        return None
    number: Decimal | None = None
    if type(value) is str and len(value) <= MAX_NUMBER_TEXT:
        try:
            number = bounded_decimal(Decimal(value), len(value))
        except InvalidOperation:
            number = None
    elif isinstance(value, bool):
        pass
    elif isinstance(value, int):
        number = Decimal(value) if -_DECIMAL_INT_LIMIT < value < _DECIMAL_INT_LIMIT else None
    elif isinstance(value, Decimal):
        number = bounded_decimal(value)
    elif isinstance(value, str | float) and (isinstance(value, float) or len(value) <= MAX_NUMBER_TEXT):
        try:
            number = bounded_decimal(Decimal(repr(value) if isinstance(value, float) else value))
        except InvalidOperation:
            number = None
    if number is None:
        _skip(name, value, "a decimal")
    return number


def read_str(value: Any, name: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return str(value)
    _skip(name, value, "a string")
    return None


def read_bool(value: Any, name: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    if value in ("true", "false"):
        return bool(value == "true")
    _skip(name, value, "a boolean")
    return None


def read_datetime(value: Any, name: str) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return parse_timestamp(value)
        except ValueError:
            pass
    _skip(name, value, "a timestamp")
    return None


def read_object(value: Any, name: str) -> dict[str, Any] | None:
    if value is None:
        return None
    if isinstance(value, Mapping):
        return {key: exact_numbers(item) for key, item in value.items()}
    _skip(name, value, "an object")
    return None


def read_any(value: Any, name: str) -> Any:
    return exact_numbers(value)


def exact_numbers(value: Any) -> Any:
    """``value`` with every float made the exact Decimal of its shortest form, as
    :func:`loads_json` reads a fraction: so a free-form value reads the same from the wire and
    from ``to_dict()``, whose numbers are floats (``json.dumps`` cannot take a Decimal)."""
    if type(value) is float:
        return Decimal(repr(value)) if math.isfinite(value) else value
    if isinstance(value, Mapping):
        return {key: exact_numbers(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [exact_numbers(item) for item in value]
    return value


def json_safe(value: Any) -> Any:
    """``value`` with JSON types only (for ``json.dumps``): each Decimal as :func:`json_safe_decimal`."""
    if type(value) is Decimal:
        return json_safe_decimal(value)
    if isinstance(value, Mapping):
        return {key: json_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(item) for item in value]
    return value


def json_safe_decimal(value: Decimal) -> int | float | str:
    """A Decimal as a JSON number of exactly its value, or, when no JSON number a reader keeps
    exactly can carry it, its exact text.

    A whole number is an int (exact at any size); a fraction is the float whose shortest form
    is the same number (``json.dumps`` writes that form: ``0.1`` stays ``0.1``). A fraction with
    more significant digits than a double holds becomes text rather than a rounded number.
    """
    if value.is_finite() and -MAX_DECIMAL_EXPONENT <= value.adjusted() <= MAX_DECIMAL_EXPONENT:
        if value == value.to_integral_value():
            return int(value)
        as_float = float(value)
        if Decimal(repr(as_float)) == value:
            return as_float
    return decimal_text(value)


def decimal_text(value: Decimal) -> str:
    """Plain digits (``1E+2`` → ``100``) when that is of sane length; the scientific form
    otherwise (``1E+99999999`` is not written out as a hundred million digits)."""
    if value.is_finite() and -MAX_DECIMAL_EXPONENT <= value.adjusted() <= MAX_DECIMAL_EXPONENT:
        text = format(value, "f")
        return "0" if text in {"-0", "-0.0"} else text
    return str(value)


def model_reader(parse: Callable[[Mapping[str, Any]], T]) -> Reader[T]:
    """A reader for a nested object, parsed by ``parse`` (a class's ``from_dict``)."""

    def read(value: Any, name: str) -> T | None:
        if isinstance(value, Mapping):
            return parse(value)
        if value is not None:
            _skip(name, value, "an object")
        return None

    return read


def list_reader(read_item: Reader[T]) -> Callable[[Any, str], list[T] | None]:
    """A reader for a list; items that cannot be read are left out (``raw`` keeps them)."""

    def read(value: Any, name: str) -> list[T] | None:
        if value is None:
            return None
        if not isinstance(value, list):
            _skip(name, value, "a list")
            return None
        items = (read_item(item, name) for item in value)
        return [item for item in items if item is not None]

    return read


def format_timestamp(value: datetime) -> str:
    """The API's own timestamp form, ``2018-08-08 08:08:08``, for UTC values; ISO-8601 otherwise."""
    offset = value.utcoffset()
    if offset is not None and offset.total_seconds() == 0 and value.microsecond == 0:
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return value.isoformat()
