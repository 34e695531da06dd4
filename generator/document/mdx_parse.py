"""MDX pages to syntax trees, with the MDX project's own parser (remark-mdx, run by node).

Every page of a run goes to one node process (``mdx_tree.mjs``), which answers one JSON line
per page: its mdast tree, trimmed to what :mod:`generator.document.mdx` walks, or the parser's
error with its line. A missing node, a parser that dies or a page it cannot read is a located
error; this module never raises.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator.diagnostics import DiagnosticSink, Location
from generator.document.mdx_bundle import current_bundle

SCRIPT = Path(__file__).with_name("mdx_tree.mjs")
#: A whole site parses in a few seconds; a parser still busy after this is stuck.
TIMEOUT_SECONDS = 120

Tree = dict[str, Any]


def parse_mdx_pages(sources: Sequence[tuple[str, str]], sink: DiagnosticSink) -> dict[str, Tree]:
    """The syntax tree of each page, by display path; a page that cannot be parsed is reported."""
    return start_mdx_parser(sources).trees(sink)


def start_mdx_parser(sources: Sequence[tuple[str, str]]) -> MdxParse:
    """The parser started on ``sources``: it runs while the caller goes on (loading the later
    stages, which takes about as long); :meth:`MdxParse.trees` waits for it."""
    return MdxParse(sources)


class MdxParse:
    """One node process parsing every page, run from a thread (which only waits on it)."""

    def __init__(self, sources: Sequence[tuple[str, str]]) -> None:
        self.sources = list(sources)
        self.node = shutil.which("node") if self.sources else None
        self.outcome: subprocess.CompletedProcess[str] | OSError | subprocess.TimeoutExpired | None = None
        self.thread: threading.Thread | None = None
        if self.node is not None:
            self.thread = threading.Thread(target=self.run, args=(self.node,), daemon=True)
            self.thread.start()

    def run(self, node: str) -> None:
        payload = json.dumps([{"path": path, "text": text} for path, text in self.sources])
        # The same script bundled into one file, when built for the present script and packages
        # (``make node``): node loads it in 0.09 s instead of 0.22 s.
        script = current_bundle() or SCRIPT
        try:
            self.outcome = subprocess.run(
                [node, str(script)],
                input=payload,
                capture_output=True,
                text=True,
                encoding="utf-8",
                timeout=TIMEOUT_SECONDS,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            self.outcome = error

    def trees(self, sink: DiagnosticSink) -> dict[str, Tree]:
        """The syntax tree of each page, by display path; a page that cannot be parsed is reported."""
        if not self.sources:
            return {}
        if self.node is None or self.thread is None:
            for path, _ in self.sources:
                sink.error(
                    Location(path, 1), "node is needed to read MDX pages and was not found", "mdx-parser"
                )
            return {}
        self.thread.join()
        completed = self.outcome
        if not isinstance(completed, subprocess.CompletedProcess):
            for path, _ in self.sources:
                sink.error(Location(path, 1), f"the MDX parser did not run: {completed}", "mdx-parser")
            return {}
        if completed.returncode != 0:
            reason = _last_line(completed.stderr) or f"exit status {completed.returncode}"
            if "Cannot find package" in completed.stderr or "ERR_MODULE_NOT_FOUND" in completed.stderr:
                reason = "the MDX parser's packages are not installed (run `make node`)"
            for path, _ in self.sources:
                sink.error(Location(path, 1), f"the MDX parser failed: {reason}", "mdx-parser")
            return {}
        return _read_answers(completed.stdout, self.sources, sink)


def _read_answers(output: str, sources: Sequence[tuple[str, str]], sink: DiagnosticSink) -> dict[str, Tree]:
    trees: dict[str, Tree] = {}
    answered: set[str] = set()
    for line in output.splitlines():
        try:
            answer = json.loads(line)
        except (ValueError, RecursionError):
            continue  # its page is reported below as unanswered
        if not isinstance(answer, dict) or not isinstance(answer.get("path"), str):
            continue
        path = answer["path"]
        answered.add(path)
        error = answer.get("error")
        if isinstance(error, dict):
            line_number, column = error.get("line"), error.get("column")
            place = Location(
                path,
                line_number if isinstance(line_number, int) else 1,
                column if isinstance(column, int) else 1,
            )
            sink.error(place, f"MDX: {error.get('message')}", "mdx-syntax")
        elif isinstance(answer.get("tree"), dict):
            trees[path] = answer["tree"]
    for path, _ in sources:
        if path not in answered:
            sink.error(Location(path, 1), "the MDX parser gave no readable tree for this page", "mdx-parser")
    return trees


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""
