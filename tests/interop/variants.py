"""One request per rule variant, for one operation per group: what each generated client must send.

A body is drawn from the spec's request schema (``tests.contract.spec_tools.body_strategy``) until
it is valid for the whole body and for the variant named; its path parameters take a value of
their type. The same bodies go through every generated client, which must send them as they are
and have Prism accept them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, Phase, find, settings
from jsonschema import Draft202012Validator

from generator.spec_refs import inline
from tests.contract.spec_tools import body_strategy
from tests.interop.tools import Spec, body_reference, json_ready, leaves, operation_per_group

FIRST = settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
    phases=(Phase.generate,),
)


@dataclass(frozen=True)
class VariantRequest:
    group: str
    variant: str
    operation_id: str
    method: str
    path: str
    path_values: dict[str, Any]
    body_schema: str
    body: dict[str, Any]

    @property
    def url_path(self) -> str:
        path = self.path
        for name, value in self.path_values.items():
            path = path.replace("{" + name + "}", str(value))
        return path


def _path_value(schema: dict[str, Any]) -> Any:
    return 1 if schema.get("type") in ("integer", "number") else "1"


def variant_requests(spec: Spec) -> list[VariantRequest]:
    document = spec.document
    found = []
    for group_name, operation_id in sorted(operation_per_group(spec).items()):
        method, path, operation = spec.operations()[operation_id]
        body_name = body_reference(operation)
        assert body_name is not None
        body_schema = inline(document, {"$ref": f"#/components/schemas/{body_name}"})
        checker = Draft202012Validator(body_schema)
        path_values = {
            p["name"]: _path_value(p.get("schema") or {})
            for p in operation.get("parameters") or ()
            if p.get("in") == "path"
        }
        group = document["components"]["schemas"][group_name]
        for leaf in leaves(spec, group):
            variant = str(leaf["$ref"]).rsplit("/", 1)[-1]
            fits = Draft202012Validator(inline(document, leaf))
            body = find(
                body_strategy(body_schema),
                lambda b, fits=fits, whole=checker: (
                    whole.is_valid(json_ready(b)) and fits.is_valid(json_ready(b))
                ),
                settings=FIRST,
            )
            found.append(
                VariantRequest(
                    group_name, variant, operation_id, method, path, path_values, body_name, json_ready(body)
                )
            )
    return found
