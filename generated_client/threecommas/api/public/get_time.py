"""Read the server's clock, ``GET /ver1/time``: where its arguments go, and its answer read."""

from __future__ import annotations

import httpx

from ..._endpoint import Endpoint, read_json_object
from ...models.time_entity import TimeEntity


def parse_response(response: httpx.Response) -> TimeEntity:
    """Read a successful response."""
    return TimeEntity.from_dict(read_json_object(response))


ENDPOINT = Endpoint(
    "get_time",
    "GET",
    "/ver1/time",
    parse_response,
)
