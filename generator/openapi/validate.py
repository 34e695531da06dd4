"""Validates the built document against the OpenAPI 3.1 schema before anything is written."""

from __future__ import annotations

import json
from typing import Any

from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.validation import keywords
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from generator.diagnostics import DiagnosticSink, Location


class _IdRegistry(list[int]):
    """The validator's registry of schemas already seen, with constant-time membership.

    openapi-spec-validator keeps these ids in a list and asks ``id in list`` for every schema it
    visits: quadratic in the number of schemas (a 7 MiB reference spent most of its validation
    there). Same interface, a set beside it for the question.
    """

    def __init__(self) -> None:
        super().__init__()
        self._members: set[int] = set()

    def append(self, schema_id: int) -> None:
        self._members.add(schema_id)
        super().append(schema_id)

    def __contains__(self, schema_id: object) -> bool:
        return schema_id in self._members


class _SchemaValidator(keywords.OpenAPIV31SchemaValidator):
    """openapi-spec-validator's schema check, with each distinct schema checked once.

    The metaschema check (the JSON Schema dialect's own schema, applied to each schema of the
    document) depends only on the schema's text and the document's dialect, which is one for the
    whole run: equal schemas (``{"type": "integer"}`` on every id parameter) get the same verdict.
    """

    def __init__(self, registry: Any) -> None:
        super().__init__(registry)
        self.visited_schema_ids = _IdRegistry()
        self.meta_checked_schema_ids = _IdRegistry()
        self._verdicts: dict[str, OpenAPIValidationError | None] = {}

    def _validate_schema_meta(self, schema: Any, schema_value: Any) -> OpenAPIValidationError | None:
        key = json.dumps(schema_value, sort_keys=True, default=repr)
        if key not in self._verdicts:
            self._verdicts[key] = super()._validate_schema_meta(schema, schema_value)
        return self._verdicts[key]


class _SpecValidator(OpenAPIV31SpecValidator):
    # A dict, as the base class declares it; never mutated.
    keyword_validators = {**OpenAPIV31SpecValidator.keyword_validators, "schema": _SchemaValidator}  # noqa: RUF012


def validate_spec(spec: dict[str, Any], sink: DiagnosticSink, source: str = "<generated spec>") -> None:
    """Report every schema violation of ``spec`` as an error; a spec that fails is never written."""
    validator = _SpecValidator(spec)
    for error in validator.iter_errors():
        where = "/".join(str(part) for part in error.path) or "(root)"
        sink.error(Location(source, 1), f"invalid OpenAPI at {where}: {error.message}", "openapi")
