"""Schemathesis against Prism on S1, S2, S3: every phase, bounded examples; no failure the spec
causes. What it flags of Prism's own behaviour is a row of docs/interop.md's table ("Schemathesis"),
each with why; anything else fails here."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.interop.test_linters import documented_choices
from tests.interop.tools import Spec, run
from tests.support.prism import prism

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
#: The summary line of each failed check: "❌ ST204 Wrong response to undeclared method: 14".
FAILED_CHECK = re.compile(r"❌\s+(ST\d+)\s+(.+?):\s+\d+\s*$")


def test_schemathesis_finds_nothing_the_spec_causes(spec: Spec) -> None:
    with prism(spec.path) as base:
        checked = run(
            [
                SCHEMATHESIS,
                "run",
                spec.path,
                "--url",
                base,
                "--max-examples",
                "2",
                "--seed",
                "1",
                "--generation-deterministic",
                "--checks",
                "all",
                "--request-timeout",
                "3",
                # One worker: with two, Schemathesis's threads parse Python source at the same time
                # (Hypothesis describing a filter's lambda) and CPython 3.11's ast.parse is not
                # thread-safe ("SystemError: AST constructor recursion depth mismatch", reported as
                # a "Runtime Error" of the coverage phase, now and then: docs/interop.md).
                "--workers",
                "1",
                "-H",
                "APIKEY: mock-key",
                "-H",
                f"Signature: {'0' * 64}",
            ],
            cwd=spec.work,
            timeout=1200,
        )
    failed = {
        m.group(1): m.group(2) for line in checked.output.splitlines() if (m := FAILED_CHECK.search(line))
    }
    # The run went through and printed its closing line ("13 failures, 5 errors in 47.34s"), whose
    # summary holds the lines read above.
    assert re.search(r"^=+ .*\d+ \w+.* in [\d.]+s =+$", checked.output, re.MULTILINE), checked.output[-3000:]
    allowed = documented_choices("Schemathesis")
    unexplained = {f"{code} {what}" for code, what in failed.items() if code not in allowed}
    # A request Prism never answers (a body of one NUL byte) is Prism's; any other error is not.
    errors = re.findall(r"^(\w[\w ]+Error)$", checked.output, re.MULTILINE)
    unexplained |= {e for e in errors if e != "Network Error" or "Network Error" not in allowed}
    assert not unexplained, f"{sorted(unexplained)}\n{checked.output[-6000:]}"


pytestmark = pytest.mark.interop
