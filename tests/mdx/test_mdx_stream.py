"""The MDX parser's answers are read page by page, while node goes on parsing the next pages.

Each test runs a small node script in place of the parser (``mdx_parse.SCRIPT``, no bundle), so
that what node does between two answers is under the test's control.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.diagnostics import DiagnosticSink, Location
from generator.document import mdx_parse

PAGES = [("docs/a.mdx", "# A\n"), ("docs/b.mdx", "# B\n")]

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")


def _answer(path: str) -> str:
    return f'process.stdout.write(JSON.stringify({{path: "{path}", tree: {{type: "root", children: []}}}}) + "\\n");\n'


def _parser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> mdx_parse.MdxParse:
    script = tmp_path / "parser.mjs"
    script.write_text(body, encoding="utf-8")
    monkeypatch.setattr(mdx_parse, "current_bundle", lambda: None)
    monkeypatch.setattr(mdx_parse, "SCRIPT", script)
    return mdx_parse.start_mdx_parser(PAGES)


def test_a_page_is_read_before_node_answers_the_next(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Node answers the first page, then waits until the reader has read it (it leaves a file),
    # and only then answers the second: a parse read only at its end would never see that file.
    flag = tmp_path / "first-page-read"
    body = (
        "import fs from 'node:fs';\n"
        + _answer("docs/a.mdx")
        + f"const until = Date.now() + 60000;\nwhile (!fs.existsSync({str(flag)!r}) && Date.now() < until) {{}}\n"
        + f"if (!fs.existsSync({str(flag)!r})) {{ console.error('the first page was not read'); process.exit(1); }}\n"
        + _answer("docs/b.mdx")
    )
    parse = _parser(tmp_path, monkeypatch, body)

    def reader(path: str, tree: mdx_parse.Tree, sink: DiagnosticSink) -> str:
        flag.touch()
        return f"{path}: {tree['type']}"

    sink = DiagnosticSink()
    assert parse.read(sink, reader) == {"docs/a.mdx": "docs/a.mdx: root", "docs/b.mdx": "docs/b.mdx: root"}
    assert list(sink) == []


def test_a_parser_that_fails_after_some_pages_reads_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What the reader said of the page read before the failure is dropped with the page.
    parse = _parser(
        tmp_path, monkeypatch, _answer("docs/a.mdx") + "console.error('out of memory');\nprocess.exit(3);\n"
    )

    def reader(path: str, tree: mdx_parse.Tree, sink: DiagnosticSink) -> str:
        sink.warning(Location(path, 1), "read", "test")
        return path

    sink = DiagnosticSink()
    assert parse.read(sink, reader) == {}
    assert [(d.location.file, d.message, d.code) for d in sink] == [
        (path, "the MDX parser failed: out of memory", "mdx-parser") for path, _ in PAGES
    ]
