"""openapi-spec-validator's OpenAPI 3.1 check, with each distinct schema checked once, quickly.

Both halves validate a spec: the pipeline before it writes one, the client before it reads one.
Kept outside both so that each can use it (the client may not import the OpenAPI stage).
"""

from __future__ import annotations

import contextlib
import functools
import json
from typing import TYPE_CHECKING, Any

import jsonschema_rs
from openapi_schema_validator import OAS31_BASE_DIALECT_ID, OAS31Validator
from openapi_schema_validator._specifications import REGISTRY as OPENAPI_SPECIFICATIONS
from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.validation import keywords
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

if TYPE_CHECKING:
    from jsonschema import FormatChecker  # type: ignore[import-untyped]


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
    """openapi-spec-validator's schema check, with each distinct schema checked once, quickly.

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
            self._verdicts[key] = self._metaschema_verdict(schema, schema_value)
        return self._verdicts[key]

    def _metaschema_verdict(self, schema: Any, schema_value: Any) -> OpenAPIValidationError | None:
        """None when the schema satisfies its dialect's metaschema, else openapi-spec-validator's error.

        jsonschema (pure Python) spends milliseconds per schema on this (most of the time of
        validating the current reference's spec went there); jsonschema-rs decides the same
        question against the same metaschema, with the same format checks, in microseconds. Only
        its "valid" is taken, and only for the OpenAPI 3.1 dialect: a schema it refuses or cannot
        read, or of another dialect, is asked of the house validator, whose error is the one
        reported. So a verdict could differ only if jsonschema-rs accepted what jsonschema
        refuses; ``tests/stages/test_validate.py`` holds it to jsonschema's verdicts on every
        schema of the references and on generated invalid ones.
        """
        try:
            dialect = self._get_schema_dialect_id(schema, schema_value)
        except ValueError:  # a `$schema` that is not a string: the house validator says so
            dialect = None
        if dialect == OAS31_BASE_DIALECT_ID and _is_plain_json(schema_value):
            # Whatever it cannot decide or read (it raises), the house validator decides below.
            with contextlib.suppress(Exception):
                if _oas31_metaschema_validator(self.schema_validator_format_checker).is_valid(schema_value):
                    return None
        return super()._validate_schema_meta(schema, schema_value)


@functools.cache
def _oas31_metaschema_validator(format_checker: FormatChecker) -> jsonschema_rs.Validator:
    """jsonschema-rs's validator of the OpenAPI 3.1 dialect's metaschema, as openapi-spec-validator
    applies it (``openapi_schema_validator.validators.check_openapi_schema``).

    The same metaschema (``OAS31Validator.META_SCHEMA``), the same registry of vocabularies
    (openapi-schema-validator's, which it keeps in a private module), the same format checks:
    each format of the checker is asked of the checker itself. Formats the checker leaves alone
    (``uri``) jsonschema-rs checks, which can only send a schema to the house validator.
    """
    resources = [(uri, OPENAPI_SPECIFICATIONS.contents(uri)) for uri in OPENAPI_SPECIFICATIONS]
    return jsonschema_rs.Draft202012Validator(
        OAS31Validator.META_SCHEMA,
        registry=jsonschema_rs.Registry(resources),
        validate_formats=True,
        formats={
            name: functools.partial(_conforms, format_checker, name) for name in format_checker.checkers
        },
    )


def _conforms(format_checker: FormatChecker, name: str, value: Any) -> bool:
    return bool(format_checker.conforms(value, name))


_JSON_SCALARS = (str, int, float, bool, type(None))


def _is_plain_json(value: Any) -> bool:
    """Only JSON's types: a tuple, a subclass or a number as a key is left to the house validator,
    which types them its own way (a tuple is no array to it). A loop, not a recursion: however
    deep the schema, this is not where a run stops."""
    pending = [value]
    while pending:
        item = pending.pop()
        kind = type(item)
        if kind is dict:
            if not all(type(key) is str for key in item):
                return False
            pending.extend(item.values())
        elif kind is list:
            pending.extend(item)
        elif kind not in _JSON_SCALARS:
            return False
    return True


class SpecValidator(OpenAPIV31SpecValidator):
    # A dict, as the base class declares it; never mutated.
    keyword_validators = {**OpenAPIV31SpecValidator.keyword_validators, "schema": _SchemaValidator}  # noqa: RUF012
