"""``python -m generator spec``: run the pipeline and write YAML and JSON atomically."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator.diagnostics import DiagnosticSink, GenerationFailed
from generator.emit import check_writable, dump_json, dump_yaml, write_all_atomic
from generator.known_warnings import committed_text, report_lines, warnings_text
from generator.pipeline import read_sources, run_spec_pipeline


def build_spec_text(
    documents: Sequence[Path], previous: dict[str, Any] | None, *, strict: bool = False
) -> tuple[dict[str, Any], DiagnosticSink]:
    """The spec for ``documents``, versioned against ``previous`` (see generator.diff)."""
    from generator.diff import next_version

    sink = DiagnosticSink()
    sources = read_sources(documents, sink)
    if sink.has_errors():
        raise GenerationFailed(sink)
    result = run_spec_pipeline(sources, strict=strict)
    spec = result.spec
    spec["info"]["version"] = next_version(previous, spec)
    return spec, result.sink


def load_previous(path: Path) -> dict[str, Any] | None:
    import json

    json_path = path.with_suffix(".json")
    try:
        loaded = json.loads(json_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return loaded if isinstance(loaded, dict) else None


def warnings_path(output: Path) -> Path:
    """The build's warnings, beside the spec (``spec/warnings.txt``)."""
    return output.with_name("warnings.txt")


def write_spec(documents: Sequence[Path], output: Path, *, strict: bool, report_changes: bool) -> int:
    from generator.diff import compare, format_changes

    warnings_file = warnings_path(output)
    check_writable([output, output.with_suffix(".json"), warnings_file])  # before the work, not after it
    previous = load_previous(output)
    known = committed_text(warnings_file)
    spec, sink = build_spec_text(documents, previous, strict=strict)
    for line in report_lines(list(sink), known):
        print(line, file=sys.stderr)
    yaml_text, json_text = dump_yaml(spec), dump_json(spec)
    # All or none: a YAML and a JSON that disagree would be worse than two old files.
    changed = write_all_atomic(
        {output: yaml_text, output.with_suffix(".json"): json_text, warnings_file: warnings_text(sink)}
    )
    print(
        f"{'wrote' if changed else 'unchanged'}: {output} and {output.with_suffix('.json')}", file=sys.stderr
    )
    if report_changes:
        print(format_changes(compare(previous or {}, spec)))
    return 0
