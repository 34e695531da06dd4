"""The phrases and shapes of the whole reference, each on a small inline document.

Every document here goes through the whole spec pipeline (validation included): each case ends
in a valid spec whose schemas say what the phrase says, or in located diagnostics.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from generator.diagnostics import GenerationFailed
from generator.document.model import ValueKind
from generator.naming import derive_operation_id
from generator.pipeline import SpecResult, run_spec_pipeline

ROOT = Path(__file__).resolve().parents[2]
GENERAL = (ROOT / "spec" / "docs" / "general_api_information.md").read_text()
HEADER = "Name | Type | Mandatory | Values(default) | Description\n--- | --- | --- | --- | ---\n"


def _operation(title: str, endpoint: str, rows: str) -> str:
    return (
        f"### {title} (Permission: BOTS_WRITE, Security: SIGNED)\n```\n{endpoint}\n```\n"
        f"**Weight:**\n1\n\n**Parameters:**\n\n{HEADER}{rows}"
    )


def _run(chapter: str) -> SpecResult:
    return run_spec_pipeline([("general.md", GENERAL), ("chapter.md", chapter)])


def _body_validator(result: SpecResult, operation: str) -> Draft202012Validator:
    for item in result.spec["paths"].values():
        for entry in item.values():
            if entry["operationId"] == operation:
                schema = entry["requestBody"]["content"]["application/json"]["schema"]
                return Draft202012Validator({**schema, "components": result.spec["components"]})
    raise AssertionError(operation)


def _messages(result: SpecResult) -> list[str]:
    return [str(d) for d in result.sink.diagnostics]


ACCOUNT = "# Accounts Api\n" + _operation(
    "Add exchange account",
    "POST /ver1/accounts/new",
    "type | string | YES |   | check market_code in market_list method\n"
    "api_key | string | NO |   | Requires unless type = binance_dex\n"
    "how_connect | string | NO | mnemonic_phrase, keystore  | \n"
    "keystore | json | NO |   | keystore file content. Requires if type = binance_dex and how_connect = keystore\n"
    "wallet_password | string | NO |   | Requires if type = binance_dex AND how_connect = keystore\n"
    "margin | string | NO |   | Required if type = 'isolated'\n",
)


def test_conditions_on_a_free_string_are_consts_and_unless_is_negated() -> None:
    result = _run(ACCOUNT)
    assert not [m for m in _messages(result) if "rule" in m]
    body = _body_validator(result, "create_account")
    # unless type = binance_dex: api_key is required for any other type, not for binance_dex
    assert not body.is_valid({"type": "binance"})
    assert body.is_valid({"type": "binance", "api_key": "k"})
    assert body.is_valid({"type": "binance_dex"})
    # type = binance_dex AND how_connect = keystore (either case of "and")
    assert not body.is_valid({"type": "binance_dex", "how_connect": "keystore"})
    assert not body.is_valid({"type": "binance_dex", "how_connect": "keystore", "keystore": {}})
    assert body.is_valid(
        {"type": "binance_dex", "how_connect": "keystore", "keystore": {}, "wallet_password": "p"}
    )
    assert body.is_valid({"type": "binance_dex", "how_connect": "mnemonic_phrase"})
    # a quoted value is the value: type = 'isolated'
    assert not body.is_valid({"type": "isolated", "api_key": "k"})
    assert body.is_valid({"type": "isolated", "api_key": "k", "margin": "m"})
    rules = {str(r.condition) for r in result.rules["create_account"].rules if hasattr(r, "condition")}
    assert {
        "type != binance_dex",
        "type = binance_dex AND how_connect = keystore",
        "type = isolated",
    } <= rules


LEVERAGE = "# Bots Api\n" + _operation(
    "Create bot",
    "POST /ver1/bots/create_bot",
    "leverage_type | string | NO | custom, cross, not_specified (not_specified) | Used for Bitmex bots only\n"
    "leverage_custom_value | number | NO |   | required if leverage_type is custom\n"
    "trailing_enabled | boolean | NO |   | Enable trailing take profit\n"
    "trailing_deviation | number | NO |   | Requires unless trailing_enabled = false\n"
    'strategy_list | array[json] | YES |   | For manual signals: [{"strategy":"manual"}] or []<br>'
    ' QFL: {"options"=>{"type"=>"original"}, "strategy"=>"qfl"}]. Required if limit. Must be x\n',
)


def test_is_phrase_negated_boolean_and_json_examples_in_descriptions() -> None:
    result = _run(LEVERAGE)
    messages = _messages(result)
    body = _body_validator(result, "create_bot")
    assert not body.is_valid({"strategy_list": [], "leverage_type": "custom"})
    assert body.is_valid({"strategy_list": [], "leverage_type": "custom", "leverage_custom_value": 2})
    assert body.is_valid({"strategy_list": []})  # the default, not_specified
    # "unless trailing_enabled = false" is "if trailing_enabled"
    assert not body.is_valid({"strategy_list": [], "trailing_enabled": True})
    assert body.is_valid({"strategy_list": [], "trailing_enabled": True, "trailing_deviation": 1})
    # The JSON examples start no rule; the sentences after them are still read (and reported).
    unread = [m for m in messages if "strategy_list" in m]
    assert any("'Required if limit'" in m for m in unread) and any("'Must be x'" in m for m in unread)
    assert not any("strategy" in m and "manual" in m for m in unread)


def test_unless_with_two_conditions_is_a_located_warning() -> None:
    chapter = "# Bots Api\n" + _operation(
        "Create bot",
        "POST /ver1/bots/create_bot",
        "type | string | NO |   | \nmode | string | NO | a, b  | \nkey | string | NO |   | Requires unless type = x and mode = a\n",
    )
    result = _run(chapter)
    assert any(
        m.startswith("chapter.md:") and "'unless' with more than one condition" in m
        for m in _messages(result)
    )


ENTITIES = """# Deals Api
### Show deal (Permission: BOTS_READ, Security: SIGNED)
```
GET /ver1/deals/{deal_id}/show
```
**Weight:**
1

**Parameters:**

Name | Type | Mandatory | Values(default) | Description
--- | --- | --- | --- | ---
deal_id | integer | YES |   | id
### DealEntity
```
{
id: 1
type: Deal::ShortDeal
bot_name: My bot                          bot's name
account_name: 'My Account'
finished?:
deletable?: true
pairs: ['BTC_LTC', 'BTC_ETH'] Format: [QUOTE_BASE, ...]
strategy_list: [{'options'=>{'time'=>'5m'}, 'strategy'=>'trading_view'}, ...]
grid_line_id: integer
levels: array[number]
}
```
# Response Entities
### DealEntity
```
{
id: 1
status: 'failed'                         Values: created, failed
}
```
"""


def test_entity_shapes_and_a_name_defined_twice() -> None:
    result = _run(ENTITIES)
    messages = _messages(result)
    document = result.documents[1]
    fields = {f.name: f for f in document.entities[0].fields}
    assert fields["type"].kind is ValueKind.STRING and fields["type"].example == "Deal::ShortDeal"
    assert fields["bot_name"].example == "My bot" and fields["bot_name"].description == "bot's name"
    assert fields["account_name"].kind is ValueKind.STRING
    assert fields["finished?"].kind is ValueKind.BOOLEAN and fields["deletable?"].kind is ValueKind.BOOLEAN
    assert fields["pairs"].is_array and fields["pairs"].kind is ValueKind.STRING
    assert fields["strategy_list"].is_array and fields["strategy_list"].kind is ValueKind.OBJECT
    assert fields["grid_line_id"].kind is ValueKind.INTEGER
    assert fields["levels"].is_array and fields["levels"].kind is ValueKind.NUMBER
    schemas = result.spec["components"]["schemas"]
    # The shared name keeps the chapter's definition; the operation keeps the shape next to it.
    assert set(schemas["DealEntity"]["properties"]) == {"id", "status"}
    response = result.spec["paths"]["/ver1/deals/{deal_id}/show"]["get"]["responses"]["200"]
    own = response["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    assert own == "GetDealDealEntity" and "finished?" in schemas[own]["properties"]
    assert schemas[own]["properties"]["pairs"]["items"] == {"type": "string"}
    warning = next(m for m in messages if "defined twice" in m)
    assert "chapter.md:14:" in warning and "chapter.md:30:" in warning
    assert not [m for m in messages if "cannot" in m]


def test_a_parameter_listed_twice_differently_is_an_error_naming_both_lines() -> None:
    chapter = "# Bots Api\n" + _operation(
        "Create bot", "POST /ver1/bots/create_bot", "name | string | YES |   | \nname | integer | NO |   | \n"
    )
    with pytest.raises(GenerationFailed) as failure:
        _run(chapter)
    text = "\n".join(str(d) for d in failure.value.diagnostics)
    assert "listed twice with different definitions (lines 13 and 14)" in text


def test_a_parameter_listed_twice_identically_is_read_once_with_a_warning() -> None:
    chapter = "# Bots Api\n" + _operation(
        "Create bot", "POST /ver1/bots/create_bot", "name | string | YES |   | \nname | string | YES |   | \n"
    )
    result = _run(chapter)
    assert any("listed twice, identically" in m for m in _messages(result))


def test_deprecated_operations_are_marked_and_kept() -> None:
    chapter = "# Deals Api\n" + _operation(
        "DEPRECATED, Update take profit condition",
        "POST /ver1/deals/{deal_id}/update_tp",
        "new_take_profit_percentage | number | YES |   | \ndeal_id | integer | YES |   | \n",
    )
    operation: dict[str, Any] = _run(chapter).spec["paths"]["/ver1/deals/{deal_id}/update_tp"]["post"]
    assert operation["deprecated"] is True
    assert operation["summary"] == "Update take profit condition"
    assert operation["tags"] == ["Deals"]


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("get", "/ver1/bots", "list_bots"),
        ("post", "/ver1/bots/create_bot", "create_bot"),
        ("get", "/ver1/deals", "list_deals"),
        ("post", "/ver1/deals/{deal_id}/panic_sell", "panic_sell_deal"),
        ("post", "/ver1/accounts/new", "create_account"),
        ("post", "/ver1/accounts/update", "update_account"),
        ("get", "/ver1/deals/{deal_id}/show", "get_deal"),
        ("patch", "/ver1/deals/{deal_id}/update_deal", "update_deal"),
        ("post", "/ver1/bots/{bot_id}/panic_sell_all_deals", "panic_sell_bot_all_deals"),
        ("post", "/ver1/accounts/{account_id}/load_balances", "load_account_balances"),
        ("get", "/ver1/accounts/market_list", "get_account_market_list"),
        ("post", "/ver1/smart_trades/create_simple_sell", "create_simple_sell"),
        ("post", "/ver1/smart_trades/{smart_trade_id}/panic_sell", "panic_sell_smart_trade"),
    ],
)
def test_operation_ids_across_chapters(method: str, path: str, expected: str) -> None:
    assert derive_operation_id(method, path) == expected


MANDATORY_WITH_DEFAULT = (
    "# Bots Api\n"
    + _operation(
        "Create bot",
        "POST /ver1/bots/create_bot",
        "name | string | YES |   | \n"
        "martingale_volume_coefficient | number | YES | (1) | \n"
        "take_profit_type | string | YES | base, total (total) | \n"
        "note | string | NO | (none) | \n",
    )
    + _operation(
        "User bots", "GET /ver1/bots/stats", "scope | string | YES | enabled, disabled (enabled) | \n"
    )
)


def test_mandatory_yes_with_a_default_stays_required_and_keeps_its_default() -> None:
    """`YES` with `(1)`: the reference says YES (and the server's own declaration agrees).

    The field stays required; the default stays as ``default``; a located warning says what was
    chosen, for a body field and a query parameter alike.
    """
    result = _run(MANDATORY_WITH_DEFAULT)
    body = _body_validator(result, "create_bot")
    full = {"name": "b", "martingale_volume_coefficient": 1, "take_profit_type": "total"}
    assert body.is_valid(full)
    for left_out in ("martingale_volume_coefficient", "take_profit_type"):
        assert not body.is_valid({k: v for k, v in full.items() if k != left_out}), left_out
    assert body.is_valid({**full, "note": "n"})
    fields = result.spec["components"]["schemas"]["CreateBotRequest"]
    assert fields["required"] == ["name", "martingale_volume_coefficient", "take_profit_type"]
    assert fields["properties"]["martingale_volume_coefficient"]["default"] == 1
    assert fields["properties"]["take_profit_type"]["default"] == "total"
    (query,) = result.spec["paths"]["/ver1/bots/stats"]["get"]["parameters"]
    assert query["required"] is True
    assert query["schema"]["default"] == "enabled"
    warnings = [m for m in _messages(result) if "[mandatory-default]" in m]
    lines = MANDATORY_WITH_DEFAULT.splitlines()
    for operation, name in (
        ("create_bot", "martingale_volume_coefficient"),
        ("create_bot", "take_profit_type"),
        ("get_bot_stats", "scope"),
    ):
        line = next(i for i, text in enumerate(lines, 1) if text.startswith(f"{name} |"))
        (warning,) = [w for w in warnings if f"{operation}.{name} " in w]
        assert warning.startswith(f"chapter.md:{line}:1: warning: "), warning
        assert "kept required" in warning and "default" in warning, warning
    assert len(warnings) == 3, warnings


def _no_parameters(title: str, endpoint: str) -> str:
    return (
        f"### {title} (Permission: BOTS_READ, Security: SIGNED)\n```\n{endpoint}\n```\n"
        "**Weight:**\n1\n\n**Parameters:**\nNONE\n"
    )


UNDESCRIBED_ANSWERS = (
    "# Bots Api\n"
    + _no_parameters("User bots", "GET /ver1/bots")
    + _no_parameters("Bot info", "GET /ver1/bots/{bot_id}/show")
    + _no_parameters("Bot by id", "GET /ver1/bots/{bot_id}")
    + _no_parameters("Available strategy list for bot", "GET /ver1/bots/strategy_list")
    + _no_parameters("Bot orders", "GET /ver1/bots/{bot_id}/market_orders")
    + _no_parameters("Disable bot", "POST /ver1/bots/{bot_id}/disable")
    + "# Response Entities\n### BotEntity\n```\n{\n  id: 1 (integer)\n}\n```\n"
)


def test_a_read_of_something_else_than_the_chapter_entity_is_left_open() -> None:
    """The reference describes no answer for these reads; their paths name something else.

    The list (`GET /ver1/bots`) and the item (`/{bot_id}`, `/{bot_id}/show`) are the chapter's
    entity; `strategy_list` and `{bot_id}/market_orders` are not bots: any JSON value, with a
    located warning saying so.
    """
    result = _run(UNDESCRIBED_ANSWERS)

    def answer(path: str, method: str = "get") -> Any:
        return result.spec["paths"][path][method]["responses"]["200"]["content"]["application/json"]["schema"]

    entity = {"$ref": "#/components/schemas/BotEntity"}
    assert answer("/ver1/bots") == {"type": "array", "items": entity}
    assert answer("/ver1/bots/{bot_id}/show") == entity
    assert answer("/ver1/bots/{bot_id}") == entity
    assert answer("/ver1/bots/{bot_id}/disable", "post") == entity  # an action answers its bot
    lines = UNDESCRIBED_ANSWERS.splitlines()
    for path, operation in (
        ("/ver1/bots/strategy_list", "get_bot_strategy_list"),
        ("/ver1/bots/{bot_id}/market_orders", "get_bot_market_orders"),
    ):
        open_schema = answer(path)
        assert not {"type", "$ref", "items", "properties", "anyOf", "oneOf", "allOf"} & set(open_schema)
        for value in ([], {}, "text", 1, None, [{"pair": "USDT_BTC"}]):
            assert Draft202012Validator(open_schema).is_valid(value)
        heading = next(i for i, text in enumerate(lines, 1) if f"GET {path}" in text) - 2
        (warning,) = [m for m in _messages(result) if f" {operation}:" in m]
        assert warning.startswith(f"chapter.md:{heading}:1: warning: "), warning
        assert "any JSON value" in warning and "not typed as BotEntity" in warning, warning
        assert warning.endswith("[response]"), warning
