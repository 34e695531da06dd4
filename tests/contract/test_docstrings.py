"""Every docstring of the generated client is true for every method it appears in.

A field's entry in a class's ``Attributes`` (and in a method's ``Args``) must say what the spec
says of that field for the operation at hand. A variant class serves every operation whose body
has its rule group, so for each of those operations its entry is either that operation's text
(when all of them say the same) or names the operation beside its own text. A field the spec
leaves undescribed has no entry, rather than invented filler.
"""

from __future__ import annotations

import inspect
import re
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import pytest
import threecommas.models
from threecommas import Client

from generator import extensions
from tests.contract.checks import attribute_name, python_name
from tests.contract.spec_tools import load_spec, operations, resolve
from tests.support.surface import client_method, sdk_name

SPEC = load_spec()
OPERATIONS = operations(SPEC)
#: ``In ``smart_trades.create``, ``smart_trades.create_smart_sell``: text.``: methods as users call them.
SEGMENT = re.compile(r"In ((?:``[\w.]+``(?:, )?)+): (.*?\.)(?= In ``|$)")


def _entries(doc: str, section: str) -> dict[str, str]:
    """``name: text`` entries of a Google-style docstring section, continuation lines joined."""
    entries: dict[str, str] = {}
    lines = doc.split(f"{section}:\n", 1)[1].splitlines() if f"{section}:\n" in doc else []
    current = None
    for line in lines:
        if not line.strip() or not line.startswith("    "):
            break
        match = re.match(r"^    (\w+): (.*)$", line)
        if match:
            current = match.group(1)
            entries[current] = match.group(2).strip()
        elif current:
            entries[current] += " " + line.strip()
    return entries


def _true_for(entry: str | None, operation_id: str, text: str) -> bool:
    """Whether ``entry`` says ``text`` of the field for ``operation_id`` (named by its method)."""
    call = str(sdk_name(operation_id, SPEC))
    text = " ".join(text.split())
    if not text:
        return entry is None or all(f"``{call}``" not in names for names, _ in SEGMENT.findall(entry))
    if entry is None:
        return False
    if entry == text:
        return True
    said = {
        name.strip("`"): said_text
        for names, said_text in SEGMENT.findall(entry)
        for name in names.split(", ")
    }
    return said.get(call, "").rstrip(".") == text.rstrip(".")


def _fields_schema(operation: Mapping[str, Any]) -> Mapping[str, Any]:
    body = resolve(SPEC, operation["requestBody"]["content"]["application/json"]["schema"])
    parts = [resolve(SPEC, p) for p in body.get("allOf") or ()] or [body]
    return next(p for p in parts if "properties" in p and "oneOf" not in p)


def _request_class(operation: Mapping[str, Any]) -> type:
    ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    return getattr(threecommas.models, ref.rsplit("/", 1)[-1])  # type: ignore[no-any-return]


def _variant_classes(request_class: type) -> set[type]:
    found: set[type] = set()
    for hint in typing.get_type_hints(request_class).values():
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
            found |= {a for a in typing.get_args(hint) if attrs.has(a) and hasattr(a, "SELECTORS")}
    return found


WITH_BODY = sorted(op for op, (_, _, o) in OPERATIONS.items() if "requestBody" in o)
USERS: dict[type, list[str]] = {}
for _operation_id in WITH_BODY:
    for _variant in _variant_classes(_request_class(OPERATIONS[_operation_id][2])):
        USERS.setdefault(_variant, []).append(_operation_id)


def test_variants_are_found() -> None:
    assert len(USERS[threecommas.models.TakeProfitClassic]) >= 3  # shared: the case that matters


@pytest.mark.parametrize("variant", sorted(USERS, key=lambda c: c.__name__), ids=lambda c: c.__name__)
def test_a_variant_docstring_is_true_for_every_operation_using_it(variant: type) -> None:
    entries = _entries(inspect.getdoc(variant) or "", "Attributes")
    for operation_id in USERS[variant]:
        properties = _fields_schema(OPERATIONS[operation_id][2])["properties"]
        for field in attrs.fields(variant):
            wire = next(w for w in properties if attribute_name(w) == field.name)
            text = str(properties[wire].get("description") or "")
            assert _true_for(entries.get(field.name), operation_id, text), (
                f"{variant.__name__}.{field.name} in {operation_id}: {entries.get(field.name)!r} vs {text!r}"
            )


def test_the_shared_classic_variant_states_each_operations_bound() -> None:
    entry = _entries(inspect.getdoc(threecommas.models.TakeProfitClassic) or "", "Attributes")[
        "take_profit_percentage_condition"
    ]
    assert _true_for(
        entry,
        "create_smart_cover",
        "Required if take_profit_type = classic AND trailing_buy_enabled. Must be negative",
    )
    assert not _true_for(
        entry,
        "create_smart_cover",
        "Required if take_profit_type = classic AND trailing_buy_enabled. Must be positive",
    )
    assert _true_for(
        entry,
        "create_smart_trade",
        "Required if take_profit_type = classic AND trailing_buy_enabled. Must be positive",
    )


@pytest.mark.parametrize("operation_id", WITH_BODY)
def test_request_class_and_method_docstrings_say_the_operations_text(operation_id: str) -> None:
    operation = OPERATIONS[operation_id][2]
    request_class = _request_class(operation)
    properties = _fields_schema(operation)["properties"]
    method = client_method(Client(api_key="doc", api_secret="doc"), operation_id, SPEC)
    for entries in (
        _entries(inspect.getdoc(request_class) or "", "Attributes"),
        _entries(inspect.getdoc(method) or "", "Args"),
    ):
        # A group argument may share its name with its selector (``leverage_type``): it is
        # the group, described as one, and the selector's text is checked on the variants.
        groups = {python_name(str(g[extensions.GROUP_NAME])) for g in _groups(operation)}
        own = {f.name for f in attrs.fields(request_class)} - groups
        for wire, schema in properties.items():
            name = python_name(wire)
            if name in own:  # a variant's field is checked with its class
                text = str(schema.get("description") or "")
                assert _true_for(entries.get(name), operation_id, text), (
                    operation_id,
                    name,
                    entries.get(name),
                )
    assert (inspect.getdoc(request_class) or "").startswith(
        f"{operation['summary'].rstrip('.')}: the body of"
    )


def _groups(operation: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    body = resolve(SPEC, operation["requestBody"]["content"]["application/json"]["schema"])
    parts = [resolve(SPEC, p) for p in body.get("allOf") or ()]
    return [p for p in parts if extensions.GROUP_NAME in p]


def test_no_filler_anywhere() -> None:
    root = Path(threecommas.models.__file__).parent.parent
    for path in root.rglob("*.py"):
        assert "Not described in the reference" not in path.read_text(encoding="utf-8"), path
