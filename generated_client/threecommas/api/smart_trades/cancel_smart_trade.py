"""Cancel SmartTrade

``POST /ver1/smart_trades/{smart_trade_id}/cancel``. Builds the request and reads the response; the
client does the sending.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ..._read import loads_json
from ..._transport import PreparedRequest
from ...errors import RequestValidationError, UnexpectedResponseError
from ...models.smart_trade_entity import SmartTradeEntity

OPERATION_ID = "cancel_smart_trade"
METHOD = "POST"


def build_request(
    *,
    smart_trade_id: int,
) -> PreparedRequest:
    """Check the arguments against the spec and build the request; nothing is sent.

    Raises:
        RequestValidationError: an argument breaks a rule of the spec (names the parameter and rule).
    """

    _check_path_value("smart_trade_id", smart_trade_id, "int")
    _query_pairs: tuple[tuple[str, str], ...] = ()
    _content = None
    _path = "/ver1/smart_trades/" + quote(str(smart_trade_id), safe="") + "/cancel"
    return PreparedRequest(
        method=METHOD, path=_path, query=_query_pairs, body=_content, operation_id=OPERATION_ID
    )


def parse_response(response: httpx.Response) -> SmartTradeEntity:
    """Read a successful response."""
    return SmartTradeEntity.from_dict(_json_object(response))


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


def _check_path_value(parameter: str, value: object, kind: str) -> None:
    valid = (
        isinstance(value, int) and not isinstance(value, bool)
        if kind == "int"
        else isinstance(value, str | int)
    )
    if not valid or (isinstance(value, str) and not value):
        raise RequestValidationError(
            operation_id=OPERATION_ID, parameter=parameter, rule=f"must be a non-empty {kind}, got {value!r}"
        )
