"""The MDX parser bundled by esbuild (``make node``): the same bytes as the script, never stale."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import DiagnosticSink
from generator.document import mdx_bundle, mdx_parse
from generator.sources import is_mdx, read_sources
from tests.mdx.pages import SITE, endpoint, page

HOSTILE = {
    "docs/a/1_broken.mdx": page("Broken", endpoint("/ver1/a") + "\n<ApiParam name='x' type='string'>\n"),
    "docs/a/2_deep.mdx": page("Deep", endpoint("/ver1/a") + "<div>\n" * 400 + "x\n" + "</div>\n" * 400),
    "docs/a/3_cut.mdx": page("Cut", "<Endpoint url="),
    "docs/a/4_odd.mdx": page(
        "Odd", '<Endpoint url={"/ver1/" + x} method="GET" permissions={<><P a={y} /></>} />\n'
    ),
    "docs/a/5_good.mdx": page("Good", endpoint("/ver1/good", "POST")),
}


@pytest.fixture
def bundle() -> Path:
    built = mdx_bundle.current_bundle()
    if built is None:
        pytest.fail("the MDX parser is not bundled for the present script and packages: run `make node`")
    return built


def parse_with(script: Path, pages: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    payload = json.dumps([{"path": path, "text": text} for path, text in pages.items()]).encode()
    node = shutil.which("node")
    assert node is not None
    return subprocess.run([node, str(script)], input=payload, capture_output=True, check=False)


def test_the_bundle_prints_what_the_script_prints(bundle: Path) -> None:
    pages = dict(HOSTILE)
    if SITE.is_dir():  # the current reference, when it is beside the repository
        pages.update((path, text) for path, text in read_sources([SITE], DiagnosticSink()) if is_mdx(path))
    by_script, by_bundle = parse_with(mdx_bundle.SCRIPT, pages), parse_with(bundle, pages)
    assert by_script.returncode == by_bundle.returncode == 0
    assert by_bundle.stdout == by_script.stdout
    assert b'"error"' in by_bundle.stdout and b'"tree"' in by_bundle.stdout


def test_the_parser_runs_the_bundle_when_it_is_current(bundle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    commands: list[list[str]] = []
    real_popen = subprocess.Popen

    def recording(command: list[str], **options: Any) -> Any:
        commands.append(command)
        return real_popen(command, **options)

    monkeypatch.setattr(mdx_parse.subprocess, "Popen", recording)
    good = {"docs/a/5_good.mdx": HOSTILE["docs/a/5_good.mdx"]}
    assert set(mdx_parse.parse_mdx_pages(list(good.items()), DiagnosticSink())) == set(good)
    monkeypatch.setattr(mdx_parse, "current_bundle", lambda: None)
    assert set(mdx_parse.parse_mdx_pages(list(good.items()), DiagnosticSink())) == set(good)
    assert [command[1] for command in commands] == [str(bundle), str(mdx_parse.SCRIPT)]


def test_an_edited_script_or_another_install_is_not_read_through_an_old_bundle(
    bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edited = tmp_path / "mdx_tree.mjs"
    edited.write_bytes(mdx_bundle.SCRIPT.read_bytes() + b"\n// edited\n")
    monkeypatch.setattr(mdx_bundle, "SCRIPT", edited)
    assert mdx_bundle.bundle_path() != bundle and mdx_bundle.current_bundle() is None
    monkeypatch.undo()
    installed = tmp_path / ".package-lock.json"
    installed.write_bytes(
        mdx_bundle.INSTALLED.read_bytes().replace(b'"lockfileVersion"', b'"lockfileVersion" ')
    )
    monkeypatch.setattr(mdx_bundle, "INSTALLED", installed)
    assert mdx_bundle.bundle_path() != bundle and mdx_bundle.current_bundle() is None
    monkeypatch.setattr(mdx_bundle, "INSTALLED", tmp_path / "absent")
    assert mdx_bundle.bundle_path() is None and mdx_bundle.current_bundle() is None
