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
    pattern: re.Pattern[str]
    literal_segments: int
    #: The regular expression's group name of each path parameter.
    groups: Mapping[str, str]


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
                pattern, groups = _pattern(template)
                literal = sum(1 for segment in template.split("/") if segment and "{" not in segment)
                operation_found = SpecOperation(method, template, identifier, ("paths", template, method))
                routes.append(PathPattern(operation_found, pattern, literal, groups))
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
                found = route.pattern.fullmatch(candidate)
                if found:
                    return route.operation, {
                        name: unquote(found.group(g)) for g, name in route.groups.items()
                    }
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


def _pattern(template: str) -> tuple[re.Pattern[str], dict[str, str]]:
    parts: list[str] = []
    position = 0
    names: dict[str, str] = {}
    for found in _PARAMETER.finditer(template):
        parts.append(re.escape(template[position : found.start()]))
        name = found.group(1)
        group = f"p{len(names)}"
        # A name twice still matches; only its first place is captured.
        if name not in names.values():
            names[group] = name
            parts.append(f"(?P<{group}>[^/]+)")
        else:
            parts.append("[^/]+")
        position = found.end()
    parts.append(re.escape(template[position:].rstrip("/")))
    return re.compile("".join(parts) or "/"), names
