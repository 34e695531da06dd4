"""The overlay stage (generator/overlay.py) alone and in the pipeline: Overlay 1.0.0 applied between
build and validation, every fault a located error with nothing written, the change report, the
warnings listing and the site carrying the overlays."""

from __future__ import annotations

import json
import subprocess
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.diagnostics import DiagnosticSink
from generator.overlay import apply_overlays, read_overlay
from tests.support.generator_cli import generator_cli
from tests.support.node import ROOT

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "A": {
                "type": "object",
                "properties": {"s": {"type": "string", "enum": ["x"]}, "n": {"type": "number"}},
            },
            "B": {"type": "object", "properties": {"s": {"type": "string", "enum": ["x"]}}},
        }
    },
}


def _apply(text: str) -> tuple[dict[str, Any], DiagnosticSink]:
    sink = DiagnosticSink()
    overlay = read_overlay("fix.yaml", text, sink)
    if overlay is None:
        return SPEC, sink
    spec, _ = apply_overlays(SPEC, [overlay], sink)
    return spec, sink


HEAD = "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"


def test_update_merges_objects_appends_to_arrays_and_remove_removes() -> None:
    spec, sink = _apply(
        HEAD
        + "- target: $.components.schemas.A.properties\n  update: {n: {type: [number, string]}, k: {type: integer}}\n"
        + "- target: $.components.schemas[*].properties.s.enum\n  update: y\n"
        + "- target: $.components.schemas.B.properties.s.enum\n  update: null\n"
        + "- target: $.info.title\n  remove: true\n"
    )
    assert not sink.diagnostics
    a, b = spec["components"]["schemas"]["A"], spec["components"]["schemas"]["B"]
    assert a["properties"]["n"] == {"type": ["number", "string"]}
    assert a["properties"]["k"] == {"type": "integer"}
    assert a["properties"]["s"]["enum"] == ["x", "y"]
    assert b["properties"]["s"]["enum"] == ["x", "y", None]
    assert "title" not in spec["info"]
    assert SPEC["components"]["schemas"]["A"]["properties"]["s"]["enum"] == ["x"]  # the input is not touched


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (HEAD + "- target: $.components.schemas.C\n  update: {}\n", 4, "matches nothing in the spec"),
        (HEAD + "- target: components.schemas\n  update: {}\n", 4, "is not an RFC 9535 JSONPath"),
        (HEAD + "- target: $.components.schemas.A\n  update: 3\n", 4, "`update` must be an object"),
        (HEAD + "- target: $.info.title\n  update: {a: 1}\n", 4, "only objects and arrays can be updated"),
        (HEAD + "- {update: {}}\n", 4, "`target` (a JSONPath) is required"),
        (HEAD + "- target: $.info\n", 4, "neither `update` nor `remove: true`"),
        (
            "overlay: 2.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $, update: {}}]\n",
            1,
            "only Overlay 1.0.0",
        ),
        ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: []\n", 3, "at least one action"),
        ("overlay: 1.0.0\ninfo: [\n", 3, "not valid YAML"),
    ],
)
def test_every_fault_is_an_error_at_the_overlays_line(text: str, line: int, message: str) -> None:
    _, sink = _apply(text)
    assert sink.errors, text
    assert any(
        e.location.file == "fix.yaml" and e.location.line == line and message in e.message
        for e in sink.errors
    ), [str(e) for e in sink.errors]


GOOD = HEAD + (
    "- target: $.components.schemas.SmartTradeEntity.properties.status.enum\n"
    "  description: the server sends paused (made up for this test)\n"
    "  update: paused\n"
)
#: Valid as an overlay, but the spec it leaves is no OpenAPI: a schema whose type is a number.
INVALID = HEAD + "- target: $.components.schemas.SmartTradeEntity.properties.status\n  update: {type: 12}\n"


def test_spec_applies_the_overlay_and_the_change_report_shows_it(tmp_path: Path) -> None:
    overlay = tmp_path / "fix.yaml"
    overlay.write_text(GOOD)
    out = tmp_path / "out" / "openapi.yaml"
    plain = generator_cli("spec", ROOT / "spec" / "docs", "-o", out)
    assert plain.returncode == 0, plain.stderr
    ran = generator_cli("spec", ROOT / "spec" / "docs", "--overlay", overlay, "-o", out, "--report-changes")
    assert ran.returncode == 0, ran.stderr
    assert f"overlay applied: {overlay}" in ran.stderr
    status = json.loads(out.with_suffix(".json").read_text())["components"]["schemas"]["SmartTradeEntity"]
    assert "paused" in status["properties"]["status"]["enum"]
    assert "paused" in ran.stdout  # the change report lists the value the overlay added


@pytest.mark.parametrize(("text", "line"), [(INVALID, 4), (HEAD + "- target: $.nowhere\n  update: {}\n", 4)])
def test_a_faulty_overlay_writes_nothing(tmp_path: Path, text: str, line: int) -> None:
    overlay = tmp_path / "fix.yaml"
    overlay.write_text(text)
    out = tmp_path / "out" / "openapi.yaml"
    ran = generator_cli("spec", ROOT / "spec" / "docs", "--overlay", overlay, "-o", out)
    assert ran.returncode == 1
    assert f"{overlay}:{line}:" in ran.stderr and "nothing was written" in ran.stderr
    assert not out.parent.exists()


def test_make_warnings_lists_the_overlays(tmp_path: Path) -> None:
    overlay = tmp_path / "fix.yaml"
    overlay.write_text(GOOD)
    ran = subprocess.run(
        ["make", "--no-print-directory", "-s", "warnings", f"OVERLAYS={overlay}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines()[-1] == f"overlay applied: {overlay}"


def test_the_site_carries_the_overlays_beside_the_spec(tmp_path: Path) -> None:
    from generator.serve import make_server
    from generator.site import build_site

    if not (ROOT / "node_modules" / "redoc").is_dir():
        pytest.skip("node_modules/redoc missing: run `make node`")
    overlay = tmp_path / "fix.yaml"
    overlay.write_text(GOOD)
    site = tmp_path / "site"
    written = build_site(ROOT / "spec" / "openapi.yaml", ROOT / "CHANGELOG.md", site, overlays=[overlay])
    assert site / "overlays" / "fix.yaml" in written
    assert (site / "overlays" / "fix.yaml").read_text() == GOOD
    assert 'href="overlays/fix.yaml"' in (site / "index.html").read_text()
    server = make_server(site, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        base = f"http://{host!s}:{port}"
        assert httpx.get(f"{base}/overlays/fix.yaml").text == GOOD
        for outside in (
            "/overlays/..%2Fopenapi.yaml",
            "/overlays/.fix.yaml",
            "/overlays/x/fix.yaml",
            "/overlays/",
        ):
            assert httpx.get(base + outside).status_code == 404, outside
    finally:
        server.shutdown()
        server.server_close()


def test_make_hands_the_overlays_to_every_build_of_the_spec(tmp_path: Path) -> None:
    """``OVERLAYS=`` reaches regenerate, spec, check and site (after spec/overlays/*.yaml)."""
    overlay = tmp_path / "fix.yaml"
    for target in ("regenerate", "spec", "check", "site"):
        ran = subprocess.run(
            [
                "make",
                "--no-print-directory",
                "-n",
                *(f"--old-file=.stamps/{s}" for s in ("venv", "node", "mdx-bundle")),
                target,
                f"OVERLAYS={overlay}",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert ran.returncode == 0, ran.stderr
        assert f"--overlay {overlay}" in " ".join(ran.stdout.split()), (target, ran.stdout)
