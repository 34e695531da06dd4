"""MDX pages to syntax trees, with the MDX project's own parser (remark-mdx, run by node).

Every page of a run goes to one node process (``mdx_tree.mjs``), which answers one JSON line
per page: its mdast tree, trimmed to what :mod:`generator.document.mdx` walks, or the parser's
error with its line. A missing node, a parser that dies or a page it cannot read is a located
error; this module never raises.
"""

from __future__ import annotations

import contextlib
import json
import queue
import shutil
import subprocess
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from generator.diagnostics import DiagnosticSink, Location
from generator.document.mdx_bundle import current_bundle

SCRIPT = Path(__file__).with_name("mdx_tree.mjs")
#: A whole site parses in a few seconds; a parser still busy after this is stuck.
TIMEOUT_SECONDS = 120

Tree = dict[str, Any]
T = TypeVar("T")


def parse_mdx_pages(sources: Sequence[tuple[str, str]], sink: DiagnosticSink) -> dict[str, Tree]:
    """The syntax tree of each page, by display path; a page that cannot be parsed is reported."""
    return start_mdx_parser(sources).trees(sink)


def start_mdx_parser(sources: Sequence[tuple[str, str]]) -> MdxParse:
    """The parser started on ``sources``: it runs while the caller goes on (loading the later
    stages, which takes about as long); :meth:`MdxParse.read` reads each page as it is parsed."""
    return MdxParse(sources)


class MdxParse:
    """One node process parsing every page, run from a thread that hands on its answers line by line.

    Node answers each page as soon as it has parsed it, and the thread queues each answer as it
    comes (node never waits on a full pipe), so that the caller reads one page while node parses
    the next: on two cores, reading the whole site adds little to node's own time.
    """

    def __init__(self, sources: Sequence[tuple[str, str]]) -> None:
        self.sources = list(sources)
        self.node = shutil.which("node") if self.sources else None
        #: Node's output lines as they come; None once it has ended (``outcome`` is set by then).
        self.lines: queue.SimpleQueue[str | None] = queue.SimpleQueue()
        self.outcome: subprocess.CompletedProcess[str] | OSError | subprocess.TimeoutExpired | None = None
        self.thread: threading.Thread | None = None
        if self.node is not None:
            self.thread = threading.Thread(target=self.run, args=(self.node,), daemon=True)
            self.thread.start()

    def run(self, node: str) -> None:
        try:
            self.outcome = self._run(node)
        except (OSError, subprocess.TimeoutExpired) as error:
            self.outcome = error
        finally:
            self.lines.put(None)

    def _run(self, node: str) -> subprocess.CompletedProcess[str]:
        payload = json.dumps([{"path": path, "text": text} for path, text in self.sources])
        # The same script bundled into one file, when built for the present script and packages
        # (``make node``): node loads it in 0.09 s instead of 0.22 s.
        command = [node, str(current_bundle() or SCRIPT)]
        with subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        ) as process:
            stopped = threading.Event()

            def stop() -> None:  # a parser still busy after TIMEOUT_SECONDS is stuck
                stopped.set()
                process.kill()

            timer = threading.Timer(TIMEOUT_SECONDS, stop)
            timer.start()
            errors: list[str] = []
            # Its own thread writes the pages and then reads what node says on stderr, so that
            # neither pipe can fill while this one reads the answers.
            feeder = threading.Thread(target=_feed, args=(process, payload, errors), daemon=True)
            feeder.start()
            try:
                assert process.stdout is not None
                for line in process.stdout:
                    self.lines.put(line)
                feeder.join()
                returncode = process.wait()
            finally:
                timer.cancel()
            if stopped.is_set():
                raise subprocess.TimeoutExpired(command, TIMEOUT_SECONDS)
            return subprocess.CompletedProcess(command, returncode, "", "".join(errors))

    def trees(self, sink: DiagnosticSink) -> dict[str, Tree]:
        """The syntax tree of each page, by display path; a page that cannot be parsed is reported."""
        return self.read(sink, lambda _path, tree, _sink: tree)

    def read(self, sink: DiagnosticSink, reader: Callable[[str, Tree, DiagnosticSink], T]) -> dict[str, T]:
        """``reader`` applied to each page's tree as soon as node has parsed it, by display path.

        A page that cannot be parsed is reported. When the parser cannot run or fails, each page
        is an error and nothing is read: what ``reader`` said of the pages read before that is
        dropped, as if they had never been read.
        """
        if not self.sources:
            return {}
        if self.node is None or self.thread is None:
            for path, _ in self.sources:
                sink.error(
                    Location(path, 1), "node is needed to read MDX pages and was not found", "mdx-parser"
                )
            return {}
        staged = DiagnosticSink()
        read: dict[str, T] = {}
        answered: set[str] = set()
        while (line := self.lines.get()) is not None:
            answer = _answer(line, staged)
            if answer is not None:
                path, tree = answer
                answered.add(path)
                if tree is not None:
                    read[path] = reader(path, tree, staged)
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
        for path, _ in self.sources:
            if path not in answered:
                staged.error(
                    Location(path, 1), "the MDX parser gave no readable tree for this page", "mdx-parser"
                )
        sink.extend(staged.diagnostics)
        return read


def _feed(process: subprocess.Popen[str], payload: str, errors: list[str]) -> None:
    assert process.stdin is not None and process.stderr is not None
    with contextlib.suppress(BrokenPipeError):  # node ended early: its exit status says why
        process.stdin.write(payload)
    with contextlib.suppress(BrokenPipeError):
        process.stdin.close()
    errors.append(process.stderr.read())


def _answer(line: str, sink: DiagnosticSink) -> tuple[str, Tree | None] | None:
    """The page an answer line is about and its tree (None: the parser's error, reported);
    None for a line that is no answer (its page is reported as unanswered)."""
    try:
        answer = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if not isinstance(answer, dict) or not isinstance(answer.get("path"), str):
        return None
    path: str = answer["path"]
    error = answer.get("error")
    if isinstance(error, dict):
        line_number, column = error.get("line"), error.get("column")
        place = Location(
            path,
            line_number if isinstance(line_number, int) else 1,
            column if isinstance(column, int) else 1,
        )
        sink.error(place, f"MDX: {error.get('message')}", "mdx-syntax")
        return path, None
    tree = answer.get("tree")
    return path, tree if isinstance(tree, dict) else None


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""
