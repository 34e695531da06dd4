"""TypeScript from S1, S2, S3: openapi-typescript's types and openapi-generator's ``typescript-fetch``
client both pass ``tsc --strict``; openapi-typescript's types still refuse the rule-breaking bodies
tests/typescript refuses (on every spec that has create_smart_trade)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.spec_refs import rules_as_built
from tests.interop.tools import Spec, openapi_generator, openapi_typescript, tsc
from tests.typescript.test_typescript import INVALID

TYPESCRIPT_CASES = Path(__file__).parents[1] / "typescript"


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def test_typescript_fetch_client_passes_tsc_strict(spec: Spec) -> None:
    generated = openapi_generator(spec, "typescript-fetch")
    assert generated.returncode == 0, generated.output[-3000:]
    sources = sorted(str(p.relative_to(generated.out)) for p in generated.out.rglob("*.ts"))
    apis = "\n".join(p.read_text() for p in (generated.out / "apis").glob("*.ts"))
    missing = [o for o in spec.operations() if f"async {camel(o)}Raw(" not in apis]
    assert not missing, f"{len(missing)} operations without a method: {missing}"
    compiled = tsc(generated.out, *sources)
    assert compiled.returncode == 0, compiled.output[-5000:]


def test_openapi_typescript_types_pass_tsc_strict(spec: Spec) -> None:
    generated = openapi_typescript(spec)
    assert generated.returncode == 0, generated.output
    compiled = tsc(generated.out, "api.d.ts")
    assert compiled.returncode == 0, compiled.output[-5000:]


def test_openapi_typescript_types_still_refuse_rule_breaking_bodies(spec: Spec) -> None:
    fields = rules_as_built(spec.document)["components"]["schemas"].get("CreateSmartTradeFields", {})
    if "take_profit_type" not in fields.get("properties", {}):
        pytest.skip(f"{spec.name} has no 2019 create_smart_trade, whose bodies tests/typescript holds")
    work = openapi_typescript(spec).out
    for name, (wrong, fix) in INVALID.items():
        shutil.copy(TYPESCRIPT_CASES / name, work / name)
        refused = tsc(work, name)
        assert refused.returncode != 0 and "error TS" in refused.output, f"{name} compiled on {spec.name}"
        fixed = work / f"fixed_{name}"
        fixed.write_text((work / name).read_text().replace(wrong, fix))
        accepted = tsc(work, fixed.name)
        assert accepted.returncode == 0, accepted.output
    shutil.copy(TYPESCRIPT_CASES / "valid_usage.ts", work / "valid_usage.ts")
    assert tsc(work, "valid_usage.ts").returncode == 0


pytestmark = pytest.mark.interop
