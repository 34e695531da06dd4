"""Warnings that stay visible: the ones the committed build already has are one line, a new one is
printed in full.

``make regenerate`` writes every warning of the build to ``spec/warnings.txt`` (committed with
the spec). A run compares its warnings with that file as committed (``git show HEAD:...``; the
file on disk when there is no git), so a warning an edit brings stands out among the familiar
ones until the edit is committed. A warning is the same warning when its file, message and code
are: lines move with every edit above them, so line and column numbers are not compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.committed import last_committed
from generator.diagnostics import Diagnostic, Severity

#: ``file:line:col`` (or ``file:line``) anywhere in a line: the line and column are dropped. A
#: file name starts only after a separator (the lookbehind), so a long run of name characters is
#: scanned once, not once per position: the search stays linear on hostile lines.
_PLACE = re.compile(r"(?<![^\s:()])(?P<file>[^\s:()]+):\d+(?::\d+)?")


def identity(text: str) -> str:
    """What makes a warning line the same warning after an edit: the text without line numbers."""
    return _PLACE.sub(lambda match: match.group("file"), text.strip())


def warnings_text(diagnostics: Iterable[Diagnostic]) -> str:
    """The warnings file: one warning a line, sorted by place (empty when there are none)."""
    warnings = sorted(
        (d for d in diagnostics if d.severity is Severity.WARNING), key=lambda d: (d.location, d.message)
    )
    return "".join(f"{warning}\n" for warning in warnings)


@dataclass(frozen=True)
class Sorted:
    new: list[Diagnostic]
    known: list[Diagnostic]


def sort_warnings(diagnostics: Iterable[Diagnostic], known_text: str) -> Sorted:
    """Split the warnings of a run into new and known (``known_text``: a warnings file)."""
    known_ids = {identity(line) for line in known_text.splitlines() if line.strip()}
    new: list[Diagnostic] = []
    known: list[Diagnostic] = []
    for diagnostic in diagnostics:
        if diagnostic.severity is not Severity.WARNING:
            continue
        (known if identity(str(diagnostic)) in known_ids else new).append(diagnostic)
    return Sorted(new, known)


def report_lines(
    diagnostics: Sequence[Diagnostic], known_text: str | None, listed_by: str = "make warnings"
) -> list[str]:
    """What a run prints: errors and new warnings in full, then one line for the known warnings.

    ``known_text`` None (no warnings file yet) makes every warning new; ``listed_by``: the
    command that lists them all (``make warnings SPEC=...`` for a build elsewhere).
    """
    ordered = sorted(diagnostics, key=lambda d: (d.location, d.message))
    split = sort_warnings(ordered, known_text or "")
    new = {id(d) for d in split.new}
    lines = [str(d) for d in ordered if d.severity is Severity.ERROR or id(d) in new]
    if split.known:
        count = len(split.known)
        lines.append(f"{count} known warning{'s' if count != 1 else ''}, see `{listed_by}`")
    return lines


def committed_text(path: Path) -> str | None:
    """The warnings file as last committed, else as on disk, else None."""
    committed = last_committed(path)
    if committed is not None:
        return committed
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None
