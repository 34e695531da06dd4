"""``UNSET``: the value of an argument that was not given, as distinct from ``None`` (JSON null)."""

from __future__ import annotations

from typing import Final, Literal


class Unset:
    """The type of :data:`UNSET`; nothing is sent for an argument that has it."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


#: An argument that was not given: nothing is sent for it.
UNSET: Final = Unset()

__all__ = ["UNSET", "Unset"]
