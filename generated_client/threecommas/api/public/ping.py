"""Check that the API answers, ``GET /ver1/ping``: the request built, the answer read."""

from __future__ import annotations

import httpx

from ..._endpoint import (
    read_json_object,
)
from ..._transport import PreparedRequest
from ...models.pong_entity import PongEntity

OPERATION_ID = "ping"


def build_request() -> PreparedRequest:
    """Check the arguments against the spec and build the request (nothing is sent): an argument
    that breaks a rule of the spec raises RequestValidationError, naming the parameter and rule."""
    return PreparedRequest(
        method="GET",
        path="/ver1/ping",
        operation_id=OPERATION_ID,
    )


def parse_response(response: httpx.Response) -> PongEntity:
    """Read a successful response."""
    return PongEntity.from_dict(read_json_object(response))
