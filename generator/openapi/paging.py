"""Which query parameters page a list operation, read from what the reference says of them.

The reference pages lists two ways: a record offset with a record count ("Limit records",
"Offset records"; "Skips the first N records in the results") and a page number with a page size
("Page number for pagination", "Quantity of records on one page"). The parameters' own
descriptions say which is which; their names differ between chapters and versions (``limit`` /
``offset``, ``page`` / ``per_page``), so a name alone decides only where a parameter has no
description at all. The result is the operation's ``x-paging`` (docs/extensions.md), which the
client reads instead of guessing from names.

Pure: an operation's OpenAPI parameters and its success schema in, the extension value (or a
reason it cannot page) out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from generator.naming import SCHEMA_REF, schema_name

#: What the reference says of each role, as phrases of a parameter's description.
_MATCHERS = {
    # How many records one answer holds.
    "size": re.compile(
        r"\blimit records|\blimits? the number of (?:records|items|results)"
        r"|\b(?:number|quantity|count) of (?:the )?(?:records|items|results)\b(?! to skip)"
        r"|\brecords (?:on|per) (?:one |a )?page|\bper page|\bpage size",
        re.I,
    ),
    # Where the answer starts, counted in records.
    "records": re.compile(
        r"\boffset records|\bskips? the first|\b(?:records|items|results) to skip"
        r"|\bstarting point for a set of records",
        re.I,
    ),
    # Which page the answer is, counted in pages.
    "pages": re.compile(r"\bpage number", re.I),
}
#: Only where a parameter has no description: the names every chapter uses for each role.
_NAMES = {"size": ("limit", "per_page"), "records": ("offset",), "pages": ("page",)}


@dataclass(frozen=True)
class Paging:
    """The ``x-paging`` of one operation."""

    size: str  # the query parameter that sets how many records a page holds
    position: str  # the query parameter that says where the page starts
    counts: str  # "records" (``position`` is a record offset) or "pages" (a page number)
    items: str | None = None  # the answer's property holding the records, when it is an object

    def extension(self) -> dict[str, str]:
        value = {"size": self.size, "position": self.position, "counts": self.counts}
        if self.items is not None:
            value["items"] = self.items
        return value


def paging(
    method: str,
    parameters: Sequence[Mapping[str, Any]],
    answer: Mapping[str, Any],
    components: Mapping[str, Any],
) -> tuple[Paging | None, str | None]:
    """The operation's paging, or ``(None, why)`` where its parameters page an answer that is no list.

    ``(None, None)``: nothing here pages (no size parameter, or no position parameter).
    """
    roles = _roles([p for p in parameters if p.get("in") == "query"])
    size = roles.get("size")
    position_role = "records" if "records" in roles else "pages" if "pages" in roles else None
    if size is None or position_role is None:
        return None, None
    position = roles[position_role]
    if method != "get":
        return None, f"{size!r} and {position!r} page a {method.upper()}, which the client does not repeat"
    items, why = _records_of(answer, components)
    if why is not None:
        return None, f"{size!r} and {position!r} page the answer, but {why}; the answer is returned as it is"
    return Paging(size, position, position_role, items), None


def _roles(parameters: Sequence[Mapping[str, Any]]) -> dict[str, str]:
    """Each role's parameter (by wire name): the first whose description says it, else by name."""
    roles: dict[str, str] = {}
    for parameter in parameters:
        if not _is_integer(parameter.get("schema") or {}):
            continue
        text = parameter.get("description") or ""
        for role, matcher in _MATCHERS.items():
            said = matcher.search(text) is not None if text else parameter["name"] in _NAMES[role]
            if said and role not in roles and parameter["name"] not in roles.values():
                roles[role] = parameter["name"]
    return roles


def _is_integer(schema: Mapping[str, Any]) -> bool:
    types = schema.get("type")
    return "integer" in types if isinstance(types, list) else types == "integer"


def _records_of(answer: Mapping[str, Any], components: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """``(None, None)`` for a list answer; ``(property, None)`` for an object holding one list."""
    schema = _resolved(answer, components)
    if _has_type(schema, "array"):
        return None, None
    if not _has_type(schema, "object"):
        return None, "the answer is not a list"
    lists = [
        name
        for name, member in (schema.get("properties") or {}).items()
        if _has_type(_resolved(member, components), "array")
    ]
    if len(lists) != 1:
        return None, f"the answer is an object holding {len(lists)} lists, not one"
    return lists[0], None


def _resolved(schema: Mapping[str, Any], components: Mapping[str, Any]) -> Mapping[str, Any]:
    target = schema.get("$ref")
    if isinstance(target, str) and target.startswith(SCHEMA_REF):
        found = components.get(schema_name(target))
        return found if isinstance(found, Mapping) else {}
    return schema


def _has_type(schema: Mapping[str, Any], name: str) -> bool:
    types = schema.get("type")
    return name in types if isinstance(types, list) else types == name
