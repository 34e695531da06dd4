"""The spec pipeline as a chain of pure stages: markdown → documents → rules → OpenAPI.

Each stage takes what the previous one made and a :class:`DiagnosticSink`; none of them
touches the file system, so each can be tested alone and a failing run writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from generator.diagnostics import DiagnosticSink, GenerationFailed, Location
from generator.document.mdx import name_areas, read_mdx_document
from generator.document.mdx_parse import MdxParse, start_mdx_parser
from generator.document.model import Document
from generator.document.reader import read_document
from generator.openapi.build import build_spec
from generator.openapi.validate import validate_spec
from generator.operations import PlannedOperation, plan_operations
from generator.overlay import Overlay, apply_overlays, blame
from generator.rules.extract import extract_rules
from generator.rules.model import OperationRules
from generator.sources import expand_documents, is_mdx, read_sources

__all__ = ["SpecResult", "expand_documents", "read_documents", "read_sources", "run_spec_pipeline"]


@dataclass(frozen=True)
class SpecResult:
    documents: tuple[Document, ...]
    planned: tuple[PlannedOperation, ...]
    rules: dict[str, OperationRules]
    spec: dict[str, Any]
    sink: DiagnosticSink


def read_documents(
    sources: Sequence[tuple[str, str]], sink: DiagnosticSink, parsing: MdxParse | None = None
) -> list[Document]:
    """A reader per format, chosen by extension; every MDX page goes to one parser process, and
    is read as soon as that process has parsed it.

    ``parsing`` is that process when the caller started it already (for these sources' pages).
    """
    parsing = parsing or start_mdx_parser([s for s in sources if is_mdx(s[0])])
    pages = parsing.read(sink, read_mdx_document)
    documents: list[Document] = []
    for path, text in sources:
        if not is_mdx(path):
            documents.append(read_document(path, text, sink))
        elif path in pages:
            documents.append(pages[path])
    return name_areas(documents) if pages else documents


def extract_all_rules(planned: Sequence[PlannedOperation], sink: DiagnosticSink) -> dict[str, OperationRules]:
    return {p.operation_id: extract_rules(p.operation, p.operation_id, sink) for p in planned}


def run_spec_pipeline(
    sources: Sequence[tuple[str, str]],
    *,
    strict: bool = False,
    validate: bool = True,
    parsing: MdxParse | None = None,
    overlays: Sequence[Overlay] = (),
) -> SpecResult:
    """Every stage, in order; raises :class:`GenerationFailed` when any error was reported.

    ``validate=False`` skips openapi-spec-validator (most of the run's time); only tests that
    validate the result themselves, like the fuzzer, turn it off. ``overlays`` are applied to the
    built spec, before validation (generator/overlay.py).
    """
    sink = DiagnosticSink()
    documents = read_documents(sources, sink, parsing)
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
        if overlays:
            spec, applied = apply_overlays(spec, overlays, sink)
        if validate and not sink.has_errors():
            before = len(sink.errors)
            validate_spec(spec, sink)
            if overlays and len(sink.errors) > before:
                blame(applied, spec, sink)
    if sink.has_errors(strict=strict):
        raise GenerationFailed(sink)
    return SpecResult(tuple(documents), tuple(planned), rules, spec, sink)
