"""One recorded exchange held against its operation: what the spec refuses that the server did.

Validation is jsonschema-rs's, against the spec's own schemas: the spec is one resource of a
jsonschema-rs registry and each validator a ``$ref`` into it, so every reference resolves in place
and each error's ``schema_path`` is the place in the spec of the keyword that refused (the place
an overlay widens). A key the spec does not document is no error for JSON Schema; the checking
copy of the spec therefore closes every object schema (``unevaluatedProperties: false``, so a
key any ``allOf`` branch documents still counts as documented) but the branches themselves, and
each error of that keyword is a key to report.

Kinds reported (``Finding.kind``):

- ``type``: a value whose type the schema refuses (a decimal string for a number included);
- ``enum``: a value outside the documented values;
- ``undocumented-key``: a key the schema does not document;
- ``null``: ``null`` where the schema does not allow it;
- ``other``: any other keyword that refused a value (no overlay widens it);
- ``accepted-request``: a request value the spec refuses that the server answered with a 2xx
  (``reason`` says which of the kinds above refused it);
- ``refused-request``: a request value the spec allows that the server refused with a 4xx whose
  error names the parameter.
"""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

from generator import extensions
from generator.answers.match import Matcher, SpecOperation
from generator.answers.recordings import Exchange
from generator.answers.secrets import exchange_secrets, is_secret_name, sample
from generator.json_types import json_type
from generator.spec_refs import UnresolvedReference, target

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
#: The spec's name for jsonschema-rs: its ``#/components/...`` references resolve within it.
SPEC_URI = "urn:threecommas-spec"
_APPLICATORS = ("allOf", "anyOf", "oneOf")
_OPEN = ("additionalProperties", "unevaluatedProperties", "patternProperties")
#: Text the server sends for a number: what a "decimal string" is.
DECIMAL_TEXT = r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$"
INTEGER_TEXT = r"^-?\d+$"
_DECIMAL = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")
_INTEGER = re.compile(r"^-?\d+$")

Location = tuple[str | int, ...]


class Secrets:
    """An exchange's credentials, looked for only when a sample of it is first shown."""

    def __init__(self, exchange: Exchange, request_body: Any, response_body: Any) -> None:
        self._parts = (exchange, request_body, response_body)
        self._found: frozenset[str] | None = None

    @property
    def values(self) -> frozenset[str]:
        if self._found is None:
            self._found = exchange_secrets(*self._parts)
        return self._found


@dataclass(frozen=True)
class Finding:
    """One contradiction seen in one exchange.

    Its pointer and sample are made when first read: of the many exchanges that show one
    contradiction, only the first one's are ever shown.
    """

    kind: str
    operation: SpecOperation
    #: Where in the exchange, as tokens: ``("response", "body", 0, "status")``.
    place: tuple[str | int, ...]
    #: The place in the spec of the schema concerned (the one an overlay would widen).
    schema: Location
    #: What tells this contradiction from another at the same place: the seen type, the value, the key.
    detail: str
    #: The value seen (a credential's too: it is redacted in ``sample``, never shown raw).
    raw: Any
    secrets: Secrets = field(compare=False, repr=False)
    where: str
    reason: str = ""
    #: The JSON type the value was seen as (for a key: its value's).
    seen_type: str = ""
    #: The value itself (for enum values and request values an overlay adds), when no credential.
    value: Any = None
    status: int = 0

    @cached_property
    def pointer(self) -> str:
        """Where in the exchange: ``/response/body/0/status``, ``/request/query/limit``."""
        return pointer(self.place)

    @cached_property
    def sample(self) -> str:
        return sample(self.raw, self.place, self.secrets.values)


@dataclass
class ExchangeResult:
    operation: SpecOperation | None
    findings: list[Finding] = field(default_factory=list)
    #: The answer was not JSON where the spec describes JSON: counted, not checked.
    unchecked_body: bool = False


def escape_token(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(tokens: Sequence[str | int]) -> str:
    return "".join(f"/{escape_token(t)}" for t in tokens)


def follow(spec: Mapping[str, Any], location: Location) -> tuple[Any, Location]:
    """The node at ``location``, through ``$ref`` to its final target, and that target's place."""
    node: Any = spec
    for token in location:
        node = node[token]
    seen: set[str] = set()
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        reference = node["$ref"]
        if reference in seen:
            raise UnresolvedReference(f"$ref {reference!r} refers to itself")
        seen.add(reference)
        node = target(spec, reference)
        location = typed_location(spec, [_unescape(t) for t in reference[1:].split("/")[1:]])
    return node, location


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def typed_location(spec: Mapping[str, Any], tokens: Sequence[str | int]) -> Location:
    """Tokens with array indices as numbers and object keys as text, whatever they came as: a
    reference's are all text, a validator's ``schema_path`` gives ``"200"`` as the number 200.
    The last token (a keyword) may name nothing in the spec (``unevaluatedProperties``, added)."""
    node: Any = spec
    typed: list[str | int] = []
    for token in tokens:
        if isinstance(node, list):
            typed.append(int(token))
            node = node[int(token)]
        else:
            typed.append(str(token))
            node = node.get(str(token)) if isinstance(node, Mapping) else None
    return tuple(typed)


def closed_copy(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The spec with every object schema but an applicator's branch closed to undocumented keys."""
    closed: dict[str, Any] = copy.deepcopy(dict(spec))
    branches = _branch_components(closed)
    for name, schema in ((closed.get("components") or {}).get("schemas") or {}).items():
        _close(schema, branch=name in branches)
    _close_in(closed.get("paths"))
    components = closed.get("components") or {}
    for part in ("parameters", "requestBodies", "responses"):
        _close_in(components.get(part))
    return closed


def _branch_components(spec: Mapping[str, Any]) -> set[str]:
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, Mapping):
            for key, value in node.items():
                if key in _APPLICATORS and isinstance(value, list):
                    for branch in value:
                        if isinstance(branch, Mapping) and isinstance(branch.get("$ref"), str):
                            found.add(_unescape(branch["$ref"].rsplit("/", 1)[-1]))
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec)
    return found


def _close_in(node: Any) -> None:
    """Every ``schema`` of parameters and media types under ``node``."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key == "schema" and isinstance(value, dict):
                _close(value, branch=False)
            else:
                _close_in(value)
    elif isinstance(node, list):
        for value in node:
            _close_in(value)


def _close(schema: Any, *, branch: bool) -> None:
    if not isinstance(schema, dict):
        return
    types = schema.get("type")
    may_be_object = types is None or types == "object" or (isinstance(types, list) and "object" in types)
    # A reference counts: a component that is some applicator's branch somewhere (and so stays
    # open there) is closed where it is used alone (``items: {$ref: SmartTradeEntity}``).
    describes_keys = "properties" in schema or "$ref" in schema or any(k in schema for k in _APPLICATORS)
    if not branch and may_be_object and describes_keys and not any(k in schema for k in _OPEN):
        schema["unevaluatedProperties"] = False
    for value in (schema.get("properties") or {}).values():
        _close(value, branch=False)
    for key in ("items", "additionalProperties"):
        _close(schema.get(key), branch=False)
    for value in schema.get("prefixItems") or ():
        _close(value, branch=False)
    for key in _APPLICATORS:
        for value in schema.get(key) or ():
            _close(value, branch=True)


class AnswerChecker:
    """Holds exchanges against one spec; validators are compiled once per schema."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.closed = closed_copy(spec)
        self.matcher = Matcher(spec)
        self._validators: dict[Location, Any] = {}
        self._registry: Any = None

    def validator(self, location: Location) -> Any:
        found = self._validators.get(location)
        if found is None:
            import jsonschema_rs

            if self._registry is None:
                # The spec is handed to jsonschema-rs once, as a resource every validator refers into.
                self._registry = jsonschema_rs.Registry([(SPEC_URI, self.closed)])
            reference = SPEC_URI + "#" + quote(pointer(location), safe="/~")
            root = {"$schema": JSON_SCHEMA_DIALECT, "$ref": reference}
            found = jsonschema_rs.validator_for(root, registry=self._registry)
            self._validators[location] = found
        return found

    def check(self, exchange: Exchange) -> ExchangeResult:
        matched = self.matcher.match(exchange.method, exchange.url)
        if matched is None:
            return ExchangeResult(None)
        operation, path_values = matched
        try:
            return self._check(exchange, operation, path_values)
        except _Uncheckable:
            return ExchangeResult(operation, unchecked_body=True)

    def _check(
        self, exchange: Exchange, operation: SpecOperation, path_values: Mapping[str, str]
    ) -> ExchangeResult:
        result = ExchangeResult(operation)
        request_body = _parse_json(exchange.request_body)
        response_body = _parse_json(exchange.response_body)
        secrets = Secrets(exchange, request_body, response_body)
        sent = list(self._request_values(operation, exchange, path_values, request_body))
        refusals = [
            finding
            for value in sent
            if value.checked
            for finding in self._errors(
                value.schema, value.value, value.pointer, operation, exchange, secrets
            )
        ]
        if 200 <= exchange.status < 300:
            result.findings.extend(
                replace(finding, kind="accepted-request", reason=finding.kind, status=exchange.status)
                for finding in refusals
            )
        elif 400 <= exchange.status < 500 and response_body is not None and not refusals:
            # The spec allowed the whole request; the server's error names what it refused.
            named = _named_in_error(response_body)
            for value in sent:
                if not value.name or not named(value.name):
                    continue
                known = _schema_at(self.spec, value.schema).get(extensions.REFUSED_VALUES) or ()
                if value.value in known:
                    continue
                result.findings.append(
                    Finding(
                        kind="refused-request",
                        operation=operation,
                        place=value.pointer,
                        schema=value.schema,
                        detail="",
                        raw=value.value,
                        secrets=secrets,
                        where=exchange.where,
                        seen_type=json_type(value.value),
                        value=None if is_secret_name(value.name) else value.value,
                        status=exchange.status,
                    )
                )
        response_schema = self._response_schema(operation, exchange.status)
        if response_schema is not None:
            if response_body is None:
                result.unchecked_body = (
                    exchange.response_body is not None and exchange.response_body.strip() != ""
                )
            else:
                found = self._errors(
                    response_schema, response_body, ("response", "body"), operation, exchange, secrets
                )
                result.findings.extend(found)
        return result

    # --- requests ---------------------------------------------------------------------------

    def _request_values(
        self, operation: SpecOperation, exchange: Exchange, path_values: Mapping[str, str], body: Any
    ) -> Iterator[SentValue]:
        query: dict[str, list[str]] = {}
        for key, value in parse_qsl(urlsplit(exchange.url).query, keep_blank_values=True):
            query.setdefault(key.removesuffix("[]"), []).append(value)
        for parameter, location in self._parameters(operation):
            name, where = str(parameter.get("name")), parameter.get("in")
            if "schema" not in parameter:
                continue
            schema, schema_location = follow(self.spec, (*location, "schema"))
            if where == "query" and name in query:
                value = coerce_values(query[name], schema, self.spec)
                yield SentValue(name, value, schema_location, ("request", "query", name))
            elif where == "path" and name in path_values:
                value = coerce_values([path_values[name]], schema, self.spec)
                yield SentValue(name, value, schema_location, ("request", "path", name))
        media = self._request_media(operation)
        if media is None or exchange.request_body is None:
            return
        schema_location = media
        if body is None and str(media[-2]).split(";")[0].strip() not in _FORMS:
            raise _Uncheckable  # a JSON body that is no JSON (or none a schema can judge)
        if body is None:
            # A form: each field read by the type its property documents.
            schema = _schema_at(self.spec, media)
            fields: dict[str, list[str]] = {}
            for key, value in parse_qsl(exchange.request_body, keep_blank_values=True):
                fields.setdefault(key.removesuffix("[]"), []).append(value)
            body = {
                key: coerce_values(values, _property(self.spec, schema, key) or {}, self.spec)
                for key, values in fields.items()
            }
        yield SentValue("", body, schema_location, ("request", "body"))
        if isinstance(body, dict):
            schema = _schema_at(self.spec, media)
            for key, value in body.items():
                place = _property_location(self.spec, schema, media, key)
                if place is not None:
                    yield SentValue(key, value, place, ("request", "body", key), checked=False)

    def _parameters(self, operation: SpecOperation) -> list[tuple[Mapping[str, Any], Location]]:
        by_name: dict[tuple[str, str], tuple[Mapping[str, Any], Location]] = {}
        for owner in (operation.location[:2], operation.location):
            owner_node = _schema_at(self.spec, owner)
            for index, _ in enumerate(owner_node.get("parameters") or ()):
                parameter, location = follow(self.spec, (*owner, "parameters", index))
                if isinstance(parameter, Mapping):
                    by_name[(str(parameter.get("name")), str(parameter.get("in")))] = (parameter, location)
        return list(by_name.values())

    def _request_media(self, operation: SpecOperation) -> Location | None:
        node = _schema_at(self.spec, operation.location)
        if "requestBody" not in node:
            return None
        body, location = follow(self.spec, (*operation.location, "requestBody"))
        return _media_schema(body, location, forms=True)

    # --- responses --------------------------------------------------------------------------

    def _response_schema(self, operation: SpecOperation, status: int) -> Location | None:
        responses = _schema_at(self.spec, operation.location).get("responses") or {}
        for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
            if key in responses:
                response, location = follow(self.spec, (*operation.location, "responses", key))
                return _media_schema(response, location)
        return None

    # --- validation -------------------------------------------------------------------------

    def _errors(
        self,
        schema: Location,
        instance: Any,
        where: tuple[str | int, ...],
        operation: SpecOperation,
        exchange: Exchange,
        secrets: Secrets,
    ) -> list[Finding]:
        findings: dict[tuple[str, Location, str, tuple[str | int, ...]], Finding] = {}
        try:
            errors = list(self.validator(schema).iter_errors(instance))
        except (UnicodeEncodeError, ValueError, OverflowError) as refused:
            # A value JSON Schema cannot hold (a lone surrogate in a text): the exchange is
            # counted as not checked rather than judged on half of it.
            raise _Uncheckable from refused
        for error in errors:
            keyword_place = typed_location(self.spec, error.schema_path)
            node = keyword_place[:-1]
            keyword = str(keyword_place[-1]) if keyword_place else ""
            place = (*where, *error.instance_path)
            value = error.instance
            kind_name = type(error.kind).__name__
            if kind_name in ("UnevaluatedProperties", "AdditionalProperties"):
                # Closed where a reference uses it: the keys belong to the schema referred to.
                node = follow(self.spec, node)[1] if "$ref" in _schema_at(self.spec, node) else node
                for key in error.kind.unexpected:
                    key_place = (*place, key)
                    item = value.get(key) if isinstance(value, Mapping) else None
                    finding = Finding(
                        kind="undocumented-key",
                        operation=operation,
                        place=key_place,
                        schema=node,
                        detail=str(key),
                        raw=item,
                        secrets=secrets,
                        where=exchange.where,
                        seen_type=json_type(item),
                    )
                    findings.setdefault(("undocumented-key", node, str(key), key_place), finding)
                continue
            if value is None and kind_name in ("Type", "Enum", "Constant"):
                kind, detail = "null", ""
            elif kind_name == "Type":
                kind, detail = "type", _seen_type(value, _schema_at(self.spec, node).get("type"))
            elif kind_name == "Enum":
                kind, detail = "enum", json.dumps(value, sort_keys=True)
            else:
                kind, detail = "other", keyword
            private = any(is_secret_name(t) for t in place)
            finding = Finding(
                kind=kind,
                operation=operation,
                place=place,
                schema=node,
                detail=detail,
                raw=value,
                secrets=secrets,
                where=exchange.where,
                reason=keyword if kind == "other" else "",
                seen_type=json_type(value),
                value=None if private else value,
            )
            findings.setdefault((kind, node, detail, place), finding)
        return list(findings.values())


@dataclass(frozen=True)
class SentValue:
    """A value the request sent: a parameter, the body, or one of the body's top-level fields."""

    name: str
    value: Any
    schema: Location
    pointer: tuple[str | int, ...]
    #: The body's fields are checked with the body; they are listed only to be named in an error.
    checked: bool = True


def _seen_type(value: Any, documented: Any) -> str:
    """The JSON type seen; a number's text where the spec says number is ``decimal string``."""
    documented_types = set(documented if isinstance(documented, list) else [documented])
    if isinstance(value, str):
        if "integer" in documented_types and _INTEGER.match(value):
            return "integer string"
        if documented_types & {"number", "integer"} and _DECIMAL.match(value):
            return "decimal string"
    return json_type(value)


def coerce_values(values: Sequence[str], schema: Mapping[str, Any], spec: Mapping[str, Any]) -> Any:
    """Query or form text read by the type the schema documents, as a server would read it."""
    schema = _resolved(spec, schema)
    types = schema.get("type")
    type_list = types if isinstance(types, list) else [types]
    if "array" in type_list:
        items = _resolved(spec, schema.get("items") or {})
        return [coerce_values([v], items, spec) for v in values]
    text = values[-1]
    if "integer" in type_list and _INTEGER.match(text):
        return int(text)
    if "number" in type_list and _DECIMAL.match(text):
        return float(text)
    if "boolean" in type_list and text in ("true", "false"):
        return text == "true"
    if "null" in type_list and text in ("", "null"):
        return None
    return text


def _resolved(spec: Mapping[str, Any], schema: Any) -> Mapping[str, Any]:
    if not isinstance(schema, Mapping):
        return {}
    while isinstance(schema.get("$ref"), str):
        found: Any
        try:
            found = target(spec, schema["$ref"])
        except UnresolvedReference:
            return {}
        if not isinstance(found, Mapping) or found is schema:
            return {}
        schema = found
    resolved: Mapping[str, Any] = schema
    return resolved


def _schema_at(spec: Mapping[str, Any], location: Location) -> Mapping[str, Any]:
    node: Any = spec
    for token in location:
        node = node[token]
    return node if isinstance(node, Mapping) else {}


#: The media types of a request body read as fields (``a=1&b=2``), beside JSON.
_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


def _media_schema(owner: Any, location: Location, *, forms: bool = False) -> Location | None:
    """The schema of the JSON media type (for a request body: or of a form's)."""
    content = owner.get("content") if isinstance(owner, Mapping) else None
    if not isinstance(content, Mapping):
        return None
    kinds = ("/json", "+json", *(_FORMS if forms else ()))
    media = next((m for m in content if m.split(";")[0].strip().endswith(kinds)), None)
    if media is None or not isinstance(content[media], Mapping) or "schema" not in content[media]:
        return None
    return (*location, "content", media, "schema")


def _property(spec: Mapping[str, Any], schema: Mapping[str, Any], key: str) -> Mapping[str, Any] | None:
    schema = _resolved(spec, schema)
    own = (schema.get("properties") or {}).get(key)
    if isinstance(own, Mapping):
        return own
    for applicator in _APPLICATORS:
        for branch in schema.get(applicator) or ():
            found = _property(spec, branch, key)
            if found is not None:
                return found
    return None


def _property_location(
    spec: Mapping[str, Any], schema: Mapping[str, Any], location: Location, key: str
) -> Location | None:
    """Where the body's field ``key`` is documented: the schema's own properties, or a branch's."""
    schema, location = follow(spec, location)
    if key in (schema.get("properties") or {}):
        return (*location, "properties", key)
    for applicator in _APPLICATORS:
        for index, _ in enumerate(schema.get(applicator) or ()):
            found = _property_location(spec, {}, (*location, applicator, index), key)
            if found is not None:
                return found
    return None


class _Uncheckable(Exception):
    """An exchange holding a value that cannot be checked; it is counted, not judged."""


def _parse_json(text: str | None) -> Any:
    """JSON text as values; ``None`` for what is no JSON, or no JSON a schema can judge: NaN,
    Infinity and numbers too large for a float (a validator would read them as null), or nesting
    deeper than the parser goes."""
    if text is None or not text.strip():
        return None
    try:
        return json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except (ValueError, RecursionError):
        return None


def _no_constant(text: str) -> Any:
    raise ValueError(f"{text} is no JSON number")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text[:20]} does not fit a float")
    return number


def _named_in_error(body: Any) -> Any:
    """Whether the error answer names a parameter: as a key anywhere, or as a word in its texts."""
    keys: set[str] = set()
    texts: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, Mapping):
            for key, value in node.items():
                keys.add(str(key))
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            texts.append(node)

    walk(body)
    text = "\n".join(texts)

    def named(name: str) -> bool:
        return name in keys or _as_a_word(name, text)

    return named


def _as_a_word(name: str, text: str) -> bool:
    """Whether ``name`` stands in ``text`` with no word character on either side (a plain scan:
    a pattern built from the name could not be checked for backtracking, see test_patterns)."""
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        before, after = text[start - 1 : start], text[end : end + 1]
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            return True
        start = text.find(name, start + 1)
    return False
