"""The spec's YAML reads back as the same data under YAML 1.2 (ruamel, like Redocly and Prism's
js-yaml) and YAML 1.1 (PyYAML), with no anchors and no folded lines."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from generator.emit import dump_yaml

ROOT = Path(__file__).resolve().parents[2]

# Texts that read back as something else unless quoted (YAML 1.2 and 1.1 forms, indicators),
# and the same texts as the values they look like: "1" must stay a string and 1 a number.
TRICKY_TEXTS = [
    "",
    " ",
    "~",
    "null",
    "Null",
    "true",
    "False",
    "yes",
    "no",
    "on",
    "off",
    "y",
    "n",
    "1",
    "-1",
    "+1",
    "0o17",
    "017",
    "0x1F",
    "0b101",
    "1_000",
    "1:20",
    "1.5",
    ".5",
    "1e3",
    "1.0e+3",
    ".inf",
    "-.Inf",
    ".nan",
    "2019-08-07",
    "2019-08-07T10:00:00Z",
    "=",
    "<<",
    "!",
    "&a",
    "*a",
    "- a",
    "a: b",
    "#x",
    " x",
    "x ",
    "a\nb",
    "a\n",
    "\t",
    "'",
    '"',
    "200",
    "4XX",
    "\x1f",
    "é",
    "\U00010000",
    "\ufeff",
    "1e3",
    ".5E2",
    "-0o7",
    "0o",
    "a\u2028b",
    "a\u0085b",
    "a\rb",
    "x" * 300 + " y",
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),  # JSON has neither
    st.text(),
    st.sampled_from(TRICKY_TEXTS),
    st.sampled_from([1, 0, -1, 200, 1.5, 0.5, 1000.0, True, False, None]),
)
keys = st.one_of(st.text(max_size=10), st.sampled_from(TRICKY_TEXTS), st.text(min_size=120, max_size=140))
trees = st.recursive(
    scalars,
    lambda children: st.one_of(st.lists(children, max_size=4), st.dictionaries(keys, children, max_size=4)),
    max_leaves=25,
)


def read_back_12(text: str) -> Any:
    return YAML(typ="safe", pure=True).load(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(keys, trees, max_size=6))
def test_reads_back_equal_under_yaml_1_2_and_1_1(data: dict[str, Any]) -> None:
    text = dump_yaml(data)
    assert read_back_12(text) == data
    assert yaml.safe_load(text) == data
    assert dump_yaml(data) == text  # the same data, the same bytes


def test_texts_a_yaml_1_2_reader_would_retype_are_quoted() -> None:
    # PyYAML (YAML 1.1) would write these plain; a 1.2 reader would then read numbers.
    for text in ["1e3", "0o17", ".5E2", "+1", "0x1F", ".inf", "NULL", "FALSE"]:
        assert read_back_12(dump_yaml({"k": text})) == {"k": text}, text


def test_no_anchors_and_no_folding() -> None:
    shared = {"type": "string", "description": "word " * 2000}
    text = dump_yaml({"a": shared, "b": shared})
    assert "&" not in text and "*id" not in text
    assert text.count("\n") == 6  # a, its two keys, b, its two keys: the long text on one line


def test_committed_spec_yaml_is_its_json() -> None:
    spec = json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8"))
    text = (ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8")
    assert text == dump_yaml(spec)
    assert read_back_12(text) == spec


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.sampled_from(TRICKY_TEXTS), st.text(alphabet="+-.0123456789eExXoOabfinNlLtTrRuUsS~_ ", max_size=8)
    )
)
def test_the_first_character_shortcut_tags_as_the_patterns_do(text: str) -> None:
    """core_schema_tag tries a pattern only when the text can start as it does: never another tag."""
    from generator.yaml12 import _CORE_SCHEMA, core_schema_tag

    by_patterns = next((tag for tag, pattern, _ in _CORE_SCHEMA if pattern.fullmatch(text)), None)
    assert core_schema_tag(text) == by_patterns
