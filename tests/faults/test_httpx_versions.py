"""The one module that reaches into httpx and httpcore (``_pools.py``) works on every httpx the
package allows.

httpx has no public way to give its connection pools another network backend, so ``_pools``
replaces each pool's backend (``client._transport``, ``client._mounts``,
``transport._pool._network_backend``) to hold every socket operation to the call's deadline.
Those names are httpx's and httpcore's internals: this test installs the first and last release
of each minor version the client's ``pyproject.toml`` allows, and in each checks that every
route (the default transport, a proxy's from the environment, the async client's) is wrapped
and that a call goes through, against a loopback server. Everything else of the client uses
httpx's public API (``tests/client/test_no_private_httpx.py``).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.node import ROOT

CLIENT = ROOT / "generated_client"
#: The first and last release of each minor version in the package's range.
VERSIONS = ("0.27.0", "0.27.2", "0.28.0", "0.28.1")
#: What httpx 0.27 needs beyond what the development environment has.
EXTRA = {"0.27.0": ("sniffio==1.3.1",), "0.27.2": ("sniffio==1.3.1",)}

CHECK = r"""
import asyncio, json, os, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import httpx
assert httpx.__version__ == sys.argv[1], httpx.__version__
from threecommas import Client
from threecommas._pools import add_deadlines

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_GET(self):
        body = json.dumps([{"id": 7}]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *_):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}/public/api"

wrapped = {"default": add_deadlines(httpx.Client()), "async": add_deadlines(httpx.AsyncClient())}
os.environ["HTTP_PROXY"] = "http://127.0.0.1:9"
proxied = httpx.Client()
wrapped["proxy from the environment"] = add_deadlines(proxied) and len(proxied._mounts) > 0
del os.environ["HTTP_PROXY"]
with Client(api_key="k", api_secret="s", base_url=base) as client:
    wrapped["a call"] = [t.id for t in client.smart_trades.list(limit=1, timeout=5).items] == [7]
print(json.dumps(wrapped))
"""


def _requirement() -> str:
    text = (CLIENT / "pyproject.toml").read_text()
    found = re.search(r'"httpx([^"]*)"', text)
    assert found, "the client's pyproject.toml names httpx"
    return found.group(1)


def test_the_versions_tried_are_the_range_the_package_allows() -> None:
    # If the range moves, this list must move with it.
    assert _requirement() == ">=0.27,<0.29"


@pytest.mark.parametrize("version", VERSIONS)
def test_every_route_is_held_to_the_deadline(version: str, tmp_path: Path) -> None:
    target = tmp_path / "site"
    installed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-deps",
            "--target",
            str(target),
            f"httpx=={version}",
            *EXTRA.get(version, ()),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if installed.returncode != 0:
        pytest.skip(f"httpx {version} could not be installed here: {installed.stderr.strip()[-300:]}")
    ran = subprocess.run(
        [sys.executable, "-c", CHECK, version],
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(target), str(CLIENT)])},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == (
        '{"default": true, "async": true, "proxy from the environment": true, "a call": true}'
    )
