"""Error: response entity."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define, field

from .._read import (
    Reader,
    read_object,
    read_str,
)


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
        """Read a response object; missing, null or malformed fields become None, never an error.

        Each field is converted (Decimal, datetime, nested entities) when it is first read, then
        kept: a page of trades costs what the fields the caller uses cost.
        """
        entity = cls.__new__(cls)
        entity.raw = dict(data)
        return entity

    if not TYPE_CHECKING:  # type checkers see the declared fields only

        def __getattr__(self, name: str) -> Any:
            # Called only for a field from_dict left unset: read it from the raw JSON now.
            entry = _BY_ATTRIBUTE.get(name)
            if entry is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            wire, read = entry
            value = self.raw.get(wire)
            if value is not None:
                value = read(value, wire)
            setattr(self, name, value)
            return value

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


#: Attribute -> (wire name, tolerant reader), for reading fields on first access.
_BY_ATTRIBUTE: dict[str, tuple[str, Reader[Any]]] = {
    "error": ("error", read_str),
    "error_description": ("error_description", read_str),
    "error_attributes": ("error_attributes", read_object),
}
