"""A second opinion on the change report: Atlassian's openapi-diff (npm) on the same spec pairs.

oasdiff, the reference for our rules, is a Go program with no package on PyPI or npm (its npm
name is a reserved placeholder); openapi-diff is the kept diff tool these registries offer. It
reads OpenAPI 3.0 only and compares paths, methods and request and response bodies by set
theory (type, properties, required, bounds, additionalProperties, compositions; not enums,
parameters, security or servers), so the pairs here are small 3.0 documents within what it
reads. On each, "breaking" from it must mean a major bump from us, and no breaking a lower one,
except for the cases listed in DIVERGENT, where we follow oasdiff on purpose.
"""

from __future__ import annotations

import copy
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.diff import Impact, compare
from tests.support.node import node_tool

pytestmark = pytest.mark.slow

Edit = Callable[[dict[str, Any]], None]

BASE: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "trades", "version": "1.0.0"},
    "paths": {
        "/trades": {
            "post": {
                "operationId": "create_trade",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/TradeRequest"}}
                    },
                },
                "responses": {
                    "200": {
                        "description": "The trade.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Trade"}}},
                    }
                },
            },
            "get": {
                "operationId": "list_trades",
                "responses": {
                    "200": {
                        "description": "Trades.",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Trade"}}
                            }
                        },
                    }
                },
            },
        }
    },
    "components": {
        "schemas": {
            "TradeRequest": {
                "type": "object",
                "properties": {
                    "pair": {"type": "string"},
                    "units": {"type": "number", "minimum": 0, "maximum": 1000},
                    "note": {"type": "string", "maxLength": 50},
                    "steps": {"type": "array", "items": {"type": "number"}, "maxItems": 4},
                },
                "required": ["pair", "units"],
            },
            "Trade": {
                "type": "object",
                "properties": {"id": {"type": "integer"}, "status": {"type": "string"}},
                "required": ["id"],
            },
        }
    },
}


def _request(spec: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"]["TradeRequest"]
    return schema


def _response(spec: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"]["Trade"]
    return schema


PAIRS: dict[str, Edit] = {
    "operation removed": lambda s: s["paths"]["/trades"].pop("get"),
    "operation added": lambda s: s["paths"]["/trades"].__setitem__(
        "delete", {"operationId": "delete_trades", "responses": {"204": {"description": "Gone."}}}
    ),
    "path removed": lambda s: s["paths"].pop("/trades"),
    "request field now required": lambda s: _request(s)["required"].append("note"),
    "request field now optional": lambda s: _request(s)["required"].remove("units"),
    "request type narrowed": lambda s: _request(s)["properties"]["units"].update(type="integer"),
    "request maximum lowered": lambda s: _request(s)["properties"]["units"].update(maximum=100),
    "request maximum raised": lambda s: _request(s)["properties"]["units"].update(maximum=10000),
    "request maxItems lowered": lambda s: _request(s)["properties"]["steps"].update(maxItems=2),
    "request maxLength removed": lambda s: _request(s)["properties"]["note"].pop("maxLength"),
    "request field removed": lambda s: _request(s)["properties"].pop("note"),
    "request field added": lambda s: _request(s)["properties"].__setitem__("label", {"type": "string"}),
    "response field removed": lambda s: _response(s)["properties"].pop("status"),
    "response field added": lambda s: _response(s)["properties"].__setitem__("label", {"type": "string"}),
    "response field no longer required": lambda s: _response(s).pop("required"),  # 3.0: no empty list
    "response field now required": lambda s: _response(s)["required"].append("status"),
    "response type changed": lambda s: _response(s)["properties"]["id"].update(type="string"),
    "response now nullable": lambda s: _response(s)["properties"]["id"].update(nullable=True),
    "description reworded": lambda s: s["paths"]["/trades"]["get"]["responses"]["200"].update(
        description="All trades."
    ),
}

#: Where the two disagree, and why we keep our verdict.
DIVERGENT = {
    # Set theory: a new typed property narrows what a request may hold (``label: 5`` was
    # accepted). oasdiff and client users: an optional argument appeared, nothing breaks.
    "request field added": (True, Impact.MINOR),
    # Set theory: without the property any value is accepted. To the generated client the
    # argument is gone: calls passing it fail.
    "request field removed": (False, Impact.MAJOR),
    # openapi-diff reads OpenAPI 3.0's ``nullable`` as no change; a null where code expects an
    # integer breaks it (oasdiff: response-property-became-nullable).
    "response now nullable": (False, Impact.MAJOR),
}


def _openapi_diff_says_breaking(tool: Path, old: dict[str, Any], new: dict[str, Any], folder: Path) -> bool:
    (folder / "old.json").write_text(json.dumps(old))
    (folder / "new.json").write_text(json.dumps(new))
    completed = subprocess.run(
        [str(tool), str(folder / "old.json"), str(folder / "new.json")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = completed.stdout + completed.stderr
    assert "OPENAPI_DIFF_PARSE_ERROR" not in output, output
    # It exits non-zero exactly when it finds a breaking difference.
    assert (completed.returncode != 0) == ('"breakingDifferencesFound": true' in output), output
    return completed.returncode != 0


@pytest.mark.parametrize("pair", sorted(PAIRS))
def test_report_agrees_with_openapi_diff(pair: str, tmp_path: Path) -> None:
    new = copy.deepcopy(BASE)
    PAIRS[pair](new)
    theirs = _openapi_diff_says_breaking(node_tool("openapi-diff"), BASE, new, tmp_path)
    changes = compare(BASE, new)
    ours = max((c.impact for c in changes), default=Impact.NONE)
    report = "\n".join(str(c) for c in changes)
    if pair in DIVERGENT:
        assert (theirs, ours) == DIVERGENT[pair], report
    else:
        assert theirs == (ours is Impact.MAJOR), f"openapi-diff breaking={theirs}, ours={ours.name}\n{report}"
