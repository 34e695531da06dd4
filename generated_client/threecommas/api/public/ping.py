"""Check that the API answers

``GET /ver1/ping``. Builds the request and reads the response; the
client does the sending.
"""

from __future__ import annotations

import httpx

from ..._endpoint import (
    read_json_object,
)
from ..._transport import PreparedRequest
from ...models.pong_entity import PongEntity

OPERATION_ID = "ping"


def build_request() -> PreparedRequest:
    """Check the arguments against the spec and build the request; nothing is sent.

    Raises:
        RequestValidationError: an argument breaks a rule of the spec (names the parameter and rule).
    """
    return PreparedRequest(
        method="GET",
        path="/ver1/ping",
        operation_id=OPERATION_ID,
    )


def parse_response(response: httpx.Response) -> PongEntity:
    """Read a successful response."""
    return PongEntity.from_dict(read_json_object(response))
