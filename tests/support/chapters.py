"""Made-up reference chapters for tests, in the table layout of 2022 (nested rows), and
validators of the schemas their spec gives."""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

_CREATE_SMART_TRADE = """\
# SmartTrades v2 Api
### Create smart trade (Permission: SMART_TRADES_WRITE, Security: SIGNED)
```
POST /v2/smart_trades
```
**Weight:**
1

**Parameters:**

Name | Type | Mandatory | Values(default) | Description
------------ | ------------ | ------------ | ------------ | ------------
"""


def create_smart_trade_v2(rows: str) -> str:
    """A chapter of one operation, ``POST /v2/smart_trades``, whose parameters are ``rows``
    (table lines, each ending in a newline)."""
    return _CREATE_SMART_TRADE + rows


def body_validator(spec: dict[str, Any], path: str = "/v2/smart_trades") -> Draft202012Validator:
    """A JSON Schema validator of the ``POST`` body of ``path``, its ``$ref`` read in ``spec``."""
    body = spec["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]
    return reference_validator(spec, body["$ref"])


def reference_validator(spec: dict[str, Any], reference: str) -> Draft202012Validator:
    """A JSON Schema validator of what the local ``$ref`` ``reference`` names in ``spec``."""
    resource = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
    return Draft202012Validator({"$ref": f"urn:spec{reference}"}, registry=registry)
