"""Other languages get useful types: openapi-typescript on the spec, then `tsc --strict`.

create_smart_trade bodies the reference allows compile (the classic take-profit variant, and
one carrying fields of other variants, which the reference never forbids); a body that picks
the step-sell take profit without its steps, or gives a selector a value outside its enum, must
not.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, find, settings

from tests.contract.spec_tools import (
    SPEC_PATH,
    body_strategy,
    inline,
    load_spec,
    operations,
    request_body_schema,
    value_strategy,
)
from tests.support.node import ROOT, node_tool

#: The first example hypothesis draws, not shrunk (shrinking a whole request body is slow).
FIRST_EXAMPLE = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
    phases=(Phase.generate,),
)

HERE = Path(__file__).parent
#: file -> (the one thing wrong in it, its fix): the fixed body must compile, so the error
#: is that thing and nothing else.
INVALID = {
    "invalid_steps_missing.ts": (
        "  stop_loss_enabled: false,",
        '  take_profit_step_orders: [{ percent: 50, price: 101, price_method: "bid" }],\n  stop_loss_enabled: false,',
    ),
    "invalid_selector_value.ts": ('take_profit_type: "trailing"', 'take_profit_type: "classic"'),
}


@pytest.fixture(scope="module")
def types_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("ts")
    subprocess.run(
        [
            node_tool("openapi-typescript"),
            str(SPEC_PATH),
            "--default-non-nullable",
            "false",
            "-o",
            str(work / "api.d.ts"),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    for name in ("valid_usage.ts", *INVALID):
        shutil.copy(HERE / name, work / name)
    return work


def _tsc(directory: Path, file: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            node_tool("tsc"),
            "--strict",
            "--noEmit",
            "--skipLibCheck",
            "--target",
            "es2020",
            "--module",
            "es2020",
            file,
        ],
        cwd=directory,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_generated_types_exist(types_dir: Path) -> None:
    text = (types_dir / "api.d.ts").read_text()
    assert "CreateSmartTradeRequest" in text and "TakeProfitClassic" in text


def test_valid_variant_compiles(types_dir: Path) -> None:
    completed = _tsc(types_dir, "valid_usage.ts")
    assert completed.returncode == 0, completed.stdout + completed.stderr


@pytest.mark.parametrize("file", sorted(INVALID))
def test_a_body_the_reference_refuses_does_not_compile(types_dir: Path, file: str) -> None:
    completed = _tsc(types_dir, file)
    assert completed.returncode != 0
    assert "error TS" in completed.stdout
    wrong, fix = INVALID[file]
    text = (types_dir / file).read_text()
    assert text.count(wrong) == 1
    (types_dir / f"fixed_{file}").write_text(text.replace(wrong, fix))
    fixed = _tsc(types_dir, f"fixed_{file}")
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr


def _ts_literal(value: Any) -> str:
    def plain(item: Any) -> Any:
        if isinstance(item, Decimal):
            return float(item) if item == item.to_integral_value() or abs(item) < 10**15 else str(item)
        if isinstance(item, dict):
            return {k: plain(v) for k, v in item.items()}
        if isinstance(item, list):
            return [plain(v) for v in item]
        return item

    return json.dumps(plain(value), indent=2)


def _every_operation_source() -> str:
    """One typed constant per operation of the spec: its path, query and body, generated from it."""
    spec = load_spec()
    lines = ['import type { operations } from "./api";', ""]
    for operation_id, (_, _, operation) in sorted(operations(spec).items()):
        lines.append(f'export type {operation_id}_operation = operations["{operation_id}"];')
        places: dict[str, dict[str, Any]] = {}
        for parameter in operation.get("parameters") or []:
            if parameter["in"] == "path" or parameter.get("required"):
                schema = inline(spec, parameter["schema"])
                value = find(value_strategy(schema), lambda _: True, settings=FIRST_EXAMPLE)
                places.setdefault(parameter["in"], {})[parameter["name"]] = value
        for place, values in places.items():
            lines.append(
                f'export const {operation_id}_{place}: operations["{operation_id}"]["parameters"]["{place}"] = '
                f"{_ts_literal(values)};"
            )
        schema = request_body_schema(spec, operation)
        if schema is not None:
            body = find(body_strategy(schema), lambda _: True, settings=FIRST_EXAMPLE)
            lines.append(
                f'export const {operation_id}_body: operations["{operation_id}"]["requestBody"]'
                f'["content"]["application/json"] = {_ts_literal(body)};'
            )
    return "\n".join(lines) + "\n"


def test_every_operation_of_the_spec_has_usable_types(types_dir: Path) -> None:
    """Iterates the spec: a request the spec accepts, for each operation, compiles against its types."""
    source = _every_operation_source()
    (types_dir / "every_operation.ts").write_text(source)
    assert source.count("_operation = operations[") == len(operations(load_spec()))
    completed = _tsc(types_dir, "every_operation.ts")
    assert completed.returncode == 0, completed.stdout + completed.stderr
