"""What changed between two specs, classified as the people who use the generated client feel it.

Everything a client depends on is compared: operations (method, path, tag, security), parameters,
request bodies and responses, the schemas they reach through ``$ref`` (once, at the component,
naming the operations that use it), shared ``components.responses``, security schemes and servers.

The rules follow oasdiff's breaking-change checks, turned into semver:

- *major*: something a working call relies on is gone or narrower. On the request side a
  removed operation, parameter or field, a new required one, a removed enum value, a narrower
  type or bound; on the response side a removed field, a changed type, a field that may now be
  absent or null. Also a renamed security header, a new security requirement, a changed server.
- *minor*: an addition or a wider input (new operation, optional parameter, request enum value,
  a looser bound); response changes oasdiff only warns about (a new enum value or ``oneOf``
  branch in a response, a narrower output); a new default or deprecation.
- *patch*: text only (descriptions, summaries, examples, titles).

A schema used by both requests and responses (or by neither) gets the stricter verdict. The
spec's ``info.version``, and so the client's, follows the most severe change.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import extensions
from generator.emit import dump_json
from generator.json_types import json_type
from generator.naming import HTTP_METHODS, SCHEMA_REF
from generator.spec_refs import (
    UnresolvedReference,
    Where,
    group_reference,
    reaches,
    read_rule_objects,
    reference_name,
    references,
    resolve,
    target,
)


class Impact(enum.IntEnum):
    NONE = 0
    PATCH = 1
    MINOR = 2
    MAJOR = 3


class Direction(enum.Flag):
    """Which way a schema's values travel: what the client sends, or what it reads."""

    REQUEST = enum.auto()
    RESPONSE = enum.auto()
    BOTH = REQUEST | RESPONSE


_LABELS = {Impact.MAJOR: "BREAKING", Impact.MINOR: "compatible", Impact.PATCH: "text"}
_BUMPS = {Impact.MAJOR: "major", Impact.MINOR: "minor", Impact.PATCH: "patch"}
_USERS_SHOWN = 4


@dataclass(frozen=True)
class Change:
    impact: Impact
    where: str
    what: str
    #: Operations that use the component the change is in (empty when ``where`` is one).
    used_by: tuple[str, ...] = ()

    def __str__(self) -> str:
        text = f"[{_LABELS[self.impact]}] {self.where}: {self.what}"
        if self.used_by:
            shown = ", ".join(self.used_by[:_USERS_SHOWN])
            more = len(self.used_by) - _USERS_SHOWN
            text += f" (used by {shown}{f' and {more} more' if more > 0 else ''})"
        return text


#: Keywords and extensions that change documentation only.
_TEXT_KEYS = frozenset(
    {
        "description",
        "summary",
        "title",
        "example",
        "examples",
        "externalDocs",
        "$comment",
        extensions.REQUIRED_BECAUSE,
        extensions.WEIGHT,
        extensions.REFERENCE_DATE,
    }
)
#: Extensions the generated client is named or behaves by: a change is felt like a rename.
_CLIENT_EXTENSIONS = frozenset(
    {
        extensions.GROUP_NAME,
        extensions.RESPONSE_BY,
        extensions.PERMISSION,
        extensions.SDK_RESOURCE,
        extensions.SDK_METHOD,
        extensions.SDK_CLASS,
    }
)
#: Bounds where a larger value accepts less, and where a smaller one does.
_LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains")
_UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains")
#: Schema keywords compared by their own rule below; any other keyword that changes is major.
_HANDLED = frozenset(
    {
        *_TEXT_KEYS,
        *_LOWER_BOUNDS,
        *_UPPER_BOUNDS,
        "$ref",
        "type",
        "nullable",
        "format",
        "multipleOf",
        "enum",
        "const",
        "default",
        "deprecated",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "allOf",
        "oneOf",
        "anyOf",
        "pattern",
        "uniqueItems",
    }
)


# -- the comparison ---------------------------------------------------------------------------


def compare(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new``, most severe first.

    Each side is read with its rule objects as the groups built them (``spec_refs.rules_as_built``):
    writing one's fields in place for other tools (docs/interop.md), or naming them again, is
    the same constraint spelt another way, a patch."""
    (old_built, old_placed), (new_built, new_placed) = read_rule_objects(old), read_rule_objects(new)
    differ = _Differ(old_built, new_built)
    differ.run()
    differ.placed_rule_objects(old_placed, new_placed)
    unique = {(c.impact, c.where, c.what, c.used_by): c for c in differ.changes}
    return sorted(unique.values(), key=lambda c: (-c.impact, c.where, c.what))


@dataclass(frozen=True)
class _Site:
    """A place in the report: its name, which way its values travel, the operations that use it."""

    where: str
    direction: Direction
    users: tuple[str, ...] = ()

    def at(self, suffix: str) -> _Site:
        return dataclasses.replace(self, where=self.where + suffix)


@dataclass
class _Usage:
    direction: Direction = field(default_factory=lambda: Direction(0))
    operations: set[str] = field(default_factory=set)


class _Differ:
    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        # Pairs of references already compared in place (a ref that now points elsewhere).
        self.compared_refs: set[tuple[str, str]] = set()
        self.usage: dict[str, _Usage] = {}
        # Variants split by a nested selector whose sub-variants imply all they say: listing
        # those sub-variants in the group instead is a respelling (docs/interop.md).
        self.split_old = _split_variants(old)
        self.split_new = _split_variants(new)
        for spec in (old, new):
            for key, usage in _usage(spec).items():
                merged = self.usage.setdefault(key, _Usage())
                merged.direction |= usage.direction
                merged.operations |= usage.operations

    # -- recording ---------------------------------------------------------------------------

    def emit(self, impact: Impact, where: str, what: str, users: Sequence[str] = ()) -> None:
        self.changes.append(Change(impact, where, what, tuple(users)))

    def directed(self, site: _Site, what: str, *, request: Impact, response: Impact) -> None:
        """A change whose weight depends on the way the values travel; the stricter one wins."""
        impacts = []
        if Direction.REQUEST in site.direction:
            impacts.append(request)
        if Direction.RESPONSE in site.direction:
            impacts.append(response)
        self.emit(max(impacts, default=max(request, response)), site.where, what, site.users)

    def narrower(self, site: _Site, what: str) -> None:
        """Fewer values are valid: callers' requests may now fail; responses only get tighter."""
        self.directed(site, what, request=Impact.MAJOR, response=Impact.MINOR)

    def wider(self, site: _Site, what: str) -> None:
        """More values are valid: old requests still pass; a response may hold what code never saw."""
        self.directed(site, what, request=Impact.MINOR, response=Impact.MAJOR)

    # -- the whole document ------------------------------------------------------------------

    def run(self) -> None:
        self.servers("servers", self.old.get("servers") or [], self.new.get("servers") or [])
        self.security_schemes()
        self.operations()
        self.shared_responses()
        self.component_schemas()
        self.top_level()

    def top_level(self) -> None:
        old_info = {k: v for k, v in (self.old.get("info") or {}).items() if k != "version"}
        new_info = {k: v for k, v in (self.new.get("info") or {}).items() if k != "version"}
        if old_info != new_info:
            keys = sorted(k for k in old_info.keys() | new_info.keys() if old_info.get(k) != new_info.get(k))
            self.emit(Impact.PATCH, "info", f"changed ({', '.join(keys)})")
        for key in sorted((self.old.keys() | self.new.keys()) - {"info", "servers", "paths", "components"}):
            if self.old.get(key) != self.new.get(key):
                impact = Impact.PATCH if key in {"tags", "externalDocs"} else Impact.MINOR
                self.emit(impact, key, "changed")

    def servers(self, where: str, old: Sequence[Any], new: Sequence[Any]) -> None:
        old_by_url = {str(s.get("url")): s for s in old if isinstance(s, Mapping)}
        new_by_url = {str(s.get("url")): s for s in new if isinstance(s, Mapping)}
        removed = [url for url in old_by_url if url not in new_by_url]
        added = [url for url in new_by_url if url not in old_by_url]
        if len(removed) == 1 and len(added) == 1:
            self.emit(Impact.MAJOR, where, f"URL changed from {removed[0]} to {added[0]}")
        else:
            for url in removed:
                self.emit(Impact.MAJOR, where, f"{url} removed")
            for url in added:
                self.emit(Impact.MINOR, where, f"{url} added")
        for url in old_by_url.keys() & new_by_url.keys():
            before, after = old_by_url[url], new_by_url[url]
            if before.get("variables") != after.get("variables"):
                self.emit(Impact.MAJOR, f"{where} {url}", "variables changed")
            if before.get("description") != after.get("description"):
                self.emit(Impact.PATCH, f"{where} {url}", "description changed")

    def security_schemes(self) -> None:
        old = (self.old.get("components") or {}).get("securitySchemes") or {}
        new = (self.new.get("components") or {}).get("securitySchemes") or {}
        for name in sorted(old.keys() - new.keys()):
            self.emit(Impact.MAJOR, f"securitySchemes.{name}", "security scheme removed")
        for name in sorted(new.keys() - old.keys()):
            self.emit(Impact.MINOR, f"securitySchemes.{name}", "security scheme added")
        for name in sorted(old.keys() & new.keys()):
            before, after = self.resolved(old[name], new[name], f"securitySchemes.{name}")
            if before is None or after is None:
                continue
            where = f"securitySchemes.{name}"
            for key in sorted((before.keys() | after.keys()) - _TEXT_KEYS):
                if before.get(key) != after.get(key):
                    # The header's name, its place or the scheme's type: every signed call breaks.
                    self.emit(
                        Impact.MAJOR, where, f"{key} changed from {before.get(key)!r} to {after.get(key)!r}"
                    )
            self.text(where, before, after)

    # -- operations --------------------------------------------------------------------------

    def operations(self) -> None:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        for op_id in sorted(old_ops.keys() - new_ops.keys()):
            self.emit(Impact.MAJOR, op_id, "operation removed")
        for op_id in sorted(new_ops.keys() - old_ops.keys()):
            self.emit(Impact.MINOR, op_id, "operation added")
        for op_id in sorted(old_ops.keys() & new_ops.keys()):
            self.operation(op_id, old_ops[op_id], new_ops[op_id])

    def operation(self, op_id: str, before: _Operation, after: _Operation) -> None:
        if (before.method, before.path) != (after.method, after.path):
            self.emit(Impact.MAJOR, op_id, f"moved to {after.method.upper()} {after.path}")
        old, new = before.operation, after.operation
        if (old.get("tags") or []) != (new.get("tags") or []):
            # The client's resource of a path naming no collection (``client.public``) follows the tag.
            self.emit(Impact.MAJOR, op_id, f"tags changed from {old.get('tags')} to {new.get('tags')}")
        self.deprecation(op_id, old, new, ())
        self.paging(op_id, before, after)
        self.extensions(op_id, old, new, ())
        self.text(op_id, old, new)
        self.security(op_id, before.security, after.security)
        if "servers" in old or "servers" in new:
            self.servers(f"{op_id} servers", old.get("servers") or [], new.get("servers") or [])
        self.parameters(op_id, before.parameters, after.parameters)
        self.request_body(op_id, old.get("requestBody"), new.get("requestBody"))
        self.responses(op_id, old.get("responses") or {}, new.get("responses") or {})

    def paging(self, op_id: str, before: _Operation, after: _Operation) -> None:
        """A list that starts or stops returning pages, or pages by other arguments, changes its type."""
        old, new = _paging_of(before), _paging_of(after)
        if old != new:
            self.emit(Impact.MAJOR, op_id, f"paging changed from {_short(old)} to {_short(new)}")
        elif before.operation.get(extensions.PAGING) != after.operation.get(extensions.PAGING):
            self.emit(Impact.PATCH, op_id, f"{extensions.PAGING} states the paging the client already had")

    def security(self, op_id: str, old: list[frozenset[str]], new: list[frozenset[str]]) -> None:
        if set(old) == set(new):
            return

        def spell(alternatives: list[frozenset[str]]) -> str:
            return " or ".join(" + ".join(sorted(a)) or "none" for a in alternatives) or "none"

        # A caller satisfying an old alternative still gets in if a new one asks for no more.
        still_accepted = all(any(b <= a for b in new) for a in old)
        self.emit(
            Impact.MINOR if still_accepted else Impact.MAJOR,
            op_id,
            f"security changed from {spell(old)} to {spell(new)}",
        )

    def parameters(
        self, op_id: str, old: Mapping[tuple[str, str], Any], new: Mapping[tuple[str, str], Any]
    ) -> None:
        for key in sorted(old.keys() - new.keys()):
            self.emit(Impact.MAJOR, f"{op_id}.{key[1]}", f"{key[0]} parameter removed")
        for key in sorted(new.keys() - old.keys()):
            required = bool(new[key].get("required"))
            self.emit(
                Impact.MAJOR if required else Impact.MINOR,
                f"{op_id}.{key[1]}",
                f"{'required' if required else 'optional'} {key[0]} parameter added",
            )
        for key in sorted(old.keys() & new.keys()):
            before, after, where = old[key], new[key], f"{op_id}.{key[1]}"
            if bool(after.get("required")) and not before.get("required"):
                self.emit(Impact.MAJOR, where, "now required")
            elif bool(before.get("required")) and not after.get("required"):
                self.emit(Impact.MINOR, where, "now optional")
            for key_word in ("style", "explode", "allowReserved", "allowEmptyValue", "content"):
                if before.get(key_word) != after.get(key_word):
                    self.emit(Impact.MAJOR, where, f"{key_word} changed")
            self.deprecation(where, before, after, ())
            self.text(where, before, after)
            self.schema(_Site(where, Direction.REQUEST), before.get("schema"), after.get("schema"))

    def request_body(self, op_id: str, old: Any, new: Any) -> None:
        if old is None and new is None:
            return
        where = f"{op_id} request body"
        if old is None:
            required = bool((self.resolve_new(new, where) or {}).get("required"))
            self.emit(Impact.MAJOR if required else Impact.MINOR, where, "added")
            return
        if new is None:
            self.emit(Impact.MAJOR, where, "removed")
            return
        before, after = self.resolved(old, new, where)
        if before is None or after is None:
            return
        if after.get("required") and not before.get("required"):
            self.emit(Impact.MAJOR, where, "now required")
        elif before.get("required") and not after.get("required"):
            self.emit(Impact.MINOR, where, "now optional")
        self.text(where, before, after)
        self.content(_Site(op_id, Direction.REQUEST), before.get("content") or {}, after.get("content") or {})

    def content(self, site: _Site, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        for media in sorted(old.keys() - new.keys()):
            self.emit(Impact.MAJOR, site.where, f"media type {media} removed", site.users)
        for media in sorted(new.keys() - old.keys()):
            self.emit(Impact.MINOR, site.where, f"media type {media} added", site.users)
        for media in sorted(old.keys() & new.keys()):
            before, after = old[media] or {}, new[media] or {}
            self.schema(site, before.get("schema"), after.get("schema"))

    def responses(self, op_id: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        for status in sorted(old.keys() - new.keys()):
            success = str(status).startswith("2")
            self.emit(
                Impact.MAJOR if success else Impact.MINOR, f"{op_id} response {status}", "response removed"
            )
        for status in sorted(new.keys() - old.keys()):
            self.emit(Impact.MINOR, f"{op_id} response {status}", "response added")
        for status in sorted(old.keys() & new.keys()):
            before, after = old[status] or {}, new[status] or {}
            where = f"{op_id} response {status}"
            if _same_component(before, after, "#/components/responses/"):
                continue  # compared once, in components.responses
            resolved_before, resolved_after = self.resolved(before, after, where)
            if resolved_before is not None and resolved_after is not None:
                self.response(where, resolved_before, resolved_after, ())

    def response(
        self, where: str, old: Mapping[str, Any], new: Mapping[str, Any], users: Sequence[str]
    ) -> None:
        self.text(where, old, new, users)
        old_headers, new_headers = old.get("headers") or {}, new.get("headers") or {}
        for name in sorted(old_headers.keys() - new_headers.keys()):
            self.emit(Impact.MAJOR, where, f"header {name} removed", users)
        for name in sorted(new_headers.keys() - old_headers.keys()):
            self.emit(Impact.MINOR, where, f"header {name} added", users)
        for name in sorted(old_headers.keys() & new_headers.keys()):
            before, after = self.resolved(old_headers[name], new_headers[name], f"{where} header {name}")
            if before is not None and after is not None:
                site = _Site(f"{where} header {name}", Direction.RESPONSE, tuple(users))
                self.schema(site, before.get("schema"), after.get("schema"))
        site = _Site(where, Direction.RESPONSE, tuple(users))
        self.content(site, old.get("content") or {}, new.get("content") or {})

    # -- components --------------------------------------------------------------------------

    def shared_responses(self) -> None:
        old = (self.old.get("components") or {}).get("responses") or {}
        new = (self.new.get("components") or {}).get("responses") or {}
        for name in sorted(old.keys() - new.keys()):
            self.emit(
                Impact.MAJOR, f"responses.{name}", "shared response removed", self.users(f"responses/{name}")
            )
        for name in sorted(new.keys() - old.keys()):
            self.emit(Impact.MINOR, f"responses.{name}", "shared response added")
        for name in sorted(old.keys() & new.keys()):
            where = f"responses.{name}"
            before, after = self.resolved(old[name], new[name], where)
            if before is not None and after is not None:
                self.response(where, before, after, self.users(f"responses/{name}"))

    def component_schemas(self) -> None:
        old = (self.old.get("components") or {}).get("schemas") or {}
        new = (self.new.get("components") or {}).get("schemas") or {}
        for name in sorted(old.keys() - new.keys()):
            leaves = self.split_old.get(name)
            if leaves is not None and all(reference_name(leaf) in new for leaf in leaves):
                # Its sub-variants are now listed in the groups that held it (compared there).
                self.respelt(_Site(name, Direction.BOTH, self.users(f"schemas/{name}")), "oneOf")
                continue
            self.emit(Impact.MAJOR, name, "schema removed", self.users(f"schemas/{name}"))
        for name in sorted(new.keys() - old.keys()):
            self.emit(Impact.MINOR, name, "schema added", self.users(f"schemas/{name}"))
        for name in sorted(old.keys() & new.keys()):
            usage = self.usage.get(f"schemas/{name}")
            # A schema no operation reaches is a vocabulary for other tools: both ways count.
            direction = usage.direction if usage and usage.direction else Direction.BOTH
            self.schema(_Site(name, direction, self.users(f"schemas/{name}")), old[name], new[name])

    def placed_rule_objects(self, old: Mapping[Where, str], new: Mapping[Where, str]) -> None:
        """A rule object now written in place, or no longer, or retitled: the same constraint.
        One that came or went is reported where the specs as built differ."""
        for where in sorted(old.keys() | new.keys(), key=str):
            before, after = old.get(where), new.get(where)
            if before == after or not (reaches(self.old, where) and reaches(self.new, where)):
                continue
            if before is not None and after is not None:
                self.emit(Impact.PATCH, after, f"title changed from {before}, same constraint")
            elif after is not None:
                self.emit(Impact.PATCH, after, "written in place for other tools, same constraint")
            else:
                self.emit(Impact.PATCH, str(before), "no longer written in place, same constraint")

    def users(self, component: str) -> tuple[str, ...]:
        usage = self.usage.get(component)
        return tuple(sorted(usage.operations)) if usage else ()

    # -- schemas -----------------------------------------------------------------------------

    def schema(self, site: _Site, old: Any, new: Any) -> None:
        # `not: {}` is the `false` schema spelt so that more tools read it (docs/interop.md).
        if old != new and _as_boolean(old) == _as_boolean(new):
            self.respelt(site, "false")
        old, new = _as_boolean(old), _as_boolean(new)
        if old == new:
            return
        if old is None or new is None:
            if new is None:
                self.wider(site, "schema removed (anything is accepted)")
            else:
                self.narrower(site, "schema added")
            return
        if not isinstance(old, Mapping) or not isinstance(new, Mapping):
            self.emit(Impact.MAJOR, site.where, "schema changed", site.users)
            return
        if "$ref" in old or "$ref" in new:
            if _same_component(old, new, SCHEMA_REF):
                return  # compared once, where the component is
            pair = (str(old.get("$ref", "")), str(new.get("$ref", "")))
            if pair in self.compared_refs:
                return
            self.compared_refs.add(pair)
            if "$ref" in old and "$ref" in new:
                # The name alone is no break: the structure compared below decides.
                renamed = f"now {reference_name(pair[1])} instead of {reference_name(pair[0])}"
                self.emit(Impact.PATCH, site.where, renamed, site.users)
            old_resolved, new_resolved = self.resolved(old, new, site.where)
            if old_resolved is None or new_resolved is None:
                return
            old, new = old_resolved, new_resolved
        hoisted = _hoisted(old), _hoisted(new)
        if (hoisted[0] is not old) != (hoisted[1] is not new):
            self.respelt(site, "oneOf")
        old, new = hoisted
        self.text(site.where, old, new, site.users)
        self.deprecation(site.where, old, new, site.users)
        self.extensions(site.where, old, new, site.users)
        before, after = self.implied_types(old, self.old), self.implied_types(new, self.new)
        if _types(old) != _types(new) and before == after:
            self.respelt(site, "type")
        self.types(site, before, after)
        self.enum(site, _values(old), _values(new))
        self.bounds(site, old, new)
        self.default(site, old, new)
        self.properties(site, old, new)
        self.additional_properties(
            site, old.get("additionalProperties", True), new.get("additionalProperties", True)
        )
        self.schema(site.at("[]"), old.get("items"), new.get("items"))
        self.all_of(site, old.get("allOf") or [], new.get("allOf") or [])
        for key in ("oneOf", "anyOf"):
            self.alternatives(site, key, old.get(key) or [], new.get(key) or [])
        # The ``x-`` keys were compared above (extensions, text), each by its own rule.
        for key in sorted(k for k in (old.keys() | new.keys()) - _HANDLED if not str(k).startswith("x-")):
            if _plain(old.get(key)) != _plain(new.get(key)):
                self.emit(Impact.MAJOR, site.where, f"{key} changed", site.users)
            elif old.get(key) != new.get(key):
                self.respelt(site, key)

    def respelt(self, site: _Site, key: str) -> None:
        """The same constraint written another way, for more tools (docs/interop.md): a patch."""
        self.emit(Impact.PATCH, site.where, f"{key} respelt, same constraint", site.users)

    def text(
        self, where: str, old: Mapping[str, Any], new: Mapping[str, Any], users: Sequence[str] = ()
    ) -> None:
        keys = sorted(k for k in _TEXT_KEYS if old.get(k) != new.get(k))
        if keys:
            self.emit(Impact.PATCH, where, f"text changed ({', '.join(keys)})", users)

    def deprecation(
        self, where: str, old: Mapping[str, Any], new: Mapping[str, Any], users: Sequence[str]
    ) -> None:
        # Semver: deprecating something is a minor release.
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            self.emit(
                Impact.MINOR, where, "deprecated" if new.get("deprecated") else "no longer deprecated", users
            )

    def extensions(
        self, where: str, old: Mapping[str, Any], new: Mapping[str, Any], users: Sequence[str]
    ) -> None:
        for key in sorted(
            k for k in old.keys() | new.keys() if str(k).startswith("x-") and k not in _TEXT_KEYS
        ):
            if old.get(key) == new.get(key) or key == extensions.PAGING:  # compared by paging()
                continue
            if _without_text(old.get(key)) == _without_text(new.get(key)):
                self.emit(Impact.PATCH, where, f"text changed (in {key})", users)
                continue
            renamed = self.renamed_class(key, old, new)
            if renamed is None:
                renamed = self.renamed_method(key, old, new)
            if renamed is not None:
                for impact, what in renamed:
                    self.emit(impact, where, what, users)
                continue
            what = f"{key} changed from {_short(old.get(key))} to {_short(new.get(key))}"
            # The others restate a constraint compared on its own (x-selector, x-group-fields...).
            self.emit(Impact.MAJOR if key in _CLIENT_EXTENSIONS else Impact.PATCH, where, what, users)

    @staticmethod
    def renamed_class(
        key: str, old: Mapping[str, Any], new: Mapping[str, Any]
    ) -> list[tuple[Impact, str]] | None:
        """A schema's client class now another's (``x-sdk-class``), its former name kept as a
        deprecated alias (``x-sdk-aliases``): compatible (minor), as a renamed method is; the
        alias taken away is a removed name (major). ``None``: not a class's keys."""
        if extensions.SDK_CLASS not in old and extensions.SDK_CLASS not in new:
            return None
        before, after = old.get(extensions.SDK_CLASS), new.get(extensions.SDK_CLASS)
        aliases_before = set(old.get(extensions.SDK_ALIASES) or ())
        aliases_after = set(new.get(extensions.SDK_ALIASES) or ())
        if key == extensions.SDK_CLASS:
            former = before or next(iter(sorted(aliases_after - aliases_before)), None)
            if after is not None and former is not None and former in aliases_after:
                what = f"client class renamed: {former} is {after}"
                return [(Impact.MINOR, f"{what}; {former} stays one minor version, deprecated")]
            return None
        if key != extensions.SDK_ALIASES:
            return None
        gone = sorted(aliases_before - aliases_after - {after})
        if gone:
            return [(Impact.MAJOR, f"deprecated client class removed: {', '.join(gone)}")]
        return []  # a new alias is part of the rename above

    @staticmethod
    def renamed_method(
        key: str, old: Mapping[str, Any], new: Mapping[str, Any]
    ) -> list[tuple[Impact, str]] | None:
        """A client method renamed with its old name kept as a deprecated alias is compatible
        (minor), and the alias is part of that change; an alias taken away is a removed name
        (major). ``None``: the key is compared as any other."""
        resource = new.get(extensions.SDK_RESOURCE)
        before, after = old.get(extensions.SDK_METHOD), new.get(extensions.SDK_METHOD)
        aliases_before = set(old.get(extensions.SDK_ALIASES) or ())
        aliases_after = set(new.get(extensions.SDK_ALIASES) or ())
        same_resource = old.get(extensions.SDK_RESOURCE) == resource
        if key == extensions.SDK_METHOD and before in aliases_after and same_resource:
            what = f"client method renamed: {resource}.{before} is {resource}.{after}"
            return [(Impact.MINOR, f"{what}; {before} stays one minor version, deprecated")]
        if key != extensions.SDK_ALIASES:
            return None
        gone = sorted(aliases_before - aliases_after - {after})
        if gone:
            names = ", ".join(f"{resource}.{name}" for name in gone)
            return [(Impact.MAJOR, f"deprecated client method removed: {names}")]
        if aliases_after - aliases_before <= {before} and before != after:
            return []  # the rename above says it
        return [(Impact.PATCH, f"{key} changed from {_short(old.get(key))} to {_short(new.get(key))}")]

    def types(self, site: _Site, before: frozenset[str] | None, after: frozenset[str] | None) -> None:
        if before == after:
            return
        if before is None or after is None:
            if after is None:
                self.wider(site, f"type {_spell_types(before or ())} no longer restricted")
            else:
                self.narrower(site, f"type now restricted to {_spell_types(after)}")
            return
        if before - {"null"} == after - {"null"}:
            if "null" in after:
                self.wider(site, "now nullable")
            else:
                self.narrower(site, "no longer nullable")
            return
        # Every integer is a number: integer -> number loses nothing.
        lost = before - after - ({"integer"} if "number" in after else set())
        gained = after - before
        what = f"type changed from {_spell_types(before)} to {_spell_types(after)}"
        if lost and gained:
            self.emit(Impact.MAJOR, site.where, what, site.users)
        elif lost:
            self.narrower(site, what)
        else:
            self.wider(site, what)

    def enum(self, site: _Site, before: list[Any] | None, after: list[Any] | None) -> None:
        if before == after:
            return
        # oasdiff: a response enum growing or shrinking is a warning, not a break.
        if before is None:
            self.narrower(site, f"now limited to {_short(after)}")
        elif after is None:
            self.directed(
                site, "no longer limited to listed values", request=Impact.MINOR, response=Impact.MINOR
            )
        else:
            removed = [v for v in before if v not in after]
            added = [v for v in after if v not in before]
            if removed:
                self.directed(
                    site, f"enum values removed: {removed}", request=Impact.MAJOR, response=Impact.MINOR
                )
            if added:
                self.directed(
                    site, f"enum values added: {added}", request=Impact.MINOR, response=Impact.MINOR
                )

    def bounds(self, site: _Site, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        for key in (*_LOWER_BOUNDS, *_UPPER_BOUNDS):
            before, after = old.get(key), new.get(key)
            if before == after:
                continue
            what = f"{key} {_short(before)} -> {_short(after)}"
            if any(value is not None and not _number(value) for value in (before, after)):
                self.emit(Impact.MAJOR, site.where, what, site.users)  # OpenAPI 3.0's boolean bounds
            elif before is None or (after is not None and (after > before) == (key in _LOWER_BOUNDS)):
                self.narrower(site, what)
            else:
                self.wider(site, what)
        # A new pattern, format or step accepts less; another one accepts something else.
        for key in ("pattern", "format", "multipleOf"):
            before, after = old.get(key), new.get(key)
            if before == after:
                continue
            what = f"{key} {_short(before)} -> {_short(after)}"
            if before is None:
                self.narrower(site, what)
            elif after is None:
                self.wider(site, what)
            else:
                self.emit(Impact.MAJOR, site.where, what, site.users)
        if bool(old.get("uniqueItems")) != bool(new.get("uniqueItems")):
            change = self.narrower if new.get("uniqueItems") else self.wider
            change(site, f"uniqueItems now {bool(new.get('uniqueItems'))}")

    def default(self, site: _Site, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        if old.get("default") != new.get("default"):
            # What a call that leaves the argument out does; in a response it only documents.
            what = f"default changed from {_short(old.get('default'))} to {_short(new.get('default'))}"
            self.directed(site, what, request=Impact.MINOR, response=Impact.PATCH)

    def properties(self, site: _Site, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
        old_required, new_required = set(old.get("required") or []), set(new.get("required") or [])
        for name in sorted(old_props.keys() - new_props.keys()):
            # oasdiff warns on a removed request property; to the client it is a removed argument.
            self.emit(Impact.MAJOR, f"{site.where}.{name}", "property removed", site.users)
        for name in sorted(new_props.keys() - old_props.keys()):
            if name in new_required:
                self.narrower(site.at(f".{name}"), "required property added")
            else:
                self.emit(Impact.MINOR, f"{site.where}.{name}", "optional property added", site.users)
        for name in sorted(old_props.keys() & new_props.keys()):
            self.schema(site.at(f".{name}"), old_props[name], new_props[name])
        for name in sorted(old_required ^ new_required):
            if name in old_props.keys() ^ new_props.keys():
                continue  # reported with the property
            if name in new_required:
                self.narrower(site.at(f".{name}"), "now required")
            else:
                self.wider(site.at(f".{name}"), "now optional (may be absent)")

    def restated(self, name: str, schema: Mapping[str, Any]) -> bool:
        """``name``'s type, said by a schema whose every ``oneOf`` branch already implies it (a
        ``const`` of that type, or ``not: {}``; through a group a branch names): a rule group's
        holder stating its selector's type for openapi-generator's normalizer (docs/interop.md)
        allows nothing more or less."""
        prop = (schema.get("properties") or {})[name]
        if not isinstance(prop, Mapping) or set(prop) - {"type"}:
            return False
        return self.implied_by_branches(name, _types(prop), schema.get("oneOf") or ())

    def implied_by_branches(
        self, name: str, declared: frozenset[str] | None, branches: Sequence[Any]
    ) -> bool:
        if not branches:
            return False
        for branch in branches:
            try:
                resolved = resolve(self.new, branch)
            except UnresolvedReference:
                return False
            inner = (resolved.get("properties") or {}).get(name)
            if inner is None and resolved.get("oneOf"):
                if not self.implied_by_branches(name, declared, resolved["oneOf"]):
                    return False
                continue
            if _as_boolean(inner) is False or (declared is None and inner is not None):
                continue  # not sent; or any value (`{}`), which each variant names
            implied = self.implied_types(inner, self.new) if isinstance(inner, Mapping) else None
            if implied is None or declared is None or not implied <= declared:
                return False
        return True

    def additional_properties(self, site: _Site, before: Any, after: Any) -> None:
        if before == after:
            return
        if isinstance(before, Mapping) and isinstance(after, Mapping):
            self.schema(site.at(".*"), before, after)
        elif after is False or before is True:
            self.narrower(site, "fewer additional properties allowed")
        else:
            self.wider(site, "more additional properties allowed")

    def implied_types(self, schema: Mapping[str, Any], document: Mapping[str, Any]) -> frozenset[str] | None:
        """The schema's ``type``, or the one its ``const``/``enum`` values or its ``oneOf``
        branches already imply: writing that ``type`` out (docs/interop.md) changes nothing."""
        declared = _types(schema)
        if declared is not None:
            return declared
        values = _values(schema)
        if values:
            return frozenset(json_type(v) for v in values)
        branches = schema.get("oneOf") or schema.get("anyOf") or ()
        implied: set[str] = set()
        for branch in branches:
            try:
                types = self.implied_types(resolve(document, branch), document)
            except UnresolvedReference:
                return None
            if types is None:
                return None
            implied |= types
        return frozenset(implied) or None

    def all_of(self, site: _Site, old: Sequence[Any], new: Sequence[Any]) -> None:
        # A rule group held as `{type: object, oneOf: [{$ref: Group}]}` (or `allOf`) is the group itself.
        held = [group_reference(part) for part in old], [group_reference(part) for part in new]
        if list(old) != list(new) and held[0] == held[1]:
            self.respelt(site, "allOf")
        for part, group in zip(new, held[1], strict=True):
            # The holder's property: its group's selector's type, which every variant implies.
            for name in (part.get("properties") or {}) if part is not group else ():
                if not self.restated(name, part):
                    self.narrower(site.at(f".{name}"), f"now must match {_short(part['properties'][name])}")
        old, new = held
        matched, removed, added = _match_parts(old, new)
        for part in removed:
            # Its fields leave the generated class: a removal whichever way the values travel.
            self.emit(Impact.MAJOR, site.where, f"no longer includes {_part_name(part)}", site.users)
        for part in added:
            self.narrower(site, f"now also must match {_part_name(part)}")
        for before, after in matched:
            self.schema(site, before, after)

    def alternatives(self, site: _Site, key: str, old: Sequence[Any], new: Sequence[Any]) -> None:
        if key == "oneOf":
            # A group listing the sub-variants of a split variant instead of it says the same.
            flat = _flattened(old, self.split_old), _flattened(new, self.split_new)
            if flat != (list(old), list(new)) and flat[0] == flat[1]:
                self.respelt(site, key)
            old, new = flat
        matched, removed, added = _match_parts(old, new)
        for part in removed:
            self.narrower(site, f"{key} alternative {_part_name(part)} removed")
        for part in added:
            # oasdiff: a new response alternative is informational, like a new enum value.
            self.emit(Impact.MINOR, site.where, f"{key} alternative {_part_name(part)} added", site.users)
        for before, after in matched:
            self.schema(site, before, after)

    # -- references --------------------------------------------------------------------------

    def resolved(
        self, old: Any, new: Any, where: str
    ) -> tuple[Mapping[str, Any] | None, Mapping[str, Any] | None]:
        """Both sides with their ``$ref`` followed; an unresolvable one is reported, not raised."""
        before: Mapping[str, Any] | None = None
        after: Mapping[str, Any] | None = None
        try:
            before = resolve(self.old, old) if isinstance(old, Mapping) else {}
        except UnresolvedReference as problem:
            self.emit(Impact.PATCH, where, f"old spec: {problem}")
        after = self.resolve_new(new, where)
        return before, after

    def resolve_new(self, node: Any, where: str) -> Mapping[str, Any] | None:
        try:
            return resolve(self.new, node) if isinstance(node, Mapping) else {}
        except UnresolvedReference as problem:
            self.emit(Impact.MAJOR, where, f"new spec: {problem}")
            return None


# -- reading a spec ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Operation:
    method: str
    path: str
    operation: Mapping[str, Any]
    parameters: dict[tuple[str, str], Mapping[str, Any]]
    security: list[frozenset[str]]


def _operations(spec: Mapping[str, Any]) -> dict[str, _Operation]:
    """Operations by ``operationId`` (the client's method name), else ``METHOD /path``."""
    found: dict[str, _Operation] = {}
    root_security = spec.get("security") or []
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, Mapping):
                continue
            parameters: dict[tuple[str, str], Mapping[str, Any]] = {}
            # Path-level parameters first: the operation's own override them.
            for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
                try:
                    parameter = resolve(spec, raw) if isinstance(raw, Mapping) else {}
                except UnresolvedReference:
                    parameter = {"name": str(raw.get("$ref")), "in": "unresolved"}
                parameters[(str(parameter.get("in")), str(parameter.get("name")))] = parameter
            security = operation.get("security", root_security)
            alternatives = [frozenset(map(str, requirement)) for requirement in security or []] or [
                frozenset()
            ]
            op_id = str(operation.get("operationId") or f"{method.upper()} {path}")
            found[op_id] = _Operation(method, str(path), operation, parameters, alternatives)
    return found


def _paging_of(operation: _Operation) -> Mapping[str, Any] | None:
    """How the client pages the operation: its ``x-paging``, else the rule clients had before the key.

    Before the spec stage wrote ``x-paging``, a ``GET`` list with optional integer
    ``limit`` and ``offset`` query parameters was paged by those names; a spec of that time has
    no key, and the same paging stated by the key is no change for its users.
    """
    said = operation.operation.get(extensions.PAGING)
    if isinstance(said, Mapping):
        return said
    query = {name: p for (where, name), p in operation.parameters.items() if where == "query"}
    answer = ((_success(operation.operation) or {}).get("content") or {}).get("application/json") or {}
    if operation.method != "get" or (answer.get("schema") or {}).get("type") != "array":
        return None
    if all(
        name in query
        and not query[name].get("required")
        and (query[name].get("schema") or {}).get("type") == "integer"
        for name in ("limit", "offset")
    ):
        return {"counts": "records", "position": "offset", "size": "limit"}
    return None


def _success(operation: Mapping[str, Any]) -> Mapping[str, Any] | None:
    responses = operation.get("responses") or {}
    status = next((s for s in sorted(map(str, responses)) if s.startswith("2")), None)
    found = responses.get(status) if status is not None else None
    return found if isinstance(found, Mapping) else None


def _usage(spec: Mapping[str, Any]) -> dict[str, _Usage]:
    """For each ``schemas/Name`` and ``responses/Name``: which way it travels, and which operations."""
    usage: dict[str, _Usage] = {}
    references_of: dict[str, set[str]] = {}  # component -> components it names directly

    def reached(node: Any) -> set[str]:
        """Every component ``node`` reaches, through any number of references."""
        found: set[str] = set()
        pending = list(_references(node))
        while pending:
            key = pending.pop()
            if key in found:
                continue
            found.add(key)
            if key not in references_of:
                try:
                    references_of[key] = _references(target(spec, f"#/components/{key}"))
                except UnresolvedReference:
                    references_of[key] = set()
            pending.extend(references_of[key])
        return found

    for op_id, operation in _operations(spec).items():
        requests = [list(operation.parameters.values()), operation.operation.get("requestBody")]
        for direction, part in (
            (Direction.REQUEST, requests),
            (Direction.RESPONSE, operation.operation.get("responses")),
        ):
            for key in reached(part):
                entry = usage.setdefault(key, _Usage())
                entry.direction |= direction
                entry.operations.add(op_id)
    return usage


def _references(node: Any) -> set[str]:
    """The components (``schemas/Name``) named by ``$ref`` anywhere inside ``node``, not followed."""
    return {r.removeprefix("#/components/") for r in references(node) if r.startswith("#/components/")}


def _same_component(old: Mapping[str, Any], new: Mapping[str, Any], prefix: str) -> bool:
    reference = old.get("$ref")
    return isinstance(reference, str) and reference.startswith(prefix) and reference == new.get("$ref")


def _match_parts(
    old: Sequence[Any], new: Sequence[Any]
) -> tuple[list[tuple[Any, Any]], list[Any], list[Any]]:
    """Pairs of composition parts: referenced ones by target, inline ones by position."""

    def key(part: Any, index: int) -> str:
        if isinstance(part, Mapping) and "$ref" in part:
            return str(part["$ref"])
        return f"#{index}"

    def keyed(parts: Sequence[Any]) -> dict[str, Any]:
        inline = 0
        found: dict[str, Any] = {}
        for part in parts:
            if isinstance(part, Mapping) and "$ref" in part:
                found[key(part, 0)] = part
            else:
                found[key(part, inline)] = part
                inline += 1
        return found

    before, after = keyed(old), keyed(new)
    matched = [(before[k], after[k]) for k in before if k in after]
    return (
        matched,
        [before[k] for k in before if k not in after],
        [after[k] for k in after if k not in before],
    )


def _hoisted(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """``{allOf: [{oneOf: [...]}, ...]}`` read as ``{oneOf: [...], allOf: [...]}``: a ``oneOf``
    held alone in an ``allOf`` member is the schema's own (docs/interop.md, item formats); the
    schema itself when there is nothing to hoist."""
    if "oneOf" in schema:
        return schema
    members = list(schema.get("allOf") or ())
    lone = next((m for m in members if isinstance(m, Mapping) and set(m) == {"oneOf"}), None)
    if lone is None:
        return schema
    rest = [m for m in members if m is not lone]
    hoisted = {**{k: v for k, v in schema.items() if k != "allOf"}, "oneOf": lone["oneOf"]}
    if rest:
        hoisted["allOf"] = rest
    return hoisted


def _split_variants(spec: Mapping[str, Any]) -> dict[str, list[str]]:
    """Variants split by a nested selector (``TakeProfitEnabled``: a ``oneOf`` of classic and
    step_sell), by name, with their sub-variants' references, where every sub-variant implies
    what the split variant says beside its ``oneOf``: its ``required`` names and its ``const``s
    (other properties are ``{}``), nothing else. Listing the sub-variants in the group in its
    place is then the same constraint."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    found: dict[str, list[str]] = {}
    for name, schema in schemas.items():
        if not isinstance(schema, Mapping) or extensions.GROUP_FIELDS not in schema or "oneOf" not in schema:
            continue
        if (
            set(schema)
            - _TEXT_KEYS
            - {"type", "properties", "required", "oneOf", "discriminator"}
            - {k for k in schema if str(k).startswith("x-")}
        ):
            continue
        try:
            subs = [(str(branch["$ref"]), resolve(spec, branch)) for branch in schema["oneOf"]]
        except (KeyError, TypeError, UnresolvedReference):
            continue
        required = set(schema.get("required") or ())
        pinned = {
            key: value
            for key, value in (schema.get("properties") or {}).items()
            if _without_text(value) != {}
        }
        if all(
            required <= set(sub.get("required") or ())
            and all(_plain((sub.get("properties") or {}).get(k)) == _plain(v) for k, v in pinned.items())
            and (schema.get("type") is None or sub.get("type") == schema.get("type"))
            for _, sub in subs
        ):
            found[name] = [reference for reference, _ in subs]
    return found


def _flattened(branches: Sequence[Any], split: Mapping[str, list[str]]) -> list[Any]:
    """``branches`` with each split variant replaced by its sub-variants."""
    flat: list[Any] = []
    for branch in branches:
        name = (
            reference_name(str(branch["$ref"])) if isinstance(branch, Mapping) and "$ref" in branch else None
        )
        if name is not None and name in split and str(branch["$ref"]) == f"{SCHEMA_REF}{name}":
            flat += [{"$ref": leaf} for leaf in split[name]]
        else:
            flat.append(branch)
    return flat


def _part_name(part: Any) -> str:
    if isinstance(part, Mapping) and "$ref" in part:
        return reference_name(str(part["$ref"]))
    return "an inline schema"


def _types(schema: Mapping[str, Any]) -> frozenset[str] | None:
    declared = schema.get("type")
    if declared is None:
        return None
    types = set(declared) if isinstance(declared, list) else {str(declared)}
    if schema.get("nullable") is True:  # OpenAPI 3.0
        types.add("null")
    return frozenset(types)


def _plain(schema: Any) -> Any:
    """``schema`` without what only spells it for more tools: a ``type`` its ``const`` implies,
    ``not: {}`` for ``false`` (docs/interop.md); compared where no rule of its own applies."""
    if isinstance(schema, list):
        return [_plain(item) for item in schema]
    if not isinstance(schema, Mapping):
        return schema
    if dict(schema) == {"not": {}}:
        return False
    plain = {key: _plain(value) for key, value in schema.items()}
    if "const" in plain and plain.get("type") == json_type(plain["const"]):
        del plain["type"]
    return plain


def _as_boolean(schema: Any) -> Any:
    return False if isinstance(schema, Mapping) and dict(schema) == {"not": {}} else schema


def _spell_types(types: Iterable[str]) -> str:
    return " | ".join(sorted(types))


def _values(schema: Mapping[str, Any]) -> list[Any] | None:
    if "enum" in schema:
        return list(schema["enum"] or [])
    if "const" in schema:
        return [schema["const"]]
    return None


def _without_text(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _without_text(v) for k, v in value.items() if k not in _TEXT_KEYS}
    if isinstance(value, list):
        return [_without_text(v) for v in value]
    return value


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _short(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


# -- versions and printing ----------------------------------------------------------------------


def bump(version: str, impact: Impact) -> str:
    try:
        major, minor, patch = (int(part) for part in version.split(".")[:3])
    except ValueError:
        return "1.0.0"
    if impact is Impact.MAJOR:
        return f"{major + 1}.0.0"
    if impact is Impact.MINOR:
        return f"{major}.{minor + 1}.0"
    if impact is Impact.PATCH:
        return f"{major}.{minor}.{patch + 1}"
    return version


def next_version(previous: Mapping[str, Any] | None, new: Mapping[str, Any]) -> str:
    """The version ``new`` gets: the previous one, bumped by the most severe change."""
    if not previous:
        return "1.0.0"
    changes = compare(previous, new)
    impact = max((c.impact for c in changes), default=Impact.NONE)
    return bump(str((previous.get("info") or {}).get("version", "1.0.0")), impact)


def format_changes(changes: list[Change]) -> str:
    if not changes:
        return "spec changes: none"
    impact = max(c.impact for c in changes)
    lines = [f"spec changes: {len(changes)} ({_BUMPS[impact]} version bump)"]
    lines += [f"  {change}" for change in changes]
    return "\n".join(lines)


def _load(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        loaded = json.loads(text)
    else:
        from ruamel.yaml import YAML

        loaded = json.loads(dump_json(YAML(typ="safe", pure=True).load(text)))
    if not isinstance(loaded, dict):
        raise ValueError(f"{path}: not an OpenAPI document")
    return loaded


def print_diff(old: Path, new: Path) -> int:
    """``python -m generator diff OLD NEW``; exit 0 either way, 2 on unreadable input."""
    try:
        before, after = _load(old), _load(new)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(format_changes(compare(before, after)))
    return 0
