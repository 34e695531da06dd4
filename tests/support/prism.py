"""Stoplight Prism, the mock server, on 127.0.0.1 with request validation on."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from tests.support.node import ROOT, node_tool
from tests.support.servers import free_port, running

SPEC = ROOT / "spec" / "openapi.yaml"


@contextlib.contextmanager
def prism(spec: Path = SPEC) -> Iterator[str]:
    """Yield the base URL of a Prism mock of ``spec`` (``--errors``: invalid requests get 422)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [node_tool("prism"), "mock", "-h", "127.0.0.1", "-p", str(port), "--errors", spec]
    with running(command, ready_url=f"{base}/ver1/ping", cwd=ROOT):
        yield base
