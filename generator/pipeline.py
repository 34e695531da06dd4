"""The spec pipeline as a chain of pure stages: markdown → documents → rules → OpenAPI.

Each stage takes what the previous one made and a :class:`DiagnosticSink`; none of them
touches the file system, so each can be tested alone and a failing run writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.diagnostics import DiagnosticSink, GenerationFailed, Location
from generator.document.mdx import read_mdx_document
from generator.document.mdx_parse import parse_mdx_pages
from generator.document.model import Document
from generator.document.reader import read_document
from generator.openapi.build import build_spec
from generator.openapi.validate import validate_spec
from generator.operations import PlannedOperation, plan_operations
from generator.rules.extract import extract_rules
from generator.rules.model import OperationRules

#: Documents larger than this are refused before parsing: the reference family's sections are
#: tens of kilobytes, and a bound keeps hostile input from exhausting memory.
MAX_DOCUMENT_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class SpecResult:
    documents: tuple[Document, ...]
    planned: tuple[PlannedOperation, ...]
    rules: dict[str, OperationRules]
    spec: dict[str, Any]
    sink: DiagnosticSink


#: What a folder given as a document holds: table chapters and MDX pages, at any depth.
DOCUMENT_PATTERNS = ("*.md", "*.mdx")
#: A folder's README describes the folder; it is no chapter of the reference.
NOT_DOCUMENTS = frozenset({"readme.md"})


def expand_documents(paths: Sequence[Path]) -> list[Path]:
    """Files as given; each folder replaced by its documents, recursively and in name order."""
    expanded: list[Path] = []
    for path in paths:
        if not path.is_dir():
            expanded.append(path)
            continue
        found = {p for pattern in DOCUMENT_PATTERNS for p in path.rglob(pattern) if p.is_file()}
        expanded.extend(sorted(p for p in found if p.name.lower() not in NOT_DOCUMENTS))
    return list(dict.fromkeys(expanded))


def read_sources(paths: Sequence[Path], sink: DiagnosticSink) -> list[tuple[str, str]]:
    """(display path, text) for each document, folders read recursively; unreadable ones are reported."""
    sources: list[tuple[str, str]] = []
    for path in expand_documents(paths):
        display = str(path)
        try:
            raw = path.read_bytes()
        except OSError as error:
            sink.error(Location(display, 1), f"cannot read document: {error.strerror or error}", "io")
            continue
        if len(raw) > MAX_DOCUMENT_BYTES:
            sink.error(Location(display, 1), f"document is larger than {MAX_DOCUMENT_BYTES} bytes", "io")
            continue
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            sink.error(Location(display, line), f"document is not UTF-8: {error.reason}", "encoding")
            continue
        sources.append((display, text.replace("\r\n", "\n").replace("\r", "\n")))
    return sources


#: Suffixes read as MDX pages (the current reference); anything else is a table chapter.
MDX_SUFFIXES = (".mdx",)


def is_mdx(path: str) -> bool:
    return path.lower().endswith(MDX_SUFFIXES)


def read_documents(sources: Sequence[tuple[str, str]], sink: DiagnosticSink) -> list[Document]:
    """A reader per format, chosen by extension; every MDX page goes to one parser process."""
    trees = parse_mdx_pages([s for s in sources if is_mdx(s[0])], sink)
    documents: list[Document] = []
    for path, text in sources:
        if not is_mdx(path):
            documents.append(read_document(path, text, sink))
        elif path in trees:
            documents.append(read_mdx_document(path, trees[path], sink))
    return documents


def extract_all_rules(planned: Sequence[PlannedOperation], sink: DiagnosticSink) -> dict[str, OperationRules]:
    return {p.operation_id: extract_rules(p.operation, p.operation_id, sink) for p in planned}


def run_spec_pipeline(
    sources: Sequence[tuple[str, str]], *, strict: bool = False, validate: bool = True
) -> SpecResult:
    """Every stage, in order; raises :class:`GenerationFailed` when any error was reported.

    ``validate=False`` skips openapi-spec-validator (most of the run's time); only tests that
    validate the result themselves, like the fuzzer, turn it off.
    """
    sink = DiagnosticSink()
    documents = read_documents(sources, sink)
    for document in documents:
        if is_mdx(document.path):
            continue  # a site has pages of prose (overviews, guides): not an error there
        if not (document.operations or document.entities or document.general):
            sink.error(
                Location(document.path, 1),
                "no operation, entity or general information found: is this a reference document?",
                "empty",
            )
    if not any(d.operations for d in documents) and not sink.errors:
        sink.error(Location(sources[0][0] if sources else "<none>", 1), "no operation found in the documents")
    planned = plan_operations(documents, sink)
    rules = extract_all_rules(planned, sink)
    spec: dict[str, Any] = {}
    if not sink.has_errors():
        spec = build_spec(documents, planned, rules, sink)
        if validate:
            validate_spec(spec, sink)
    if sink.has_errors(strict=strict):
        raise GenerationFailed(sink)
    return SpecResult(tuple(documents), tuple(planned), rules, spec, sink)
