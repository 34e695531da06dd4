"""Hostile, broken and huge MDX: a located diagnostic, never a crash nor a half-written output."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.document import mdx_parse
from tests.mdx.conftest import Build
from tests.mdx.pages import endpoint, line_of, page
from tests.support.generator_cli import generator_cli

Failing = Callable[[dict[str, str]], list[str]]


def test_a_syntax_error_is_located(build_failing: Failing) -> None:
    broken = page(
        "Broken", endpoint("/ver1/a") + "\n## Query Parameters\n\n<ApiParam name='x' type='string'>\n"
    )
    errors = build_failing({"docs/a/1_broken.mdx": broken})
    syntax = [e for e in errors if "[mdx-syntax]" in e]
    assert len(syntax) == 1
    assert syntax[0].startswith("docs/a/1_broken.mdx:")
    assert int(syntax[0].split(":")[1]) >= line_of(broken, "<ApiParam")


def test_nesting_deeper_than_any_page_is_a_located_error(build_failing: Failing) -> None:
    deep = page("Deep", endpoint("/ver1/a") + "<div>\n" * 400 + "x\n" + "</div>\n" * 400)
    errors = build_failing({"docs/a/1_deep.mdx": deep})
    assert any("nests more than" in e and e.startswith("docs/a/1_deep.mdx:") for e in errors), errors


def test_a_page_that_breaks_leaves_the_others_read(build: Build, build_failing: Failing) -> None:
    good = page("Good", endpoint("/ver1/good"))
    errors = build_failing({"docs/a/1_good.mdx": good, "docs/a/2_bad.mdx": page("Bad", "<Endpoint url=")})
    assert all(e.startswith("docs/a/2_bad.mdx:") for e in errors), errors


def test_missing_node_is_an_error_per_page(monkeypatch: pytest.MonkeyPatch, build_failing: Failing) -> None:
    monkeypatch.setattr(mdx_parse.shutil, "which", lambda _name: None)
    errors = build_failing({"docs/a/1.mdx": page("A", endpoint("/ver1/a"))})
    assert any(e.startswith("docs/a/1.mdx:1:1: error: node is needed") for e in errors), errors


def test_hostile_attribute_values_are_reported_not_crashed_on(build: Build, build_failing: Failing) -> None:
    hostile = page(
        "Hostile",
        '<Endpoint url={"/ver1/" + x} method="GET" permissions={<><Permission title="Permission" '
        "description={y} /></>} />\n",
    )
    errors = build_failing({"docs/a/1.mdx": hostile})
    assert any("Endpoint url" in e and e.startswith("docs/a/1.mdx:") for e in errors), errors
    odd = page(
        "Odd",
        endpoint("/ver1/odd", "POST")
        + "## Body Parameters\n\n<ApiParam name={42} type='string'>No name.</ApiParam>\n"
        "<ApiParam name='shape' type='polygon'>Unknown type.</ApiParam>\n"
        "<ApiParam name='size' type='number'>Size. <ParameterRange min={lower} max=\"ten\" /></ApiParam>\n",
    )
    spec, sink = build({"docs/a/2.mdx": odd})
    codes = sorted(d.code for d in sink.warnings)
    assert {"mdx-parameter", "mdx-type", "mdx-range"} <= set(codes), codes
    body_ref = spec["paths"]["/ver1/odd"]["post"]["requestBody"]["content"]["application/json"]["schema"][
        "$ref"
    ]
    properties = spec["components"]["schemas"][body_ref.rsplit("/", 1)[1]]["properties"]
    assert "type" not in properties["shape"]  # unknown type: any JSON value, not a guess
    assert "minimum" not in properties["size"] and "maximum" not in properties["size"]


def test_a_huge_page_is_read(build: Build) -> None:
    params = "".join(
        f"<ApiParam name='p{i}' type='integer'>\n  Field {i}.\n</ApiParam>\n" for i in range(3000)
    )
    spec, _ = build(
        {"docs/a/1.mdx": page("Huge", endpoint("/ver1/huge") + "## Query Parameters\n\n" + params)}
    )
    assert len(spec["paths"]["/ver1/huge"]["get"]["parameters"]) == 3000


def test_the_command_writes_nothing_when_a_page_fails(tmp_path: Path) -> None:
    broken = tmp_path / "docs" / "a" / "1.mdx"
    broken.parent.mkdir(parents=True)
    broken.write_text(page("Broken", endpoint("/ver1/a") + "<ApiParam name='x'\n"))
    output = tmp_path / "out" / "openapi.yaml"
    output.parent.mkdir()
    completed = generator_cli("spec", tmp_path / "docs", "-o", output, timeout=120)
    assert completed.returncode == 1, completed.stderr
    assert f"{broken}:" in completed.stderr and "nothing was written" in completed.stderr
    assert list(output.parent.iterdir()) == []


def test_parameters_nested_deeper_than_names_may_be_are_dropped_with_a_warning(build: Build) -> None:
    levels = 40
    nested = (
        "".join(f"<ApiParam name='p{i}' type='object'>\n" for i in range(levels)) + "</ApiParam>\n" * levels
    )
    spec, sink = build(
        {"docs/a/1.mdx": page("Deep", endpoint("/ver1/deep", "POST") + "## Body Parameters\n\n" + nested)}
    )
    warned = [d for d in sink.warnings if d.code == "mdx-nesting"]
    assert len(warned) == 1 and warned[0].location.file == "docs/a/1.mdx"
    assert "p0" in str(spec["components"]["schemas"])


def test_a_deeply_nested_jsx_attribute_is_read_or_located(build_failing: Failing) -> None:
    deep = "<b>" * 5000 + "x" + "</b>" * 5000
    hostile = page("Deep", f"## Steps\n\n<Step title='One' description={{<>{deep}</>}} />\n")
    errors = build_failing({"docs/a/1_deep.mdx": hostile})  # one page of prose: no operation at all
    assert all(e.startswith("docs/a/1_deep.mdx:") for e in errors), errors
