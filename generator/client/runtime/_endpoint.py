"""What every operation shares: its arguments written into a request, its answer read.

An operation's module declares an :class:`Endpoint` (method, path, where each argument goes) and
its ``parse_response``; its resource method hands over the call's arguments as they came,
and :func:`build_request` checks them and writes the request. So an operation's parameters
are written once, in the resource method's signature.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import KW_ONLY, dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar
from urllib.parse import quote

import httpx

from ._convert import DecimalLike, to_decimal
from ._read import loads_json
from ._transport import PreparedRequest
from ._validation import Check, validate_request
from ._values import dumps_body
from .errors import APIResponseValidationError, RequestValidationError
from .types import UNSET

if TYPE_CHECKING:
    from ._body import RequestBody
    from ._pagination import Paging

R = TypeVar("R")

#: The per-call options every resource method takes besides the operation's parameters.
CALL_OPTIONS = ("timeout", "extra_headers", "extra_query", "extra_body")
_NOT_PARAMETERS = frozenset({"self", *CALL_OPTIONS})


class PathParameter(NamedTuple):
    argument: str  #: the method's parameter
    wire: str  #: its name in the path template
    kind: str  #: ``int`` (an integer) or ``str`` (text or an integer)


class QueryParameter(NamedTuple):
    argument: str  #: the method's parameter
    wire: str  #: its name in the query string


@dataclass(frozen=True, slots=True)
class Endpoint(Generic[R]):
    """One operation: where each argument of a call goes, and how the answer is read.

    Arguments that are neither path nor query parameters are the body's: they build the
    ``body`` class. ``decimals`` are converted to exact Decimals first, a bad one reported under
    its parameter's name (None is one, except for ``nullable_decimals``). ``body_check`` and
    ``query_check`` name the pre-send checks in ``_checks.py``, imported on the first call.
    ``answer_by``: the argument whose value says which shape the answer has (passed to
    ``parse`` after the response); ``paging``: for a paged list, the arguments that page it.
    """

    operation_id: str
    method: str
    path: str  #: the path template, ``{name}`` where a path parameter goes
    parse: Callable[..., R]
    _: KW_ONLY
    path_parameters: tuple[PathParameter, ...] = ()
    query: tuple[QueryParameter, ...] = ()
    body: type[RequestBody] | None = None
    decimals: tuple[str, ...] = ()
    nullable_decimals: tuple[str, ...] = ()
    body_check: str | None = None
    query_check: str | None = None
    answer_by: str | None = None
    paging: Paging | None = None

    def reader(self, arguments: Mapping[str, Any]) -> Callable[[httpx.Response], R]:
        """``parse``, given what it needs of the call's arguments."""
        if self.answer_by is None:
            return self.parse
        shape = arguments.get(self.answer_by, UNSET)
        return lambda response: self.parse(response, shape)


def call_options_of(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The per-call options among a resource method's arguments."""
    return {name: arguments.get(name) for name in CALL_OPTIONS}


def build_request(endpoint: Endpoint[Any], arguments: Mapping[str, Any]) -> PreparedRequest:
    """Check a call's arguments against the spec and write its request (nothing is sent).

    An argument that breaks a rule of the spec raises :class:`RequestValidationError`, naming
    the parameter and the rule. ``arguments`` may hold the call's options too (they are left
    out) and may leave optional parameters out.
    """
    operation_id = endpoint.operation_id
    values = {name: value for name, value in arguments.items() if name not in _NOT_PARAMETERS}
    for name in endpoint.decimals:
        value = values.get(name, UNSET)
        if value is not UNSET and (value is not None or name not in endpoint.nullable_decimals):
            values[name] = decimal_argument(operation_id, name, value)
    path = endpoint.path
    for argument, wire, kind in endpoint.path_parameters:
        value = values.pop(argument)
        check_path_value(operation_id, wire, value, kind)
        path = path.replace("{" + wire + "}", quote(str(value), safe=""))
    query: dict[str, Any] = {}
    for argument, wire in endpoint.query:
        value = values.pop(argument, UNSET)
        if value is not UNSET:
            query[wire] = value
    if endpoint.query_check is not None:
        validate_request(operation_id, query, _check(endpoint.query_check))
    body = None
    if endpoint.body is not None:
        payload = endpoint.body(**values).to_dict()
        if endpoint.body_check is not None:
            validate_request(operation_id, payload, _check(endpoint.body_check))
        body = dumps_body(payload)
    return PreparedRequest(
        method=endpoint.method,
        path=path,
        query=query_pairs(query),
        body=body,
        operation_id=operation_id,
    )


def _check(name: str) -> Check:
    # The checks are one large module, generated beside this one: imported on first use.
    check: Check = getattr(importlib.import_module(f"{__package__}._checks"), name)
    return check


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
    """A successful answer's JSON; :class:`APIResponseValidationError` when it is not JSON."""
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


def _unexpected(response: httpx.Response, message: str) -> APIResponseValidationError:
    return APIResponseValidationError(
        response.status_code, response.request.method, response.request.url.path, message
    )
