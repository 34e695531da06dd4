"""The three specs other teams feed their tools: S1 the committed one, S2 the whole 2019 reference
(``../shared/docs``), S3 the current MDX site (``../shared/docs-mdx``).

S2 and S3 are built once per session into a temporary folder; where ``../shared`` is absent (a
user's clone) their cases skip and say why. Each tool runs once per spec (``tests/interop/tools``
caches its run), whichever tests read the result.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.interop.tools import SPECS, Spec, load
from tests.support.generator_cli import generator_cli

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
#: Where each spec is built from; S1 is committed.
SOURCES = {"S2": SHARED / "docs", "S3": SHARED / "docs-mdx"}

_built: dict[str, Spec] = {}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The matrix runs in `make interop` (INTEROP=1; CI runs it too): about 15 minutes on 2 cores,
    more than `make test`'s budget has room for."""
    if os.environ.get("INTEROP") == "1":
        return
    skip = pytest.mark.skip(
        reason="the interop matrix runs in `make interop` (INTEROP=1), outside make test (docs/interop.md)"
    )
    for item in items:
        if item.nodeid.startswith("tests/interop/"):
            item.add_marker(skip)


def build(name: str, work: Path) -> Spec:
    if name in _built:
        return _built[name]
    if name == "S1":
        spec = load(name, ROOT / "spec" / "openapi.yaml", work / name)
    else:
        source = SOURCES[name]
        if not source.is_dir():
            pytest.skip(f"{source} is absent (a clone without ../shared): {name} cannot be built")
        out = work / name / "openapi.yaml"
        completed = generator_cli("spec", source, "-o", out)
        assert completed.returncode == 0, completed.stderr
        spec = load(name, out, work / name)
    _built[name] = spec
    return spec


@pytest.fixture(scope="session")
def interop_work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("interop")


@pytest.fixture(scope="session", params=SPECS)
def spec(request: pytest.FixtureRequest, interop_work: Path) -> Spec:
    return build(str(request.param), interop_work)
