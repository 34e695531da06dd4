"""``naming.python_identifier`` and ``naming.class_name`` name as openapi-python-client does.

naming restates openapi-python-client's naming rules (importing its sanitisers imports that
whole generator, which the spec command's code samples do not need); the client renders through
that generator, so a name of ours that differed from its own would be a bug waiting for a field.
These hold naming's results to the library's functions on every key and short text of the
committed spec, on names chosen to reach each rule (keywords, builtins, a leading underscore or
digit, acronyms, delimiters, non-ASCII) and on generated text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.naming import FIELD_PREFIX, class_name, python_identifier
from tests.support.node import ROOT

CHOSEN = [
    "",
    "_",
    "__",
    "_private",
    "id",
    "self",
    "true",
    "None",
    "datetime",
    "type",
    "from",
    "import",
    "match",
    "list",
    "Exception",
    "exception",
    "2fa",
    "9",
    "takeProfit",
    "take_profit",
    "TakeProfit",
    "DCABot",
    "HTTPServerError",
    "leverage[type]",
    "position[conditional][price][value]",
    "smart-trade.entity",
    "a__b",
    "a.-_ b",
    "back\\slash",
    "\\leading",
    "ver1/smart_trades/{id}",
    "Ünïcode_naïve",
    "ÄÖÜ",
    "x²",
    "snake_Case_MIXED",
    "ABCdef",
    "aBC",
]


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, str) and len(value) <= 80:
        yield value


def _committed_names() -> list[str]:
    spec = json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8"))
    return sorted(set(_texts(spec)))


@pytest.mark.parametrize("name", CHOSEN)
def test_chosen_names(name: str) -> None:
    assert python_identifier(name) == str(PythonIdentifier(name, FIELD_PREFIX))
    assert class_name(name) == str(ClassName(name, FIELD_PREFIX))


def test_every_name_of_the_committed_spec() -> None:
    names = _committed_names()
    assert len(names) > 500  # the spec was read, not an empty file
    differing = [
        name
        for name in names
        if python_identifier(name) != str(PythonIdentifier(name, FIELD_PREFIX))
        or class_name(name) != str(ClassName(name, FIELD_PREFIX))
    ]
    assert differing == []


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("aZbY09_-. [](){}/\\éÅß²İ\u0130\u212a"), max_size=24)
    | st.text(max_size=16)
)
def test_generated_names(name: str) -> None:
    assert python_identifier(name) == str(PythonIdentifier(name, FIELD_PREFIX))
    assert class_name(name) == str(ClassName(name, FIELD_PREFIX))
