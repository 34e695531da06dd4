"""The whole reference says what it says: no rule dropped, nothing claimed that it does not state.

Each case is a reading issue 19 found wrong on the five chapters: a `YES` with a default read as
optional, and operations whose answer the reference never describes typed as the chapter's
entity. The warnings for both are checked to be located (file:line) and to say what was chosen.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from tests.reference.conftest import REFERENCE, ReferenceBuild


def _spec(build: ReferenceBuild) -> dict[str, Any]:
    loaded: dict[str, Any] = YAML(typ="safe", pure=True).load(build.spec_path.read_text())
    return loaded


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for item in spec["paths"].values() for op in item.values()}


def _line_of(chapter: str, pattern: str, after: str = "") -> int:
    """The 1-based line of the first line matching ``pattern`` after the first matching ``after``."""
    lines = (REFERENCE / chapter).read_text().splitlines()
    start = next(i for i, text in enumerate(lines) if after in text) if after else 0
    return next(i + 1 for i in range(start, len(lines)) if re.search(pattern, lines[i]))


def _body_fields(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any]:
    """The typed fields schema of an operation's body (the request itself, or its `Fields` part)."""
    name = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    body = spec["components"]["schemas"][name]
    if "allOf" in body:
        body = spec["components"]["schemas"][body["allOf"][0]["$ref"].rsplit("/", 1)[-1]]
    return body  # type: ignore[no-any-return]


# The three fields the official Swagger of the same commit declares required on bots.
MANDATORY_WITH_DEFAULT = (
    ("create_bot", "martingale_volume_coefficient", 1, "Create bot"),
    ("create_bot", "martingale_step_coefficient", 1, "Create bot"),
    ("update_bot", "martingale_volume_coefficient", 1, "Edit bot"),
    ("update_bot", "martingale_step_coefficient", 1, "Edit bot"),
    ("update_bot", "take_profit_type", "total", "Edit bot"),
)


def test_mandatory_yes_with_a_default_stays_required(reference_build: ReferenceBuild) -> None:
    spec = _spec(reference_build)
    operations = _operations(spec)
    for operation_id, name, default, heading in MANDATORY_WITH_DEFAULT:
        fields = _body_fields(spec, operations[operation_id])
        assert name in fields["required"], (operation_id, name)
        assert fields["properties"][name]["default"] == default, (operation_id, name)
        line = _line_of("bots_api.md", rf"^{name} \|", after=f"### {heading} ")
        where = f"{REFERENCE / 'bots_api.md'}:{line}:1: warning: "
        warning = [w for w in reference_build.diagnostics if f"{operation_id}.{name} " in w]
        assert len(warning) == 1, warning
        assert warning[0].startswith(where) or warning[0].startswith(
            f"{Path('..') / 'shared' / 'docs' / 'bots_api.md'}:{line}:1: warning: "
        ), warning
        assert "kept required" in warning[0] and warning[0].endswith("[mandatory-default]"), warning
