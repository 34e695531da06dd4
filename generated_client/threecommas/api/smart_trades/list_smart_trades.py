"""Get SmartTrade history

``GET /ver1/smart_trades``. Builds the request and reads the response; the
client does the sending.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import httpx

from ..._read import loads_json
from ..._transport import PreparedRequest
from ..._validation import validate_request
from ...errors import UnexpectedResponseError
from ...models.smart_trade_entity import SmartTradeEntity
from ...types import UNSET, Unset

OPERATION_ID = "list_smart_trades"
METHOD = "GET"


def build_request(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    account_id: int | Unset = UNSET,
    scope: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    order: Literal["created_at", "closed_at"] | Unset = UNSET,
) -> PreparedRequest:
    """Check the arguments against the spec and build the request; nothing is sent.

    Raises:
        RequestValidationError: an argument breaks a rule of the spec (names the parameter and rule).
    """
    # The compiled checks, imported on the first call of an operation, not with the package.
    from ..._checks import check_list_smart_trades_query

    _query: dict[str, Any] = {}
    if not isinstance(limit, Unset):
        _query["limit"] = limit
    if not isinstance(offset, Unset):
        _query["offset"] = offset
    if not isinstance(account_id, Unset):
        _query["account_id"] = account_id
    if not isinstance(scope, Unset):
        _query["scope"] = scope
    if not isinstance(type_, Unset):
        _query["type"] = type_
    if not isinstance(order, Unset):
        _query["order"] = order
    validate_request(OPERATION_ID, _query, check_list_smart_trades_query)
    _query_pairs = tuple((name, _query_value(value)) for name, value in _query.items())
    _content = None
    _path = "/ver1/smart_trades"
    return PreparedRequest(
        method=METHOD, path=_path, query=_query_pairs, body=_content, operation_id=OPERATION_ID
    )


def parse_response(response: httpx.Response) -> list[SmartTradeEntity]:
    """Read a successful response: a list (items that are not objects are skipped)."""
    data = _json(response)
    if not isinstance(data, list):
        raise UnexpectedResponseError(
            response.status_code, METHOD, response.request.url.path, "expected a JSON array"
        )
    return [SmartTradeEntity.from_dict(item) for item in data if isinstance(item, Mapping)]


def _json(response: httpx.Response) -> Any:
    try:
        return loads_json(response.content)
    except (ValueError, RecursionError) as error:  # not JSON, or nested too deep to read
        raise UnexpectedResponseError(
            response.status_code, METHOD, response.request.url.path, f"response is not JSON: {error}"
        ) from None


def _json_object(response: httpx.Response) -> Mapping[str, Any]:
    data = _json(response)
    if not isinstance(data, Mapping):
        raise UnexpectedResponseError(
            response.status_code, METHOD, response.request.url.path, "expected a JSON object"
        )
    return data


def _query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ",".join(_query_value(item) for item in value)
    return str(value)
