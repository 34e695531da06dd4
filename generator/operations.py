"""Operation planning: the id each operation of the read documents will have in the spec.

It runs between reading and the rules stage (rules are extracted per planned operation, and the
rules report lists them by id), so it belongs to neither the rules nor the OpenAPI stage: both,
and the commands, import it from here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.diagnostics import DiagnosticSink, Location
from generator.document.model import Document, Operation
from generator.naming import derive_operation_id

#: A ``{name}`` segment of a path.
PATH_PARAMETER = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class PlannedOperation:
    """An operation with the id it will have in the spec; rules are extracted per plan."""

    operation: Operation
    operation_id: str
    document: Document


def plan_operations(documents: Sequence[Document], sink: DiagnosticSink) -> list[PlannedOperation]:
    """Ids for every operation; duplicates (same method and path, or same id) are errors."""
    planned: list[PlannedOperation] = []
    by_endpoint: dict[tuple[str, str], Location] = {}
    by_id: dict[str, Location] = {}
    for document in documents:
        for operation in document.operations:
            key = (operation.method.value, _normalise_path(operation.path))
            if key in by_endpoint:
                sink.error(
                    operation.location,
                    f"duplicate operation {operation.method.value.upper()} {operation.path} "
                    f"(first defined at {by_endpoint[key]})",
                    "duplicate-operation",
                )
                continue
            by_endpoint[key] = operation.location
            op_id = derive_operation_id(operation.method.value, operation.path)
            if op_id in by_id:
                op_id = f"{op_id}_{operation.method.value}"
                if op_id in by_id:
                    sink.error(
                        operation.location, f"operation id {op_id} is taken twice", "duplicate-operation"
                    )
                    continue
            by_id[op_id] = operation.location
            planned.append(PlannedOperation(operation, op_id, document))
    return planned


def _normalise_path(path: str) -> str:
    return PATH_PARAMETER.sub("{}", path.rstrip("/") or "/")
