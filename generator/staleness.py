"""``python -m generator check``: are the committed spec and client what regenerating gives?

Regenerates both into a temporary directory, never touching the committed files, and compares
byte for byte. ``make test`` runs it first, so a doc edit without ``make regenerate`` fails CI
with a message saying what to run.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator.client.generate import StagedClient, generated_files
from generator.emit import dump_json, dump_yaml
from generator.known_warnings import warnings_text
from generator.regenerate_command import client_only_release
from generator.spec_command import build_spec_text, load_previous, spec_pair, versioned, warnings_path


def check_generated(
    documents: Sequence[Path], spec_path: Path, client_path: Path, overlays: Sequence[Path] = ()
) -> int:
    stale: list[str] = []
    previous = load_previous(spec_path)
    # The committed spec is its own "previous": an up-to-date spec regenerates to itself.
    spec, sink = build_spec_text(documents, previous, overlays=overlays)
    with tempfile.TemporaryDirectory() as work:
        expected = Path(work) / client_path.name
        want = _client_files(spec, expected)
        # As `regenerate` versions it: an unchanged spec whose client changed is a patch release.
        base_version = previous["info"]["version"] if previous is not None else None
        release = client_only_release(spec["info"]["version"], base_version, want, client_path)
        if release is not None:
            spec = versioned(spec, release)
            want = _client_files(spec, expected)
    yaml_path, json_path = spec_pair(spec_path)  # --spec names either form, as -o of `spec` does
    warnings_file = warnings_path(spec_path)
    if not warnings_file.exists() or warnings_file.read_text(encoding="utf-8") != warnings_text(sink):
        stale.append(str(warnings_file))
    if not yaml_path.exists() or yaml_path.read_text(encoding="utf-8") != dump_yaml(spec):
        stale.append(str(yaml_path))
    if not json_path.exists() or json_path.read_text(encoding="utf-8") != dump_json(spec):
        stale.append(str(json_path))
    have = generated_files(client_path) if client_path.exists() else {}
    for name in sorted(want.keys() | have.keys()):
        if want.get(name) != have.get(name):
            stale.append(str(client_path / name))
    if stale:
        print("stale generated files (run `make regenerate` and commit the result):", file=sys.stderr)
        for name in stale:
            print(f"  {name}", file=sys.stderr)
        return 1
    print("generated files are up to date", file=sys.stderr)
    return 0


def _client_files(spec: dict[str, Any], output: Path) -> dict[str, bytes]:
    """The files of the client generated from ``spec`` (read as its JSON form, as from a file)."""
    StagedClient(json.loads(dump_json(spec)), output).commit(quiet=True)
    return generated_files(output)
