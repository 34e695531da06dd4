"""Check that the API answers

``GET /ver1/ping``. Builds the request and reads the response; the
client does the sending.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from ..._read import loads_json
from ..._transport import PreparedRequest
from ...errors import UnexpectedResponseError
from ...models.pong_entity import PongEntity

OPERATION_ID = "ping"
METHOD = "GET"


def build_request() -> PreparedRequest:
    """Check the arguments against the spec and build the request; nothing is sent.

    Raises:
        RequestValidationError: an argument breaks a rule of the spec (names the parameter and rule).
    """

    _query_pairs: tuple[tuple[str, str], ...] = ()
    _content = None
    _path = "/ver1/ping"
    return PreparedRequest(
        method=METHOD, path=_path, query=_query_pairs, body=_content, operation_id=OPERATION_ID
    )


def parse_response(response: httpx.Response) -> PongEntity:
    """Read a successful response."""
    return PongEntity.from_dict(_json_object(response))


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
