"""An entity holding entities of its own kind (a parent, a list of children) reads and writes
them: its attributes are declared in its class body, before the class's name is bound."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.built_client import build_client, run_with, seed_spec

USE = """
from threecommas.models import SmartTradeEntity

data = {"id": 1, "parent": {"id": 2}, "children": [{"id": 3, "children": [{"id": 4}]}]}
trade = SmartTradeEntity.from_dict(data)
assert trade.parent is not None and trade.parent.id == 2
assert trade.children is not None and trade.children[0].children[0].id == 4
trade.children[0].id = 30
assert trade.to_dict()["children"][0]["id"] == 30
assert SmartTradeEntity.from_dict(trade.to_dict()).children[0].id == 30
print("ok")
"""


def _spec() -> dict[str, Any]:
    spec = seed_spec()
    entity = spec["components"]["schemas"]["SmartTradeEntity"]
    itself = {"$ref": "#/components/schemas/SmartTradeEntity"}
    entity["properties"]["parent"] = itself
    entity["properties"]["children"] = {"type": "array", "items": itself}
    return spec


def test_an_entity_of_its_own_kind_is_read_and_written(tmp_path: Path) -> None:
    done = run_with(build_client(_spec(), tmp_path), USE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
