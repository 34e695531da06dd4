"""Helpers for the MDX tests: made-up pages as the site writes them, and the site itself."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from generator.diagnostics import DiagnosticSink
from tests.support.node import ROOT

#: The current reference (the Docusaurus site's docs tree), beside the repository.
SITE = ROOT.parent / "shared" / "docs-mdx"

IMPORTS = """\
import Endpoint, { Permission, NoContentEndpoint } from '@site/src/components/Endpoint';
import ApiParam, { ParameterRange } from '@site/src/components/ApiParam';
import CollapsibleNestedParams from '@site/src/components/CollapsibleNestedParams';
import * as ResponseTabs from '@site/src/components/ResponseTabs';
"""


def endpoint(url: str, method: str = "GET", permission: str = "BOTS_READ", security: str = "SIGNED") -> str:
    """An ``<Endpoint>`` as the site writes one."""
    return (
        f'<Endpoint\n  url="{url}"\n  method="{method}"\n  permissions={{\n    <>\n'
        f'      <Permission title="Permission" description="{permission}" />\n'
        f'      <Permission title="Security" description="{security}" />\n    </>\n  }}\n/>\n'
    )


def page(title: str, body: str) -> str:
    return f"---\ntitle: {title}\n---\n\n{IMPORTS}\n{textwrap.dedent(body)}"


def line_of(text: str, snippet: str) -> int:
    """The 1-based line of ``text`` where ``snippet`` first stands."""
    return text[: text.index(snippet)].count("\n") + 1


def warnings_of(sink: DiagnosticSink, code: str) -> list[str]:
    return [str(d) for d in sink.warnings if d.code == code]


def site_pages() -> list[Path]:
    if not SITE.is_dir():
        pytest.skip(f"the current reference is not in {SITE} (../shared/docs-mdx): nothing to read")
    return sorted(SITE.rglob("*.mdx"))
