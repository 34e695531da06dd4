"""The client reaches into no private name of httpx or httpcore, but in ``_pools.py``.

The private names are read from httpx's and httpcore's own objects (a client, a transport, a
pool, a request, a response), so a new one is caught too; any attribute of that name in the
generated package, read or written on something other than ``self``, counts. ``_pools.py``
is the one exception (no public way to choose a pool's network backend), held to every httpx
the package allows by ``tests/faults/test_httpx_versions.py``.
"""

from __future__ import annotations

import ast

import httpcore
import httpx

from tests.support.node import ROOT

PACKAGE = ROOT / "generated_client" / "threecommas"
ALLOWED = {"_pools.py"}


def _private_names() -> set[str]:
    objects: list[object] = [
        httpx.Client(),
        httpx.AsyncClient(),
        httpx.HTTPTransport(),
        httpx.Request("GET", "http://example.test/"),
        httpx.Response(200, content=b"{}"),
        httpcore.ConnectionPool(),
    ]
    return {
        name for item in objects for name in vars(item) if name.startswith("_") and not name.startswith("__")
    }


def _reaches(source: str, names: set[str]) -> list[str]:
    """``line: expression`` of each attribute in ``names`` taken of something other than ``self``."""
    return [
        f"{node.lineno}: {ast.unparse(node)}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute)
        and node.attr in names
        and not (isinstance(node.value, ast.Name) and node.value.id in {"self", "cls", "clone"})
    ]


def test_the_finder_finds_a_private_read_and_write() -> None:
    names = _private_names()
    assert {"_content", "_transport", "_mounts", "_pool"} <= names
    source = "response._content = body\nbackend = client._transport._pool\nself._transport = t\n"
    assert _reaches(source, names) == [
        "1: response._content",
        "2: client._transport._pool",
        "2: client._transport",
    ]


def test_only_the_pools_module_reaches_into_httpx() -> None:
    names = _private_names()
    found = {
        path.name: reaches
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name not in ALLOWED and (reaches := _reaches(path.read_text(), names))
    }
    assert found == {}
