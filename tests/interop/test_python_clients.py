"""openapi-python-client and openapi-generator (``python``) on S1, S2, S3: every operation, no
warning, a package that imports and type-checks, and one request per rule variant that Prism takes.

The rules are groups these generators cannot type (openapi-python-client skips a ``oneOf`` inside
an ``allOf``; docs/interop.md says what each makes of them): their request class carries every
field, flat, and a body the spec allows must go through it unchanged.
"""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.interop.tools import (
    PACKAGE,
    Spec,
    openapi_generator,
    openapi_python_client,
    run,
)
from tests.interop.variants import variant_requests
from tests.support.prism import prism

DRIVER = Path(__file__).with_name("drive.py")
#: Statuses that say Prism found the request invalid (or unauthenticated).
REFUSED = {400, 401, 403, 404, 405, 415, 422}


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def drive(tool: str, package_root: Path, spec: Spec) -> list[tuple[str, dict[str, object]]]:
    cases = variant_requests(spec)
    assert cases, f"{spec.name}: no rule group is taken by a request body"
    with prism(spec.path) as base:
        completed = subprocess.run(
            [sys.executable, DRIVER, tool, PACKAGE, base],
            input=json.dumps([dataclasses.asdict(c) for c in cases]),
            cwd=package_root,
            env={"PYTHONPATH": str(package_root), "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    assert completed.returncode == 0, completed.stderr[-3000:]
    results = json.loads(completed.stdout)
    return [(f"{c.group}/{c.variant} via {c.operation_id}", r) for c, r in zip(cases, results, strict=True)]


def refused(results: list[tuple[str, dict[str, object]]]) -> list[str]:
    return [
        f"{name}: {result}" for name, result in results if "error" in result or result["status"] in REFUSED
    ]


# -- openapi-python-client -----------------------------------------------------------------


def test_openapi_python_client_generates_every_operation_without_warning(spec: Spec) -> None:
    generated = openapi_python_client(spec)
    assert generated.returncode == 0, generated.output[-3000:]
    warnings = [
        line for line in generated.output.splitlines() if re.search(r"warning|unable|cannot", line, re.I)
    ]
    assert not warnings, "\n".join(warnings)
    endpoints = {p.stem for p in (generated.out / "api").glob("*/*.py") if p.stem != "__init__"}
    missing = {snake(o) for o in spec.operations()} - endpoints
    assert not missing, f"{len(missing)} of {len(spec.operations())} operations dropped: {sorted(missing)}"


def test_openapi_python_client_package_imports_and_passes_mypy_strict(spec: Spec) -> None:
    generated = openapi_python_client(spec)
    root = generated.out.parent / "opc-package"
    if not (root / PACKAGE).exists():
        root.mkdir(exist_ok=True)
        (root / PACKAGE).symlink_to(generated.out)
    imported = run(
        [sys.executable, "-c", f"import {PACKAGE}.client, {PACKAGE}.models, {PACKAGE}.api"], cwd=root
    )
    assert imported.returncode == 0, imported.output
    # The one documented exception (docs/interop.md): the tool's own client.py template forwards
    # `*args: object` to httpx's typed `__exit__`, which mypy 2 refuses whatever the spec says.
    config = root / "mypy.ini"
    # And its model template casts an untyped list item to `list[Any]` (S3's answers have one),
    # a cast mypy --strict calls redundant.
    config.write_text(
        f"[mypy]\nstrict = True\n[mypy-{PACKAGE}.client]\ndisable_error_code = arg-type\n"
        f"[mypy-{PACKAGE}.models.*]\ndisable_error_code = redundant-cast\n"
    )
    checked = run([sys.executable, "-m", "mypy", "--config-file", config, PACKAGE], cwd=root)
    assert checked.returncode == 0, checked.output[-5000:]


def test_openapi_python_client_sends_every_rule_variant(spec: Spec) -> None:
    generated = openapi_python_client(spec)
    root = generated.out.parent / "opc-package"
    root.mkdir(exist_ok=True)
    if not (root / PACKAGE).exists():
        (root / PACKAGE).symlink_to(generated.out)
    results = drive("opc", root, spec)
    assert not refused(results), "\n".join(refused(results))


# -- openapi-generator python ----------------------------------------------------------------


def test_openapi_generator_python_generates_every_operation(spec: Spec) -> None:
    generated = openapi_generator(spec, "python")
    assert generated.returncode == 0, generated.output[-3000:]
    sources = "\n".join(p.read_text() for p in (generated.out / PACKAGE / "api").glob("*.py"))
    missing = [o for o in spec.operations() if f"def {snake(o)}(" not in sources]
    assert not missing, f"{len(missing)} operations without a method: {missing}"
    imported = run([sys.executable, "-c", f"import {PACKAGE}"], cwd=generated.out)
    assert imported.returncode == 0, imported.output[-3000:]


def test_openapi_generator_python_sends_every_rule_variant(spec: Spec) -> None:
    """With the normalizer rule of the consumer's command (docs/interop.md): each group's holder
    states its selector's type beside its ``oneOf``, which REMOVE_ANYOF_ONEOF_AND_KEEP_PROPERTIES_ONLY
    then drops, so the request class holds every field, optional, and sends each variant's body
    as it is."""
    generated = openapi_generator(spec, "python")
    results = drive("ogp", generated.out, spec)
    assert not refused(results), "\n".join(refused(results))


def test_openapi_generator_warns_of_nothing_the_spec_causes(spec: Spec) -> None:
    """Its warnings, but those docs/interop.md lists as the tool's own (3.1 is "beta" to it...)."""
    from tests.interop.test_linters import documented_choices

    allowed = documented_choices("openapi-generator")
    for generator in ("python", "typescript-fetch"):
        warnings = {
            re.sub(r"^.*? - ", "", line).strip()
            for line in openapi_generator(spec, generator).output.splitlines()
            if " WARN " in line
        }
        unexplained = {w for w in warnings if not any(re.search(pattern, w) for pattern in allowed)}
        assert not unexplained, f"{generator}: " + "\n".join(sorted(unexplained))


pytestmark = pytest.mark.interop
