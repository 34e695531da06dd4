"""Findings counted: the same contradiction in many exchanges (every trade of a page sends the
same undocumented status) is one line with a count, its first sample and where that was."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from generator.answers.check import Finding, Location


@dataclass
class Contradiction:
    first: Finding
    count: int = 0
    #: The JSON types seen (a key's values, a parameter's values).
    seen_types: set[str] = field(default_factory=set)
    #: The values seen, by their JSON text (refused request values, added enum values).
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return self.first.kind

    @property
    def reason(self) -> str:
        return self.first.reason

    @property
    def schema(self) -> Location:
        return self.first.schema


Key = tuple[str, str, tuple[str, ...], Location, str]


def key(finding: Finding) -> Key:
    return (finding.kind, finding.reason, finding.operation.location, finding.schema, finding.detail)


class Tally:
    def __init__(self) -> None:
        self.contradictions: dict[Key, Contradiction] = {}

    def add(self, findings: Iterable[Finding]) -> None:
        for finding in findings:
            found = self.contradictions.get(key(finding))
            if found is None:
                found = self.contradictions[key(finding)] = Contradiction(finding)
            found.count += 1
            found.seen_types.add(finding.seen_type)
            if finding.value is not None or finding.seen_type == "null":
                found.values.setdefault(json.dumps(finding.value, sort_keys=True), finding.value)

    def sorted(self) -> list[Contradiction]:
        """In the order of the recordings: by the first exchange that showed each."""
        return sorted(
            self.contradictions.values(),
            key=lambda c: (
                c.first.where.rsplit("#", 1)[0],
                int(c.first.where.rsplit("#", 1)[1]),
                c.first.pointer,
            ),
        )
