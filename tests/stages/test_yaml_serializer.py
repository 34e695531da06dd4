"""The caching serializer and emitter write exactly the bytes ruamel's own classes write."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml.emitter import RoundTripEmitter
from ruamel.yaml.serializer import Serializer

from generator.emit import _dump_yaml_with, dump_yaml

ROOT = Path(__file__).resolve().parents[2]

# Texts that read back as something else unless quoted (YAML 1.2 and 1.1 forms, indicators),
# and the same texts as the values they look like: the cache must tell "1" from 1.
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
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
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


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(keys, trees, max_size=6))
def test_same_bytes_as_ruamels_serializer(data: dict[str, Any]) -> None:
    assert dump_yaml(data) == _dump_yaml_with(Serializer, RoundTripEmitter, data)


def test_same_bytes_on_the_committed_spec() -> None:
    spec = json.loads((ROOT / "spec" / "openapi.json").read_text(encoding="utf-8"))
    text = dump_yaml(spec)
    assert text == _dump_yaml_with(Serializer, RoundTripEmitter, spec)
    assert text == (ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8")
