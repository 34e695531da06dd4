"""Validates the built document against the OpenAPI 3.1 schema before anything is written."""

from __future__ import annotations

from typing import Any

from generator.diagnostics import DiagnosticSink, Location
from generator.spec_validator import SpecValidator


def validate_spec(spec: dict[str, Any], sink: DiagnosticSink, source: str = "<generated spec>") -> None:
    """Report every schema violation of ``spec`` as an error; a spec that fails is never written."""
    validator = SpecValidator(spec)
    for error in validator.iter_errors():
        where = "/".join(str(part) for part in error.path) or "(root)"
        sink.error(Location(source, 1), f"invalid OpenAPI at {where}: {error.message}", "openapi")
