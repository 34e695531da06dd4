"""``python -m generator spec``: run the pipeline and write YAML and JSON atomically."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator.diagnostics import DiagnosticSink, GenerationFailed
from generator.emit import OutputError, check_writable, dump_json, dump_yaml, write_all_atomic
from generator.known_warnings import committed_text, report_lines, warnings_text
from generator.sources import is_mdx, read_sources


def build_spec_text(
    documents: Sequence[Path], previous: dict[str, Any] | None, *, strict: bool = False
) -> tuple[dict[str, Any], DiagnosticSink]:
    """The spec for ``documents``, versioned against ``previous`` (see generator.diff)."""
    from generator.document.mdx_parse import start_mdx_parser

    sink = DiagnosticSink()
    sources = read_sources(documents, sink)
    if sink.has_errors():
        raise GenerationFailed(sink)
    # The MDX parser (node) runs while the stages load (openapi-spec-validator alone takes a
    # good part of a second): on two cores the two overlap. Nothing is imported before it that
    # can be imported while it runs.
    parsing = start_mdx_parser([s for s in sources if is_mdx(s[0])])
    from generator.diff import next_version
    from generator.pipeline import run_spec_pipeline

    result = run_spec_pipeline(sources, strict=strict, parsing=parsing)
    spec = result.spec
    spec["info"]["version"] = next_version(previous, spec)
    return spec, result.sink


#: The suffixes ``-o`` may end in, and the form each names.
YAML_SUFFIXES = (".yaml", ".yml")
JSON_SUFFIX = ".json"


def spec_pair(output: Path) -> tuple[Path, Path]:
    """The YAML and JSON paths for ``-o output``: the path given, and the other form beside it.

    ``x.yaml``/``x.yml`` gives ``x.json`` beside it, ``x.json`` gives ``x.yaml``. Any other suffix
    (or none) is refused: it would say neither form, and one of the two would have to be
    written under a name that was not asked for.
    """
    suffix = output.suffix.lower()
    if suffix in YAML_SUFFIXES:
        return output, output.with_suffix(JSON_SUFFIX)
    if suffix == JSON_SUFFIX:
        return output.with_suffix(".yaml"), output
    raise OutputError(output, "must end in .yaml, .yml or .json (the other form is written beside it)")


def load_previous(path: Path) -> dict[str, Any] | None:
    import json

    _, json_path = spec_pair(path)
    try:
        loaded = json.loads(json_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return loaded if isinstance(loaded, dict) else None


def warnings_path(output: Path) -> Path:
    """The build's warnings, beside the spec (``spec/warnings.txt``)."""
    return output.with_name("warnings.txt")


def write_spec(
    documents: Sequence[Path],
    output: Path,
    *,
    strict: bool,
    report_changes: bool,
    changelog: Path | None = None,
) -> int:
    """Build and write the spec; with ``changelog``, a version bump adds its entry there."""
    yaml_path, json_path = spec_pair(output)
    warnings_file = warnings_path(output)
    # Checked before the work, not after it.
    check_writable([yaml_path, json_path, warnings_file, *([changelog] if changelog else [])])
    previous = load_previous(output)
    known = committed_text(warnings_file)
    spec, sink = build_spec_text(documents, previous, strict=strict)
    # Imported once the MDX parser runs (see build_spec_text), not before it starts.
    import datetime

    from generator.changelog import entry, with_entry
    from generator.diff import compare, format_changes

    for line in report_lines(list(sink), known):
        print(line, file=sys.stderr)
    yaml_text, json_text = dump_yaml(spec), dump_json(spec)
    outputs = {yaml_path: yaml_text, json_path: json_text, warnings_file: warnings_text(sink)}
    # The report is computed only when asked for: a whole-spec comparison is not free.
    changes = compare(previous or {}, spec) if report_changes or changelog is not None else []
    version = spec["info"]["version"]
    if changelog is not None and previous and version != (previous.get("info") or {}).get("version"):
        old_log = changelog.read_text(encoding="utf-8") if changelog.is_file() else None
        outputs[changelog] = with_entry(old_log, entry(version, changes, datetime.date.today()))
    # All or none: a YAML and a JSON that disagree would be worse than two old files.
    changed = write_all_atomic(outputs)
    print(
        f"{'wrote' if changed else 'unchanged'}: {yaml_path} (YAML) and {json_path} (JSON)", file=sys.stderr
    )
    if report_changes:
        print(format_changes(changes))
    return 0
