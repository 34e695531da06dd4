"""What every operation's module shares: converting arguments, writing the query, reading answers."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import httpx

from ._convert import DecimalLike, to_decimal
from ._read import loads_json
from .errors import RequestValidationError, UnexpectedResponseError


def decimal_argument(operation_id: str, parameter: str, value: DecimalLike) -> Decimal:
    """``value`` as an exact Decimal; a bad one is reported under its parameter's name."""
    try:
        return to_decimal(value)
    except (TypeError, ValueError) as error:
        raise RequestValidationError(
            operation_id=operation_id, parameter=parameter, rule=str(error)
        ) from None


def check_path_value(operation_id: str, parameter: str, value: object, kind: str) -> None:
    """A path parameter must be a non-empty ``kind`` (``int``: an integer; else text or an integer)."""
    valid = (
        isinstance(value, int) and not isinstance(value, bool)
        if kind == "int"
        else isinstance(value, str | int)
    )
    if not valid or (isinstance(value, str) and not value):
        raise RequestValidationError(
            operation_id=operation_id, parameter=parameter, rule=f"must be a non-empty {kind}, got {value!r}"
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


def read_json(response: httpx.Response) -> Any:
    """A successful answer's JSON; :class:`UnexpectedResponseError` when it is not JSON."""
    try:
        return loads_json(response.content)
    except (ValueError, RecursionError) as error:  # not JSON, or nested too deep to read
        raise _unexpected(response, f"response is not JSON: {error}") from None


def read_json_object(response: httpx.Response) -> Mapping[str, Any]:
    data = read_json(response)
    if not isinstance(data, Mapping):
        raise _unexpected(response, "expected a JSON object")
    return data


def read_json_objects(response: httpx.Response) -> list[Mapping[str, Any]]:
    """A JSON array's objects (items that are not objects are skipped)."""
    data = read_json(response)
    if not isinstance(data, list):
        raise _unexpected(response, "expected a JSON array")
    return [item for item in data if isinstance(item, Mapping)]


def _unexpected(response: httpx.Response, message: str) -> UnexpectedResponseError:
    return UnexpectedResponseError(
        response.status_code, response.request.method, response.request.url.path, message
    )
