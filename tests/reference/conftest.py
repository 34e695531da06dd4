"""The whole 2019-08-07 reference from ``../shared/docs``: built once per session.

Those chapters are the public reference's own text and are never copied into the repository;
where the folder is absent (a user's clone) every test here skips and says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.client.generate import generate_client
from tests.support.generator_cli import generator_cli

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT.parent / "shared" / "docs"
#: The chapters of the reference, general information first.
CHAPTERS = ("general_api_information", "accounts_api", "bots_api", "deals_api", "smart_trades_api")
_FENCED_ENDPOINT = re.compile(r"^```[^\n]*\n\s*(GET|POST|PUT|PATCH|DELETE)\s+(/\S*)\s*\n```", re.MULTILINE)


def chapter_paths() -> list[Path]:
    if not all((REFERENCE / f"{name}.md").is_file() for name in CHAPTERS):
        pytest.skip(f"the reference chapters are not in {REFERENCE} (../shared/docs): nothing to read")
    return [REFERENCE / f"{name}.md" for name in CHAPTERS]


def fenced_endpoints(paths: list[Path]) -> set[tuple[str, str]]:
    """Every ``METHOD /path`` fence of the documents, counted from the markdown itself."""
    return {(m.group(1).lower(), m.group(2)) for p in paths for m in _FENCED_ENDPOINT.finditer(p.read_text())}


@dataclass(frozen=True)
class ReferenceBuild:
    chapters: list[Path]
    spec_path: Path
    client_dir: Path
    diagnostics: list[str]


@pytest.fixture(scope="session")
def reference_build(tmp_path_factory: pytest.TempPathFactory) -> ReferenceBuild:
    """Spec and client of all five chapters, built once into a temporary folder."""
    chapters = chapter_paths()
    work = tmp_path_factory.mktemp("reference")
    spec_path = work / "openapi.yaml"
    completed = generator_cli("spec", *map(str, chapters), "-o", str(spec_path))
    assert completed.returncode == 0, completed.stderr
    client_dir = work / "client"
    generate_client(spec_path, client_dir, quiet=True)
    return ReferenceBuild(chapters, spec_path, client_dir, completed.stderr.splitlines())
