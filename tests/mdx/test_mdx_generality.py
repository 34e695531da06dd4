"""Other states of the site (other branches, earlier layouts): read as a careful reader would."""

from __future__ import annotations

from collections.abc import Callable

from tests.mdx.conftest import Build
from tests.mdx.pages import endpoint, line_of, page, warnings_of

Failing = Callable[[dict[str, str]], list[str]]


def test_an_endpoint_url_without_its_leading_slash_is_that_path_with_a_warning(build: Build) -> None:
    text = page(
        "Show bot",
        endpoint("ver1/bots/:id/show")
        + "\n## Path Parameter\n\n<ApiParam name='id' type='integer' required>\n  The bot.\n</ApiParam>\n",
    )
    spec, sink = build(
        {"docs/bots/1_show.mdx": text, "docs/bots/2_list.mdx": page("List", endpoint("/ver1/bots"))}
    )
    assert set(spec["paths"]) == {"/ver1/bots/{id}/show", "/ver1/bots"}
    assert spec["paths"]["/ver1/bots/{id}/show"]["get"]["parameters"][0]["name"] == "id"
    warned = warnings_of(sink, "mdx-endpoint")
    assert warned == [
        f"docs/bots/1_show.mdx:{line_of(text, '<Endpoint')}:1: warning: Endpoint url 'ver1/bots/:id/show' "
        "does not start with /; read as '/ver1/bots/:id/show' [mdx-endpoint]"
    ]


def test_a_url_that_is_no_path_is_still_an_error(build_failing: Failing) -> None:
    errors = build_failing({"docs/bots/1.mdx": page("Odd", endpoint("ver1 bots"))})
    assert any("is not a path starting with /" in e for e in errors), errors


def test_jsx_section_headings_are_headings(build: Build) -> None:
    spec, _ = build(
        {
            "docs/deals/1_list.mdx": page(
                "List deals",
                endpoint("/ver1/deals")
                + "\n<h2> Query Parameter </h2>\n\n<ApiParam name='limit' type='integer'>\n  At most.\n</ApiParam>\n"
                "\n<div>\n  <h3>Path Parameters</h3>\n</div>\n",
            )
        }
    )
    parameters = spec["paths"]["/ver1/deals"]["get"]["parameters"]
    assert [(p["name"], p["in"]) for p in parameters] == [("limit", "query")]


def test_an_untyped_allowed_values_block_is_the_parameters_values(build: Build) -> None:
    spec, sink = build(
        {
            "docs/deals/1_list.mdx": page(
                "List deals",
                endpoint("/ver1/deals")
                + "\n## Query Parameters\n\n<ApiParam name='order' type='string'>\n  Sort order.\n"
                '  <CollapsibleApiParam name="Allowed values">\n\n  - `asc`: oldest first\n'
                "  - `desc`: newest first\n\n  </CollapsibleApiParam>\n</ApiParam>\n"
                "<ApiParam name='scope' type='string'>\n  Which deals.\n</ApiParam>\n"
                '<CollapsibleApiParam name="Possible values">\n\n`active`, `finished`\n\n</CollapsibleApiParam>\n',
            )
        }
    )
    parameters = {p["name"]: p for p in spec["paths"]["/ver1/deals"]["get"]["parameters"]}
    assert set(parameters) == {"order", "scope"}
    assert parameters["order"]["schema"]["enum"] == ["asc", "desc"]
    assert parameters["scope"]["schema"]["enum"] == ["active", "finished"]
    assert not warnings_of(sink, "mdx-values") + warnings_of(sink, "mdx-section"), sink.warnings


def test_a_typed_parameter_named_allowed_values_stays_a_parameter(build: Build) -> None:
    spec, _ = build(
        {
            "docs/deals/1_list.mdx": page(
                "List deals",
                endpoint("/ver1/deals", "POST")
                + "\n## Body Parameters\n\n<ApiParam name='filter' type='object'>\n  A filter.\n"
                '  <CollapsibleApiParam name="allowed values" type="array[string]">\n  Kept.\n'
                "  </CollapsibleApiParam>\n</ApiParam>\n",
            )
        }
    )
    body = spec["paths"]["/ver1/deals"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    text = str(spec)
    assert "allowed values" in text, body


def test_one_pages_errors_never_hide_the_other_pages_diagnostics(build_failing: Failing) -> None:
    bad = page("Bad", endpoint("/ver1/a", "FETCH"))
    broken = page("Broken", "<Endpoint url=")
    warned = page(
        "Warned",
        endpoint("/ver1/c") + "\n## Query Parameters\n\n<ApiParam name='x'>\n  No type.\n</ApiParam>\n",
    )
    errors = build_failing(
        {"docs/a/1_bad.mdx": bad, "docs/a/2_broken.mdx": broken, "docs/a/3_warned.mdx": warned}
    )
    assert any(e.startswith("docs/a/1_bad.mdx:") and "FETCH" in e for e in errors), errors
    assert any(e.startswith("docs/a/2_broken.mdx:") and "[mdx-syntax]" in e for e in errors), errors
    assert any(e.startswith("docs/a/3_warned.mdx:") and "has no type" in e for e in errors), errors
