"""Test doubles that record what the client asked for."""

from __future__ import annotations


class Sleeps(list[float]):
    """Stands in for ``time.sleep``: records each wait instead of waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)
