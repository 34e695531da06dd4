"""The code samples of the spec (x-codeSamples) run as written, against Prism validating every
request with the spec: the Python ones (sync and async) with the client, the curl ones with bash,
openssl and curl; the Python ones pass ``mypy --strict`` as a user's script would.

The spec is the contract suite's (``CONTRACT_SPEC``, default the committed one) and the client the
``threecommas`` first on the path: tests/reference runs this file on the whole reference too."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import threecommas

from tests.contract.spec_tools import SPEC_PATH, load_spec
from tests.support.prism import prism

SPEC = load_spec()
SAMPLES = {
    (op["operationId"], sample["label"]): sample["source"]
    for item in SPEC["paths"].values()
    for op in item.values()
    if isinstance(op, dict)
    for sample in op["x-codeSamples"]
    if sample["lang"] == "Python"
}
CURL = {
    operation["operationId"]: sample["source"]
    for item in SPEC["paths"].values()
    for operation in item.values()
    if isinstance(operation, dict)
    for sample in operation["x-codeSamples"]
    if sample["label"] == "curl"
}
#: Any answer of 400 or more makes curl exit non-zero (the samples use ``-sS``, which does not).
FAIL_ON_HTTP_ERRORS = 'curl() { command curl --fail-with-body "$@"; }\n'


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    with prism(SPEC_PATH) as url:
        yield url


@pytest.mark.parametrize("key", sorted(SAMPLES), ids=lambda key: f"{key[0]}-{key[1]}")
def test_python_sample_runs_against_prism(
    key: tuple[str, str], prism_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("THREECOMMAS_API_KEY", "prism-key")
    monkeypatch.setenv("THREECOMMAS_API_SECRET", "prism-secret")
    monkeypatch.setenv("THREECOMMAS_BASE_URL", prism_url)
    namespace: dict[str, Any] = {"__name__": "code_sample"}
    # Prism answers 422 to a request its validation rejects: the client raises, and the test fails.
    exec(compile(SAMPLES[key], f"{key[0]} ({key[1]}) sample", "exec"), namespace)
    assert capsys.readouterr().out.strip(), "the sample prints the result"


@pytest.mark.parametrize("operation_id", sorted(CURL))
def test_curl_sample_runs_against_prism(operation_id: str, prism_url: str) -> None:
    missing = [tool for tool in ("bash", "curl", "openssl") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"the curl samples need {', '.join(missing)} (apt-get install {' '.join(missing)})")
    done = subprocess.run(
        ["bash", "-c", "set -euo pipefail\n" + FAIL_ON_HTTP_ERRORS + CURL[operation_id]],
        env={
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "THREECOMMAS_BASE_URL": prism_url,
            "THREECOMMAS_API_KEY": "prism-key",
            "THREECOMMAS_API_SECRET": "prism-secret",
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    # Prism answers 422 (with what it refused) to a request its validation rejects.
    assert done.returncode == 0, f"{CURL[operation_id]}\n-> {done.stdout[-2000:]}{done.stderr[-1000:]}"


def test_python_samples_pass_mypy_strict(tmp_path: Path) -> None:
    for index, source in enumerate(SAMPLES.values()):
        (tmp_path / f"sample_{index}.py").write_text(source)
    done = subprocess.run(
        # MYPY_CACHE_DIR: a cache the caller shares (the client's own mypy run filled it).
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            os.environ.get("MYPY_CACHE_DIR") or str(tmp_path / ".cache"),
            ".",
        ],
        cwd=tmp_path,
        # The package under test, as checked out or as tests/reference generated it.
        env={**os.environ, "MYPYPATH": str(Path(threecommas.__file__).parents[1])},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"in {len(SAMPLES)} source files" in done.stdout
