"""The JSON Schema type name of a value read from JSON: one answer for every stage that asks.

The OpenAPI stage types a rule's ``const`` by it, the change report tells a respelt constraint
from a changed one by it, and ``answers`` names what a server sent by it. A leaf: it imports
nothing of the generator.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any


def json_type(value: Any) -> str:
    """``null``, ``boolean``, ``integer``, ``number``, ``string``, ``array`` or ``object``.

    A ``bool`` is a boolean though Python counts it an ``int``; a ``Decimal`` (a JSON number
    read exactly) is a number.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float | Decimal):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list | tuple) else "object"
