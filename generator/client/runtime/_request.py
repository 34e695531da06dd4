"""A call's arguments written into a request, checked against the spec; nothing is sent here.

A resource method says in place where each argument goes (see ``_api``): the path template and
its values, the query, the body (its class with the method's arguments, built here), the
compiled checks of ``_checks``; :func:`build_request` does what every operation does with them.
An argument that breaks a rule of the spec raises :class:`RequestValidationError`, naming the
operation, the parameter and the rule, before anything is sent.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ._convert import to_decimal
from ._transport import PreparedRequest
from ._validation import Check, validate_request
from ._values import dumps_body
from .errors import RequestValidationError
from .types import UNSET

if TYPE_CHECKING:
    from ._body import RequestBody

#: ``{name}`` or ``{name:int}`` in a path template (``int``: the value must be an integer).
_PLACEHOLDER = re.compile(r"\{([^{}:]+)(?::(int))?\}")


def build_request(
    operation: str,
    method: str,
    path: str,
    *,
    path_values: Mapping[str, object] | None = None,
    query: Mapping[str, object] | None = None,
    query_check: Check | None = None,
    decimals: tuple[str, ...] = (),
    body: Callable[[], RequestBody] | None = None,
    check: Check | None = None,
) -> PreparedRequest:
    """The request of one call of ``operation``, its arguments checked.

    ``path`` is the spec's template, ``{name:int}`` where the value must be an integer (else
    text or an integer), filled from ``path_values`` (quoted). ``query`` holds the query
    parameters by name; those left ``UNSET`` are not sent, ``decimals`` name those taken as
    exact Decimals (given as Decimal, int or str). ``body`` builds the request class
    from the method's arguments (a ``functools.partial``), so that a value its converters
    refuse is reported under its parameter's name; ``check`` and ``query_check`` are the
    operation's compiled checks.
    """
    if path_values:
        path = _fill(operation, path, path_values)
    sent = {name: value for name, value in (query or {}).items() if value is not UNSET}
    for name in decimals:
        if sent.get(name) is not None:
            sent[name] = decimal_argument(operation, name, sent[name])
    if query_check is not None:
        validate_request(operation, sent, query_check)
    payload = None
    if body is not None:
        built = _build_body(operation, body)
        data = built.to_dict()
        if check is not None:
            validate_request(operation, data, check, built.variant_classes())
        payload = dumps_body(data)
    return PreparedRequest(method, path, query_pairs(sent), payload, operation)


def _fill(operation: str, template: str, values: Mapping[str, object]) -> str:
    path = template
    for placeholder, name, kind in _placeholders(template):
        value = values[name]
        check_path_value(operation, name, value, kind or "str")
        path = path.replace(placeholder, quote(str(value), safe=""))
    return path


@functools.lru_cache(maxsize=256)
def _placeholders(template: str) -> tuple[tuple[str, str, str], ...]:
    return tuple((m.group(0), m.group(1), m.group(2) or "") for m in _PLACEHOLDER.finditer(template))


def _build_body(operation: str, body: Callable[[], RequestBody]) -> RequestBody:
    """The body class built from the call's arguments; a value refused by an attribute's
    converter (a bad Decimal) is reported under the attribute's name."""
    try:
        return body()
    except (TypeError, ValueError) as error:
        culprit = _refused_argument(body)
        if culprit is None:
            raise
        name, problem = culprit
        raise RequestValidationError(operation_id=operation, parameter=name, rule=str(problem)) from error


def _refused_argument(body: Callable[[], RequestBody]) -> tuple[str, Exception] | None:
    """The first argument of ``body`` (a ``partial`` of a body class) its converter refuses."""
    from ._body import RequestBody, refused_argument  # only when a call is refused

    cls, arguments = getattr(body, "func", None), getattr(body, "keywords", {})
    if not (isinstance(cls, type) and issubclass(cls, RequestBody)):
        return None
    return refused_argument(cls, arguments)


def decimal_argument(operation: str, parameter: str, value: Any) -> Decimal:
    """``value`` as an exact Decimal; a bad one is reported under its parameter's name."""
    try:
        return to_decimal(value)
    except (TypeError, ValueError) as error:
        raise RequestValidationError(operation_id=operation, parameter=parameter, rule=str(error)) from None


def check_path_value(operation: str, parameter: str, value: object, kind: str) -> None:
    """A path parameter must be a non-empty ``kind`` (``int``: an integer; else text or an integer)."""
    valid = (
        isinstance(value, int) and not isinstance(value, bool)
        if kind == "int"
        else isinstance(value, str | int)
    )
    if not valid or (isinstance(value, str) and not value):
        raise RequestValidationError(
            operation_id=operation, parameter=parameter, rule=f"must be a non-empty {kind}, got {value!r}"
        )


def query_pairs(query: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """The query parameters as text: booleans as ``true``/``false``, lists comma-separated."""
    return tuple((name, _query_value(value)) for name, value in query.items())


def _query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ",".join(_query_value(item) for item in value)
    return str(value)
