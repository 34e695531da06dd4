"""The current reference (the MDX site, ``../shared/docs-mdx``) built once per test session, with
the command the README gives the API team:

    make regenerate DOCS=../shared/docs-mdx SPEC=<tmp>/openapi.yaml CLIENT=<tmp>/client

Every test of the site's spec and client takes this one build (the ``current_build`` fixture,
registered for the whole suite by tests/conftest.py) rather than building its own: the site's
client is generated once per run. The site's pages are the public reference's own text and are
never copied into the repository; without them the fixture skips and says why.
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: As the README writes it, relative to the repository.
SITE_ARGUMENT = "../shared/docs-mdx"
SITE = (ROOT / SITE_ARGUMENT).resolve()


@dataclass(frozen=True)
class CurrentBuild:
    #: The folder holding the build: openapi.yaml/.json, warnings.txt, CHANGELOG.md, client/.
    work: Path
    spec_path: Path
    spec: dict[str, Any]
    client_dir: Path
    #: What ``make regenerate`` printed (stdout, then stderr).
    printed: str


@pytest.fixture(scope="session")
def current_build(tmp_path_factory: pytest.TempPathFactory) -> CurrentBuild:
    if not SITE.is_dir():
        pytest.skip(f"the current reference is not in {SITE} ({SITE_ARGUMENT}): nothing to build")
    work = tmp_path_factory.mktemp("current")
    spec_path, client_dir = work / "openapi.yaml", work / "client"
    completed = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "regenerate",
            f"DOCS={SITE_ARGUMENT}",
            f"SPEC={spec_path}",
            f"CLIENT={client_dir}",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-4000:] + completed.stderr[-4000:]
    spec = json.loads(spec_path.with_suffix(".json").read_text(encoding="utf-8"))
    return CurrentBuild(work, spec_path, spec, client_dir, completed.stdout + completed.stderr)
