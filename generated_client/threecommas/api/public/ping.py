"""Check that the API answers, ``GET /ver1/ping``: where its arguments go, and its answer read."""

from __future__ import annotations

import httpx

from ..._endpoint import Endpoint, read_json_object
from ...models.pong_entity import PongEntity


def parse_response(response: httpx.Response) -> PongEntity:
    """Read a successful response."""
    return PongEntity.from_dict(read_json_object(response))


ENDPOINT = Endpoint(
    "ping",
    "GET",
    "/ver1/ping",
    parse_response,
)
