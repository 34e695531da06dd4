"""``x-paging``: which parameters page a list, read from what the reference says of them."""

from __future__ import annotations

from typing import Any

import pytest

from generator import extensions
from generator.openapi.paging import Paging, paging
from generator.pipeline import run_spec_pipeline
from tests.mdx.pages import SITE
from tests.support.node import ROOT

LIST: dict[str, Any] = {"type": "array", "items": {"type": "object"}}


def _query(name: str, description: str | None, type_: Any = "integer") -> dict[str, Any]:
    parameter: dict[str, Any] = {"name": name, "in": "query", "schema": {"type": type_}}
    if description is not None:
        parameter["description"] = description
    return parameter


@pytest.mark.parametrize(
    ("size", "position", "counts"),
    [
        (("limit", "Limit records. Max: 100"), ("offset", "Offset records"), "records"),
        (
            ("limit", "Limits the number of records returned."),
            ("offset", "Skips the first N records"),
            "records",
        ),
        (
            ("limit", "Number of records to return."),
            ("offset", "Number of records to skip for pagination."),
            "records",
        ),
        (
            ("limit", "Quantity of the records you want to get in response."),
            (
                "offset",
                "Used to specify the starting point for a set of records to return in a paginated list.",
            ),
            "records",
        ),
        (("per_page", "Quantity of records on one page."), ("page", "Page number for pagination."), "pages"),
        # Names the reference does not use for these roles: the wording decides.
        (("count", "How many records per page"), ("skip", "Records to skip"), "records"),
        (("size", "Page size"), ("p", "The page number, from 1"), "pages"),
        # No description at all: the names every chapter uses.
        (("limit", None), ("offset", None), "records"),
        (("per_page", None), ("page", None), "pages"),
    ],
)
def test_the_wording_says_which_parameter_pages(
    size: tuple[str, str | None], position: tuple[str, str | None], counts: str
) -> None:
    parameters = [_query("account_id", "Account to show"), _query(*position), _query(*size)]
    assert paging("get", parameters, LIST, {}) == (Paging(size[0], position[0], counts), None)


@pytest.mark.parametrize(
    "parameters",
    [
        [_query("limit", "Limit records")],  # no position: one page is all there is
        [_query("page", "Page number for pagination.")],  # no size
        [_query("offset", "Offset records"), _query("id", "The bot")],
        # Named like paging, said to be something else.
        [_query("limit", "Maximum price of the order"), _query("offset", "Offset of the take profit in %")],
        # Not numbers.
        [_query("limit", "Limit records", "string"), _query("offset", "Offset records", "string")],
    ],
)
def test_nothing_pages_without_both_roles(parameters: list[dict[str, Any]]) -> None:
    assert paging("get", parameters, LIST, {}) == (None, None)


def test_an_object_holding_one_list_pages_that_list() -> None:
    answer = {"$ref": "#/components/schemas/Trades"}
    components = {"Trades": {"type": "object", "properties": {"trades": LIST, "total": {"type": "integer"}}}}
    parameters = [_query("limit", "Number of records to return."), _query("offset", "Records to skip")]
    assert paging("get", parameters, answer, components) == (
        Paging("limit", "offset", "records", "trades"),
        None,
    )


@pytest.mark.parametrize(
    ("method", "answer", "why"),
    [
        ("get", {"type": "object", "properties": {"a": LIST, "b": LIST}}, "an object holding 2 lists"),
        ("get", {"type": "object", "properties": {"a": {"type": "string"}}}, "an object holding 0 lists"),
        ("get", {"type": "string"}, "not a list"),
        ("post", LIST, "a POST"),
    ],
)
def test_paging_words_on_something_that_cannot_page_say_why(method: str, answer: Any, why: str) -> None:
    parameters = [_query("per_page", "Quantity of records on one page."), _query("page", "Page number")]
    found, reason = paging(method, parameters, answer, {})
    assert found is None
    assert reason is not None and why in reason


def test_the_committed_list_pages_by_record_offset() -> None:
    docs = ROOT / "spec" / "docs"
    spec = run_spec_pipeline([(p.name, p.read_text()) for p in sorted(docs.glob("*.md"))]).spec
    paged = {
        (path, method): operation[extensions.PAGING]
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if extensions.PAGING in operation
    }
    assert paged == {
        ("/ver1/smart_trades", "get"): {"size": "limit", "position": "offset", "counts": "records"}
    }


def test_the_site_pages_its_lists_both_ways() -> None:
    if not SITE.is_dir():
        pytest.skip(f"the current reference is not in {SITE} (../shared/docs-mdx): nothing to read")
    pages = [(str(p.relative_to(SITE.parent)), p.read_text()) for p in sorted(SITE.rglob("*.mdx"))]
    result = run_spec_pipeline(pages)
    paged = {
        f"{method.upper()} {path}": operation[extensions.PAGING]
        for path, item in result.spec["paths"].items()
        for method, operation in item.items()
        if extensions.PAGING in operation
    }
    assert paged["GET /v2/smart_trades"] == {"size": "per_page", "position": "page", "counts": "pages"}
    assert paged["GET /ver1/deals"] == {"size": "limit", "position": "offset", "counts": "records"}
    assert paged["GET /ver1/trades"]["items"] == "trades"
    assert paged["GET /ver1/accounts"]["counts"] == "pages"
    # The market orders of a grid bot are two lists under one limit: returned as they are, said so.
    assert "GET /ver1/grid_bots/{id}/market_orders" not in paged
    assert any(d.code == "paging" and "2 lists" in d.message for d in result.sink.warnings)
