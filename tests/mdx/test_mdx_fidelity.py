"""The spec says what the pages show: where a page contradicts itself, the reading a careful reader makes."""

from __future__ import annotations

from typing import Any

from tests.mdx.conftest import Build
from tests.mdx.pages import endpoint, line_of, page, warnings_of


def _query(spec: dict[str, Any], path: str) -> dict[str, Any]:
    return {p["name"]: p["schema"] for p in spec["paths"][path]["get"]["parameters"]}


def test_a_range_on_a_boolean_is_an_integer_with_that_range(build: Build) -> None:
    text = page(
        "List deals",
        endpoint("/ver1/deals")
        + "\n## Query Parameters\n\n<ApiParam name='max_active_deals' type='boolean'>\n  At most.\n"
        "  <ParameterRange min={1} max={199} defaultVal={1} />\n</ApiParam>\n"
        "<ApiParam name='ratio' type='string'>\n  A share.\n  <ParameterRange min={1} max={2} />\n</ApiParam>\n"
        "<ApiParam name='part' type='boolean'>\n  A part.\n  <ParameterRange min={\"0,5\"} max={2} />\n</ApiParam>\n"
        "<ApiParam name='label' type='string'>\n  A name.\n  <ParameterRange min={1} max={9} defaultVal=\"none\" />\n</ApiParam>\n",
    )
    spec, sink = build({"docs/deals/1_list.mdx": text})
    schemas = _query(spec, "/ver1/deals")
    assert schemas["max_active_deals"] == {
        "type": "integer", "minimum": 1, "maximum": 199, "default": 1, "description": "At most."
    }
    assert schemas["ratio"]["type"] == "number"
    assert (schemas["ratio"]["minimum"], schemas["ratio"]["maximum"]) == (1, 2)
    assert (schemas["part"]["type"], schemas["part"]["minimum"]) == ("number", 0.5)
    assert schemas["label"]["type"] == "string"
    assert "minimum" not in schemas["label"] and "maximum" not in schemas["label"]
    label = next(p for p in spec["paths"]["/ver1/deals"]["get"]["parameters"] if p["name"] == "label")
    assert "Range: 1..9." in label["description"]
    warned = warnings_of(sink, "mdx-range")
    assert f"docs/deals/1_list.mdx:{line_of(text, 'max_active_deals')}:1: warning: max_active_deals is typed " \
        "boolean but has the range 1..199; read as integer with that range [mdx-range]" in warned
    assert len(warned) == 4, warned
