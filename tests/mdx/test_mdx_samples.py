"""The code samples of the current reference's spec: every Python sample of its 85 operations runs
against Prism with the client generated from that spec, and passes ``mypy --strict``
(tests/mock/test_code_samples.py, given this spec and this client, as tests/reference does for 2019)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.mdx.pages import SITE, site_pages
from tests.mdx.test_mdx_site import OPERATIONS
from tests.support.generator_cli import generator_cli
from tests.support.node import ROOT


def _generator(*arguments: str) -> None:
    completed = generator_cli(*arguments, timeout=600)
    assert completed.returncode == 0, completed.stderr[-3000:]


@pytest.mark.slow
def test_every_python_sample_of_the_site_runs_against_prism(tmp_path: Path) -> None:
    site_pages()  # skips, with the reason, where the site is absent
    spec = tmp_path / "openapi.yaml"
    _generator("spec", str(SITE), "-o", str(spec))
    _generator("client", str(spec), "-o", str(tmp_path / "client"))
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/mock/test_code_samples.py"],
        cwd=ROOT,
        env={
            **os.environ,
            "CONTRACT_SPEC": str(spec),
            "PYTHONPATH": os.pathsep.join([str(tmp_path / "client"), str(ROOT)]),
        },
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-6000:] + completed.stderr[-2000:]
    # Two samples (sync, async) per operation, and the mypy run: nothing was skipped.
    assert f"{2 * OPERATIONS + 1} passed" in completed.stdout, completed.stdout[-500:]
