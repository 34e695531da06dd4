"""Error: response entity."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._read import (
    read_object,
    read_str,
)
from .._values import dumps_body


@define(kw_only=True)
class Error:
    """The error payload any endpoint can return. error field: always there; a short machine-readable
    code. error_description: optional; a human-readable, localized explanation. error_attributes:
    optional; for each field that failed validation, its messages.

    Attributes:
        error: Error code, always present.
        error_description: Localized extended description of the error.
        error_attributes: Fields that did not pass validation, with their messages.
    """

    error: str | None = None
    error_description: str | None = None
    error_attributes: dict[str, Any] | None = None
    #: The JSON object this was read from, whole: fields this client does not know stay reachable.
    raw: dict[str, Any] = field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Error:
        """Read a response object; missing, null or malformed fields become None, never an error."""
        raw = dict(data)
        entity = cls.__new__(cls)
        entity.raw = raw
        entity.error = read_str(raw.get("error"), "error")
        entity.error_description = read_str(raw.get("error_description"), "error_description")
        entity.error_attributes = read_object(raw.get("error_attributes"), "error_attributes")
        return entity

    def to_dict(self) -> dict[str, Any]:
        """The JSON object again; values read unchanged keep their original form."""
        data: dict[str, Any] = dict(self.raw)
        if self.error is not None and read_str(self.raw.get("error"), "error") != self.error:
            data["error"] = self.error
        if (
            self.error_description is not None
            and read_str(self.raw.get("error_description"), "error_description") != self.error_description
        ):
            data["error_description"] = self.error_description
        if (
            self.error_attributes is not None
            and read_object(self.raw.get("error_attributes"), "error_attributes") != self.error_attributes
        ):
            data["error_attributes"] = self.error_attributes
        return data

    def to_json(self) -> str:
        """:meth:`to_dict` as JSON text, numbers with their exact digits (no float on the way)."""
        return dumps_body(self.to_dict()).decode("utf-8")
