"""Diagnostics: what the pipeline says about its input, with the place it says it about.

Every stage reports problems through a :class:`DiagnosticSink` instead of raising, so that one
run shows every problem in a document at once. Only the stage boundary turns collected errors
into a :class:`GenerationFailed`, which the CLI prints and maps to exit code 1.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field


class Severity(enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Location:
    """A place in a source document; lines and columns are 1-based like an editor's."""

    file: str
    line: int
    column: int = 1

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"

    def shifted(self, lines: int = 0, column: int | None = None) -> Location:
        return Location(self.file, self.line + lines, self.column if column is None else column)


@dataclass(frozen=True)
class Diagnostic:
    severity: Severity
    location: Location
    message: str
    code: str = ""

    def __str__(self) -> str:
        tag = f" [{self.code}]" if self.code else ""
        return f"{self.location}: {self.severity.value}: {self.message}{tag}"


@dataclass
class DiagnosticSink:
    """Collects diagnostics from every stage of one run."""

    diagnostics: list[Diagnostic] = field(default_factory=list)

    def error(self, location: Location, message: str, code: str = "") -> None:
        self.diagnostics.append(Diagnostic(Severity.ERROR, location, message, code))

    def warning(self, location: Location, message: str, code: str = "") -> None:
        self.diagnostics.append(Diagnostic(Severity.WARNING, location, message, code))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity is Severity.WARNING]

    def has_errors(self, *, strict: bool = False) -> bool:
        return bool(self.errors) or (strict and bool(self.warnings))

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(sorted(self.diagnostics, key=lambda d: (d.location, d.message)))

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics.extend(diagnostics)


class GenerationFailed(Exception):
    """A stage found errors; nothing was written."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics = list(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))
