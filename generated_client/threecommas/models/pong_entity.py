"""PongEntity: response entity."""

from __future__ import annotations

from attrs import define

from .._entity import (
    Entity,
    entity_field,
)
from .._read import (
    read_str,
)


@define(kw_only=True)
class PongEntity(Entity):
    """PongEntity. Every field is optional and may be null: a response missing a field or carrying null
    is still valid.
    """

    pong: str | None = entity_field(read_str)
