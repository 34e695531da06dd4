"""``python -m generator answers SPEC RECORDING... [--overlay-out FILE] [--json]``.

Exit 0 when every answer agrees with the spec, 1 when one contradicts it (or matches no
operation), 2 when a recording or the spec cannot be read (the error says where). Nothing is
printed before every recording is read, so an unreadable one leaves only its error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from generator.answers.check import AnswerChecker
from generator.answers.corrections import corrections, describe, normalized_path
from generator.answers.recordings import RecordingError, read_exchanges, recording_files
from generator.answers.secrets import exchange_secrets, scrub
from generator.answers.tally import Contradiction, Tally

AGREE, CONTRADICT, UNREADABLE = 0, 1, 2


@dataclass
class Unmatched:
    method: str
    path: str
    where: str
    count: int = 0


@dataclass
class Answers:
    """Everything one run saw."""

    recordings: int = 0
    exchanges: int = 0
    tally: Tally = field(default_factory=Tally)
    unmatched: dict[tuple[str, str], Unmatched] = field(default_factory=dict)
    #: Answers that were not JSON where the spec describes JSON: counted, not checked.
    unchecked: int = 0


def check_recordings(spec: dict[str, Any], paths: Sequence[Path]) -> Answers:
    """Every exchange of ``paths`` held against ``spec``; raises :class:`RecordingError`."""
    checker = AnswerChecker(spec)
    answers = Answers(recordings=len(recording_files(paths)))
    for exchange in read_exchanges(paths):
        answers.exchanges += 1
        result = checker.check(exchange)
        if result.operation is None:
            # The path only, without the query, and without any credential it may hold.
            path = scrub(urlsplit(exchange.url).path or "/", exchange_secrets(exchange))
            found = answers.unmatched.setdefault(
                (exchange.method, path), Unmatched(exchange.method, path, exchange.where)
            )
            found.count += 1
            continue
        answers.tally.add(result.findings)
        answers.unchecked += result.unchecked_body
    return answers


def load_spec(path: Path) -> dict[str, Any]:
    from generator.yaml12 import load_yaml12

    text = path.read_text(encoding="utf-8")
    spec = json.loads(text) if path.suffix.lower() == ".json" else load_yaml12(text)
    if not isinstance(spec, dict) or not isinstance(spec.get("paths"), dict):
        raise ValueError("not an OpenAPI document (no `paths`)")
    return spec


def run_answers(spec_path: Path, recordings: Sequence[Path], overlay_out: Path | None, as_json: bool) -> int:
    # A recording's text may hold what no terminal encodes (a lone surrogate): escaped, not a crash.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        spec = load_spec(spec_path)
    except (OSError, ValueError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error).splitlines()[0]
        print(f"{spec_path}: error: cannot read the spec: {reason}", file=sys.stderr)
        return UNREADABLE
    except Exception as error:  # a YAML error: its message quotes the file, which is ours
        print(f"{spec_path}: error: cannot read the spec: {type(error).__name__}", file=sys.stderr)
        return UNREADABLE
    missing = [str(p) for p in recordings if not p.exists()]
    if missing:
        print(f"{missing[0]}: error: no such recording", file=sys.stderr)
        return UNREADABLE
    try:
        answers = check_recordings(spec, recordings)
    except RecordingError as error:
        print(f"{error.file}:{error.where}: error: {error.reason}; nothing was written", file=sys.stderr)
        return UNREADABLE
    contradictions = answers.tally.sorted()
    fixes = corrections(spec, contradictions)
    if as_json:
        print(json.dumps(_json_report(answers, contradictions), indent=2, ensure_ascii=False))
    else:
        for line in _text_report(answers, contradictions):
            print(line)
    if overlay_out is not None:
        from generator.emit import dump_yaml, write_all_atomic

        if fixes.actions:
            write_all_atomic(
                {
                    overlay_out: dump_yaml(
                        fixes.document(f"Corrections to {spec_path.name} from recorded answers")
                    )
                }
            )
            print(f"wrote {overlay_out}: {len(fixes.actions)} action(s)", file=sys.stderr)
        else:
            print(f"{overlay_out}: not written: no contradiction an overlay can widen", file=sys.stderr)
    if fixes.uncorrected:
        print(
            f"{len(fixes.uncorrected)} contradiction(s) no overlay widens (reported above, not corrected)",
            file=sys.stderr,
        )
    verdict = "contradict the spec" if contradictions or answers.unmatched else "agree with the spec"
    unchecked = f"; {answers.unchecked} answer(s) not JSON, not checked" if answers.unchecked else ""
    print(
        f"{answers.exchanges} exchange(s) in {answers.recordings} recording(s): {len(contradictions)} "
        f"contradiction(s), {len(answers.unmatched)} path(s) matching no operation{unchecked}; "
        f"the answers {verdict}",
        file=sys.stderr,
    )
    return CONTRADICT if contradictions or answers.unmatched else AGREE


def _text_report(answers: Answers, contradictions: Sequence[Contradiction]) -> list[str]:
    lines = []
    for contradiction in contradictions:
        first = contradiction.first
        lines.append(
            f"{first.where}: {first.kind}: {first.operation.label} {first.pointer or '/'}: "
            f"{describe(contradiction)}; sample {first.sample}; seen {contradiction.count}x"
        )
    for unmatched in answers.unmatched.values():
        lines.append(
            f"{unmatched.where}: unmatched: {unmatched.method} {unmatched.path} matches no operation "
            f"of the spec; seen {unmatched.count}x"
        )
    return lines


def _json_report(answers: Answers, contradictions: Sequence[Contradiction]) -> dict[str, Any]:
    return {
        "recordings": answers.recordings,
        "exchanges": answers.exchanges,
        "agree": not contradictions and not answers.unmatched,
        "contradictions": [
            {
                "kind": c.first.kind,
                "reason": c.first.reason,
                # The seen type, the value outside the enum, the key, or the keyword that refused.
                "detail": c.first.detail,
                "operation": c.first.operation.operation_id,
                "method": c.first.operation.method.upper(),
                "path": c.first.operation.template,
                "pointer": c.first.pointer,
                "schema": normalized_path(c.first.schema),
                "file": c.first.where.rsplit("#", 1)[0],
                "index": int(c.first.where.rsplit("#", 1)[1]),
                "sample": c.first.sample,
                "count": c.count,
                "message": describe(c),
            }
            for c in contradictions
        ],
        "unmatched": [
            {
                "method": u.method,
                "path": u.path,
                "file": u.where.rsplit("#", 1)[0],
                "index": int(u.where.rsplit("#", 1)[1]),
                "count": u.count,
            }
            for u in answers.unmatched.values()
        ],
        "unchecked_answers": answers.unchecked,
    }
