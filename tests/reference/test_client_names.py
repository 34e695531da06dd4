"""The whole 2019 reference: every operation carries a distinct client name (x-sdk-*)."""

from __future__ import annotations

from ruamel.yaml import YAML

from generator import extensions
from generator.naming import Route, SdkName
from tests.naming.test_sdk_names import assert_pleasant
from tests.reference.conftest import ReferenceBuild


def test_the_whole_2019_reference_carries_its_client_names(reference_build: ReferenceBuild) -> None:
    spec = YAML(typ="safe", pure=True).load(reference_build.spec_path.read_text(encoding="utf-8"))
    names = {
        Route(method, path): SdkName(tuple(op[extensions.SDK_RESOURCE].split(".")), op[extensions.SDK_METHOD])
        for path, item in spec["paths"].items()
        for method, op in item.items()
    }
    assert len(names) >= 50
    assert_pleasant(names)
    assert names[Route("post", "/ver1/smart_trades/{smart_trade_id}/panic_sell")] == SdkName(
        ("smart_trades",), "panic_sell"
    )
    assert names[Route("get", "/ver1/deals")] == SdkName(("deals",), "list")
