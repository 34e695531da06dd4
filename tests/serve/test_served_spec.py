"""`make serve-spec`: the spec files and a Redoc page, local only, read by headless Chromium."""

from __future__ import annotations

import json
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator.serve import make_server
from tests.contract.spec_tools import load_spec, operations
from tests.support.node import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    server = make_server(ROOT / "spec", "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host!s}:{port}"
    finally:
        server.shutdown()
        server.server_close()


def test_spec_urls_serve_the_committed_files(base_url: str) -> None:
    as_json = httpx.get(f"{base_url}/openapi.json")
    assert as_json.status_code == 200 and as_json.headers["content-type"].startswith("application/json")
    assert as_json.json() == json.loads((ROOT / "spec" / "openapi.json").read_text())
    as_yaml = httpx.get(f"{base_url}/openapi.yaml")
    assert as_yaml.status_code == 200 and as_yaml.text == (ROOT / "spec" / "openapi.yaml").read_text()


def test_page_uses_no_outside_resources(base_url: str) -> None:
    page = httpx.get(f"{base_url}/").text
    assert '<script src="/assets/redoc.standalone.js">' in page
    assert "http://" not in page and "https://" not in page
    assert httpx.get(f"{base_url}/assets/redoc.standalone.js").status_code == 200


@pytest.mark.parametrize(
    "path", ["/../pyproject.toml", "/spec/../Makefile", "/%2e%2e/Makefile", "/docs/smart_trades_api.md"]
)
def test_nothing_else_is_served(base_url: str, path: str) -> None:
    assert httpx.get(f"{base_url}{path}").status_code == 404


def test_chromium_lists_every_operation(base_url: str, tmp_path: Path) -> None:
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed: `apt-get install chromium` (Debian) to run the browser test")
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--virtual-time-budget=20000",
        "--dump-dom",
        f"{base_url}/",
    ]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    dom = completed.stdout
    summaries = [operation["summary"] for _, _, operation in operations(load_spec()).values()]
    missing = [summary for summary in summaries if summary not in dom]
    assert not missing, f"not rendered: {missing}; chromium said: {completed.stderr[-500:]}"
    assert "Cannot" not in dom.split("<body", 1)[-1][:2000]  # Redoc's load-error banner
