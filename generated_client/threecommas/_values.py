"""Exact values on the wire: decimals without floats, timestamps in both of the API's forms."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

_NAIVE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d+)?$")


def parse_timestamp(value: str) -> datetime:
    """``2018-08-08 08:08:08`` or ISO-8601 (``T``, ``Z``, offsets, fractions) as an aware datetime.

    The API's own form carries no zone; the reference says times are UTC, so that is what a
    naive timestamp is taken to be.
    """
    text = value.strip()
    if _NAIVE.match(text):
        return datetime.fromisoformat(text.replace(" ", "T")).replace(tzinfo=UTC)
    try:
        parsed = datetime.fromisoformat(text.replace("z", "Z").replace("Z", "+00:00"))
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


def dumps_body(value: Any) -> bytes:
    """Compact JSON, keys in the order given, Decimals as numbers with their exact digits."""
    return "".join(_encode(value)).encode("utf-8")
