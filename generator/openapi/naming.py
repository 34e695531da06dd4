"""Names the spec gives to things the reference leaves unnamed: operation ids, tags, schemas.

Operation ids are derived from the method and path so that they are stable across edits of a
section's title and read as verbs: ``list_smart_trades``, ``create_smart_trade``,
``cancel_smart_trade_order``, ``panic_sell_smart_trade``.
"""

from __future__ import annotations

import re

from generator.document.model import HttpMethod

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


def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def operation_id(method: HttpMethod, path: str) -> str:
    """A readable, stable id from the method and the path."""
    segments = [s for s in path.strip("/").split("/") if s and not _VERSION.match(s)]
    literals = [s for s in segments if not s.startswith("{")]
    has_member = any(s.startswith("{") for s in segments)
    if not literals:
        return f"{method.value}_root"
    resource = snake(literals[0])
    if len(literals) == 1:
        if resource in _SELF_VERBS:
            return resource
        if has_member:
            verb = {HttpMethod.GET: "get", HttpMethod.DELETE: "delete", HttpMethod.POST: "update"}.get(
                method, "update"
            )
            return f"{verb}_{singular(resource)}"
        if method is HttpMethod.GET:
            return f"list_{resource}" if singular(resource) != resource else f"get_{resource}"
        return f"create_{singular(resource)}"
    action = snake("_".join(literals[1:]))
    if not has_member:
        return (
            action
            if action.split("_")[0] in _VERBS or singular(resource) in action
            else (f"{action}_{singular(resource)}")
        )
    verb, _, rest = action.partition("_")
    if verb in _VERBS:
        return "_".join(p for p in (verb, singular(resource), rest) if p)
    return f"{action}_{singular(resource)}"


def tag_name(document_title: str) -> str:
    """The tag of a document: its title without a trailing 'Api' / 'API'."""
    words = re.sub(r"\([^()]*\)", "", document_title).split()
    while len(words) > 1 and words[-1].lower() in {"api", "reference", "endpoints", "information"}:
        words.pop()
    return " ".join(words) or document_title
