"""Which operation of the spec a recorded request is: its method and its path's template.

The path is taken without the ``servers`` prefix (``/public/api``): a recording of the live API
and one of a mock at the root both match. A template's literal segments win over its
parameters, so ``/ver1/smart_trades/create_smart_trade`` is never ``/ver1/smart_trades/{id}``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from generator.naming import HTTP_METHODS

_PARAMETER = re.compile(r"\{([^{}/]+)\}")


@dataclass(frozen=True)
class SpecOperation:
    method: str
    template: str
    operation_id: str
    #: Where the operation is in the spec: ``("paths", template, method)``.
    location: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.operation_id} ({self.method.upper()} {self.template})"


@dataclass(frozen=True)
class PathPattern:
    operation: SpecOperation
    #: The template's segments, each its literal pieces and parameter names in turn
    #: (``("", "id", ".json")`` for ``{id}.json``: pieces at even places, names at odd ones).
    segments: tuple[tuple[str, ...], ...]
    literal_segments: int


class Matcher:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.prefixes = _server_prefixes(spec)
        routes: list[PathPattern] = []
        for template, item in (spec.get("paths") or {}).items():
            if not isinstance(item, Mapping):
                continue
            for method in HTTP_METHODS:
                operation = item.get(method)
                if not isinstance(operation, Mapping):
                    continue
                identifier = str(operation.get("operationId") or f"{method} {template}")
                segments = _segments(template)
                literal = sum(1 for segment in segments if segment != ("",) and len(segment) == 1)
                operation_found = SpecOperation(method, template, identifier, ("paths", template, method))
                routes.append(PathPattern(operation_found, segments, literal))
        routes.sort(key=lambda route: -route.literal_segments)
        self.routes = routes

    def match(self, method: str, url: str) -> tuple[SpecOperation, dict[str, str]] | None:
        """The operation and its path parameters (decoded), or ``None``."""
        path = urlsplit(url).path or "/"
        wanted = method.lower()
        for candidate in self._candidates(path):
            for route in self.routes:
                if route.operation.method != wanted:
                    continue
                found = _match(route.segments, _segments_of(candidate))
                if found is not None:
                    return route.operation, {name: unquote(value) for name, value in found.items()}
        return None

    def _candidates(self, path: str) -> list[str]:
        trimmed = path.rstrip("/") or "/"
        candidates = [trimmed[len(p) :] or "/" for p in self.prefixes if trimmed.startswith(p + "/")]
        return [*candidates, trimmed]


def _server_prefixes(spec: Mapping[str, Any]) -> list[str]:
    prefixes = []
    for server in spec.get("servers") or ():
        if isinstance(server, Mapping) and isinstance(server.get("url"), str):
            path = urlsplit(server["url"]).path.rstrip("/")
            if path:
                prefixes.append(path)
    return sorted(set(prefixes), key=len, reverse=True)


def _segments(template: str) -> tuple[tuple[str, ...], ...]:
    """Each segment of a path template split into literal pieces and parameter names, in turn."""
    result = []
    for segment in _segments_of(template):
        pieces: list[str] = []
        position = 0
        for found in _PARAMETER.finditer(segment):
            pieces += [segment[position : found.start()], found.group(1)]
            position = found.end()
        result.append((*pieces, segment[position:]))
    return tuple(result)


def _segments_of(path: str) -> list[str]:
    return path.rstrip("/").split("/") if path.strip("/") else [""]


def _match(template: tuple[tuple[str, ...], ...], path: list[str]) -> dict[str, str] | None:
    """The path's parameter values where it has the template's shape, else ``None``.

    A plain scan, segment by segment (a pattern built from the spec's paths could not be checked
    for backtracking, see tests/robustness/test_patterns.py): a parameter takes at least one
    character and never a ``/``; a name twice keeps its first value.
    """
    if len(template) != len(path):
        return None
    values: dict[str, str] = {}
    for pieces, segment in zip(template, path, strict=True):
        if len(pieces) == 1:
            if pieces[0] != segment:
                return None
            continue
        first, last = pieces[0], pieces[-1]
        fits = segment.startswith(first) and segment.endswith(last)
        if not fits or len(segment) < len(first) + len(last):
            return None
        rest, position = segment[len(first) : len(segment) - len(last)], 0
        for index in range(1, len(pieces) - 1, 2):
            name, following = pieces[index], pieces[index + 1] if index + 2 < len(pieces) else ""
            end = rest.find(following, position + 1) if following else len(rest)
            if end == -1 or end <= position:
                return None
            values.setdefault(name, rest[position:end])
            position = end + len(following)
        if position != len(rest):
            return None
    return values
