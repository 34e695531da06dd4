"""Instances generated from the response schemas (nulls and missing fields included) parse into
the models and serialise back to equal JSON."""

from __future__ import annotations

from typing import Any

import pytest
import threecommas.models
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.contract.spec_tools import inline, load_spec, value_strategy

SPEC = load_spec()
ENTITIES = sorted(n for n, s in SPEC["components"]["schemas"].items() if n.endswith("Entity") or n == "Error")


@st.composite
def instances(draw: st.DrawFn, name: str) -> dict[str, Any]:
    schema = inline(SPEC, SPEC["components"]["schemas"][name])
    data: dict[str, Any] = {}
    for field, sub in (schema.get("properties") or {}).items():
        if field in (schema.get("required") or []) or draw(st.booleans()):
            data[field] = draw(value_strategy(sub, response=True))
    return data


@pytest.mark.parametrize("name", ENTITIES)
def test_response_round_trip(name: str) -> None:
    model = getattr(threecommas.models, name)

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    @given(instances(name))
    def run(data: dict[str, Any]) -> None:
        assert model.from_dict(data).to_dict() == data

    run()
