"""The whole path of the current reference, as the README's commands run it, on every `make test`:

site pages → ``make regenerate DOCS=../shared/docs-mdx SPEC=... CLIENT=...`` (spec and client) →
the client passes ruff and ``mypy --strict`` → ``make site SPEC=...`` → ``make dist CLIENT=...``
(``twine check --strict``) → every code sample of the spec (Python, async Python, curl) against
Prism → the contract suite on the site's client (every operation, every rule variant).

The build is the session's one build of the site (tests/support/current_build.py); the tests run
in this order, each a step of the path. Without ``../shared/docs-mdx`` every step skips and says why.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.site import SITE_FILES
from tests.support.current_build import CurrentBuild
from tests.support.node import ROOT

pytestmark = pytest.mark.slow

METHODS = {"get", "post", "put", "patch", "delete"}
#: The site's operations: 85 endpoint pages, each with one permissioned <Endpoint>.
OPERATIONS = 85


def _run(*command: str | Path, cwd: Path = ROOT, env: dict[str, str] | None = None) -> str:
    completed = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout[-6000:] + completed.stderr[-3000:]
    return completed.stdout + completed.stderr


def _operations(build: CurrentBuild) -> list[str]:
    return [
        operation["operationId"]
        for item in build.spec["paths"].values()
        for method, operation in item.items()
        if method in METHODS
    ]


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the client's mypy run and the samples' (which import the client)."""
    return tmp_path_factory.mktemp("mypy-cache")


def test_regenerate_builds_the_site_beside_its_own_change_log(current_build: CurrentBuild) -> None:
    assert len(_operations(current_build)) == OPERATIONS
    work = current_build.work
    assert {"openapi.yaml", "openapi.json", "warnings.txt", "CHANGELOG.md"} <= {
        p.name for p in work.iterdir()
    }
    assert f"change report base: nothing ({work / 'openapi.json'} does not exist yet" in current_build.printed
    assert "\n## 1.0.0 (" in (work / "CHANGELOG.md").read_text()
    assert f"wrote: {current_build.client_dir} " in current_build.printed
    assert f"{OPERATIONS} operations" in current_build.printed


def test_the_client_passes_ruff_and_mypy_strict(current_build: CurrentBuild, mypy_cache: Path) -> None:
    tools = Path(sys.executable).parent
    _run(tools / "ruff", "check", ".", cwd=current_build.client_dir)
    _run(tools / "ruff", "format", "--check", ".", cwd=current_build.client_dir)
    _run(tools / "mypy", "--strict", "--cache-dir", mypy_cache, "threecommas", cwd=current_build.client_dir)


def test_make_site_ships_this_build(current_build: CurrentBuild) -> None:
    site = current_build.work / "site"
    _run("make", "--no-print-directory", "site", f"SPEC={current_build.spec_path}", f"SITE={site}")
    assert sorted(p.name for p in site.iterdir()) == sorted(SITE_FILES)
    for name in ("openapi.yaml", "openapi.json", "CHANGELOG.md"):
        assert (site / name).read_bytes() == (current_build.work / name).read_bytes(), name


def test_make_dist_builds_a_package_twine_accepts(current_build: CurrentBuild) -> None:
    printed = _run("make", "--no-print-directory", "dist", f"CLIENT={current_build.client_dir}")
    assert "twine check --strict" in printed and "FAILED" not in printed
    version = current_build.spec["info"]["version"]
    assert sorted(p.name for p in (current_build.client_dir / "dist").iterdir()) == [
        f"threecommas_client-{version}-py3-none-any.whl",
        f"threecommas_client-{version}.tar.gz",
    ]


def _suite(build: CurrentBuild, *arguments: str, extra: dict[str, str] | None = None) -> str:
    """The repository's own suites, run on this build (they iterate the spec they are given)."""
    env = {
        **os.environ,
        "CONTRACT_SPEC": str(build.spec_path),
        "PYTHONPATH": os.pathsep.join([str(build.client_dir), str(ROOT)]),
        **(extra or {}),
    }
    return _run(sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *arguments, env=env)


def test_every_code_sample_runs_against_prism(current_build: CurrentBuild, mypy_cache: Path) -> None:
    printed = _suite(
        current_build, "tests/mock/test_code_samples.py", extra={"MYPY_CACHE_DIR": str(mypy_cache)}
    )
    # Three samples per operation (Python, Python async, curl) and the samples' mypy run: none skipped.
    assert f"{3 * OPERATIONS + 1} passed" in printed, printed[-500:]
    assert "skipped" not in printed


def test_the_contract_suite_holds_the_sites_client_to_its_spec(current_build: CurrentBuild) -> None:
    printed = _suite(current_build, "tests/contract", "-rs")
    assert " failed" not in printed and " error" not in printed, printed[-3000:]
    # A mutation, or a test of a kind of field (`maxItems`), may find nothing of its kind in this
    # spec; nothing else is skipped.
    skips = [line for line in printed.splitlines() if line.startswith("SKIPPED")]
    kinds = ("nothing in this spec to", "got empty parameter set")
    assert all(any(kind in line for kind in kinds) for line in skips), skips
