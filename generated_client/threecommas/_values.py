"""Exact values on the wire: decimals without floats, timestamps in both of the API's forms."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any


def parse_timestamp(value: str) -> datetime:
    """``2018-08-08 08:08:08`` or ISO-8601 (``T``, ``Z``, offsets, fractions) as an aware datetime.

    The API's own form carries no zone; the reference says times are UTC, so that is what a
    naive timestamp is taken to be.
    """
    text = value.strip()
    if len(text) == 19 and text[10] in " T" and text[13] == ":" and text[16] == ":":
        # The API's form. Parsing it with the offset written out is several times cheaper than
        # ``replace(tzinfo=UTC)``, and a page of trades holds thousands of timestamps.
        try:
            return datetime.fromisoformat(text + "+00:00")
        except ValueError:
            pass  # not a timestamp after all: the general path says so
    if "Z" in text or "z" in text:  # fromisoformat of Python 3.11 reads "Z" but not "z"
        text = text.replace("z", "Z").replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not a timestamp: {value!r}") from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def format_decimal(value: Decimal) -> str:
    """Plain notation with every digit kept: ``Decimal('1E+2')`` → ``100``, never ``1E+2``."""
    if not value.is_finite():
        raise ValueError(f"{value} is not a finite number")
    text = format(value, "f")
    return "0" if text in {"-0", "-0.0"} else text


def _encode(value: Any) -> Iterator[str]:
    # A small JSON encoder, because the standard one cannot write a Decimal as a number
    # without going through float.
    if isinstance(value, Decimal):
        yield format_decimal(value)
    elif value is None or isinstance(value, bool | int | float | str):
        yield json.dumps(value, ensure_ascii=False, allow_nan=False)
    elif isinstance(value, Mapping):
        yield "{"
        for index, (key, item) in enumerate(value.items()):
            if index:
                yield ","
            yield json.dumps(str(key), ensure_ascii=False)
            yield ":"
            yield from _encode(item)
        yield "}"
    elif isinstance(value, list | tuple):
        yield "["
        for index, item in enumerate(value):
            if index:
                yield ","
            yield from _encode(item)
        yield "]"
    else:
        raise TypeError(f"cannot send a {type(value).__name__} as JSON")


_MARK = "\ue000"  # a private-use character: a marker no text from the API uses
_MARKED = re.compile('"\ue000(\\d+)\ue000"')  # _MARK, spelled out for the pattern audit


class _HasDecimal(Exception):
    """The plain encoder met a Decimal: the body takes the marking path."""


def _plain(item: Any) -> Any:
    if isinstance(item, Decimal):
        raise _HasDecimal
    if isinstance(item, Mapping):
        return dict(item)
    raise TypeError(f"cannot send a {type(item).__name__} as JSON")


#: The encoder of bodies without a Decimal, made once: ``json.dumps`` with options makes one a call.
_PLAIN = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_plain)


def dumps_body(value: Any) -> bytes:
    """Compact JSON, keys in the order given, Decimals as numbers with their exact digits.

    The standard encoder (fast, in C) cannot write a Decimal as a number without a float, so
    it hands each Decimal to a hook that records its digits and returns a marked placeholder
    string; the digits then replace the quoted placeholders. Bodies without a Decimal (what the
    request classes give: their numbers are already JSON numbers) cost one encoding by
    :data:`_PLAIN`. Text that itself contains the marker takes the slow, exact path.
    """
    try:
        return _PLAIN.encode(value).encode("utf-8")
    except _HasDecimal:
        pass
    numbers: list[str] = []

    def mark(item: Any) -> Any:
        if isinstance(item, Decimal):
            numbers.append(format_decimal(item))
            return f"{_MARK}{len(numbers) - 1}{_MARK}"
        if isinstance(item, Mapping):
            return dict(item)
        raise TypeError(f"cannot send a {type(item).__name__} as JSON")

    text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=mark)
    if numbers:
        if text.count(_MARK) != 2 * len(numbers):
            return "".join(_encode(value)).encode("utf-8")
        text = _MARKED.sub(lambda match: numbers[int(match[1])], text)
    return text.encode("utf-8")
