"""``python -m generator spec``: run the pipeline and write YAML and JSON atomically."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from generator.committed import last_committed
from generator.diagnostics import DiagnosticSink, GenerationFailed, Location
from generator.emit import OutputError, check_writable, dump_json, dump_yaml, write_all_atomic
from generator.known_warnings import committed_text, report_lines, warnings_text
from generator.overlay import Overlay, read_overlay
from generator.sources import is_mdx, read_sources


def build_spec_text(
    documents: Sequence[Path],
    previous: dict[str, Any] | None,
    *,
    strict: bool = False,
    overlays: Sequence[Path] = (),
    while_parsing: Callable[[], object] | None = None,
) -> tuple[dict[str, Any], DiagnosticSink]:
    """The spec for ``documents`` with ``overlays`` applied, versioned against ``previous``
    (see generator.diff).

    ``while_parsing`` is called once the later stages are loaded and while node may still be
    parsing the pages: work of the caller's that needs neither (``regenerate`` loads the client
    stages there)."""
    from generator.document.mdx_parse import start_mdx_parser

    sink = DiagnosticSink()
    sources = read_sources(documents, sink)
    read_overlays = _read_overlays(overlays, sink)
    if sink.has_errors():
        raise GenerationFailed(sink)
    # The MDX parser (node) runs while the stages load (openapi-spec-validator alone takes a
    # good part of a second): on two cores the two overlap. Nothing is imported before it that
    # can be imported while it runs.
    parsing = start_mdx_parser([s for s in sources if is_mdx(s[0])])
    from generator.diff import next_version
    from generator.pipeline import run_spec_pipeline

    if while_parsing is not None:
        while_parsing()
    result = run_spec_pipeline(sources, strict=strict, parsing=parsing, overlays=read_overlays)
    spec = result.spec
    spec["info"]["version"] = next_version(previous, spec)
    return spec, result.sink


def _read_overlays(paths: Sequence[Path], sink: DiagnosticSink) -> list[Overlay]:
    """Each overlay file, read and checked; an unreadable one is an error at its name."""
    overlays = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            sink.error(Location(str(path), 1), f"cannot read overlay: {reason}", "overlay")
            continue
        overlay = read_overlay(str(path), text, sink)
        if overlay is not None:
            overlays.append(overlay)
    return overlays


#: The default build's warnings, relative to where make runs: a plain ``make warnings`` lists them.
DEFAULT_WARNINGS = Path("spec") / "warnings.txt"
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


@dataclass(frozen=True)
class ChangeBase:
    """The spec a build is compared with (its version is the one bumped), and where it came from."""

    spec: dict[str, Any] | None
    #: Said in the change report: "spec/openapi.json as last committed (git HEAD)", ...
    source: str

    @property
    def version(self) -> str | None:
        return str((self.spec or {}).get("info", {}).get("version")) if self.spec else None


def change_base(output: Path) -> ChangeBase:
    """The spec ``output`` is compared with: as last committed when git holds it, else as on disk.

    Comparing with the committed spec rather than the file on disk makes regeneration a function
    of the documents: "edit, regenerate, revert, regenerate" ends where it started (same bytes,
    same version), and regenerating twice after an edit bumps the version once.
    """
    import json

    _, json_path = spec_pair(output)
    committed = last_committed(json_path)
    if committed is not None:
        text, source = committed, f"{json_path} as last committed (git HEAD)"
    else:
        try:
            text, source = json_path.read_text(encoding="utf-8"), f"{json_path} as on disk"
        except OSError:
            return ChangeBase(None, f"nothing ({json_path} does not exist yet: a first version)")
    try:
        loaded = json.loads(text)
    except ValueError:
        loaded = None
    if not isinstance(loaded, dict):
        return ChangeBase(None, f"nothing ({source} is not a JSON spec: read as a first version)")
    return ChangeBase(loaded, source)


def load_previous(path: Path) -> dict[str, Any] | None:
    """The spec a build of ``path`` is versioned against (see ``change_base``)."""
    return change_base(path).spec


def warnings_path(output: Path) -> Path:
    """The build's warnings, beside the spec (``spec/warnings.txt``)."""
    return output.with_name("warnings.txt")


@dataclass(frozen=True)
class SpecOptions:
    """How a spec is built and written: the options ``spec`` and ``regenerate`` share."""

    strict: bool = False
    #: Print what changed against the base (see ``change_base``).
    report_changes: bool = False
    #: Add an entry for a version bump to this file.
    changelog: Path | None = None
    #: Build and print the change report; write nothing.
    dry_run: bool = False
    #: OpenAPI Overlay files applied, in order, to the built spec before validation.
    overlays: Sequence[Path] = ()


def versioned(spec: dict[str, Any], version: str) -> dict[str, Any]:
    """``spec`` with ``info.version`` set to ``version`` (a copy; ``spec`` is left as it is)."""
    return {**spec, "info": {**spec["info"], "version": version}}


@dataclass(frozen=True)
class BuiltSpec:
    """A spec built, reported on and ready to write: every file of the build, with its text."""

    yaml_path: Path
    json_path: Path
    spec: dict[str, Any]
    #: The build's warnings file, and its text.
    warnings: tuple[Path, str]
    #: What the spec was compared with, and the changes found (when a report or a log asked).
    base: ChangeBase
    changes: Sequence[Any]
    changelog: Path | None
    overlays: tuple[Path, ...]
    #: The spec is its base's but the client generated from it is not: a patch release that the
    #: change report cannot list (see ``client_only_release``).
    client_only: bool = False

    @property
    def version(self) -> str:
        return str(self.spec["info"]["version"])

    def client_only_release(self, version: str) -> BuiltSpec:
        """This build at ``version``: the spec is unchanged since its base, but the client
        generated from it is not (the generator's templates or runtime changed), and a package
        with other contents must not go out under a version already released. The change log
        gets an entry saying so."""
        return replace(self, spec=versioned(self.spec, version), client_only=True)

    @functools.cached_property
    def outputs(self) -> dict[Path, str]:
        """Every file the build writes (YAML, JSON, warnings, the change log when it changes)."""
        outputs = {self.yaml_path: dump_yaml(self.spec), self.json_path: dump_json(self.spec)}
        outputs[self.warnings[0]] = self.warnings[1]
        if self.changelog is not None:
            log = _changelog_text(self.changelog, self.base, self.version, self.changes, self.client_only)
            if log is not None:
                outputs[self.changelog] = log
        return outputs

    @property
    def json_text(self) -> str:
        return self.outputs[self.json_path]

    @property
    def yaml_text(self) -> str:
        return self.outputs[self.yaml_path]

    def write(self) -> None:
        """Every file or none: a YAML and a JSON that disagree would be worse than two old files."""
        changed = write_all_atomic(self.outputs)
        state = "wrote" if changed else "unchanged"
        print(f"{state}: {self.yaml_path} (YAML) and {self.json_path} (JSON)", file=sys.stderr)
        for overlay in self.overlays:
            print(f"overlay applied: {overlay}", file=sys.stderr)


def build_spec_files(
    documents: Sequence[Path],
    output: Path,
    options: SpecOptions,
    while_parsing: Callable[[], object] | None = None,
) -> BuiltSpec:
    """Build the spec, print its diagnostics (and with ``report_changes`` or ``dry_run`` its change
    report); nothing is written. With ``changelog``, a version bump adds its entry there."""
    changelog, dry_run, overlays = options.changelog, options.dry_run, options.overlays
    yaml_path, json_path = spec_pair(output)
    warnings_file = warnings_path(output)
    # Checked before the work, not after it.
    if not dry_run:
        check_writable([yaml_path, json_path, warnings_file, *([changelog] if changelog else [])])
    base = change_base(output)
    known = committed_text(warnings_file)
    spec, sink = build_spec_text(
        documents, base.spec, strict=options.strict, overlays=overlays, while_parsing=while_parsing
    )
    # Imported once the MDX parser runs (see build_spec_text), not before it starts.
    from generator.diff import compare, format_changes

    default_build = warnings_file.resolve() == DEFAULT_WARNINGS.resolve()
    listed_by = "make warnings" if default_build else f"make warnings SPEC={output}"
    for line in report_lines(list(sink), known, listed_by):
        print(line, file=sys.stderr)
    report_changes = options.report_changes or dry_run
    # The report is computed only when asked for: a whole-spec comparison is not free. A first
    # version has no changes to report (listing every operation as "added" would say nothing).
    wanted = base.spec is not None and (report_changes or changelog is not None)
    changes = compare(base.spec or {}, spec) if wanted else []
    if report_changes:
        print(f"change report base: {base.source}")
        print(format_changes(changes))
    if dry_run:
        print(f"dry run: version {spec['info']['version']}; nothing was written", file=sys.stderr)
    return BuiltSpec(
        yaml_path,
        json_path,
        spec,
        (warnings_file, warnings_text(sink)),
        base,
        changes,
        changelog,
        tuple(overlays),
    )


def write_spec(documents: Sequence[Path], output: Path, options: SpecOptions) -> int:
    """Build and write the spec (see :func:`build_spec_files`); ``dry_run`` writes nothing."""
    built = build_spec_files(documents, output, options)
    if not options.dry_run:
        built.write()
    return 0


def _changelog_text(
    changelog: Path, base: ChangeBase, version: str, changes: Sequence[Any], client_only: bool = False
) -> str | None:
    """The change log for a build of ``version`` over ``base``; None leaves the file alone.

    Entries after the base version came from regenerations not committed yet: they are replaced
    by one entry for every change since the base (none when the build is back at the base). A
    first version gets an entry when the log has none for it.
    """
    import datetime

    from generator.changelog import entry, since, with_entry

    old_log = changelog.read_text(encoding="utf-8") if changelog.is_file() else None
    log = since(old_log, base.version) if old_log is not None else None
    if version != base.version and (log is None or f"\n## {version} (" not in f"\n{log}"):
        log = with_entry(log, entry(version, changes, datetime.date.today(), client_only=client_only))
    return log if log != old_log else None
