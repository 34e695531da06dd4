"""A file that is not OpenAPI 3.1 is told so at the line of each fault, one line per fault."""

from __future__ import annotations

import json
from pathlib import Path

from ruamel.yaml import YAML

from generator.client.spec_check import spec_problems

SMALL = 'openapi: 3.1.0\ninfo: {title: x, version: "1"}\ntags:\n  - name: a\n  - 7\npaths: {}\n'


def _problems(text: str, name: str) -> list[str]:
    loaded = json.loads(text) if name.endswith(".json") else YAML(typ="safe", pure=True).load(text)
    return [str(d) for d in spec_problems(loaded, text, Path(name))]


def test_a_valid_document_has_none() -> None:
    assert _problems(SMALL.replace("  - 7\n", ""), "s.yaml") == []


def test_a_list_item_is_located_and_the_message_is_one_line() -> None:
    assert _problems(SMALL, "s.yaml") == [
        's.yaml:5:5: error: not a valid OpenAPI document at tags/1: 7 is not of type "object" [client]'
    ]


def test_every_fault_is_reported() -> None:
    text = SMALL.replace('version: "1"', "summary: 3").replace("  - 7\n", "")
    found = _problems(text, "s.yaml")
    assert len(found) >= 2, found
    assert all(line.startswith("s.yaml:2:") and " at info" in line for line in found), found


def test_a_file_the_position_reader_refuses_is_still_reported() -> None:
    # json.loads keeps the last of two equal keys; the YAML reader used for positions refuses it.
    text = '{"openapi": "3.1.0", "openapi": "3.1.0", "info": {"title": "x"}, "paths": {}}'
    assert _problems(text, "s.json") == [
        's.json:1:1: error: not a valid OpenAPI document at info: "version" is a required property [client]'
    ]


def test_not_an_openapi_version_is_reported_at_the_root_key() -> None:
    found = _problems(SMALL.replace("openapi: 3.1.0", "openapi: 2.0").replace("  - 7\n", ""), "s.yaml")
    assert found and found[0].startswith("s.yaml:1:1: error: not a valid OpenAPI document at openapi: "), (
        found
    )
