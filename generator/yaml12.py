"""YAML 1.2's core schema over libyaml: the spec a client is built from, parsed by PyYAML's C
parser, and the one table of plain scalars that are not strings (the spec's writer quotes them).

ruamel's pure-Python parser took most of a second for the current reference's spec, more than
generating the client from it. PyYAML parses in C but resolves plain scalars as YAML 1.1 does
(``no`` a boolean, ``010`` an octal, timestamps dates); this loader resolves them by YAML 1.2's
core schema instead, as ruamel does, so both read every spec to the same data
(``tests/client/test_spec_check.py``). Duplicate keys are refused, as ruamel refuses them.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import yaml  # type: ignore[import-untyped]
from yaml.constructor import ConstructorError  # type: ignore[import-untyped]

_CORE_SCHEMA = (
    ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF"),
    ("tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"), "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
        "-+0123456789.",
    ),
    ("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), "~nN"),
)


def core_schema_tag(text: str) -> str | None:
    """The tag YAML 1.2's core schema gives ``text`` written plain, ``None`` for a string."""
    # A pattern is tried only when the text starts as it can (the empty text is the null): most
    # texts of a spec are words and sentences, which no pattern can match.
    for tag, pattern, first in _CORE_SCHEMA:
        if text[:1] in first and pattern.fullmatch(text):
            return tag
    return None


class Yaml12Loader(yaml.CSafeLoader):  # type: ignore[misc]
    """libyaml's parser, YAML 1.2's core schema for plain scalars."""

    #: Its own table (not the 1.1 one it inherits), filled below.
    yaml_implicit_resolvers: ClassVar[dict[Any, list[tuple[str, re.Pattern[str]]]]] = {}

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        text = str(self.construct_scalar(node))
        if text.startswith("0o"):
            return int(text[2:], 8)
        if text.startswith("0x"):
            return int(text[2:], 16)
        return int(text, 10)  # "010" is ten in YAML 1.2 (an octal in 1.1)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    f"found duplicate key {key!r}",
                    key_node.start_mark,
                )
            seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


for _tag, _pattern, _first in _CORE_SCHEMA:
    Yaml12Loader.add_implicit_resolver(_tag, _pattern, list(_first))
# The empty plain scalar is null too (its first character is none).
Yaml12Loader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile("^$"), [""])
Yaml12Loader.add_constructor("tag:yaml.org,2002:int", Yaml12Loader.construct_yaml_int)


def load_yaml12(text: str) -> Any:
    """The data of a YAML 1.2 document; raises ``yaml.YAMLError`` (with its mark) when not YAML."""
    return yaml.load(text, Loader=Yaml12Loader)
