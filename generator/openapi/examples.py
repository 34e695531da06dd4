"""The pages' own answers on their responses, each checked against the schema it is attached to.

A page shows what the API answers (MDX ``ResponseTabs``: a JSON block per status). Attached as
``examples`` of the operation's responses, they are what Prism answers with and what the served
page shows. An example the spec's schema refuses would make both say something the schema does
not allow: it is left out, with a warning at the example's line that names the first value the
schema refuses. The same check holds every entity page's example against the entity's schema, so
that no value a page shows is lost by the spec without a warning.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import jsonschema_rs

from generator.diagnostics import DiagnosticSink, Location
from generator.document.model import ExampleAnswer, Operation

#: Where the schemas a response refers to live, for the checking validator.
_COMPONENTS = "components"


def example_keys(answers: Sequence[ExampleAnswer]) -> Iterator[tuple[ExampleAnswer, str]]:
    """Each answer with its key among its status's examples: ``page``, ``page-2``..."""
    seen: dict[str, int] = {}
    for answer in answers:
        seen[answer.status] = seen.get(answer.status, 0) + 1
        count = seen[answer.status]
        yield answer, "page" if count == 1 else f"page-{count}"


def attach_examples(
    responses: dict[str, Any], operation: Operation, error_response: Callable[[str], dict[str, Any]]
) -> None:
    """The page's answers on ``responses``: a status the page shows an error for gets its own response."""
    for answer, key in example_keys(operation.answer_examples):
        response = responses.get(answer.status)
        if response is None or "$ref" in response:
            if answer.status.startswith("2"):
                continue  # a second success status: the operation has one success response
            response = responses[answer.status] = {**error_response(answer.status)}
            response["content"] = {"application/json": {**response["content"]["application/json"]}}
        media = response["content"]["application/json"]
        media.setdefault("examples", {})[key] = {
            "summary": f"The reference's {answer.status} answer",
            "value": answer.value,
        }


#: The components' URI in the validators' registry.
_SPEC_URI = "urn:threecommas-components"
#: The registry of the components of the spec being checked: (the components object, registry).
_registry: list[tuple[object, Any]] = []


def _components_registry(spec: dict[str, Any]) -> Any:
    """One registry for the spec's components, handed to jsonschema-rs once per build: compiling
    the whole components tree into each example's validator cost a third of the site's build."""
    components = spec.get(_COMPONENTS, {})
    if not _registry or _registry[0][0] is not components:
        _registry[:] = [(components, jsonschema_rs.Registry([(_SPEC_URI, {_COMPONENTS: components})]))]
    return _registry[0][1]


def _into_registry(schema: Any) -> Any:
    """``schema`` with each local ``$ref`` (``#/components/...``) pointing into the registry."""
    if isinstance(schema, dict):
        return {
            key: (
                _SPEC_URI + value
                if key == "$ref" and isinstance(value, str) and value.startswith("#/")
                else _into_registry(value)
            )
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_into_registry(item) for item in schema]
    return schema


def problem(spec: dict[str, Any], schema: Any, value: object) -> str | None:
    """Why ``schema`` (refs into ``spec``'s components) refuses ``value``; ``None`` if it accepts it."""
    validator = jsonschema_rs.validator_for(_into_registry(schema), registry=_components_registry(spec))
    error = next(iter(validator.iter_errors(value)), None)
    if error is None:
        return None
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.instance_path)
    message = error.message if len(error.message) <= 120 else error.message[:117] + "..."
    return f"{'$' + path if path else 'the answer'}: {message}"


def undocumented(
    spec: dict[str, Any], schema: Any, value: object, path: str = "$", depth: int = 0
) -> str | None:
    """The first field ``value`` shows that ``schema`` does not describe (its value would reach
    no typed field), as ``$.a.b``; ``None`` when every field is described.

    The properties of every branch (``allOf``, ``oneOf``, ``anyOf``) count, so nothing a branch
    describes is reported; an object open by ``additionalProperties`` describes any field."""
    if depth > 64 or not isinstance(schema, dict):
        return None
    schema = _followed(spec, schema)
    branches = [_followed(spec, b) for k in ("allOf", "oneOf", "anyOf") for b in schema.get(k, []) or []]
    every = [schema, *branches]
    if isinstance(value, dict):
        if any("additionalProperties" in s or "unevaluatedProperties" in s for s in every):
            return None
        described = {name: s["properties"][name] for s in every for name in s.get("properties", {}) or {}}
        if not described:
            return None  # a free object (or any JSON value): every field is kept as it comes
        for key, item in value.items():
            if key not in described:
                return f"{path}.{key}"
            found = undocumented(spec, described[key], item, f"{path}.{key}", depth + 1)
            if found:
                return found
    elif isinstance(value, list):
        items = next((s["items"] for s in every if isinstance(s.get("items"), dict)), None)
        for index, item in enumerate(value):
            found = undocumented(spec, items, item, f"{path}[{index}]", depth + 1) if items else None
            if found:
                return found
    return None


def _followed(spec: dict[str, Any], schema: Any) -> dict[str, Any]:
    """``schema`` with its local ``$ref`` followed (a few hops at most)."""
    for _ in range(8):
        if not isinstance(schema, dict) or not isinstance(schema.get("$ref"), str):
            break
        target: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = (
                target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
            )
        schema = target
    return schema if isinstance(schema, dict) else {}


def _why_not(spec: dict[str, Any], schema: Any, value: object) -> str | None:
    why = problem(spec, schema, value)
    if why is None and (field := undocumented(spec, schema, value)) is not None:
        why = f"{field}: a field the spec does not describe"
    return why


def verify_examples(
    spec: dict[str, Any], operations: Sequence[tuple[str, str, Operation]], sink: DiagnosticSink
) -> None:
    """Leave out (with a warning) each attached answer its response's schema refuses."""
    for path, method, operation in operations:
        responses = spec["paths"][path][method]["responses"]
        for answer, key in example_keys(operation.answer_examples):
            response = responses.get(answer.status)
            if not isinstance(response, dict) or "content" not in response:
                continue
            media = response["content"]["application/json"]
            if key not in media.get("examples", {}):
                continue
            why = _why_not(spec, media.get("schema", {}), answer.value)
            if why is None:
                continue
            del media["examples"][key]
            if not media["examples"]:
                del media["examples"]
            sink.warning(
                answer.location,
                f"{spec['paths'][path][method]['operationId']}: the page's {answer.status} example does not "
                f"fit the spec's schema at {why}; not attached",
                "example-schema",
            )


def verify_entity_example(
    spec: dict[str, Any], component: str, value: object, location: Location, sink: DiagnosticSink
) -> None:
    """An entity page's example against its component (each item of a list example)."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        why = _why_not(spec, {"$ref": f"#/{_COMPONENTS}/schemas/{component}"}, item)
        if why is not None:
            sink.warning(
                location,
                f"{component}: the page's example does not fit the spec's schema at {why}; the spec "
                "does not keep that value",
                "example-schema",
            )
            return
