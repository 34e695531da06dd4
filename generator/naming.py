"""Every name the generator makes: identifiers, case, verbs, operation ids and the client's names.

One home, so that the spec and the client can never spell a thing two ways: the document
stage (entity names), the OpenAPI stage (operation ids, schema names, ``x-sdk-*`` keys), the
code samples and the client half all ask this module. It reads plain strings and spec mappings
only and imports no stage, so any stage may import it (``tests/stages/test_stage_imports.py``);
``tests/naming/test_one_home.py`` fails when a stage grows a naming table or case helper of its
own.

Two names are made here for an operation. Its ``operationId``, the spec's name for every
language, is made from the method and path so that it stays put when a section's title is
edited and reads as a verb phrase: ``list_smart_trades``, ``create_smart_trade``,
``cancel_smart_trade_order``, ``panic_sell_smart_trade``. Its place on the Python client,
``client.<resource>.<method>(...)``, follows the habits of Stainless SDKs (openai-python): a
resource per collection the path names, nested where the path nests one collection in a member
of another, and a short verb that never repeats the resource (``client.smart_trades.create``,
``client.deals.add_funds(deal_id)``, ``client.smart_trades.trades.list(smart_trade_id)``). The
OpenAPI stage writes the latter into the spec as ``x-sdk-resource`` / ``x-sdk-method``; the rule
is in docs/client-surface.md.
"""

from __future__ import annotations

import builtins
import json
import keyword
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from generator import extensions

# -- the spec's own spellings ---------------------------------------------------------------

#: Where a local reference to a named schema points: ``#/components/schemas/SmartTradeEntity``.
SCHEMA_REF = "#/components/schemas/"
#: The operations a path item may hold, in OpenAPI's order (the generator writes the first five).
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def schema_ref(name: str) -> str:
    """``SmartTradeEntity`` → ``#/components/schemas/SmartTradeEntity``."""
    return SCHEMA_REF + name


def schema_name(reference: str) -> str:
    """``#/components/schemas/SmartTradeEntity`` → ``SmartTradeEntity`` (any other text unchanged)."""
    return reference.removeprefix(SCHEMA_REF)


# -- words and case -------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z0-9]+")
#: Path segments that carry no meaning for a name: version prefixes.
_VERSION = re.compile(r"^v(?:er)?\d+$")
#: Prefix openapi-python-client's sanitisers put before a name that is no identifier alone.
FIELD_PREFIX = "field_"


def words(text: str) -> list[str]:
    """``SmartTrade add funds`` → ``['smart', 'trade', 'add', 'funds']``."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text)
    return [w.lower() for w in _WORD.findall(spaced)]


def snake(text: str) -> str:
    """``SmartTrades Api`` → ``smart_trades_api``; ``SmartTradeEntity`` → ``smart_trade_entity``."""
    return "_".join(words(text))


def pascal(text: str) -> str:
    """``take_profit`` → ``TakeProfit``; ``SmartTrade entity`` → ``SmartTradeEntity``; an
    acronym stays one (``DCA bot`` → ``DCABot``, as PEP 8 writes ``HTTPServerError``)."""
    return "".join(title_words(text).split())


def title_words(text: str) -> str:
    """The words of a title or file name, each capitalised: ``smart-trade`` → ``Smart Trade``."""
    return " ".join(w[:1].upper() + w[1:] for w in _WORD.findall(text))


def singular(word: str) -> str:
    """``smart_trades`` → ``smart_trade``, ``Entries`` → ``Entry``; a word that is no plural stays
    (``address``, ``status``, ``basis``, ``Data``, ``Information``, ``has``)."""
    lowered = word.lower()
    if lowered.endswith(("ss", "us", "is")) or len(word) < 4:
        return word
    if lowered.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if lowered.endswith("s") else word


def object_path_name(path: Sequence[str]) -> str:
    """The name of a nested object, by its path in a body (``[]``: the items of the array
    before it): ``('take_profit', 'steps', '[]', 'trailing')`` → ``take_profit_step_trailing``.

    An item is named in the singular, as the client names the class of one item
    (``CreateSmartTradeTakeProfitStep``), so that a rule group inside it and the class that
    holds it say the same word.
    """
    parts = [
        singular(part) if following == "[]" else part
        for part, following in zip(path, [*path[1:], ""], strict=True)
        if part != "[]"
    ]
    return "_".join(parts)


def rule_object_name(owner: str, path: Sequence[str]) -> str:
    """The title of an object inside a body that holds rule groups of its own, by the body's
    component and the object's path: (``CreateSmartTradeFields``, ``('take_profit',)``) →
    ``CreateSmartTradeTakeProfit``; an item in the singular, as :func:`object_path_name`."""
    return owner.removesuffix("Fields").removesuffix("Request") + pascal(object_path_name(path))


def entity_words(name: str) -> list[str]:
    """What an entity's name says, each word in the singular: ``TradeEntity`` → ``['trade']``,
    ``Trades`` → ``['trade']``."""
    said = [singular(w) for w in words(name)]
    return said[:-1] if len(said) > 1 and said[-1] == "entity" else said


def twin_entity_prefix(entity: str, areas: Sequence[str]) -> str:
    """The words before ``entity``'s name for a second, different definition of it: the innermost
    of ``areas`` (its chapter, then the areas around it) that does not only repeat the name.

    The site defines ``TradeEntity`` in *Simple Trading* and again, otherwise, in *SmartTrade* /
    *Trades*: the second is ``SmartTradeTradeEntity``, the trade of a SmartTrade, where the
    chapter alone made ``TradesTradeEntity``, a name that says "trade" twice and nothing of how
    the two differ. When every area only repeats the name, the chapter's is kept.
    """
    named = [area for area in areas if area]
    telling = next((area for area in named if entity_words(area) != entity_words(entity)), None)
    return pascal(tag_name(telling or next(iter(named), "")))


def entity_page_name(stem: str, title: str) -> str:
    """An entity page's component: its file name's words (``dca_bot_entity``), spelled as the
    page's title spells them where the title says the same words (*DCA Bot entity* →
    ``DCABotEntity``, one spelling with ``DCABotStats``; the file name alone made ``DcaBotEntity``)."""
    return pascal(title) if words(title) == words(stem) else pascal(stem)


#: Openings of a page title that only say "read this": *Get the list of active entities* names
#: active entities. Longest first.
_READING = (("get", "the", "list", "of"), ("get", "list", "of"), ("get", "the"), ("get",))
#: Endings the spec gives other components (an entity page, a request body and its fields, the
#: error): an answer named so would take another's name, so it keeps ``Response``.
_OTHER_COMPONENTS = ("Entity", "Request", "Fields")


#: Words after the noun a title's phrase is about (*Trades of deal*: trades).
_PREPOSITIONS = frozenset({"of", "for", "with", "by", "to", "in", "on", "from", "at", "per"})


def answer_name(title: str, listed: bool = False) -> str:
    """The component of an answer a page describes in place, named as the page names it.

    A title that names what it returns is the name (*Required balances for launch* →
    ``RequiredBalancesForLaunch``, *Get the list of active entities* → ``ActiveEntities``, *Get
    DCA Bot stats* → ``DCABotStats``: "get" and "the list of" only say "read"); a title that
    names an action keeps ``Response``, the answer to it (*Add exchange account* →
    ``AddExchangeAccountResponse``), as does a name another component would take
    (``...Entity``, ``...Request``, ``Error``). The answer of a ``listed`` page is a list of these:
    one of them is named in the singular (*Grid Bot events* → ``GridBotEvent``, *Get trades of
    deal* → ``TradeOfDeal``, *Supported markets list* → ``SupportedMarket``).
    """
    spoken = _WORD.findall(title)
    lowered = [w.lower() for w in spoken]
    opening = next((o for o in _READING if tuple(lowered[: len(o)]) == o and len(lowered) > len(o)), None)
    if (
        opening is None
        and lowered
        and (lowered[0] in VERBS or lowered[0] in SYNONYMS or tuple(lowered[:2]) in COMPOUND_VERBS)
    ):
        return pascal(title) + "Response"
    said = spoken[len(opening) :] if opening is not None else spoken
    if listed and len(said) > 1 and said[-1].lower() == "list":
        said = said[:-1]  # one item of a list is no list
    if listed and said:
        head = next((i - 1 for i, w in enumerate(said) if i and w.lower() in _PREPOSITIONS), len(said) - 1)
        said = [*said[:head], singular(said[head]), *said[head + 1 :]]
    named = pascal(" ".join(said))
    if not named or named == "Error" or named.endswith(_OTHER_COMPONENTS):
        return named + "Response"
    return named


def identifier(name: str) -> str:
    """A public Python name for a resource or a method: ``market-data`` → ``market_data``;
    never ``_private`` or a keyword (``import_``)."""
    name = re.sub(r"_+", "_", re.sub(r"\W", "_", name)).strip("_") or "call"
    if name[0].isdigit():
        name = f"n{name}"
    return f"{name}_" if keyword.iskeyword(name) or keyword.issoftkeyword(name) else name


def python_identifier(name: str) -> str:
    """A field's, keyword's or module's Python name, the one openapi-python-client gives it:
    ``takeProfit`` → ``take_profit``, ``from`` → ``from_``, ``_x`` → ``field__x``."""
    kept = _identifier_characters(name)
    snake_name = _unshadowed("_".join(_identifier_words(kept)).lower())
    if kept.startswith("_") or not snake_name.isidentifier():
        return f"{FIELD_PREFIX}{snake_name}"
    return snake_name


def class_name(name: str) -> str:
    """A class's name, the one openapi-python-client gives it: ``create_smart_trade_request``
    → ``CreateSmartTradeRequest``, an acronym kept (``DCABot``)."""
    candidate = _unshadowed(_capitalised(name))
    return candidate if candidate.isidentifier() else _unshadowed(_capitalised(f"{FIELD_PREFIX}{candidate}"))


# The client is rendered by openapi-python-client, which names fields, modules and classes
# itself; the spec command's code samples must arrive at the same names without importing that
# generator (pydantic, jinja2 and the rest: about 0.4 s the spec command has no other use for).
# So its naming rules are restated here (which characters a name keeps, where its words break,
# which words get a trailing ``_``); tests/naming/test_sanitisers.py holds the results to the
# library's own on every name of the committed spec, on names chosen to reach each rule and on
# generated ones, so a new version of the library that names otherwise fails there first.

#: The characters that part the words of a wire name (the library counts a backslash among them).
_PARTING = frozenset("\\. _-")
_PARTS = re.compile(r"[\\. _\-]+")
#: A run of ASCII letters, capitalised or not: a word of a camelCase name.
_CASED_RUN = re.compile(r"[A-Z]?[a-z]+")
#: Words suffixed with ``_`` beside Python's keywords: its builtins and three names generated
#: code uses; ``id`` is let through.
_SHADOWING = (frozenset(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def _identifier_characters(name: str) -> str:
    """``name`` without the characters no Python name holds (its word partings stay)."""
    return "".join(c for c in name if c in _PARTING or c.isidentifier() or c.isdecimal())


def _identifier_words(kept: str) -> list[str]:
    """The words of a kept name: split at its partings and, when it has capitals, around each
    cased run (``HTTPServerError`` → ``HTTP``, ``Server``, ``Error``). Not :func:`words`, which
    reads titles and file names by this project's own rule (``DCABot`` stays one word there)."""
    if any(map(str.isupper, kept)):
        kept = _CASED_RUN.sub(lambda run: f" {run.group()} ", kept)
    return [word for word in _PARTS.split(kept) if word]


def _capitalised(name: str) -> str:
    return "".join(
        word if word.isupper() else word.capitalize()
        for word in _identifier_words(_identifier_characters(name))
    )


def _unshadowed(name: str) -> str:
    return f"{name}_" if keyword.iskeyword(name) or name in _SHADOWING else name


def tag_name(document_title: str) -> str:
    """The tag of a document: its title without a trailing 'Api' / 'API'."""
    parts = re.sub(r"\([^()]*\)", "", document_title).split()
    while len(parts) > 1 and parts[-1].lower() in {
        "api",
        "reference",
        "endpoints",
        "information",
    }:
        parts.pop()
    return " ".join(parts) or document_title


# -- verbs ----------------------------------------------------------------------------------

#: Words that start a verb phrase as they are (``cancel_order``, ``add_funds``, ``sell_all``).
VERBS = frozenset(
    {
        "add",
        "archive",
        "cancel",
        "change",
        "close",
        "convert",
        "copy",
        "create",
        "delete",
        "disable",
        "enable",
        "force",
        "get",
        "load",
        "pause",
        "reduce",
        "refresh",
        "rename",
        "reset",
        "resume",
        "retrieve",
        "sell",
        "set",
        "start",
        "stop",
        "update",
        "validate",
    }
)
#: Two words that act as one verb (``panic_sell``, ``panic_sell_all_deals``).
COMPOUND_VERBS = (("panic", "sell"),)
#: A path's or a summary's word for a verb the client spells otherwise.
SYNONYMS = {
    "new": "create",
    "show": "retrieve",
    "remove": "delete",
    "edit": "update",
    "modify": "update",
}
#: The verb of a path that names only a collection or a member, by HTTP method.
COLLECTION_VERBS = {"get": "list", "post": "create", "put": "update", "patch": "update", "delete": "delete"}
#: A single read is ``retrieve``, as in openai-python (``client.bots.retrieve(bot_id)``).
MEMBER_VERBS = {"get": "retrieve", "post": "update", "put": "update", "patch": "update", "delete": "delete"}
#: Verbs the client spelled otherwise before 2.1 (``retrieve`` was ``get``): a method so renamed
#: keeps its former name for one minor version, as a deprecated alias (``x-sdk-aliases``).
FORMER_VERBS = {"retrieve": "get"}


# -- operation ids --------------------------------------------------------------------------

#: Verbs the operation id writes before the resource, the rest of the action after it
#: (``cancel_order`` on a trade is ``cancel_smart_trade_order``): :data:`VERBS` but those the
#: client learnt after the first spec named its operations, whose phrases go whole before the
#: resource (``force_process_smart_trade``, ``panic_sell_smart_trade``: an id is every
#: language's name and does not move when a verb is added), and with the path words the client
#: reads as synonyms (``remove_...``, ``edit_...``) kept as the ids spell them.
_ID_LATER_VERBS = frozenset({"convert", "copy", "force", "reduce", "rename", "retrieve", "sell", "validate"})
_ID_OBJECT_VERBS = (VERBS - _ID_LATER_VERBS) | {"edit", "remove"}
#: The id's spelling of a path word (``/accounts/new`` is ``create_account``).
_ID_SYNONYMS = {"new": "create", "show": "get"}
#: Paths that name an action of the API itself, not a collection (``GET /ping`` is ``ping``).
_SELF_VERBS = frozenset({"ping"})
#: Last words of an action that is a noun phrase naming data to read (``market_list``,
#: ``pie_chart_data``): such an action reads as ``get_<resource>_<action>``.
_NOUN_ENDINGS = frozenset({"data", "list", "stats", "rates", "pairs", "info"})


def derive_operation_id(method: str, path: str) -> str:
    """A readable, stable ``operationId`` from an operation's method and path.

    ``GET /bots`` → ``list_bots``; ``POST /accounts/new`` → ``create_account``;
    ``GET /deals/{id}/show`` → ``get_deal``; ``POST /deals/{id}/panic_sell`` →
    ``panic_sell_deal``; ``POST /bots/{id}/cancel_all_deals`` → ``cancel_bot_all_deals``;
    ``GET /accounts/market_list`` → ``get_account_market_list``.
    """
    method = method.lower()
    segments = [s for s in path.strip("/").split("/") if s and not _VERSION.match(s)]
    literals = [s for s in segments if not s.startswith("{")]
    has_member = any(s.startswith("{") for s in segments)
    if not literals:
        return f"{method}_root"
    resource = snake(literals[0])
    noun = singular(resource)
    if len(literals) == 1:
        if resource in _SELF_VERBS:
            return resource
        if has_member:
            verb = {"get": "get", "delete": "delete"}.get(method, "update")
            return f"{verb}_{noun}"
        if method == "get":
            return f"list_{resource}" if noun != resource else f"get_{resource}"
        return f"create_{noun}"
    action_words = snake("_".join(literals[1:])).split("_")
    action_words[0] = _ID_SYNONYMS.get(action_words[0], action_words[0])
    action = "_".join(action_words)
    compound = next(("_".join(c) for c in COMPOUND_VERBS if tuple(action_words[: len(c)]) == c), None)
    if compound is not None:
        verb, rest = compound, action.removeprefix(compound).lstrip("_")
    elif action_words[0] in _ID_OBJECT_VERBS:
        verb, _, rest = action.partition("_")
    else:
        verb, rest = "", action
    if rest == noun:
        rest = ""  # `/deals/{id}/update_deal` is `update_deal`, not `update_deal_deal`
    if verb:
        if not has_member and rest:
            return action  # `create_simple_sell`, `update_pairs_black_list` name what they act on
        return "_".join(p for p in (verb, noun, rest) if p)
    if noun in action_words or resource in action:
        return action
    if action_words[-1] in _NOUN_ENDINGS or (method == "get" and has_member):
        return f"get_{noun}_{action}"
    return f"{action}_{noun}"


def spec_operation_id(method: str, path: str, operation: Mapping[str, Any]) -> str:
    """An operation's ``operationId`` in a spec, or one made of its method and path when it has
    none (a spec written by hand): the key the client plan, the samples and the names share."""
    return str(operation.get("operationId") or f"{method}_{path}")


def spec_operations(spec: Mapping[str, Any]) -> Iterable[tuple[str, str, Mapping[str, Any]]]:
    """``(path, method, operation)`` of every operation of ``spec``, in the spec's order."""
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = (item or {}).get(method)
            if isinstance(operation, Mapping):
                yield str(path), method, operation


# -- the client's names ----------------------------------------------------------------------

#: Path segments that carry no meaning for the client: the base path.
_BASE = ("public", "api")
#: Attributes every generated resource class has; a method may not take their names.
RESERVED = frozenset({"with_raw_response", "with_streaming_response"})
#: The client's own attributes: a resource so named gets a trailing ``_`` (``client.close_``).
CLIENT_ATTRIBUTES = frozenset({"close", "aclose", "with_options", *RESERVED})
#: Names a method's keyword may not take: a keyword keeps its wire name unless it is a Python
#: keyword or one of these, which gets a trailing ``_``. A resource method's body reads
#: ``self``, ``warnings``, ``partial`` and ``read_json`` besides its keywords (the other names
#: it reads are classes, ``CallOptions`` and ``_checks``, which no keyword can be; the
#: operation's module, see :func:`operation_modules`, was the second design's); the others are
#: its per-call options.
RESERVED_ARGUMENTS = frozenset(
    {"self", "cls", "warnings", "partial", "read_json"}
    | {"timeout", "extra_headers", "extra_query", "extra_body"}  # the per-call options
)
#: Names the generated classes use themselves: their methods, and every name a model's class
#: body reads from its module (attrs' ``field`` and ``define``, ``datetime``, the runtime's
#: converters, readers and writers), which an attribute of that name would shadow for the
#: attributes after it (``market.field`` is a real property of the current API). A model's
#: attribute keeps its wire name unless it is one of these or a Python keyword
#: (``tests/naming/test_reserved_arguments.py`` reads the model template's imports against it).
RESERVED_ATTRIBUTES = frozenset(
    {"self", "cls", "raw", "to_dict", "from_dict", "matches", "variant_classes", "data", "field", "define"}
    | {"datetime", "cast", "as_body", "as_bodies", "as_variant"}
    | {"encode_body", "list_of", "on_wire", "rule_group", "format_timestamp", "parse_timestamp"}
    | {"json_decimal", "json_number", "to_decimal", "to_optional_decimal", "to_optional_nullable_decimal"}
    | {"entity_field", "list_reader", "list_writer", "model_reader", "read_any", "read_bool"}
    | {"read_datetime", "read_decimal", "read_int", "read_object", "read_str", "write_datetime"}
    | {"write_decimal", "write_entity", "write_number", "write_value"}
)


@dataclass(frozen=True)
class Route:
    """What the rule reads of an operation."""

    method: str  #: the HTTP method, any case
    path: str  #: ``/ver1/deals/{deal_id}/add_funds``; ``:deal_id`` is read as ``{deal_id}``
    summary: str = ""
    #: The resource of a path that names no collection (``/ver1/ping``): the tag's Python name.
    group: str = "default"


@dataclass(frozen=True)
class SdkName:
    """Where an operation lives on the client: ``client.<'.'.join(resource)>.<method>``."""

    resource: tuple[str, ...]
    method: str
    #: Former names of the method, still callable with a ``DeprecationWarning`` (:data:`FORMER_VERBS`).
    aliases: tuple[str, ...] = ()

    @property
    def dotted_resource(self) -> str:
        return ".".join(self.resource)

    def __str__(self) -> str:
        return f"{self.dotted_resource}.{self.method}"


@dataclass(frozen=True)
class _Parsed:
    resource: tuple[str, ...]
    member: bool  # the path ends in (or acts on) a member of the resource: ``{id}`` after it
    action: tuple[str, ...]  # the words of the literal segments after the resource


def _segments(path: str) -> list[str]:
    """The meaningful segments; a parameter is ``{}`` whatever its name or spelling."""
    parts = [p for p in path.strip("/").split("/") if p]
    if tuple(parts[:2]) == _BASE:
        parts = parts[2:]
    # A segment without a letter or digit (``..``, ``-``) names nothing: it is left out.
    return [
        "{}" if p.startswith((":", "{")) else p
        for p in parts
        if not _VERSION.match(p) and (p.startswith((":", "{")) or _WORD.search(p))
    ]


def nested_collections(paths: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """Collections the API nests: ``trades`` in ``/smart_trades/{id}/trades/{trade_id}``.

    A literal segment is a nested collection when a parameter both precedes it and follows it
    in some path: the API addresses members of it within a member of its parent.
    """
    found: set[tuple[str, ...]] = set()
    for path in paths:
        segments = _segments(path)
        if not segments or segments[0] == "{}":
            continue
        chain, index = [segments[0]], 1
        while index + 2 < len(segments) and segments[index] == "{}" != segments[index + 1]:
            if segments[index + 2] != "{}":
                break
            chain.append(segments[index + 1])
            found.add(tuple(chain))
            index += 2
    return frozenset(found)


def _parse(route: Route, nested: frozenset[tuple[str, ...]]) -> _Parsed:
    segments = _segments(route.path)
    if not segments or segments[0] == "{}":
        return _Parsed((identifier(route.group),), member=bool(segments), action=())
    top = _resource_name(segments[0])
    if singular(top) == top and "{}" not in segments:
        # ``/ver1/ping``, ``/ver1/time``: the path names an action, not a collection.
        action = tuple(w for s in segments for w in words(s))
        return _Parsed((identifier(route.group),), member=False, action=action)
    resource = [top]
    index = 1
    while (
        index + 1 < len(segments) and segments[index] == "{}" and (*resource, segments[index + 1]) in nested
    ):
        resource.append(_resource_name(segments[index + 1]))
        index += 2
    member = index < len(segments) and segments[index] == "{}"
    rest = [s for s in segments[index:] if s != "{}"]
    return _Parsed(tuple(resource), member, tuple(w for s in rest for w in words(s)))


def _resource_name(segment: str) -> str:
    name = identifier(segment)
    return f"{name}_" if name in CLIENT_ATTRIBUTES else name


def _leading_verb(action: Sequence[str]) -> int:
    """How many words of ``action`` make its leading verb (0: it starts with a noun)."""
    for compound in COMPOUND_VERBS:
        if tuple(action[: len(compound)]) == compound:
            return len(compound)
    return 1 if action and action[0] in VERBS else 0


def _summary_verb(summary: str) -> str | None:
    first = next(iter(words(summary)), "")
    verb = SYNONYMS.get(first, first)
    return verb if verb in VERBS else None


def _drop_resource(action: list[str], resource: str) -> list[str]:
    """``create_bot`` on ``bots`` is ``create``: the name never repeats its resource."""
    for spelled in (words(resource), words(singular(resource))):
        size = len(spelled)
        for start in range(len(action) - size + 1):
            if action[start : start + size] == spelled and start > 0:
                return action[:start] + action[start + size :]
    return action


def short_name(route: Route, parsed: _Parsed) -> str:
    """The method name before collisions are looked at."""
    method = route.method.lower()
    action = [*parsed.action]
    if not action:
        verb = _summary_verb(route.summary)
        if method == "delete" and verb is not None and verb != "delete":
            return verb  # ``DELETE /smart_trades/{id}`` is "Cancel SmartTrade"
        return (MEMBER_VERBS if parsed.member else COLLECTION_VERBS).get(method, method)
    action[0] = SYNONYMS.get(action[0], action[0])
    if not _leading_verb(action) and method != "get":
        # ``POST /grid_bots/{id}/note`` is "Set a note to Grid Bot": the summary lends its verb.
        verb = _summary_verb(route.summary)
        if verb is not None:
            action = [verb, *action]
    if _leading_verb(action):
        action = _drop_resource(action, parsed.resource[-1])
    return "_".join(action)


def sdk_names(routes: Sequence[Route]) -> dict[Route, SdkName]:
    """The client name of every route; names are unique within a resource.

    Collisions are resolved by the rule, in order, for every operation of a colliding set:
    the name gets the path's own words for the action when they differ from it
    (``retrieve`` of ``/bots/{id}/show`` becomes ``retrieve_show``), else the HTTP method
    (``update_patch``), else a number.
    """
    nested = nested_collections(e.path for e in routes)
    parsed = {e: _parse(e, nested) for e in routes}
    names = {e: identifier(short_name(e, parsed[e])) for e in routes}
    for step in (_path_words_suffix, _method_suffix, None):
        clashing = _clashes(names, parsed, nested)
        if not clashing:
            break
        for index, route in enumerate(sorted(clashing, key=lambda e: (e.path, e.method))):
            if step is None:
                names[route] = f"{names[route]}_{index + 1}"
            else:
                names[route] = identifier(step(names[route], route, parsed[route]))
    taken = {(parsed[e].resource, name) for e, name in names.items()}
    return {
        e: SdkName(parsed[e].resource, names[e], _aliases(parsed[e].resource, names[e], taken, nested))
        for e in routes
    }


def former_name(name: str) -> str | None:
    """The name the client gave a method before :data:`FORMER_VERBS` renamed its verb
    (``retrieve_show`` was ``get_show``); ``None`` for a method that kept its name."""
    for verb, former in FORMER_VERBS.items():
        if name == verb or name.startswith(verb + "_"):
            return former + name.removeprefix(verb)
    return None


def _aliases(
    resource: tuple[str, ...],
    name: str,
    taken: set[tuple[tuple[str, ...], str]],
    nested: frozenset[tuple[str, ...]],
) -> tuple[str, ...]:
    """The method's former name, unless another method, a nested resource or an attribute of
    every resource has it now."""
    former = former_name(name)
    if former is None or (resource, former) in taken or (*resource, former) in nested or former in RESERVED:
        return ()
    return (former,)


def _path_words_suffix(name: str, route: Route, parsed: _Parsed) -> str:
    raw = "_".join(parsed.action)
    return f"{name}_{raw}" if raw and raw != name else name


def _method_suffix(name: str, route: Route, parsed: _Parsed) -> str:
    return f"{name}_{route.method.lower()}"


def _clashes(
    names: dict[Route, str], parsed: dict[Route, _Parsed], nested: frozenset[tuple[str, ...]]
) -> set[Route]:
    by_place: dict[tuple[tuple[str, ...], str], list[Route]] = defaultdict(list)
    for route, name in names.items():
        by_place[(parsed[route].resource, name)].append(route)
    clashing: set[Route] = set()
    for (resource, name), routes in by_place.items():
        # A method may not take the name of a nested resource or of a resource's own attribute.
        if len(routes) > 1 or (*resource, name) in nested or name in RESERVED:
            clashing.update(routes)
    return clashing


def spec_sdk_names(spec: Mapping[str, Any]) -> dict[str, SdkName]:
    """The client name of every operation of an OpenAPI ``spec``, by operationId.

    An operation's ``x-sdk-resource`` / ``x-sdk-method`` when it has both (made identifiers: a
    spec edited by hand must not break the package); the rule above for the others, the
    resource of a path that names no collection being its tag's identifier. The client and
    the code samples both ask this, so a sample always calls the client's name.
    """
    found: dict[str, SdkName] = {}
    missing: dict[str, Route] = {}
    for path, method, operation in spec_operations(spec):
        op_id = spec_operation_id(method, path, operation)
        resource, name = operation.get(extensions.SDK_RESOURCE), operation.get(extensions.SDK_METHOD)
        if isinstance(resource, str) and resource and isinstance(name, str) and name:
            aliases = operation.get(extensions.SDK_ALIASES)
            found[op_id] = SdkName(
                tuple(map(identifier, resource.split("."))),
                identifier(name),
                tuple(identifier(str(a)) for a in aliases) if isinstance(aliases, list) else (),
            )
        else:
            tag = str((operation.get("tags") or ["default"])[0])
            summary = str(operation.get("summary") or "")
            missing[op_id] = Route(method, path, summary, python_identifier(tag))
    derived = sdk_names(list(missing.values()))
    found.update({op_id: derived[route] for op_id, route in missing.items()})
    return found


def operation_modules(spec: Mapping[str, Any]) -> frozenset[str]:
    """Each operation's id made an identifier: the client's name for the operation's module.

    The second design's resource method named its operation's module
    (``cancel_smart_trade.ENDPOINT``), so a keyword of that name took a trailing ``_`` in the
    client and the code samples alike, as ``timeout`` does; no method reads such a module now,
    and the rename stands only so that no keyword of a published client changes its name.
    """
    return frozenset(
        python_identifier(spec_operation_id(method, path, operation))
        for path, method, operation in spec_operations(spec)
    )


# -- the client's classes ---------------------------------------------------------------------


def _variant_shape(schema: Mapping[str, Any]) -> str:
    """A rule-group variant as text, but for whether its selectors are required (and for the
    keys that name its class): two variants of one shape send the same body."""
    properties = schema.get("properties") or {}
    selectors = {
        name for name, value in properties.items() if isinstance(value, Mapping) and "const" in value
    }
    shape = {
        key: value
        for key, value in schema.items()
        if key not in {"required", extensions.SDK_CLASS, extensions.SDK_ALIASES}
    }
    shape["required"] = sorted(set(schema.get("required") or ()) - selectors)
    return json.dumps(shape, sort_keys=True, default=str)


def _requires_its_selectors(schema: Mapping[str, Any]) -> bool:
    properties = schema.get("properties") or {}
    required = set(schema.get("required") or ())
    return all(
        name in required
        for name, value in properties.items()
        if isinstance(value, Mapping) and "const" in value
    )


def variant_twins(schemas: Mapping[str, Any]) -> dict[str, str]:
    """The variants the client gives another variant's class: ``{"BuyLimitByDefault": "BuyLimit"}``.

    One rule group may be written twice in a spec: ``buy_method`` is mandatory in one operation
    (``BuyMethod``: every variant requires it) and has a default in another
    (``BuyMethodWithDefault``: its ``limit`` variant also matches a body without it). A
    validator needs both schemas; a user means one thing, a limit buy, so the client has one
    class, ``BuyLimit``, which always sends its selector (both schemas allow that). Two groups are
    one rule group when they have the same selector and their variants pair up, each pair the
    same but for whether the selector is required; each pair is then named after the variant
    that requires its selector. Variants of different groups are never merged, however alike
    (``stop_loss[enabled] = false`` and ``take_profit[enabled] = false`` stay two classes).
    """
    by_group: dict[tuple[str, tuple[str, ...]], list[list[str]]] = defaultdict(list)
    for schema in schemas.values():
        if not isinstance(schema, Mapping) or extensions.SELECTOR not in schema:
            continue
        leaves = [
            schema_name(str(b.get("$ref", ""))) for b in schema.get("oneOf") or () if isinstance(b, Mapping)
        ]
        if not all(isinstance(schemas.get(leaf), Mapping) for leaf in leaves):
            continue
        ordered = sorted(leaves, key=lambda leaf: _variant_shape(schemas[leaf]))
        shapes = tuple(_variant_shape(schemas[leaf]) for leaf in ordered)
        by_group[(str(schema[extensions.SELECTOR]), shapes)].append(ordered)
    twins: dict[str, str] = {}
    for spellings in by_group.values():
        for names in zip(*spellings, strict=True):
            distinct = list(dict.fromkeys(names))
            keeper = next((n for n in distinct if _requires_its_selectors(schemas[n])), distinct[0])
            twins.update({name: keeper for name in distinct if name != keeper})
    return twins


def spec_class_components(spec: Mapping[str, Any]) -> dict[str, str]:
    """The component whose class the client uses, for each component whose class is another's:
    its ``x-sdk-class`` where the spec says it, else :func:`variant_twins` (a spec written by
    hand); the client and the code samples both ask this."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    said = {
        name: str(schema[extensions.SDK_CLASS])
        for name, schema in schemas.items()
        if isinstance(schema, Mapping) and isinstance(schema.get(extensions.SDK_CLASS), str)
    }
    if said:
        return {name: target for name, target in said.items() if target in schemas}
    return variant_twins(schemas)


#: Keys that say what a schema is for, not what it accepts: two objects alike but for these are
#: one class (its docstrings say what each operation says of it).
_WORDING = frozenset({"description", "title", "example", "examples", extensions.REQUIRED_BECAUSE})


#: How deep a body's schema is read for naming its objects: deeper than the client generator
#: plans (``view.MAX_NESTING`` objects, a few schema levels each), which reports such a body.
_NAMING_DEPTH = 400


class _TooDeep(Exception):
    """A body nests deeper than :data:`_NAMING_DEPTH`: its objects are left to the client view."""


#: Keywords whose keys are property names, not keywords: a property called ``title`` is a field.
_NAMED_MEMBERS = frozenset({"properties", "patternProperties"})


def _shape(schema: Any, depth: int = 0, names: bool = False) -> Any:
    """``schema`` without its wording, for comparing what two objects accept. ``names``: the keys
    of ``schema`` name properties (``status.title`` is a field the other status may lack), so
    every one stays."""
    if depth > _NAMING_DEPTH:
        raise _TooDeep
    if isinstance(schema, Mapping):
        return {
            k: _shape(v, depth + 1, not names and k in _NAMED_MEMBERS)
            for k, v in schema.items()
            if names or k not in _WORDING
        }
    if isinstance(schema, list):
        return [_shape(v, depth + 1) for v in schema]
    return schema


def _object_type(schema: Mapping[str, Any]) -> bool:
    types = schema.get("type")
    return ("object" in types if isinstance(types, list) else types == "object") and bool(
        schema.get("properties")
    )


def _body_objects(
    properties: Mapping[str, Any], path: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], Mapping[str, Any]]]:
    """Every object written in place among ``properties``, by its path (``[]``: an item)."""
    if len(path) > _NAMING_DEPTH:
        raise _TooDeep
    for name, schema in properties.items():
        if not isinstance(schema, Mapping) or "$ref" in schema:
            continue
        items = schema.get("items")
        if _object_type(schema):
            yield (*path, name), schema
            yield from _body_objects(schema["properties"], (*path, name))
        elif isinstance(items, Mapping) and "$ref" not in items and _object_type(items):
            yield (*path, name, "[]"), items
            yield from _body_objects(items["properties"], (*path, name, "[]"))


def fields_part(parts: Sequence[Mapping[str, Any]]) -> Mapping[str, Any]:
    """Of a request body's ``allOf`` members (resolved), the one that types every field; the
    others are rule groups (docs/rules.md)."""
    return next((part for part in parts if "properties" in part and "oneOf" not in part), {})


def body_fields_schema(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> Mapping[str, Any]:
    """The schema holding a request body's properties: the body itself, or its :func:`fields_part`."""

    schemas = (spec.get("components") or {}).get("schemas") or {}

    # Not spec_refs.resolve: naming is a leaf and imports no stage. A reference that leads
    # nowhere is {} here; the client view reports it where it is.
    def resolved(schema: Any) -> Mapping[str, Any]:
        seen = 0
        while isinstance(schema, Mapping) and "$ref" in schema and seen < 16:
            schema, seen = schemas.get(schema_name(str(schema["$ref"]))) or {}, seen + 1
        return schema if isinstance(schema, Mapping) else {}

    content = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
    body = resolved(content.get("schema") or {})
    return fields_part([resolved(part) for part in body.get("allOf") or ()] or [body])


def body_object_classes(spec: Mapping[str, Any]) -> dict[tuple[str, ...], str]:
    """The client's class of every object written in place inside a request body, by
    ``(operation id, *path)``, ``[]`` standing for an item: ``("create_smart_trade",
    "take_profit", "steps", "[]")`` → ``TakeProfitStep``.

    Objects at the same path that accept the same (their wording aside) are one class, whichever
    operations send them, named by the path: ``stop_loss`` of ``smart_trades.create`` and
    ``smart_trades.update`` is ``StopLoss``. Where operations send different objects at one path,
    the one most of them send keeps the path's name (``leverage`` of both smart-trade calls is
    ``Leverage``) and each other is named after its operation (``CreateTradeLeverage``); a tie
    names every one after its operation (``CreateSmartTradePosition``,
    ``UpdateSmartTradePosition``), so that no name stands for one object in one method and another
    in the next. An item at a body's top level (``take_profit_step_orders``) is a list item's
    class, which the client view names.
    """
    found: dict[tuple[str, ...], dict[str, list[str]]] = defaultdict(dict)
    for path, method, operation in spec_operations(spec):
        op_id = spec_operation_id(method, path, operation)
        fields = body_fields_schema(spec, operation)
        try:
            objects = [
                (where, json.dumps(_shape(schema), sort_keys=True, default=str))
                for where, schema in _body_objects(fields.get("properties") or {}, ())
                if not (len(where) == 2 and where[-1] == "[]")
            ]
        except _TooDeep:
            continue  # the client view reports such a body where it is
        for where, shape in objects:
            found[where].setdefault(shape, []).append(op_id)
    # A component's class keeps its name (a rule group is no class: its variants are).
    schemas = (spec.get("components") or {}).get("schemas") or {}
    components = {class_name(n) for n, s in schemas.items() if extensions.SELECTOR not in (s or {})}
    classes: dict[tuple[str, ...], str] = {}
    for where, shapes in found.items():
        counts = sorted((len(operations) for operations in shapes.values()), reverse=True)
        for operations in shapes.values():
            # The path's own name for the object most operations send (one alone, or one sent
            # by more operations than any other); each other one, and each of a tie, is
            # named after its own operation.
            commonest = len(operations) == counts[0] and (len(counts) == 1 or counts[1] < counts[0])
            if commonest and class_name(object_path_name(where)) not in components:
                classes.update({(op_id, *where): class_name(object_path_name(where)) for op_id in operations})
            else:
                classes.update(
                    {(op_id, *where): class_name(object_path_name([op_id, *where])) for op_id in operations}
                )
    return classes


def _answer_words(path: Sequence[str]) -> list[str]:
    """The words of a response object's path, as the client has always named its class: an
    item by its list's name in the singular, or ``..._item`` where the singular is the same word
    (``('form_fields', 'required', '[]')`` → ``['form_fields', 'required_item']``)."""
    return [
        (singular(part) if singular(part) != part else f"{part}_item") if following == "[]" else part
        for part, following in zip(path, [*path[1:], ""], strict=True)
        if part != "[]"
    ]


def _common_suffix(lists: Sequence[Sequence[str]]) -> list[str]:
    common = list(lists[0])
    for other in lists[1:]:
        size = 0
        while size < min(len(common), len(other)) and common[-1 - size] == other[-1 - size]:
            size += 1
        common = common[len(common) - size :]
    return common


def answer_base(owner: str) -> str:
    """What the classes inside a response class start with: ``SmartTradeEntity`` → ``SmartTrade``,
    ``RequiredBalancesResponse`` → ``RequiredBalances`` (a suffix that would leave nothing stays)."""
    for suffix in ("Entity", "Response", "Request"):
        if owner.endswith(suffix) and owner != suffix:
            return owner.removesuffix(suffix)
    return owner


def response_object_classes(owner: str, schema: Mapping[str, Any]) -> dict[tuple[str, ...], str]:
    """The client's class of every object written in place inside the response class ``owner``
    (an entity, or an answer a page describes in place), by its path (``[]``: an item):
    ``("position", "status")`` of ``SmartTradeEntity`` → ``SmartTradeStatus``.

    Objects of one response that have the same name and accept the same (their wording aside)
    are one class, as a request's are (:func:`body_object_classes`): a SmartTrade's ``status``,
    its position's, each take-profit step's, its stop loss's... are one ``SmartTradeStatus``.
    A class is named after the response (:func:`answer_base`) and the path words its objects
    share at their end (``position.conditional.trailing`` and ``stop_loss.conditional.trailing``:
    ``SmartTradeConditionalTrailing``); one object alone, by its whole path
    (``SmartTradePositionUnits``). Where two groups would take one name, the group holding the
    object at the path that name spells keeps it, and the objects of the other keep a class each,
    named by their whole paths: never one name for objects that differ. Objects with different
    names stay apart however alike (``units`` and ``total``, each ``{value}``): the name is what
    the page calls them. Path words that only repeat the response's last words are left out
    (``leverage_data[]`` of ``CurrencyRatesAndLimitsWithLeverageData`` is
    ``CurrencyRatesAndLimitsWithLeverageDataItem``, not ``...LeverageDataLeverageDataItem``).
    """
    base = answer_base(owner)
    try:
        objects = list(_body_objects(schema.get("properties") or {}, ()))
        shapes = [json.dumps(_shape(found), sort_keys=True, default=str) for _, found in objects]
    except _TooDeep:
        return {}  # the client view reports such an answer where it is

    said = [singular(w) for w in words(base)]

    def name(parts: Sequence[str]) -> str:
        # The path's first words may only say the response's last ones again (``leverage_data``
        # of *Currency rates and limits with leverage data*): a name never repeats its owner.
        spoken = words("_".join(parts))
        overlap = next(
            (
                size
                for size in range(min(len(said), len(spoken) - 1), 0, -1)
                if said[-size:] == [singular(w) for w in spoken[:size]]
            ),
            0,
        )
        if overlap:
            return base + "".join(class_name(word) for word in spoken[overlap:])
        return base + "".join(class_name(part) for part in parts)

    groups: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
    for (path, _), shape in zip(objects, shapes, strict=True):
        groups[(_answer_words(path)[-1], shape)].append(path)
    proposed = {key: name(_common_suffix([_answer_words(p) for p in paths])) for key, paths in groups.items()}
    claimed = Counter(proposed.values())
    classes: dict[tuple[str, ...], str] = {}
    for key, paths in groups.items():
        spelled = any(name(_answer_words(p)) == proposed[key] for p in paths)
        if claimed[proposed[key]] == 1 or spelled:
            classes.update({path: proposed[key] for path in paths})
        else:
            classes.update({path: name(_answer_words(path)) for path in paths})
    return classes
