"""The client's names for operations: ``client.<resource>.<method>(...)``, from method, path, summary.

``operationId`` stays the spec's name for every language; this module gives the Python client the
names users of Stainless SDKs (openai-python) expect: a resource per collection the path names,
nested where the path nests one collection in a member of another, and a short verb that never
repeats the resource (``client.smart_trades.create``, ``client.deals.add_funds(deal_id)``,
``client.smart_trades.trades.list(smart_trade_id)``). The rule is in docs/client-surface.md.

It reads plain strings only, so both the OpenAPI stage (which writes the names into the spec as
``x-sdk-resource`` / ``x-sdk-method``) and the client half (which reads them back) may import it.
"""

from __future__ import annotations

import keyword
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from generator import extensions

#: Path segments that carry no meaning for a client: the base path and version prefixes.
_VERSION = re.compile(r"^v(?:er)?\d+$")
_BASE = ("public", "api")
_WORD = re.compile(r"[A-Za-z0-9]+")

#: Words that start a method name as they are: an action whose first word is one of them is
#: already a verb phrase (``cancel_order``, ``add_funds``, ``sell_all_to_btc``).
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
SYNONYMS = {"new": "create", "show": "get", "remove": "delete", "edit": "update", "modify": "update"}
#: The verb of a path that names only a collection or a member, by HTTP method.
COLLECTION_VERBS = {"get": "list", "post": "create", "put": "update", "patch": "update", "delete": "delete"}
MEMBER_VERBS = {"get": "get", "post": "update", "put": "update", "patch": "update", "delete": "delete"}
#: Attributes every generated resource class has; a method may not take their names.
RESERVED = frozenset({"with_raw_response", "with_streaming_response"})
#: The client's own attributes: a resource so named gets a trailing ``_`` (``client.close_``).
CLIENT_ATTRIBUTES = frozenset({"close", "aclose", "with_options", *RESERVED})
#: Names a parameter may not take; one of them gets a trailing ``_``. A resource method's body
#: reads ``self``, ``warnings`` and ``locals`` (and its operation's module: see
#: :func:`operation_identifiers`); ``quote``, ``validate_request``, ``dumps_body`` and
#: ``to_decimal`` were the first design's request builders' own names, kept so that no keyword
#: of a published client changes its name.
RESERVED_ARGUMENTS = frozenset(
    {"self", "cls", "warnings", "locals", "quote", "validate_request", "dumps_body", "to_decimal"}
    | {"timeout", "extra_headers", "extra_query", "extra_body"}  # the per-call options
)
#: Names the generated classes use themselves (``field`` and ``define`` are attrs' own, which a
#: class body would otherwise shadow: ``market.field`` is a real property of the current API).
RESERVED_ATTRIBUTES = frozenset(
    {"self", "cls", "raw", "to_dict", "from_dict", "matches", "data", "field", "define"}
)


@dataclass(frozen=True)
class Endpoint:
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


def words(text: str) -> list[str]:
    """``SmartTrade add funds`` → ``['smart', 'trade', 'add', 'funds']``."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", text)
    return [w.lower() for w in _WORD.findall(spaced)]


def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


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


def _parse(endpoint: Endpoint, nested: frozenset[tuple[str, ...]]) -> _Parsed:
    segments = _segments(endpoint.path)
    if not segments or segments[0] == "{}":
        return _Parsed((identifier(endpoint.group),), member=bool(segments), action=())
    top = _resource_name(segments[0])
    if singular(top) == top and "{}" not in segments:
        # ``/ver1/ping``, ``/ver1/time``: the path names an action, not a collection.
        action = tuple(w for s in segments for w in words(s))
        return _Parsed((identifier(endpoint.group),), member=False, action=action)
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


def short_name(endpoint: Endpoint, parsed: _Parsed) -> str:
    """The method name before collisions are looked at."""
    method = endpoint.method.lower()
    action = [*parsed.action]
    if not action:
        verb = _summary_verb(endpoint.summary)
        if method == "delete" and verb is not None and verb != "delete":
            return verb  # ``DELETE /smart_trades/{id}`` is "Cancel SmartTrade"
        return (MEMBER_VERBS if parsed.member else COLLECTION_VERBS).get(method, method)
    action[0] = SYNONYMS.get(action[0], action[0])
    if not _leading_verb(action) and method != "get":
        # ``POST /grid_bots/{id}/note`` is "Set a note to Grid Bot": the summary lends its verb.
        verb = _summary_verb(endpoint.summary)
        if verb is not None:
            action = [verb, *action]
    if _leading_verb(action):
        action = _drop_resource(action, parsed.resource[-1])
    return "_".join(action)


def identifier(name: str) -> str:
    """A public Python name: ``market-data`` → ``market_data``; never ``_private`` or a keyword."""
    name = re.sub(r"_+", "_", re.sub(r"\W", "_", name)).strip("_") or "call"
    if name[0].isdigit():
        name = f"n{name}"
    return f"{name}_" if keyword.iskeyword(name) or keyword.issoftkeyword(name) else name


def sdk_names(endpoints: Sequence[Endpoint]) -> dict[Endpoint, SdkName]:
    """The client name of every endpoint; names are unique within a resource.

    Collisions are resolved by the rule, in order, for every operation of a colliding set:
    the name gets the path's own words for the action when they differ from it
    (``get`` of ``/bots/{id}/show`` becomes ``get_show``), else the HTTP method
    (``update_patch``), else a number.
    """
    nested = nested_collections(e.path for e in endpoints)
    parsed = {e: _parse(e, nested) for e in endpoints}
    names = {e: identifier(short_name(e, parsed[e])) for e in endpoints}
    for step in (_path_words_suffix, _method_suffix, None):
        clashing = _clashes(names, parsed, nested)
        if not clashing:
            break
        for index, endpoint in enumerate(sorted(clashing, key=lambda e: (e.path, e.method))):
            if step is None:
                names[endpoint] = f"{names[endpoint]}_{index + 1}"
            else:
                names[endpoint] = identifier(step(names[endpoint], endpoint, parsed[endpoint]))
    return {e: SdkName(parsed[e].resource, names[e]) for e in endpoints}


def _path_words_suffix(name: str, endpoint: Endpoint, parsed: _Parsed) -> str:
    raw = "_".join(parsed.action)
    return f"{name}_{raw}" if raw and raw != name else name


def _method_suffix(name: str, endpoint: Endpoint, parsed: _Parsed) -> str:
    return f"{name}_{endpoint.method.lower()}"


def _clashes(
    names: dict[Endpoint, str], parsed: dict[Endpoint, _Parsed], nested: frozenset[tuple[str, ...]]
) -> set[Endpoint]:
    by_place: dict[tuple[tuple[str, ...], str], list[Endpoint]] = defaultdict(list)
    for endpoint, name in names.items():
        by_place[(parsed[endpoint].resource, name)].append(endpoint)
    clashing: set[Endpoint] = set()
    for (resource, name), endpoints in by_place.items():
        # A method may not take the name of a nested resource or of a resource's own attribute.
        if len(endpoints) > 1 or (*resource, name) in nested or name in RESERVED:
            clashing.update(endpoints)
    return clashing


_HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def spec_sdk_names(spec: Mapping[str, Any], tag_identifier: Callable[[str], str]) -> dict[str, SdkName]:
    """The client name of every operation of an OpenAPI ``spec``, by operationId.

    An operation's ``x-sdk-resource`` / ``x-sdk-method`` when it has both (made identifiers: a
    spec edited by hand must not break the package); the rule above for the others, with
    ``tag_identifier`` giving the resource of a path that names no collection from its tag.
    The client and the code samples both ask this, so a sample always calls the client's name.
    """
    found: dict[str, SdkName] = {}
    missing: dict[str, Endpoint] = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in _HTTP_METHODS:
            operation = (item or {}).get(method)
            if not isinstance(operation, Mapping):
                continue
            op_id = operation_id(str(path), method, operation)
            resource, name = operation.get(extensions.SDK_RESOURCE), operation.get(extensions.SDK_METHOD)
            if isinstance(resource, str) and resource and isinstance(name, str) and name:
                found[op_id] = SdkName(tuple(map(identifier, resource.split("."))), identifier(name))
            else:
                tag = str((operation.get("tags") or ["default"])[0])
                summary = str(operation.get("summary") or "")
                missing[op_id] = Endpoint(method, str(path), summary, tag_identifier(tag))
    derived = sdk_names(list(missing.values()))
    found.update({op_id: derived[endpoint] for op_id, endpoint in missing.items()})
    return found


def operation_id(path: str, method: str, operation: Mapping[str, Any]) -> str:
    """An operation's ``operationId``, or one made of its method and path when it has none."""
    return str(operation.get("operationId") or f"{method}_{path}")


def operation_identifiers(spec: Mapping[str, Any], identifier: Callable[[str], str]) -> frozenset[str]:
    """Each operation's id made an identifier: the client's name for the operation's module.

    A resource method names its operation's module (``cancel_smart_trade.ENDPOINT``), so a
    keyword of that name would hide it: the client and the code samples both give such a
    keyword a trailing ``_``, as they do ``timeout``.
    """
    return frozenset(
        identifier(operation_id(str(path), method, operation))
        for path, item in (spec.get("paths") or {}).items()
        for method in _HTTP_METHODS
        if isinstance(operation := (item or {}).get(method), Mapping)
    )
