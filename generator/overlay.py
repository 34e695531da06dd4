"""The overlay stage: OpenAPI Overlay 1.0.0 documents applied to the built spec, before validation.

Between the OpenAPI build and validation: the spec the documents give, corrected where the
documents are wrong (the overlays ``python -m generator answers --overlay-out`` writes from the
live API's recorded answers, or hand-written ones), is then validated, checked and handed to the
client like any other. Targets are RFC 9535 JSONPath, read by jsonpath-rfc9535.

Applying an action, as Overlay 1.0.0 says: ``remove: true`` removes every node the target
selects; an ``update`` is merged into each selected object (objects merge key by key, at any
depth; any other value replaces the one it meets) or appended to each selected array. A target
that selects nothing, a target that is no JSONPath, an update that does not fit its node, and an
overlay after which the spec is no valid OpenAPI are errors at the overlay's file and line; the
stage is pure, so a failing run writes nothing.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import DiagnosticSink, Location

#: The Overlay Specification versions this stage reads.
SUPPORTED_VERSIONS = ("1.0.0",)


@dataclass(frozen=True, eq=False)  # compared by identity: an update is a dict
class Action:
    target: str
    location: Location
    update: Any = None
    remove: bool = False
    description: str = ""


@dataclass(frozen=True)
class Overlay:
    path: str
    title: str
    actions: tuple[Action, ...]


@dataclass
class Applied:
    """Where each action changed the spec: the nodes it selected (for blame when validation fails)."""

    touched: list[tuple[Action, tuple[str | int, ...]]] = field(default_factory=list)


def read_overlay(path: str, text: str, sink: DiagnosticSink) -> Overlay | None:
    """The overlay in ``text`` (YAML or JSON), or ``None`` with located errors."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        document = YAML(typ="rt", pure=True).load(text)
    except YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        sink.error(
            Location(path, line),
            f"overlay is not valid YAML: {getattr(error, 'problem', None) or error}",
            "overlay",
        )
        return None
    if not isinstance(document, Mapping):
        sink.error(Location(path, 1), "overlay is not a YAML or JSON object", "overlay")
        return None
    errors = len(sink.errors)
    version = document.get("overlay")
    if str(version) not in SUPPORTED_VERSIONS:
        sink.error(
            _where(path, document, "overlay"),
            f"`overlay: {version}`: only Overlay {', '.join(SUPPORTED_VERSIONS)} documents are read",
            "overlay",
        )
    info = document.get("info")
    if not isinstance(info, Mapping) or not isinstance(info.get("title"), str) or "version" not in info:
        sink.error(_where(path, document, "info"), "`info` with `title` and `version` is required", "overlay")
    raw_actions = document.get("actions")
    if not isinstance(raw_actions, list) or not raw_actions:
        sink.error(
            _where(path, document, "actions"), "`actions` must be a list of at least one action", "overlay"
        )
        raw_actions = []
    actions = []
    for index, raw in enumerate(raw_actions):
        where = _item_where(path, raw_actions, index)
        if not isinstance(raw, Mapping):
            sink.error(where, f"action {index + 1} is not an object", "overlay")
            continue
        target = raw.get("target")
        remove = raw.get("remove", False)
        if not isinstance(target, str) or not target:
            sink.error(where, f"action {index + 1}: `target` (a JSONPath) is required", "overlay")
        elif not isinstance(remove, bool):
            sink.error(where, f"action {index + 1}: `remove` must be true or false", "overlay")
        elif "update" not in raw and not remove:
            sink.error(where, f"action {index + 1}: neither `update` nor `remove: true`", "overlay")
        else:
            actions.append(
                Action(target, where, _plain(raw.get("update")), remove, str(raw.get("description") or ""))
            )
    if len(sink.errors) > errors:
        return None
    return Overlay(path, str(info["title"]) if isinstance(info, Mapping) else "", tuple(actions))


def apply_overlays(
    spec: Mapping[str, Any], overlays: Sequence[Overlay], sink: DiagnosticSink
) -> tuple[dict[str, Any], Applied]:
    """A copy of ``spec`` with every overlay's actions applied in order; errors go to ``sink``."""
    import jsonpath_rfc9535

    result: dict[str, Any] = copy.deepcopy(dict(spec))
    applied = Applied()
    for overlay in overlays:
        for action in overlay.actions:
            try:
                query = jsonpath_rfc9535.compile(action.target)
            except jsonpath_rfc9535.JSONPathError as error:
                sink.error(
                    action.location,
                    f"target {action.target!r} is not an RFC 9535 JSONPath: {error}",
                    "overlay",
                )
                continue
            nodes = query.find(result)
            if not nodes:
                sink.error(action.location, f"target {action.target} matches nothing in the spec", "overlay")
                continue
            places = [tuple(node.location) for node in nodes]
            if action.remove:
                # The last first, so that removing an array's item does not move the next one's index.
                for place in sorted(places, key=_order, reverse=True):
                    if place:
                        parent = _node(result, place[:-1])
                        del parent[place[-1]]
                    else:
                        sink.error(action.location, "an action cannot remove the whole spec", "overlay")
            else:
                for place, node in zip(places, nodes, strict=True):
                    _update(node.value, action, sink)
                    applied.touched.append((action, place))
            if action.remove:
                applied.touched.extend((action, place[:-1]) for place in places if place)
    return result, applied


def blame(applied: Applied, spec: Mapping[str, Any], sink: DiagnosticSink) -> None:
    """After validation failed: an error at each action whose change is where the spec is invalid."""
    from generator.spec_validator import SpecValidator

    error_paths = [tuple(error.path) for error in SpecValidator(dict(spec)).iter_errors()]
    blamed = []
    for action, place in applied.touched:
        if any(_concerns(place, path) for path in error_paths):
            blamed.append(action)
    for action in dict.fromkeys(blamed):
        sink.error(
            action.location,
            f"with this action applied ({action.target}) the spec is no valid OpenAPI 3.1",
            "overlay",
        )
    if not blamed and applied.touched:
        first = applied.touched[0][0].location
        sink.error(
            Location(first.file, 1), "with the overlays applied the spec is no valid OpenAPI 3.1", "overlay"
        )


def _concerns(place: tuple[str | int, ...], path: tuple[Any, ...]) -> bool:
    """Whether an error at ``path`` is in what an action changed at ``place``. The validator gives
    paths within the spec, or within one schema (``properties/status/type``): a part of the
    changed node's place ending where the error's path starts counts too."""
    if path[: len(place)] == place or (path and place[: len(path)] == path):
        return True
    return any(
        path[: len(place) - start] == place[start:]
        for start in range(1, len(place))
        if len(place) - start >= 2
    )


def _update(node: Any, action: Action, sink: DiagnosticSink) -> None:
    if isinstance(node, list):
        node.append(copy.deepcopy(action.update))
    elif isinstance(node, dict):
        if not isinstance(action.update, Mapping):
            sink.error(
                action.location, f"target {action.target} is an object: `update` must be an object", "overlay"
            )
            return
        _merge(node, action.update)
    else:
        sink.error(
            action.location,
            f"target {action.target} selects a {type(node).__name__}: only objects and arrays can be updated",
            "overlay",
        )


def _merge(node: dict[str, Any], update: Mapping[str, Any]) -> None:
    for key, value in update.items():
        if isinstance(value, Mapping) and isinstance(node.get(key), dict):
            _merge(node[key], value)
        else:
            node[key] = copy.deepcopy(value)


def _node(spec: Any, place: Sequence[str | int]) -> Any:
    for token in place:
        spec = spec[token]
    return spec


def _order(place: tuple[str | int, ...]) -> tuple[Any, ...]:
    return tuple((0, token, "") if isinstance(token, int) else (1, 0, token) for token in place)


def _plain(value: Any) -> Any:
    """ruamel's commented containers as plain dicts and lists (the spec holds nothing else)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    return str(value)  # a timestamp ruamel read as a date: the text it was


def _where(path: str, document: Any, key: str) -> Location:
    try:
        line, column = document.lc.key(key)
        return Location(path, line + 1, column + 1)
    except (AttributeError, KeyError, TypeError):
        return Location(path, 1)


def _item_where(path: str, items: Any, index: int) -> Location:
    try:
        line, column = items.lc.item(index)
        return Location(path, line + 1, column + 1)
    except (AttributeError, KeyError, TypeError, IndexError):
        return Location(path, 1)
