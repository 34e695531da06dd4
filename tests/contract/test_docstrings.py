"""Every docstring of the generated client is true for every method it appears in.

A field's entry in a class's ``Attributes`` (and in a method's ``Args``) must say what the spec
says of that field for the operation at hand. A variant class serves every operation whose body
has its rule group, so for each of those operations its entry is either that operation's text
(when all of them say the same) or names the operation beside its own text. A field the spec
leaves undescribed has no entry, rather than invented filler.
"""

from __future__ import annotations

import inspect
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import pytest
import threecommas.models
from openapi_python_client.strings import ClassName
from threecommas import Client

from generator import extensions
from generator.naming import spec_class_components
from generator.spec_refs import group_reference
from tests.contract.checks import attribute_name, python_name
from tests.contract.spec_tools import load_spec, operations, resolve
from tests.support.surface import client_method, sdk_name

SPEC = load_spec()
OPERATIONS = operations(SPEC)
#: ``In ``smart_trades.create``, ``smart_trades.create_smart_sell``: text.``: methods as users call them.
SEGMENT = re.compile(r"In ((?:``[\w.]+``(?:, )?)+): (.*?\.)(?= In ``|$)")


def _entries(doc: str, section: str) -> dict[str, str]:
    """``name: text`` entries of a Google-style docstring section, continuation lines joined (a
    blank line inside an entry separates its paragraphs; the section ends at one before a line
    that is not indented as an entry's)."""
    entries: dict[str, str] = {}
    lines = doc.split(f"{section}:\n", 1)[1].splitlines() if f"{section}:\n" in doc else []
    current = None
    for index, line in enumerate(lines):
        if not line.strip():
            following = next((later for later in lines[index + 1 :] if later.strip()), "")
            if current and following.startswith("        "):
                continue  # a paragraph break inside the current entry
            break
        if not line.startswith("    "):
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
    entry = " ".join(entry.split())
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


def _groups(operation: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    body = resolve(SPEC, operation["requestBody"]["content"]["application/json"]["schema"])
    parts = [resolve(SPEC, group_reference(p)) for p in body.get("allOf") or ()]
    return [p for p in parts if extensions.GROUP_NAME in p]


def _leaf_names(schema: Mapping[str, Any]) -> list[str]:
    """The component names of a rule group's leaf variants (a variant may hold variants)."""
    names: list[str] = []
    for option in schema.get("oneOf") or ():
        resolved = resolve(SPEC, option)
        if "oneOf" in resolved:
            names += _leaf_names(resolved)
        elif "not" not in resolved:  # "the selector is not sent": the group left out, no class
            component = str(option["$ref"]).rsplit("/", 1)[-1]
            # By the client's class: a variant of a group written twice is its twin's (x-sdk-class).
            names.append(spec_class_components(SPEC).get(component, component))
    return names


def _model(name: str) -> type | None:
    found = getattr(threecommas.models, name, None) or getattr(
        threecommas.models, str(ClassName(name, "field_")), None
    )
    return found if isinstance(found, type) else None


WITH_BODY = sorted(op for op, (_, _, o) in OPERATIONS.items() if "requestBody" in o)
#: Each rule group's leaf variant, by the spec: its component name -> the operations whose body has it.
VARIANTS: dict[str, list[str]] = {}
for _operation_id in WITH_BODY:
    for _group in _groups(OPERATIONS[_operation_id][2]):
        for _name in _leaf_names(_group):
            VARIANTS.setdefault(_name, []).append(_operation_id)
USERS: dict[type, list[str]] = {
    model: users for name, users in VARIANTS.items() if (model := _model(name)) is not None
}


def test_variants_are_found() -> None:
    """Every leaf variant the spec's rule groups name is a class of the client."""
    missing = sorted(name for name in VARIANTS if _model(name) is None)
    assert not missing, f"variants of the spec without a class in the client: {missing}"
    assert all(hasattr(model, "SELECTORS") for model in USERS), "a variant class says its selector values"


def _texts(variant: type, field: str) -> dict[str, str]:
    """operationId -> the spec's description of a variant's field in that operation's body."""
    texts = {}
    for operation_id in USERS[variant]:
        properties = _fields_schema(OPERATIONS[operation_id][2])["properties"]
        wire = next((w for w in properties if attribute_name(w) == field), None)
        if wire is not None:
            texts[operation_id] = " ".join(str(properties[wire].get("description") or "").split())
    return texts


#: A variant shared by operations whose texts of one field differ: (variant, field, one operation,
#: its text, another operation's different text). Its docstring must tell them apart.
DIFFERING = [
    (variant, field.name, first, texts[first], other_text)
    for variant in sorted(USERS, key=lambda c: c.__name__)
    for field in attrs.fields(variant)
    if len(set((texts := _texts(variant, field.name)).values())) > 1
    for first in sorted(texts)
    for other_text in sorted(set(texts.values()) - {texts[first]})[:1]
]


@pytest.mark.parametrize("variant", sorted(USERS, key=lambda c: c.__name__), ids=lambda c: c.__name__)
def test_a_variant_docstring_is_true_for_every_operation_using_it(variant: type) -> None:
    entries = _entries(inspect.getdoc(variant) or "", "Attributes")
    for field in attrs.fields(variant):
        texts = _texts(variant, field.name)
        assert set(texts) == set(USERS[variant]), (variant.__name__, field.name, USERS[variant])
        for operation_id, text in texts.items():
            assert _true_for(entries.get(field.name), operation_id, text), (
                f"{variant.__name__}.{field.name} in {operation_id}: {entries.get(field.name)!r} vs {text!r}"
            )


@pytest.mark.parametrize(
    ("variant", "field", "operation_id", "text", "other"),
    DIFFERING,
    ids=[f"{v.__name__}.{f}-{o}" for v, f, o, _, _ in DIFFERING],
)
def test_a_shared_variant_says_each_operations_own_text(
    variant: type, field: str, operation_id: str, text: str, other: str
) -> None:
    """Where operations sharing a variant describe a field differently ("Must be positive" here,
    "Must be negative" there), the entry gives each its own text, never another's."""
    entry = _entries(inspect.getdoc(variant) or "", "Attributes").get(field)
    assert _true_for(entry, operation_id, text), (entry, operation_id, text)
    assert not _true_for(entry, operation_id, other), (entry, operation_id, other)


def test_the_committed_spec_has_a_shared_variant_with_differing_texts() -> None:
    """The case above exists in the committed spec (TakeProfitClassic's bound), so it is tried."""
    if "CONTRACT_SPEC" not in os.environ:
        assert any(v.__name__ == "TakeProfitClassic" for v, *_ in DIFFERING)


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


def test_no_filler_anywhere() -> None:
    root = Path(threecommas.models.__file__).parent.parent
    for path in root.rglob("*.py"):
        assert "Not described in the reference" not in path.read_text(encoding="utf-8"), path
