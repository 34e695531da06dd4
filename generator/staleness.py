"""``python -m generator check``: are the committed spec and client what regenerating gives?

Regenerates both into a temporary directory, never touching the committed files, and compares
byte for byte. ``make test`` runs it first, so a doc edit without ``make regenerate`` fails CI
with a message saying what to run.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from generator.client.generate import generate_client, generated_files
from generator.emit import dump_json, dump_yaml
from generator.known_warnings import warnings_text
from generator.spec_command import build_spec_text, load_previous, spec_pair, warnings_path


def check_generated(
    documents: Sequence[Path], spec_path: Path, client_path: Path, overlays: Sequence[Path] = ()
) -> int:
    stale: list[str] = []
    previous = load_previous(spec_path)
    # The committed spec is its own "previous": an up-to-date spec regenerates to itself.
    spec, sink = build_spec_text(documents, previous, overlays=overlays)
    yaml_path, json_path = spec_pair(spec_path)  # --spec names either form, as -o of `spec` does
    warnings_file = warnings_path(spec_path)
    if not warnings_file.exists() or warnings_file.read_text(encoding="utf-8") != warnings_text(sink):
        stale.append(str(warnings_file))
    if not yaml_path.exists() or yaml_path.read_text(encoding="utf-8") != dump_yaml(spec):
        stale.append(str(yaml_path))
    if not json_path.exists() or json_path.read_text(encoding="utf-8") != dump_json(spec):
        stale.append(str(json_path))
    if spec_path.exists():
        with tempfile.TemporaryDirectory() as work:
            expected = Path(work) / client_path.name
            generate_client(spec_path, expected, quiet=True)
            want = generated_files(expected)
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
