"""TimeEntity: response entity."""

from __future__ import annotations

from attrs import define

from .._entity import (
    Entity,
    entity_field,
)
from .._read import (
    read_int,
)


@define(kw_only=True)
class TimeEntity(Entity):
    """TimeEntity. Every field is optional and may be null: a response missing a field or carrying null
    is still valid.
    """

    server_time: int | None = entity_field(read_int)
