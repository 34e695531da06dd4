"""The client built from an MDX page checks what the page says before sending (length bounds)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.client.generate import generate_client
from generator.client.view import build_client_plan
from generator.emit import dump_yaml
from tests.mdx.conftest import Build
from tests.mdx.pages import endpoint, page

NOTE_PAGE = page(
    "Set note",
    endpoint("/ver1/grid_bots/:id/note", "POST", "BOTS_WRITE")
    + """## Path Parameter

<ApiParam name='id' type='integer' required>The bot.</ApiParam>

## Body Parameters

<ApiParam name='note' type='string' required>
  The note.
  <ParameterRange min={1} max={5} labels={{min: "minlength", max: "maxlength"}} />
</ApiParam>
""",
)

PROBE = """
import importlib, sys
check = getattr(importlib.import_module("threecommas._checks"), sys.argv[2])
for note in ("", "fine", "too long"):
    print(f"{note}|{check({'note': note}, '')}")
"""


def test_the_generated_client_checks_length_bounds(build: Build, tmp_path: Path) -> None:
    spec, _ = build({"docs/grid-bot/9_note.mdx": NOTE_PAGE})
    spec_path = tmp_path / "openapi.yaml"
    spec_path.write_text(dump_yaml(spec))
    client = tmp_path / "client"
    assert generate_client(spec_path, client, quiet=True) == 0
    (operation,) = build_client_plan(spec).operations.values()
    completed = subprocess.run(
        [sys.executable, "-c", PROBE, str(client), str(operation.body_check)],
        env={"PYTHONPATH": str(client)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    verdicts = dict(line.split("|", 1) for line in completed.stdout.splitlines())
    assert verdicts["fine"] == "None"
    assert "must not be empty" in verdicts[""]
    assert "more than 5 characters" in verdicts["too long"]
