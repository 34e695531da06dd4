"""``import threecommas`` loads httpx and the package's own small modules, nothing more (issue 12).

What it costs is measured by ``make bench``; what it loads is checked here, in a fresh
interpreter: no httpcore (the first client loads it, for its connection pools), no attrs (the
model classes load it when first used), no asyncio for synchronous users, no chapter's resource,
endpoint, checks or model modules, and not the MCP server (``threecommas.mcp``) or its SDK. The
other half: each of those does arrive when it is used.
"""

from __future__ import annotations

import json
import subprocess
import sys

CODE = """
import json, sys
def loaded():
    return sorted(m for m in sys.modules if m.split(".")[0] in {"httpcore", "attrs", "asyncio", "msgspec", "mcp"}
                  or m.startswith(("threecommas.resources.", "threecommas.models.", "threecommas.mcp"))
                  or m == "threecommas._checks")
import threecommas
stages = {"import": loaded()}
client = threecommas.Client(api_key="k", api_secret="s")
stages["client"] = loaded()
from threecommas.models import SmartTradeEntity
SmartTradeEntity.from_dict({"id": 1})
stages["model"] = loaded()
client.smart_trades
stages["chapter"] = loaded()
print(json.dumps(stages))
"""


def _stages() -> dict[str, list[str]]:
    completed = subprocess.run(
        [sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120, check=False
    )
    assert completed.returncode == 0, completed.stderr
    stages: dict[str, list[str]] = json.loads(completed.stdout)
    return stages


def test_import_loads_none_of_what_waits_for_first_use() -> None:
    stages = _stages()
    assert stages["import"] == [], stages["import"]
    # The first client brings its pools (httpcore), not asyncio and not a chapter.
    assert "httpcore" in stages["client"]
    assert not {"asyncio", "attrs"} & set(stages["client"]), stages["client"]
    assert not any(m.startswith("threecommas.") for m in stages["client"]), stages["client"]
    # A model brings attrs and its own module; a chapter its resource module and the compiled checks.
    assert "attrs" in stages["model"] and "threecommas.models.smart_trade_entity" in stages["model"]
    assert "threecommas._checks" not in stages["model"]
    assert {"threecommas.resources.smart_trades", "threecommas._checks"} <= set(stages["chapter"])
    assert "asyncio" not in stages["chapter"]
