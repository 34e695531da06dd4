"""A bug of ours says it is one: one line, exit 2, and how to see the traceback; never a spec problem."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

import pytest

from generator import cli

ROOT = Path(__file__).resolve().parents[2]

#: Every command, the function it hands its work to, and arguments that get it that far.
COMMANDS = [
    ("spec", "generator.spec_command", "write_spec", ["doc.md", "-o", "out.yaml"]),
    ("rules", "generator.rules_command", "print_rules_report", ["doc.md"]),
    ("client", "generator.client.generate", "generate_client", ["openapi.json", "-o", "out"]),
    ("diff", "generator.diff", "print_diff", ["old.json", "new.json"]),
    ("check", "generator.staleness", "check_generated", ["doc.md", "--spec", "s.yaml", "--client", "c"]),
]


def _broken(*_args: object, **_kwargs: object) -> NoReturn:
    raise KeyError("planned_field")


@pytest.mark.parametrize(("command", "module", "function", "arguments"), COMMANDS)
def test_every_command_reports_a_bug_of_ours_as_one(
    command: str,
    module: str,
    function: str,
    arguments: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(__import__(module, fromlist=[function]), function, _broken)
    monkeypatch.delenv("GENERATOR_TRACEBACK", raising=False)
    assert cli.main([command, *arguments]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert f"generator bug in '{command}'" in err
    assert "KeyError: 'planned_field'" in err
    assert "GENERATOR_TRACEBACK=1" in err
    assert "Traceback" not in err
    # Not dressed up as a problem of the spec or of the documents.
    assert "OpenAPI" not in err and "nothing was written" not in err


@pytest.mark.parametrize("switch", ["0", ""])
def test_the_traceback_switch_only_counts_when_on(
    switch: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(__import__("generator.diff", fromlist=["print_diff"]), "print_diff", _broken)
    monkeypatch.setenv("GENERATOR_TRACEBACK", switch)
    assert cli.main(["diff", "a.json", "b.json"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_the_traceback_switch_shows_where_the_bug_is(tmp_path: Path) -> None:
    # A real process, so that what a developer sees is what is tested: a broken stage, the switch on.
    script = (
        "import sys, generator.diff as d\n"
        "def print_diff(old, new):\n"
        "    return {}['planned_field']\n"
        "d.print_diff = print_diff\n"
        "from generator.cli import main\n"
        "sys.exit(main(['diff', 'a.json', 'b.json']))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(ROOT), "PATH": os.environ["PATH"], "GENERATOR_TRACEBACK": "1"},
        check=False,
    )
    assert completed.returncode == 2, completed.stderr
    assert "Traceback (most recent call last)" in completed.stderr
    assert "in print_diff" in completed.stderr
    assert "generator bug in 'diff'" in completed.stderr
