"""`redocly lint` on the committed spec: no errors, and only the warnings docs/warnings.md explains."""

from __future__ import annotations

import json
import re
import subprocess

from generator import extensions
from generator.spec_refs import group_reference
from tests.contract.spec_tools import load_spec
from tests.support.node import ROOT, node_tool

#: Warning rules docs/warnings.md lists with their reason ("Lint warnings").
EXPLAINED = {"info-license", "no-unused-components", "no-illogical-composition-keywords"}


def test_redocly_lint_has_no_errors_and_only_explained_warnings() -> None:
    completed = subprocess.run(
        [node_tool("redocly"), "lint", "spec/openapi.yaml", "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    report = json.loads(completed.stdout)
    assert report["totals"]["errors"] == 0, report["problems"]
    rules = {p["ruleId"] for p in report["problems"]}
    assert rules <= EXPLAINED, rules - EXPLAINED
    document = load_spec()
    schemas = document["components"]["schemas"]
    optional_selectors = {
        s[extensions.SELECTOR]
        for s in schemas.values()
        if isinstance(s, dict) and extensions.SELECTOR_DEFAULT in s
    }
    for problem in report["problems"]:
        if problem["message"].startswith("`oneOf` should have at least two schemas"):
            # A rule group's holder in a body's `allOf`: a `oneOf` of the group alone beside its
            # selector's type, for openapi-generator's normalizer (docs/interop.md).
            pointer = problem["location"][0]["pointer"].removeprefix("#/").removesuffix("/oneOf")
            node = document
            for part in pointer.split("/"):
                node = node[int(part)] if isinstance(node, list) else node[part.replace("~1", "/")]
            assert group_reference(node) is not node, problem["location"]
            continue
        if problem["ruleId"] == "no-illogical-composition-keywords":
            # Only groups whose selector may be absent (it has a default) are reported, and those
            # variants are exclusive by `const`: the rules tests check no payload matches two.
            named = set(re.findall(r"Add `(\w+)` to `required`", problem["message"]))
            assert named and named <= optional_selectors, problem["message"]
