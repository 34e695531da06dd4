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


def test_the_c_loader_reads_specs_as_ruamels_yaml_1_2_reader_does() -> None:
    """The client reads a YAML spec with libyaml (``load_yaml12``): the committed spec, and plain
    scalars that YAML 1.1 types otherwise, come out as ruamel's YAML 1.2 reader gives them."""
    from generator.yaml12 import load_yaml12

    committed = (Path(__file__).parents[2] / "spec" / "openapi.yaml").read_text(encoding="utf-8")
    assert load_yaml12(committed) == YAML(typ="safe", pure=True).load(committed)
    scalars = (
        "a: no\nb: 010\nc: 0o17\nd: 0x1F\ne: .inf\nf: ~\ng:\nh: 1.5e3\ni: on\nj: True\nk: '010'\nl: -5\n"
    )
    assert load_yaml12(scalars) == YAML(typ="safe", pure=True).load(scalars)
    assert load_yaml12(scalars)["a"] == "no" and load_yaml12(scalars)["b"] == 10


def test_the_c_loader_refuses_a_duplicate_key_at_its_line() -> None:
    from yaml import MarkedYAMLError  # type: ignore[import-untyped]

    from generator.yaml12 import load_yaml12

    try:
        load_yaml12("openapi: 3.1.0\ninfo: {}\ninfo: {}\n")
    except MarkedYAMLError as error:
        assert error.problem_mark.line + 1 == 3 and "duplicate key" in error.problem
    else:
        raise AssertionError("a duplicate key was read")
