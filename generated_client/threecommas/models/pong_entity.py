"""PongEntity: response entity."""

from __future__ import annotations

from attrs import define

from .._entity import (
    Entity,
    Field,
    Fields,
    write_value,
)
from .._read import (
    read_str,
)


@define(kw_only=True)
class PongEntity(Entity):
    """PongEntity. Every field is optional and may be null: a response missing a field or carrying null
    is still valid.
    """

    pong: str | None = None


PongEntity.FIELDS = Fields(
    Field("pong", read_str, write_value),
)
