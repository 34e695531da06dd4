"""PongEntity: response entity."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._read import (
    read_str,
)
from .._values import dumps_body


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
        raw = dict(data)
        entity = cls.__new__(cls)
        entity.raw = raw
        entity.pong = read_str(raw.get("pong"), "pong")
        return entity

    def to_dict(self) -> dict[str, Any]:
        """The JSON object again; values read unchanged keep their original form."""
        data: dict[str, Any] = dict(self.raw)
        if self.pong is not None and read_str(self.raw.get("pong"), "pong") != self.pong:
            data["pong"] = self.pong
        return data

    def to_json(self) -> str:
        """:meth:`to_dict` as JSON text, numbers with their exact digits (no float on the way)."""
        return dumps_body(self.to_dict()).decode("utf-8")
