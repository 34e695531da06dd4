"""The documents of a run, read from the file system: files as given, folders recursively.

Kept apart from the pipeline (whose stages never touch the file system) and light to import, so
that a command can read its documents and start the MDX parser before the stages load.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator.diagnostics import DiagnosticSink, Location

#: Documents larger than this are refused before parsing: the reference family's sections are
#: tens of kilobytes, and a bound keeps hostile input from exhausting memory.
MAX_DOCUMENT_BYTES = 8 * 1024 * 1024


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
