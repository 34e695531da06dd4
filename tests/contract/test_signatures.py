"""Every spec operation has a client method with matching parameters, and no method is extra."""

from __future__ import annotations

from tests.contract.checks import signature_problems
from tests.contract.spec_tools import load_spec


def test_client_surface_matches_the_spec() -> None:
    assert signature_problems(load_spec()) == []
