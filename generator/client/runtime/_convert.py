"""Converters for request values: exact decimals in, never floats.

They are attrs converters on the generated request classes, so ``Decimal``, ``int`` and
``str`` are accepted wherever the API takes a number, and a ``float`` is refused: it already
lost the digits the caller meant (``0.1`` is not one tenth).

The spec types these fields ``number``, so ``to_dict()`` gives JSON numbers: an ``int`` for a
whole value, otherwise the ``float`` whose shortest form reads back as exactly the same
Decimal. JSON parsers read numbers as binary64 doubles (RFC 8259, section 6), so a value that
no double carries exactly (more than 15 to 17 significant digits) would not arrive as written:
it is refused here, when the model is built, rather than rounded in silence.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TypeAlias

from .types import UNSET, Unset

DecimalLike: TypeAlias = Decimal | int | str


#: Larger exponents are refused: writing ``Decimal("1e999999999")`` in plain digits, as the wire
#: format needs, would take a gigabyte.
MAX_EXPONENT = 1000


#: Integers within these bounds are exact Decimals within :data:`MAX_EXPONENT` as they are.
_INT_BOUND = 10 ** (MAX_EXPONENT + 1)


def to_decimal(value: DecimalLike) -> Decimal:
    """``value`` as an exact, finite ``Decimal``; raises ``TypeError`` / ``ValueError`` otherwise."""
    if type(value) is int and -_INT_BOUND < value < _INT_BOUND:
        return Decimal(value)  # whole, finite and exact: the other common case
    if (
        type(value) is Decimal
        and value.is_finite()
        and -MAX_EXPONENT <= value.adjusted() <= MAX_EXPONENT
        and _json_exact(value)
    ):
        return value  # already converted (the request classes convert again): the common case
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        hint = " (floats lose precision: pass Decimal('0.1') or '0.1')" if isinstance(value, float) else ""
        raise TypeError(f"expected a Decimal, int or str, got {type(value).__name__}{hint}")
    try:
        text_or_int = value.strip() if isinstance(value, str) else value
        number = value if isinstance(value, Decimal) else Decimal(text_or_int)
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a decimal number") from None
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a finite number")
    if not -MAX_EXPONENT <= number.adjusted() <= MAX_EXPONENT:
        raise ValueError(f"{value!r} is out of range (exponent beyond {MAX_EXPONENT})")
    if not _json_exact(number):
        raise ValueError(
            f"{value!r} has more significant digits than a JSON number carries exactly (a double); round it"
        )
    return number


def _json_exact(value: Decimal) -> bool:
    """Whether a JSON number (an int, or a double read back by its shortest repr) is exactly ``value``."""
    if value == value.to_integral_value():
        return True
    if (
        len(value.as_tuple().digits) <= _DOUBLE_DIGITS
        and -_DOUBLE_EXPONENT <= value.adjusted() <= _DOUBLE_EXPONENT
    ):
        # A double holds every decimal of up to 15 significant digits in its normal range: the
        # double nearest to it reads back as it (C's DBL_DIG), so its shortest repr is it.
        return True
    return Decimal(repr(float(value))) == value


#: C's ``DBL_DIG``, and the decimal exponents within which a double is normal and finite.
_DOUBLE_DIGITS = 15
_DOUBLE_EXPONENT = 307


def json_number(value: Decimal) -> int | float:
    """The JSON number of exactly ``value``: an int when whole, else the float that reads back as it."""
    if value == value.to_integral_value():
        return int(value)
    if not _json_exact(value):
        raise ValueError(f"{value} has more significant digits than a JSON number carries exactly")
    return float(value)


def to_optional_decimal(value: DecimalLike | Unset) -> Decimal | Unset:
    return UNSET if isinstance(value, Unset) else to_decimal(value)


def to_optional_nullable_decimal(value: DecimalLike | Unset | None) -> Decimal | Unset | None:
    if value is None or isinstance(value, Unset):
        return value
    return to_decimal(value)


def json_decimal(value: DecimalLike | float) -> Decimal:
    """A number read back from JSON: floats are taken by their shortest repr, not their binary value."""
    if isinstance(value, float):
        return to_decimal(repr(value))
    return to_decimal(value)
