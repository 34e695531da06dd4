"""The client's naming rule (generator/naming.py): verbs, nesting, collisions, every format.

Made-up endpoints check each clause of the rule; the whole 2019 reference (its built spec) and
the 85 endpoints of the current MDX reference check that the rule gives every operation a
distinct name that does not repeat its resource.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import extensions
from generator.diff import Impact, compare
from generator.naming import Route, SdkName, former_name, object_path_name, sdk_names, words

MDX = Path(__file__).resolve().parents[2].parent / "shared" / "docs-mdx"


def name_of(method: str, path: str, summary: str = "", *others: Route) -> str:
    endpoint = Route(method, path, summary, "public")
    return str(sdk_names([endpoint, *others])[endpoint])


@pytest.mark.parametrize(
    ("method", "path", "summary", "expected"),
    [
        ("GET", "/ver1/smart_trades", "Get SmartTrade history", "smart_trades.list"),
        ("POST", "/v2/smart_trades", "Create SmartTrade", "smart_trades.create"),
        ("GET", "/v2/smart_trades/{id}", "Get SmartTrade", "smart_trades.retrieve"),
        ("PATCH", "/v2/smart_trades/:id", "Edit SmartTrade", "smart_trades.update"),
        ("DELETE", "/ver1/grid_bots/:id", "Delete Grid Bot", "grid_bots.delete"),
        # The API deletes to cancel: the summary's verb names the method.
        ("DELETE", "/v2/smart_trades/:id", "Cancel SmartTrade", "smart_trades.cancel"),
        ("POST", "/ver1/smart_trades/{smart_trade_id}/cancel", "", "smart_trades.cancel"),
        ("POST", "/ver1/deals/{deal_id}/panic_sell", "", "deals.panic_sell"),
        ("POST", "/ver1/bots/{bot_id}/enable", "", "bots.enable"),
        ("POST", "/ver1/deals/{deal_id}/add_funds", "", "deals.add_funds"),
        # Synonyms, and the resource is never repeated.
        ("POST", "/ver1/accounts/new", "Add exchange account", "accounts.create"),
        ("GET", "/ver1/bots/{bot_id}/show", "Bot info", "bots.retrieve"),
        ("POST", "/ver1/accounts/{account_id}/remove", "", "accounts.delete"),
        ("POST", "/ver1/bots/create_bot", "Create bot", "bots.create"),
        ("PATCH", "/ver1/deals/{deal_id}/update_deal", "", "deals.update"),
        ("POST", "/ver1/smart_trades/create_smart_trade", "", "smart_trades.create"),
        ("POST", "/ver1/smart_trades/create_smart_cover", "", "smart_trades.create_smart_cover"),
        # An action that is not a verb: a read keeps its noun, a write borrows the summary's verb.
        ("GET", "/ver1/accounts/market_list", "Supported markets list", "accounts.market_list"),
        ("POST", "/ver1/grid_bots/{id}/note", "Set a note to Grid Bot", "grid_bots.set_note"),
        ("POST", "/ver1/accounts/{id}/pie_chart_data", "User balances", "accounts.pie_chart_data"),
        # A path that names no collection belongs to its chapter's group.
        ("GET", "/ver1/ping", "Check that the API answers", "public.ping"),
        ("GET", "/public/api/ver1/time", "", "public.time"),
    ],
)
def test_the_rule_names_each_kind_of_endpoint(method: str, path: str, summary: str, expected: str) -> None:
    assert name_of(method, path, summary) == expected


def test_a_collection_the_api_nests_is_a_nested_resource() -> None:
    endpoints = [
        Route("GET", "/v2/smart_trades/:smart_trade_id/trades"),
        Route("DELETE", "/v2/smart_trades/:smart_trade_id/trades/:trade_id", "Cancel trade"),
        Route("POST", "/v2/smart_trades/:smart_trade_id/trades/:trade_id/close_by_market"),
        Route("GET", "/v2/smart_trades/:id"),
    ]
    names = [str(n) for n in sdk_names(endpoints).values()]
    assert names == [
        "smart_trades.trades.list",
        "smart_trades.trades.cancel",
        "smart_trades.trades.close_by_market",
        "smart_trades.retrieve",
    ]
    # Without a member of ``trades`` addressed anywhere, ``trades`` is a read of the deal.
    alone = Route("GET", "/ver1/deals/{deal_id}/trades")
    assert sdk_names([alone])[alone] == SdkName(("deals",), "trades")


def test_collisions_are_resolved_by_the_rule() -> None:
    show = Route("GET", "/ver1/bots/{bot_id}/show")
    bare = Route("GET", "/ver1/bots/{bot_id}")
    post = Route("POST", "/ver1/accounts/update")
    patch = Route("PATCH", "/ver1/accounts/{account_id}")
    names = sdk_names([show, bare, post, patch])
    # The path's own words first, then the HTTP method: whatever the order they come in.
    assert names[show].method == "retrieve_show"
    assert names[bare].method == "retrieve"
    assert {names[post].method, names[patch].method} == {"update_post", "update_patch"}
    assert sdk_names([patch, post, bare, show]) == names


def test_a_method_never_takes_a_nested_resource_or_keyword_name() -> None:
    read = Route("GET", "/ver1/deals/{deal_id}/trades")
    nested = Route("GET", "/ver1/deals/{deal_id}/trades/{trade_id}")
    keyword = Route("POST", "/ver1/bots/{bot_id}/import")
    names = sdk_names([read, nested, keyword])
    assert names[read] == SdkName(("deals", "trades"), "list")
    assert names[nested] == SdkName(("deals", "trades"), "retrieve", ("get",))
    assert names[keyword].method == "import_"


def assert_pleasant(names: dict[Route, SdkName]) -> None:
    places = [(n.resource, n.method) for n in names.values()]
    assert len(set(places)) == len(places), "two operations share a client name"
    for endpoint, name in names.items():
        assert name.method.isidentifier(), name
        for resource in name.resource:
            noun = words(resource)
            method = name.method.split("_")
            assert not any(method[i : i + len(noun)] == noun for i in range(len(method))), (
                f"{endpoint.method} {endpoint.path}: {name} repeats its resource"
            )


def mdx_endpoints() -> list[Route]:
    """(method, url, title) of every endpoint page; a tiny extraction, for test data only."""
    if not MDX.is_dir():
        pytest.skip(f"the MDX reference is not in {MDX} (../shared/docs-mdx)")
    endpoints = []
    for page in sorted(MDX.glob("*/**/*.mdx")):
        if page.parts[len(MDX.parts)] == "quick-start":
            continue  # the quick start shows example calls of other chapters' endpoints
        text = page.read_text(encoding="utf-8")
        found = re.search(r'<Endpoint\s+url="([^"]+)"\s+method="([A-Z]+)"', text)
        title = re.search(r"^title:\s*(.+)$", text, re.MULTILINE)
        if found and title:
            endpoints.append(Route(found.group(2), found.group(1), title.group(1), page.parent.name))
    return endpoints


def test_every_endpoint_of_the_mdx_reference_gets_a_distinct_name() -> None:
    endpoints = mdx_endpoints()
    assert len(endpoints) == 85
    names = sdk_names(endpoints)
    assert_pleasant(names)
    by_path = {(e.method, e.path): str(n) for e, n in names.items()}
    assert by_path[("GET", "/v2/smart_trades/:smart_trade_id/trades")] == "smart_trades.trades.list"
    assert by_path[("POST", "/ver1/bots/:bot_id/enable")] == "bots.enable"
    assert by_path[("POST", "/ver1/deals/:deal_id/add_funds")] == "deals.add_funds"
    assert by_path[("DELETE", "/v2/smart_trades/:id")] == "smart_trades.cancel"
    assert by_path[("GET", "/ver1/trades/history")] == "trades.history"


def test_a_changed_client_name_is_a_major_change() -> None:
    def spec(method_name: str) -> dict[str, object]:
        operation = {
            "operationId": "add_smart_trade_funds",
            extensions.SDK_RESOURCE: "smart_trades",
            extensions.SDK_METHOD: method_name,
            "responses": {"200": {"description": "ok"}},
        }
        return {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {"/x": {"post": operation}},
        }

    changes = compare(spec("add_smart_trade_funds"), spec("add_funds"))
    assert [c.impact for c in changes] == [Impact.MAJOR]
    assert extensions.SDK_METHOD in changes[0].what
    assert compare(spec("add_funds"), spec("add_funds")) == []


def test_hostile_segments_give_public_names_that_shadow_nothing() -> None:
    traversal = Route("POST", "/ver1/../../etc/{passwd}")
    close = Route("GET", "/ver1/close/{id}")
    dashed = Route("GET", "/ver1/market-data/{id}")
    names = sdk_names([traversal, close, dashed])
    assert names[traversal] == SdkName(("etc",), "update")
    assert names[close].resource == ("close_",)  # client.close() stays the client's
    assert names[dashed] == SdkName(("market_data",), "retrieve", ("get",))


def test_a_read_renamed_retrieve_keeps_its_former_name_as_an_alias() -> None:
    bare = Route("GET", "/ver1/bots/{bot_id}")
    show = Route("GET", "/ver1/bots/{bot_id}/show")
    names = sdk_names([bare, show])
    assert names[bare] == SdkName(("bots",), "retrieve", ("get",))
    assert names[show] == SdkName(("bots",), "retrieve_show", ("get_show",))
    # Other verbs kept their names: no alias.
    enable = Route("POST", "/ver1/bots/{bot_id}/enable")
    assert sdk_names([enable])[enable].aliases == ()


def test_an_alias_never_takes_a_name_another_method_has() -> None:
    # ``GET /bots/{id}`` was ``get``; a path whose own action is "get" now holds that name.
    bare = Route("GET", "/ver1/bots/{bot_id}")
    action = Route("POST", "/ver1/bots/{bot_id}/get")
    nested = Route("GET", "/ver1/deals/{deal_id}/get/{x}")
    names = sdk_names([bare, action])
    assert names[action].method == "get"
    assert names[bare] == SdkName(("bots",), "retrieve")
    # Nor the name of a nested resource.
    read = Route("GET", "/ver1/deals/{deal_id}")
    assert sdk_names([read, nested])[read].aliases == ()


def test_former_names_follow_the_renamed_verb_only() -> None:
    assert former_name("retrieve") == "get"
    assert former_name("retrieve_show") == "get_show"
    assert former_name("retrieved_at") is None
    assert former_name("list") is None


def _named(method_name: str, *aliases: str) -> dict[str, object]:
    operation: dict[str, object] = {
        "operationId": "get_bot",
        extensions.SDK_RESOURCE: "bots",
        extensions.SDK_METHOD: method_name,
        "responses": {"200": {"description": "ok"}},
    }
    if aliases:
        operation[extensions.SDK_ALIASES] = list(aliases)
    return {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {"/x": {"get": operation}}}


def test_a_rename_that_keeps_the_former_name_is_compatible_and_dropping_it_is_not() -> None:
    renamed = compare(_named("get"), _named("retrieve", "get"))
    assert [(c.impact, c.what) for c in renamed] == [
        (
            Impact.MINOR,
            "client method renamed: bots.get is bots.retrieve; get stays one minor version, deprecated",
        )
    ]
    dropped = compare(_named("retrieve", "get"), _named("retrieve"))
    assert [(c.impact, c.what) for c in dropped] == [
        (Impact.MAJOR, "deprecated client method removed: bots.get")
    ]
    # A rename without the alias removes a name: major, as before.
    assert [c.impact for c in compare(_named("get"), _named("retrieve"))] == [Impact.MAJOR]


def test_a_nested_object_is_named_by_its_path_with_items_in_the_singular() -> None:
    assert object_path_name(["create_smart_trade", "take_profit", "steps", "[]", "trailing"]) == (
        "create_smart_trade_take_profit_step_trailing"
    )
    assert object_path_name(["position"]) == "position"
    assert object_path_name(["entries", "[]"]) == "entry"
