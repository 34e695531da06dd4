"""PongEntity: response entity."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define, field

from .._read import (
    Reader,
    read_str,
)


@define(kw_only=True)
class PongEntity:
    """PongEntity. Every field is optional and may be null: a response missing a field or carrying null
    is still valid.
    """

    pong: str | None = None
    #: The JSON object this was read from, whole: fields this client does not know stay reachable.
    raw: dict[str, Any] = field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PongEntity:
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
        if self.pong is not None and read_str(self.raw.get("pong"), "pong") != self.pong:
            data["pong"] = self.pong
        return data


#: Attribute -> (wire name, tolerant reader), for reading fields on first access.
_BY_ATTRIBUTE: dict[str, tuple[str, Reader[Any]]] = {
    "pong": ("pong", read_str),
}
