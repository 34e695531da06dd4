"""``CHANGELOG.md``: one entry per version bump, listing the change report's classified changes.

The change report (``generator.diff``) sorts each change of the spec into breaking (major bump),
compatible (minor) and text (patch). When a build bumps the version, ``python -m generator spec
--changelog CHANGELOG.md`` puts an entry for the new version at the top of the log (newest
first), written in the same transaction as the spec. The client package takes the spec's
version, so one entry speaks for both.
"""

from __future__ import annotations

import datetime
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


def entry(version: str, changes: Sequence[Change], date: datetime.date) -> str:
    """The entry for ``version``: a heading, then the changes under their class."""
    lines = [
        f"## {version} ({date.isoformat()})",
        "",
        f"Spec `info.version` {version}; client `threecommas-client` {version}.",
    ]
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


def _without_label(change: Change) -> str:
    """The change as the report prints it, less its ``[label]``: the section says the class."""
    return str(change).split("] ", 1)[1]
