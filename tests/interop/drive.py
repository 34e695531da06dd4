"""Run inside a child process with a generated package on ``sys.path``: builds each request with
that package's own models and API (as a consumer would), sends it to Prism, prints the statuses.

    python drive.py opc|ogp PACKAGE BASE_URL < cases.json > statuses.json

``opc``: openapi-python-client (``Model.from_dict`` then the endpoint's ``sync_detailed``);
``ogp``: openapi-generator ``python`` (``Model.from_dict`` then the tag API's ``*_with_http_info``).
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import pkgutil
import re
import sys
from typing import Any

HEADERS = {"APIKEY": "mock-key", "Signature": "0" * 64}


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def opc(package: str, base: str, case: dict[str, Any]) -> int:
    client_module = importlib.import_module(f"{package}.client")
    models = importlib.import_module(f"{package}.models")
    model = getattr(models, case["body_schema"]).from_dict(case["body"])
    api = importlib.import_module(f"{package}.api")
    module = snake(case["operation_id"])
    endpoint = next(
        importlib.import_module(f"{package}.api.{tag.name}.{module}")
        for tag in pkgutil.iter_modules(api.__path__)
        if importlib.util.find_spec(f"{package}.api.{tag.name}.{module}") is not None
    )
    assert endpoint is not None, case["operation_id"]
    client = client_module.Client(base_url=base, headers=HEADERS)
    response = endpoint.sync_detailed(**case["path_values"], client=client, body=model)
    return int(response.status_code)


def ogp(package: str, base: str, case: dict[str, Any]) -> int:
    root = importlib.import_module(package)
    models = importlib.import_module(f"{package}.models")
    model_class = next(
        getattr(models, name) for name in dir(models) if name.lower() == case["body_schema"].lower()
    )
    model = model_class.from_dict(case["body"])
    configuration = root.Configuration(
        host=base, api_key={"APIKEY": HEADERS["APIKEY"], "Signature": HEADERS["Signature"]}
    )
    api_client = root.ApiClient(configuration)
    method_name = f"{snake(case['operation_id'])}_with_http_info"
    apis = importlib.import_module(f"{package}.api")
    api_class = next(
        getattr(apis, name)
        for name in dir(apis)
        if name.endswith("Api") and hasattr(getattr(apis, name), method_name)
    )
    method = getattr(api_class(api_client), method_name)
    body_argument = snake(case["body_schema"])
    try:
        response = method(**case["path_values"], **{body_argument: model})
        return int(response.status_code)
    except root.ApiException as error:
        return int(error.status)


def main() -> None:
    tool, package, base = sys.argv[1:4]
    cases = json.load(sys.stdin)
    statuses = []
    for case in cases:
        try:
            statuses.append({"status": {"opc": opc, "ogp": ogp}[tool](package, base, case)})
        except Exception as error:  # reported per case: the test names which variant failed and why
            statuses.append({"error": f"{type(error).__name__}: {error}"[:2000]})
    json.dump(statuses, sys.stdout)


if __name__ == "__main__":
    main()
