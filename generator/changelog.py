"""``CHANGELOG.md``: one entry per version bump, listing the change report's classified changes.

The change report (``generator.diff``) sorts each change of the spec into breaking (major bump),
compatible (minor) and text (patch). When a build bumps the version, ``python -m generator spec
--changelog CHANGELOG.md`` puts an entry for the new version at the top of the log (newest
first), written in the same transaction as the spec. The client package takes the spec's
version, so one entry speaks for both.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from generator.diff import Change, Impact

TITLE = "# Changelog"
INTRO = """\
Each version of `spec/openapi.yaml` and of the `threecommas-client` package generated from it
(they share one version number), newest first. `make regenerate` writes an entry for each version
bump from the change report; docs/change-report.md says what each class means."""

_SECTIONS = (
    (Impact.MAJOR, "Breaking (major)"),
    (Impact.MINOR, "Compatible (minor)"),
    (Impact.PATCH, "Text only (patch)"),
)


def entry(version: str, changes: Sequence[Change], date: datetime.date, *, client_only: bool = False) -> str:
    """The entry for ``version``: a heading, then the changes under their class.

    ``client_only``: the spec did not change but the generated client did (its templates or
    runtime), so the shared version takes a patch bump that the change report cannot list."""
    lines = [
        f"## {version} ({date.isoformat()})",
        "",
        f"Spec `info.version` {version}; client `threecommas-client` {version}.",
    ]
    if client_only:
        lines += [
            "",
            "### Client only (patch)",
            "",
            "- The generated `threecommas-client` package changed (the generator's templates or runtime);"
            " the spec did not.",
        ]
    elif not changes:
        lines += ["", "The first version: there is no earlier spec to compare with."]
    for impact, heading in _SECTIONS:
        of_class = [change for change in changes if change.impact is impact]
        if of_class:
            lines += ["", f"### {heading}", ""]
            lines += [f"- {_without_label(change)}" for change in of_class]
    return "\n".join(lines) + "\n"


def with_entry(log: str | None, new_entry: str) -> str:
    """``log`` with ``new_entry`` first (a log that does not exist yet starts with its title)."""
    if not log or not log.startswith(TITLE):
        head, rest = f"{TITLE}\n\n{INTRO}\n", (log or "").strip()
    else:
        first = log.find("\n## ")
        head, rest = (log, "") if first < 0 else (log[:first], log[first + 1 :])
        head = head.rstrip() + "\n"
    parts = [head, new_entry] + ([rest.rstrip() + "\n"] if rest.strip() else [])
    return "\n".join(parts)


#: An entry's heading, as ``entry`` writes it: ``## 1.3.0 (2026-01-02)``.
_HEADING = re.compile(r"^## (\d+)\.(\d+)\.(\d+) \(", re.MULTILINE)


def since(log: str, version: str | None) -> str:
    """``log`` without the entries of versions after ``version`` (the change report's base).

    Those entries were written by regenerations not yet committed: the next one writes the
    entry for all the changes since the base anew, and a regeneration back to the base leaves
    none. Everything else of the log (hand-written text included) stays as it was.
    """
    base = _version_key(version)
    if base is None:
        return log
    headings = [(match.start(), _version_key(".".join(match.groups()))) for match in _HEADING.finditer(log)]
    kept, cut_from = [], 0
    for index, (start, key) in enumerate(headings):
        if key is not None and key > base:
            end = headings[index + 1][0] if index + 1 < len(headings) else len(log)
            kept.append(log[cut_from:start])
            cut_from = end
    kept.append(log[cut_from:])
    trimmed = "".join(kept)
    return trimmed if trimmed == log else trimmed.rstrip("\n") + "\n"


def _version_key(version: str | None) -> tuple[int, ...] | None:
    try:
        return tuple(int(part) for part in (version or "").split("."))
    except ValueError:
        return None


def _without_label(change: Change) -> str:
    """The change as the report prints it, less its ``[label]``: the section says the class."""
    return str(change).split("] ", 1)[1]
