"""Read the server's clock, ``GET /ver1/time``: the request built, the answer read."""

from __future__ import annotations

import httpx

from ..._endpoint import (
    read_json_object,
)
from ..._transport import PreparedRequest
from ...models.time_entity import TimeEntity

OPERATION_ID = "get_time"


def build_request() -> PreparedRequest:
    """Check the arguments against the spec and build the request (nothing is sent): an argument
    that breaks a rule of the spec raises RequestValidationError, naming the parameter and rule."""
    return PreparedRequest(
        method="GET",
        path="/ver1/time",
        operation_id=OPERATION_ID,
    )


def parse_response(response: httpx.Response) -> TimeEntity:
    """Read a successful response."""
    return TimeEntity.from_dict(read_json_object(response))
