"""``python -m generator rules``: per operation, each rule understood and each phrase not."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator.diagnostics import DiagnosticSink, GenerationFailed
from generator.operations import plan_operations
from generator.pipeline import extract_all_rules, read_documents, read_sources
from generator.rules.extract import iter_rule_lines


def rules_report(documents: Sequence[Path]) -> tuple[str, int]:
    """The report's text and the number of phrases not understood."""
    sink = DiagnosticSink()
    sources = read_sources(documents, sink)
    parsed = read_documents(sources, sink)
    planned = plan_operations(parsed, sink)
    if sink.has_errors():
        raise GenerationFailed(sink)
    all_rules = extract_all_rules(planned, sink)
    lines: list[str] = []
    unread = 0
    for plan in planned:
        rules = all_rules[plan.operation_id]
        lines.append(f"{plan.operation_id}  ({plan.operation.method.value.upper()} {plan.operation.path})")
        entries = list(iter_rule_lines(rules))
        if not entries:
            lines.append("  (no rules)")
        for location, text in entries:
            lines.append(f"  {location.file}:{location.line}  {text}")
        unread += len(rules.unread)
    lines.append(f"phrases not understood: {unread}")
    return "\n".join(lines), unread


def print_rules_report(documents: Sequence[Path]) -> int:
    text, unread = rules_report(documents)
    print(text)
    return 1 if unread else 0
