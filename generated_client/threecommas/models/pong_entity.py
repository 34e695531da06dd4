"""PongEntity: response entity."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
        """Read a response object; missing, null or malformed fields become None, never an error."""
        values: dict[str, Any] = {}
        # Only the keys present are read: the cost follows the response, not the entity's size.
        for key, value in data.items():
            field_reader = _FIELDS.get(key)
            if field_reader is not None and value is not None:
                values[field_reader[0]] = field_reader[1](value, key)
        return cls(**values, raw=dict(data))

    def to_dict(self) -> dict[str, Any]:
        """The JSON object again; values read unchanged keep their original form."""
        data: dict[str, Any] = dict(self.raw)
        if self.pong is not None and read_str(self.raw.get("pong"), "pong") != self.pong:
            data["pong"] = self.pong
        return data


#: Wire name -> (attribute, reader) for :meth:`PongEntity.from_dict`.
_FIELDS: dict[str, tuple[str, Reader[Any]]] = {
    "pong": ("pong", read_str),
}
