"""A spec nesting objects or arrays deeper than the client generator plans gets an error that
says where, and nothing is written; just under the limit, the package is written."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from generator.client.view import MAX_NESTING
from generator.spec_refs import rules_as_built
from tests.support.generator_cli import generator_cli

ROOT = Path(__file__).resolve().parents[2]


def _deep_spec(levels: int, kind: str, where: str) -> dict[str, Any]:
    served = YAML(typ="safe", pure=True).load((ROOT / "spec" / "openapi.yaml").read_text())
    spec: dict[str, Any] = dict(rules_as_built(served))  # each body's fields a component
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(levels):
        schema = (
            {"type": "object", "properties": {"a": schema}}
            if kind == "object"
            else {"type": "array", "items": schema}
        )
    spec["components"]["schemas"][where]["properties"]["deep"] = schema
    return spec


def _client(spec: dict[str, Any], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    spec_path = tmp_path / "openapi.json"
    spec_path.write_text(json.dumps(spec))
    return generator_cli("client", spec_path, "-o", tmp_path / "client")


@pytest.mark.parametrize(
    ("kind", "where"),
    [("object", "SmartTradeEntity"), ("array", "CreateSimpleBuyFields"), ("object", "CreateSimpleBuyFields")],
)
def test_nesting_past_the_limit_is_an_error_naming_it(kind: str, where: str, tmp_path: Path) -> None:
    # Four times the limit: before the limit, Python's stack ran out ("generator bug: RecursionError").
    done = _client(_deep_spec(4 * MAX_NESTING, kind, where), tmp_path)
    assert done.returncode == 1, done.stderr
    assert f"more than {MAX_NESTING} levels deep (deep." in done.stderr
    assert "generator bug" not in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "client").exists()


def test_nesting_within_the_limit_is_written(tmp_path: Path) -> None:
    done = _client(_deep_spec(MAX_NESTING - 2, "object", "CreateSimpleBuyFields"), tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "client" / "threecommas" / "models").is_dir()
