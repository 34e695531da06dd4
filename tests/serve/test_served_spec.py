"""`make site` and `make serve-spec`: the folder handed to other teams (spec as YAML and JSON, change
log, Redoc page with nothing from elsewhere), served on the host asked for, read by headless Chromium."""

from __future__ import annotations

import functools
import html
import http.server
import json
import re
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator.openapi.samples import client_calls
from generator.serve import make_server, open_addresses
from generator.site import SITE_FILES, SiteError, build_site
from tests.contract.spec_tools import load_spec, operations
from tests.support.node import ROOT
from tests.support.servers import free_port, running

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SPEC_JSON = json.loads((ROOT / "spec" / "openapi.json").read_text())


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("site") / "site"
    return build_site(ROOT / "spec" / "openapi.yaml", ROOT / "CHANGELOG.md", output)[0].parent


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
        build_site(ROOT / "spec" / "openapi.json", tmp_path / "CHANGELOG.md", target)
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
    printed = tmp_path / "printed.txt"
    with running(command, ready_url=f"http://127.0.0.1:{port}/", cwd=ROOT, timeout=300, output=printed):
        listening = {conn for conn in _listening_sockets() if conn.endswith(f":{port}")}
        assert listening == {f"0.0.0.0:{port}"}, listening
        assert httpx.get(f"http://127.0.0.1:{port}/openapi.json").json() == SPEC_JSON
        outside = _outside_address()
        if outside is not None:  # reached on another interface than loopback
            assert httpx.get(f"http://{outside}:{port}/openapi.yaml").status_code == 200
        # The addresses it prints are ones a person can open: loopback and the outside address,
        # never the wildcard itself, and each one answers.
        urls = re.findall(r"http://\S+/", printed.read_text())
        assert f"http://127.0.0.1:{port}/" in urls, printed.read_text()
        assert not any("0.0.0.0" in url for url in urls), urls
        if outside is not None:
            assert f"http://{outside}:{port}/" in urls, urls
        for url in urls:
            assert httpx.get(f"{url}openapi.json").status_code == 200, url
    with pytest.raises(httpx.TransportError):  # stopped with the test
        httpx.get(f"http://127.0.0.1:{port}/", timeout=2)


def test_a_server_on_every_ipv6_address_prints_addresses_that_answer(tmp_path: Path, site: Path) -> None:
    if not socket.has_ipv6 or not _can_bind_ipv6():
        pytest.skip("this machine has no IPv6 loopback: nothing to bind `::` to")
    port = free_port()
    command = [sys.executable, "-m", "generator.serve", "--dir", site, "--host", "::", "--port", str(port)]
    printed = tmp_path / "printed.txt"
    with running(command, ready_url=f"http://127.0.0.1:{port}/", cwd=ROOT, output=printed):
        urls = re.findall(r"http://\S+/", printed.read_text())
        assert f"http://[::1]:{port}/" in urls and f"http://127.0.0.1:{port}/" in urls, urls
        assert not any("[::]" in url or "[fe80" in url for url in urls), urls
        for url in urls:
            assert httpx.get(f"{url}openapi.json").status_code == 200, url


def _can_bind_ipv6() -> bool:
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


def test_a_named_host_is_printed_as_given() -> None:
    assert open_addresses("127.0.0.1", 8765) == ["http://127.0.0.1:8765/"]
    assert open_addresses("localhost", 1) == ["http://localhost:1/"]
    assert open_addresses("::1", 2) == ["http://[::1]:2/"]


def _raw(base_url: str, request: str) -> bytes:
    """What the server sends back for ``request``, byte for byte, until it closes."""
    host, port = base_url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(request.encode())
        received = b""
        while chunk := connection.recv(65536):
            received += chunk
    return received


@pytest.mark.parametrize("name", ["", "openapi.json", "openapi.yaml", "CHANGELOG.md", "redoc.standalone.js"])
def test_head_is_answered_as_get_without_the_body(base_url: str, name: str) -> None:
    got = httpx.get(f"{base_url}/{name}")
    head = _raw(base_url, f"HEAD /{name} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    status, _, after = head.partition(b"\r\n")
    headers, _, body = after.partition(b"\r\n\r\n")
    assert status.split()[1] == b"200"
    assert body == b"", "HEAD must send no body"
    fields = dict(line.split(": ", 1) for line in headers.decode().split("\r\n"))
    assert fields["Content-Length"] == str(len(got.content)) == got.headers["content-length"]
    assert fields["Content-Type"] == got.headers["content-type"]


def test_head_of_a_missing_file_is_404_without_a_body(base_url: str) -> None:
    head = _raw(base_url, "HEAD /../Makefile HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert head.split()[1] == b"404"
    assert head.partition(b"\r\n\r\n")[2] == b""


ELSEWHERE = "http://editor.example:3000"


@pytest.mark.parametrize("name", ["openapi.json", "openapi.yaml", "CHANGELOG.md"])
def test_the_spec_files_may_be_read_by_a_page_of_another_origin(base_url: str, name: str) -> None:
    answer = httpx.get(f"{base_url}/{name}", headers={"Origin": ELSEWHERE})
    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == "*"
    assert "content-length" in answer.headers["access-control-expose-headers"].lower()
    # The preflight a browser sends before a request with a header of its own (a cache check).
    preflight = httpx.options(
        f"{base_url}/{name}",
        headers={
            "Origin": ELSEWHERE,
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "if-none-match, x-requested-with",
        },
    )
    assert preflight.status_code == 204 and preflight.content == b""
    assert preflight.headers["access-control-allow-origin"] == "*"
    assert {"GET", "HEAD"} <= {
        m.strip() for m in preflight.headers["access-control-allow-methods"].split(",")
    }
    assert preflight.headers["access-control-allow-headers"] == "if-none-match, x-requested-with"


def test_an_error_answer_carries_cors_too(base_url: str) -> None:
    """A tool on another origin then sees the 404 rather than an opaque network failure."""
    answer = httpx.get(f"{base_url}/nothing.json", headers={"Origin": ELSEWHERE})
    assert answer.status_code == 404 and answer.headers["access-control-allow-origin"] == "*"


@pytest.mark.slow
def test_chromium_on_another_origin_loads_the_spec(base_url: str, tmp_path: Path) -> None:
    """A real browser's CORS check: a page served from another port fetches openapi.json."""
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed: `apt-get install chromium` (Debian) to run the browser test")
    page = tmp_path / "page"
    page.mkdir()
    (page / "index.html").write_text(
        "<!DOCTYPE html><html><body><pre id=out>pending</pre><script>"
        f"fetch('{base_url}/openapi.json', {{headers: {{'X-Requested-With': 'probe'}}}})"
        ".then(r => r.json()).then(s => { document.getElementById('out').textContent = "
        "'loaded ' + s.info.version; })"
        ".catch(e => { document.getElementById('out').textContent = 'failed ' + e; });"
        "</script></body></html>"
    )
    other = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(page))
    )
    thread = threading.Thread(target=other.serve_forever, daemon=True)
    thread.start()
    try:
        completed = _chromium(
            f"http://127.0.0.1:{other.server_address[1]}", tmp_path / "profile", "--dump-dom"
        )
    finally:
        other.shutdown()
        other.server_close()
    assert f"loaded {SPEC_JSON['info']['version']}" in completed.stdout, completed.stdout[-1000:]


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
