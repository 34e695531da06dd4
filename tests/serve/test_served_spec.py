"""`make site` and `make serve-spec`: the folder handed to other teams (spec as YAML and JSON, change
log, Redoc page with nothing from elsewhere), served on the host asked for, read by headless Chromium."""

from __future__ import annotations

import html
import json
import re
import shutil
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator.openapi.samples import client_calls
from generator.serve import make_server
from generator.site import SITE_FILES, SiteError, build_site
from tests.contract.spec_tools import load_spec, operations
from tests.support.node import ROOT
from tests.support.servers import free_port, running

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SPEC_JSON = json.loads((ROOT / "spec" / "openapi.json").read_text())


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(ROOT / "spec", ROOT / "CHANGELOG.md", tmp_path_factory.mktemp("site") / "site")[
        0
    ].parent


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    server = make_server(site, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield f"http://{host!s}:{port}"
    finally:
        server.shutdown()
        server.server_close()


def test_make_site_writes_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "handed-over"
    completed = subprocess.run(
        ["make", "--no-print-directory", "site", f"SITE={target}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert sorted(p.name for p in target.iterdir()) == sorted(SITE_FILES)
    for name in ("openapi.yaml", "openapi.json"):
        assert (target / name).read_bytes() == (ROOT / "spec" / name).read_bytes()
    assert (target / "CHANGELOG.md").read_bytes() == (ROOT / "CHANGELOG.md").read_bytes()
    redoc = ROOT / "node_modules" / "redoc" / "bundles" / "redoc.standalone.js"
    assert (target / "redoc.standalone.js").read_bytes() == redoc.read_bytes()
    page = (target / "index.html").read_text()
    # Relative links only: the folder works at a host's root or under any path, offline.
    assert "http://" not in page and "https://" not in page and 'src="/' not in page
    assert (
        '<redoc spec-url="openapi.json" payload-sample-idx="3">' in page
        and '<script src="redoc.standalone.js">' in page
    )
    assert SPEC_JSON["info"]["version"] in page


def test_a_failed_build_leaves_the_previous_site(site: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    shutil.copytree(site, target)
    before = {p.name: p.read_bytes() for p in target.iterdir()}
    with pytest.raises(SiteError, match="CHANGELOG"):
        build_site(ROOT / "spec", tmp_path / "CHANGELOG.md", target)
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no staging folder left


def test_site_urls_serve_the_committed_files(base_url: str) -> None:
    as_json = httpx.get(f"{base_url}/openapi.json")
    assert as_json.status_code == 200 and as_json.headers["content-type"].startswith("application/json")
    assert as_json.json() == SPEC_JSON
    as_yaml = httpx.get(f"{base_url}/openapi.yaml")
    assert as_yaml.status_code == 200 and as_yaml.text == (ROOT / "spec" / "openapi.yaml").read_text()
    changelog = httpx.get(f"{base_url}/CHANGELOG.md")
    assert changelog.status_code == 200 and changelog.text == (ROOT / "CHANGELOG.md").read_text()
    assert httpx.get(f"{base_url}/redoc.standalone.js").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/../pyproject.toml",
        "/spec/../Makefile",
        "/%2e%2e/Makefile",
        "/docs/smart_trades_api.md",
        "/CHANGELOG.md/x",
    ],
)
def test_nothing_else_is_served(base_url: str, path: str) -> None:
    assert httpx.get(f"{base_url}{path}").status_code == 404


def _outside_address() -> str | None:
    """An address of this machine that is not loopback, if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET: nothing is sent, the route picks the address
        except OSError:
            return None
        address = str(probe.getsockname()[0])
    return None if address.startswith("127.") else address


def test_serve_spec_listens_on_the_host_asked_for(tmp_path: Path) -> None:
    port = free_port()
    command = [
        "make",
        "--no-print-directory",
        "serve-spec",
        "HOST=0.0.0.0",
        f"PORT={port}",
        f"SITE={tmp_path}/s",
    ]
    with running(command, ready_url=f"http://127.0.0.1:{port}/", cwd=ROOT, timeout=300):
        listening = {conn for conn in _listening_sockets() if conn.endswith(f":{port}")}
        assert listening == {f"0.0.0.0:{port}"}, listening
        assert httpx.get(f"http://127.0.0.1:{port}/openapi.json").json() == SPEC_JSON
        outside = _outside_address()
        if outside is not None:  # reached on another interface than loopback
            assert httpx.get(f"http://{outside}:{port}/openapi.yaml").status_code == 200
    with pytest.raises(httpx.TransportError):  # stopped with the test
        httpx.get(f"http://127.0.0.1:{port}/", timeout=2)


def _listening_sockets() -> set[str]:
    """``address:port`` of each listening IPv4 TCP socket (from /proc: no tool needed)."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        if state == "0A":  # LISTEN
            address, port = local.split(":")
            octets = [str(int(address[i : i + 2], 16)) for i in range(6, -1, -2)]
            found.add(f"{'.'.join(octets)}:{int(port, 16)}")
    return found


def _chromium(base_url: str, profile: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
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
        f"--user-data-dir={profile}",
        "--virtual-time-budget=20000",
        "--window-size=1400,2200",
        *arguments,
        f"{base_url}/",
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


@pytest.mark.slow
def test_chromium_renders_operations_samples_and_download_links(base_url: str, tmp_path: Path) -> None:
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed: `apt-get install chromium` (Debian) to run the browser test")
    completed = _chromium(base_url, tmp_path / "profile", "--dump-dom")
    dom = completed.stdout
    said = f"chromium said: {completed.stderr[-500:]}"
    body = dom.split("<body", 1)[-1]
    assert "Cannot" not in body[:2000], said  # Redoc's load-error banner
    spec_operations = [operation for _, _, operation in operations(load_spec()).values()]
    missing = [op["summary"] for op in spec_operations if op["summary"] not in dom]
    assert not missing, f"operations not rendered: {missing}; {said}"
    # Each operation shows its three samples' tabs, the Python one first and open.
    for label in ("Python", "Python (async)", "curl"):
        tabs = re.findall(rf'role="tab"[^>]*>{re.escape(label)}<', dom)
        assert len(tabs) == len(spec_operations), (label, len(tabs))
    text = html.unescape(re.sub(r"<[^>]+>", "", dom))
    for operation_id, target in client_calls(SPEC_JSON).items():
        assert f"result = client.{target}(" in text, operation_id
    # The download bar, and Redoc's own download button.
    for link in ('href="openapi.yaml"', 'href="openapi.json"', 'href="CHANGELOG.md"'):
        assert link in dom, link
    assert "Download" in dom
    # General Information is one navigation group beside the tags; no chapter heading stands alone.
    top_level = re.findall(r'aria-label="([^"]+)"[^>]*>\s*<label[^>]*-depth1', dom)
    tags = [tag["name"] for tag in SPEC_JSON["tags"]]
    assert top_level == ["General Information", *tags], top_level

    screenshot = tmp_path / "served-page.png"
    shot = _chromium(base_url, tmp_path / "profile-shot", f"--screenshot={screenshot}")
    assert screenshot.is_file() and screenshot.stat().st_size > 10_000, shot.stderr[-500:]
    print(f"screenshot of the served page: {screenshot}")
