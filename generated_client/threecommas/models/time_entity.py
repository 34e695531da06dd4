"""TimeEntity: response entity."""

from __future__ import annotations

from attrs import define

from .._entity import (
    Entity,
    Field,
    Fields,
    write_value,
)
from .._read import (
    read_int,
)


@define(kw_only=True)
class TimeEntity(Entity):
    """TimeEntity. Every field is optional and may be null: a response missing a field or carrying null
    is still valid.
    """

    server_time: int | None = None


TimeEntity.FIELDS = Fields(
    Field("server_time", read_int, write_value),
)
