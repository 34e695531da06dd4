"""The client method of an operation, found as users find it: ``client.<x-sdk-resource>.<x-sdk-method>``.

Tests that call every operation of a spec look methods up here, through the generator's own
reading of the spec's naming keys (``generator.naming.spec_sdk_names``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from generator.naming import SdkName, spec_sdk_names

COMMITTED_SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"


@functools.cache
def _committed_names() -> dict[str, SdkName]:
    return spec_sdk_names(YAML(typ="safe", pure=True).load(COMMITTED_SPEC.read_text(encoding="utf-8")))


def sdk_name(operation_id: str, spec: Mapping[str, Any] | None = None) -> SdkName:
    """Where ``operation_id`` of ``spec`` (by default the committed one) sits on the client."""
    names = spec_sdk_names(spec) if spec is not None else _committed_names()
    return names[operation_id]


def resource_of(client: object, name: SdkName) -> Any:
    resource = client
    for part in name.resource:
        resource = getattr(resource, part)
    return resource


def client_method(
    client: object, operation_id: str, spec: Mapping[str, Any] | None = None
) -> Callable[..., Any]:
    """``client.smart_trades.add_funds`` for ``add_smart_trade_funds``."""
    name = sdk_name(operation_id, spec)
    method: Callable[..., Any] = getattr(resource_of(client, name), name.method)
    return method
