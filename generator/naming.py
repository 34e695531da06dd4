"""Names the spec gives to things the reference leaves unnamed: operation ids, tags, schemas.

Operation ids are derived from the method and path so that they are stable across edits of a
section's title and read as verbs: ``list_smart_trades``, ``create_smart_trade``,
``cancel_smart_trade_order``, ``panic_sell_smart_trade``.
"""

from __future__ import annotations

import re

from generator.document.model import HttpMethod
from generator.sdk_names import singular

__all__ = ["operation_id", "pascal", "singular", "snake", "tag_name"]

#: Leading action words read as verbs: ``cancel_order`` on a trade is
#: ``cancel_smart_trade_order``; an action not starting with one of them is a noun phrase used
#: as a verb (``panic_sell``), which goes before the resource: ``panic_sell_smart_trade``.
_VERBS = frozenset(
    {
        "add",
        "cancel",
        "close",
        "create",
        "delete",
        "disable",
        "enable",
        "get",
        "remove",
        "reset",
        "start",
        "stop",
        "update",
        "edit",
        "set",
        "change",
        "pause",
        "resume",
        "archive",
        "refresh",
    }
)
_SELF_VERBS = frozenset({"ping"})
_VERSION = re.compile(r"^v(?:er)?\d+$")
_WORD = re.compile(r"[A-Za-z0-9]+")


def snake(text: str) -> str:
    """``SmartTrades Api`` → ``smart_trades_api``; ``SmartTradeEntity`` → ``smart_trade_entity``."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text)
    return "_".join(w.lower() for w in _WORD.findall(spaced))


def pascal(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in snake(text).split("_") if w)


#: Two-word actions that read as one verb: ``panic_sell`` a deal, a trade, a bot's deals.
_COMPOUND_VERBS = frozenset({"panic_sell", "load_balances"})
#: Action words that mean "create" or "read one".
_VERB_SYNONYMS = {"new": "create", "show": "get"}
#: Last words of an action that is a noun phrase naming data to read (``market_list``,
#: ``pie_chart_data``): such an action reads as ``get_<resource>_<action>``.
_NOUN_ENDINGS = frozenset({"data", "list", "stats", "rates", "pairs", "info"})


def operation_id(method: HttpMethod, path: str) -> str:
    """A readable, stable id from the method and the path.

    ``GET /bots`` → ``list_bots``; ``POST /accounts/new`` → ``create_account``;
    ``GET /deals/{id}/show`` → ``get_deal``; ``POST /deals/{id}/panic_sell`` →
    ``panic_sell_deal``; ``POST /bots/{id}/cancel_all_deals`` → ``cancel_bot_all_deals``;
    ``GET /accounts/market_list`` → ``get_account_market_list``.
    """
    segments = [s for s in path.strip("/").split("/") if s and not _VERSION.match(s)]
    literals = [s for s in segments if not s.startswith("{")]
    has_member = any(s.startswith("{") for s in segments)
    if not literals:
        return f"{method.value}_root"
    resource = snake(literals[0])
    noun = singular(resource)
    if len(literals) == 1:
        if resource in _SELF_VERBS:
            return resource
        if has_member:
            verb = {HttpMethod.GET: "get", HttpMethod.DELETE: "delete", HttpMethod.POST: "update"}.get(
                method, "update"
            )
            return f"{verb}_{noun}"
        if method is HttpMethod.GET:
            return f"list_{resource}" if noun != resource else f"get_{resource}"
        return f"create_{noun}"
    action = snake("_".join(literals[1:]))
    words = action.split("_")
    words[0] = _VERB_SYNONYMS.get(words[0], words[0])
    action = "_".join(words)
    compound = next((v for v in _COMPOUND_VERBS if action == v or action.startswith(v + "_")), None)
    if compound == "load_balances":
        verb, rest = "load", action.removeprefix("load_")
    elif compound is not None:
        verb, rest = compound, action.removeprefix(compound).lstrip("_")
    elif words[0] in _VERBS:
        verb, _, rest = action.partition("_")
    else:
        verb, rest = "", action
    if rest == noun:
        rest = ""  # `/deals/{id}/update_deal` is `update_deal`, not `update_deal_deal`
    if verb:
        if not has_member and rest:
            return action  # `create_simple_sell`, `update_pairs_black_list` name what they act on
        return "_".join(p for p in (verb, noun, rest) if p)
    if noun in words or resource in action:
        return action
    if words[-1] in _NOUN_ENDINGS or (method is HttpMethod.GET and has_member):
        return f"get_{noun}_{action}"
    return f"{action}_{noun}"


def tag_name(document_title: str) -> str:
    """The tag of a document: its title without a trailing 'Api' / 'API'."""
    words = re.sub(r"\([^()]*\)", "", document_title).split()
    while len(words) > 1 and words[-1].lower() in {"api", "reference", "endpoints", "information"}:
        words.pop()
    return " ".join(words) or document_title
