"""Fuzzing the spec pipeline with mutated copies of the reference.

Whatever the mutation (rows deleted, duplicated or swapped, cells emptied or made huge, fences
and headings broken, odd unicode, missing pipes, a huge document), the pipeline ends in one of
two ways only: a valid spec, or its own :class:`GenerationFailed` whose diagnostics all point at
a file and line. Never another exception, never a hang, never a half-written file.

``make test`` runs a quick profile; ``make fuzz`` (``FUZZ_PROFILE=long``) runs 10,000 examples
and prints how many it ran.
"""

from __future__ import annotations

import os
import re
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate
from openapi_spec_validator.schemas import openapi_v31_schema_validator

from generator.diagnostics import GenerationFailed, Severity
from generator.emit import dump_json, dump_yaml
from generator.pipeline import run_spec_pipeline
from generator.spec_command import SpecOptions, write_spec

DOCS = Path(__file__).resolve().parents[2] / "spec" / "docs"
GENERAL = (DOCS / "general_api_information.md").read_text(encoding="utf-8")
SMART_TRADES = (DOCS / "smart_trades_api.md").read_text(encoding="utf-8")
LONG = os.environ.get("FUZZ_PROFILE") == "long"
EXAMPLES = 10_000 if LONG else 60
#: Every example is checked against the OpenAPI 3.1 schema; every FULL_EVERY-th also by the
#: full openapi-spec-validator (references, parameters...), which costs six times as much.
FULL_EVERY = 25
RAN = {"examples": 0}

_ODD = ["\u200b", "\u202e", "\ufeff", "\x00", "\u2028", "é", "💥", "\t", "|", "`", "<br>", "{", "}", "[", "]"]
_ROW = re.compile(r"^[^|\n]*\|.*\|.*$", re.MULTILINE)


def _lines(text: str) -> list[str]:
    return text.split("\n")


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """The SmartTrades reference with a few random, realistic defects."""
    lines = _lines(SMART_TRADES)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        if not lines:
            break  # everything was deleted: an empty document is a case too
        index = draw(st.integers(min_value=0, max_value=len(lines) - 1))
        action = draw(
            st.sampled_from(
                [
                    "delete",
                    "duplicate",
                    "swap",
                    "empty_cell",
                    "overlong_cell",
                    "drop_pipes",
                    "break_fence",
                    "break_heading",
                    "unicode",
                    "truncate",
                    "garbage_type",
                ]
            )
        )
        line = lines[index]
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, line)
        elif action == "swap" and index + 1 < len(lines):
            lines[index], lines[index + 1] = lines[index + 1], line
        elif action == "empty_cell" and "|" in line:
            cells = line.split("|")
            cells[draw(st.integers(min_value=0, max_value=len(cells) - 1))] = " "
            lines[index] = "|".join(cells)
        elif action == "overlong_cell" and "|" in line:
            cells = line.split("|")
            cells[draw(st.integers(min_value=0, max_value=len(cells) - 1))] = "x" * draw(
                st.integers(min_value=1_000, max_value=50_000)
            )
            lines[index] = "|".join(cells)
        elif action == "drop_pipes":
            lines[index] = line.replace("|", " ", draw(st.integers(min_value=1, max_value=3)))
        elif action == "break_fence":
            fences = [i for i, text in enumerate(lines) if text.strip().startswith("```")]
            if fences:
                target = draw(st.sampled_from(fences))
                lines[target] = draw(st.sampled_from(["``", "", "~~~", "```` ", "```json"]))
        elif action == "break_heading":
            headings = [i for i, text in enumerate(lines) if text.startswith("#")]
            if headings:
                target = draw(st.sampled_from(headings))
                lines[target] = draw(
                    st.sampled_from(["", "#", lines[target].lstrip("#"), lines[target] + " ("])
                )
        elif action == "unicode":
            position = draw(st.integers(min_value=0, max_value=len(line)))
            lines[index] = line[:position] + draw(st.sampled_from(_ODD)) + line[position:]
        elif action == "truncate":
            lines = lines[: max(1, index)]
        elif action == "garbage_type" and _ROW.match(line):
            cells = line.split("|")
            if len(cells) > 1:
                cells[1] = draw(st.text(min_size=0, max_size=12))
                lines[index] = "|".join(cells)
    return "\n".join(lines)


def _check_outcome(text: str) -> None:
    sources = [("general_api_information.md", GENERAL), ("smart_trades_api.md", text)]
    # Chosen by the input, not by a counter, so that hypothesis replays a failure identically.
    full = zlib.crc32(text.encode("utf-8", "surrogatepass")) % FULL_EVERY == 0
    try:
        result = run_spec_pipeline(sources, validate=full)
    except GenerationFailed as failure:
        assert failure.diagnostics, "a failure must say why"
        for diagnostic in failure.diagnostics:
            # An error located in the generated spec would mean the builder made invalid OpenAPI.
            assert diagnostic.location.file in {"general_api_information.md", "smart_trades_api.md"}, (
                diagnostic
            )
            assert diagnostic.location.line >= 1
        assert any(d.severity is Severity.ERROR for d in failure.diagnostics)
        return
    errors = [e.message for e in openapi_v31_schema_validator.iter_errors(result.spec)]
    assert not errors, errors[:3]
    if full:
        validate(result.spec)  # type: ignore[arg-type]
    # The written forms must be producible too (no un-serialisable value slipped in).
    assert dump_yaml(result.spec) and dump_json(result.spec)


@settings(
    max_examples=EXAMPLES,
    deadline=None if LONG else 10_000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=not LONG,
)
@given(mutated())
def test_mutated_reference_gives_a_spec_or_located_errors(text: str) -> None:
    RAN["examples"] += 1
    _check_outcome(text)


@settings(max_examples=30 if not LONG else 500, deadline=None, derandomize=not LONG)
@given(st.text(max_size=3_000))
def test_arbitrary_text_never_crashes(text: str) -> None:
    RAN["examples"] += 1
    _check_outcome(text)


def test_huge_document_is_handled() -> None:
    """Sixty-four copies of the reference (operations under new paths) still build."""
    body = SMART_TRADES.split("# Response Entities")[0]
    copies = [body.replace("/ver1/smart_trades", f"/ver1/copy{n}/smart_trades") for n in range(64)]
    text = "\n".join(copies) + "\n# Response Entities" + SMART_TRADES.split("# Response Entities")[1]
    result = run_spec_pipeline(
        [("general_api_information.md", GENERAL), ("smart_trades_api.md", text)], validate=False
    )
    assert len(result.planned) == 64 * 13 + 2
    assert not list(openapi_v31_schema_validator.iter_errors(result.spec))


def test_failed_write_leaves_previous_files_whole(tmp_path: Path) -> None:
    """A broken document through the CLI path: the old spec files keep their bytes."""
    output = tmp_path / "openapi.yaml"
    output.write_text("old yaml\n")
    output.with_suffix(".json").write_text("{}\n")
    broken = tmp_path / "broken.md"
    broken.write_text(SMART_TRADES.replace("POST /ver1/smart_trades/create_smart_trade", "not an endpoint"))
    general = tmp_path / "general.md"
    general.write_text(GENERAL)
    with pytest.raises(GenerationFailed):
        write_spec([general, broken], output, SpecOptions())
    assert output.read_text() == "old yaml\n"
    assert output.with_suffix(".json").read_text() == "{}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "broken.md",
        "general.md",
        "openapi.json",
        "openapi.yaml",
    ]


def teardown_module() -> None:
    if LONG:
        print(f"\nfuzz: {RAN['examples']} examples run")
