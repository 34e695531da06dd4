"""Error: response entity."""

from __future__ import annotations

from typing import Any

from attrs import define

from .._entity import (
    Entity,
    entity_field,
)
from .._read import (
    read_object,
    read_str,
)


@define(kw_only=True)
class Error(Entity):
    """The error payload any endpoint can return. error field: always there; a short machine-readable
    code. error_description: optional; a human-readable, localized explanation. error_attributes:
    optional; for each field that failed validation, its messages.

    Attributes:
        error: Error code, always present.
        error_description: Localized extended description of the error.
        error_attributes: Fields that did not pass validation, with their messages.
    """

    error: str | None = entity_field(read_str)
    error_description: str | None = entity_field(read_str)
    error_attributes: dict[str, Any] | None = entity_field(read_object)
