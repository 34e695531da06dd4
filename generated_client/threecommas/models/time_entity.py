"""TimeEntity: response entity."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define, field

from .._read import (
    read_int,
)
from .._values import dumps_body


@define(kw_only=True)
class TimeEntity:
    """TimeEntity. Every field is optional and may be null: a response missing a field or carrying null
    is still valid.
    """

    server_time: int | None = None
    #: The JSON object this was read from, whole: fields this client does not know stay reachable.
    raw: dict[str, Any] = field(factory=dict, repr=False, eq=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimeEntity:
        """Read a response object; missing, null or malformed fields become None, never an error."""
        raw = dict(data)
        entity = cls.__new__(cls)
        entity.raw = raw
        entity.server_time = read_int(raw.get("server_time"), "server_time")
        return entity

    def to_dict(self) -> dict[str, Any]:
        """The JSON object again; values read unchanged keep their original form."""
        data: dict[str, Any] = dict(self.raw)
        if (
            self.server_time is not None
            and read_int(self.raw.get("server_time"), "server_time") != self.server_time
        ):
            data["server_time"] = self.server_time
        return data

    def to_json(self) -> str:
        """:meth:`to_dict` as JSON text, numbers with their exact digits (no float on the way)."""
        return dumps_body(self.to_dict()).decode("utf-8")
