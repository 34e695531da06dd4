"""Every regular expression of the generator runs in linear time on hostile lines.

A pattern that backtracks catastrophically (nested or adjacent unbounded quantifiers over the
same characters) turns one long line of a document into minutes of CPU. The patterns are found
by reading the generator's source, so a pattern added later is covered without editing this
test, and each is run on long adversarial lines in a child process under a time limit.

The limit is a robustness bound, not a performance assertion: a linear pattern finishes the
whole corpus for one pattern in well under a second, a quadratic one needs minutes on a 100 KB
line and a catastrophic one hours, so the generous limit separates them on any machine.
"""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import generator

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "generator"
LINE_LENGTH = 100_000
SECONDS_PER_PATTERN = 30.0

#: Starts of lines like the documents' (labels, entity lines, inline fields, headings, rule
#: sentences, format lists, conditions, comments), each followed by a long run of one filler
#: and an ``x`` (or a line break and an ``x``), so that a pattern that is going to fail has a
#: long stretch to give back. Kept small: an unanchored search costs a scan of the line.
PREFIXES = (
    "",
    "**",
    "id: 1",
    "percent => number",
    "Title (Permission: A",
    "Title (Permission: A, Security: B",
    "Required if a",
    "format: [{a: b}",
    "a must be unique and",
    "true -",
    "HTTP 200",
    "1 -",
    "(a)",
    "a = b",
)
FILLERS = (" ", "a", "1", ",", "*", "/* ", "a ", ", a:")
LINES = [
    *(prefix + filler * (LINE_LENGTH // len(filler)) + "x" for prefix in PREFIXES for filler in FILLERS),
    *(prefix + " " * LINE_LENGTH + "\nx" for prefix in PREFIXES),
]


def _flags(call: ast.Call) -> ast.expr | None:
    if call.func.attr == "compile" and len(call.args) > 1:  # type: ignore[attr-defined]
        return call.args[1]
    return next((k.value for k in call.keywords if k.arg == "flags"), None)


def source_patterns() -> dict[str, tuple[str, int]]:
    """``file:line`` → (pattern, flags) of every ``re.*("literal", ...)`` call in the generator."""
    found: dict[str, tuple[str, int]] = {}
    for path in sorted(GENERATOR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.args
            ):
                continue
            location = f"{path.relative_to(ROOT)}:{node.lineno}"
            first = node.args[0]
            assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                f"{location}: a pattern built at run time cannot be checked here; write it as a literal"
            )
            flags = _flags(node)
            value = 0 if flags is None else eval(compile(ast.Expression(flags), location, "eval"), {"re": re})
            found[location] = (first.value, int(value))
    return found


def compiled_patterns() -> set[tuple[str, int]]:
    """Every compiled pattern held by a module of the generator, as (pattern, flags)."""
    patterns = set()
    for module in pkgutil.walk_packages(generator.__path__, "generator."):
        if ".templates" in module.name or module.name.endswith("__main__"):
            continue
        loaded = importlib.import_module(module.name)
        for value in vars(loaded).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                patterns.add((value.pattern, value.flags & ~re.UNICODE))
    return patterns


PATTERNS = source_patterns()

_CHILD = r"""
import json, re, sys
pattern, flags, lines = json.loads(sys.stdin.read())
compiled = re.compile(pattern, flags)
for line in lines:
    compiled.search(line)
    compiled.fullmatch(line)
"""


def test_every_compiled_pattern_is_found_in_the_source() -> None:
    in_source = {(pattern, flags) for pattern, flags in PATTERNS.values()}
    missing = {p for p, _ in compiled_patterns()} - {p for p, _ in in_source}
    assert not missing, f"patterns not written as re.*(literal) calls: {missing}"
    assert len(PATTERNS) > 30


@pytest.mark.parametrize("location", sorted(PATTERNS))
def test_pattern_is_linear_on_long_hostile_lines(location: str) -> None:
    pattern, flags = PATTERNS[location]
    payload = json.dumps([pattern, flags, LINES])
    try:
        subprocess.run(
            [sys.executable, "-c", _CHILD],
            input=payload,
            text=True,
            capture_output=True,
            timeout=SECONDS_PER_PATTERN,
            check=True,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(
            f"{location}: {pattern!r} took over {SECONDS_PER_PATTERN} s on {LINE_LENGTH}-character lines"
        )


#: The rewritten patterns, next to the backtracking originals they replaced: on ordinary
#: (short) lines both must read the same groups.
REWRITTEN = {
    "entity line": (
        "generator.document.entity._LINE",
        r"^\s*[\"']?(?P<name>[A-Za-z_][\w]*)[\"']?\s*:\s*(?P<rest>.*?)\s*,?\s*$",
        0,
        ["id: 1", '"id": "1",', "  note : some text ,  ", "id:", "id: ,", "id: 1,,", "a: b  c", "x: [1, 2],"],
    ),
    "inline field": (
        "generator.document.cells._INLINE_FIELD",
        r"^\s*(?P<name>[^\s=]+)\s*=>\s*(?P<type>.+?)\s*,?\s*$",
        0,
        ["percent => number", " price => number ,", "a=>b", "a => x,,", "a => array[ string ]", "a => ,"],
    ),
    "label": (
        "generator.document.reader._LABEL",
        r"^\*\*(?P<label>[^*]+?)\s*:?\s*\*\*\s*:?\s*(?P<rest>.*)$",
        re.DOTALL,
        ["**Weight:**\n1", "**Parameters:**", "**Weight** : 5", "**Note:** a\nb", "**a b :**  c"],
    ),
    "operation heading": (
        "generator.document.reader._OPERATION_HEADING",
        r"^(?P<title>.*?)\s*\(\s*Permission\s*:\s*(?P<permission>[^,()]*?)\s*,\s*"
        r"Security\s*:\s*(?P<security>[^,()]*?)\s*\)\s*$",
        re.IGNORECASE,
        [
            "Create SimpleSell (Permission: SMART_TRADE_WRITE, Security: SIGNED)",
            "Ping (Permission: , Security: NONE)",
            "A (b) ( permission :  X Y , security:Z )  ",
            "(Permission: A, Security: B)",
            "No permission here",
        ],
    ),
    "format": (
        "generator.rules.extract._FORMAT",
        r"^format\s*:\s*\[\s*\{(?P<body>.*)\}\s*(?:,\s*(?:\.\.\.|…))?\s*\]$",
        re.IGNORECASE,
        [
            "format: [{price: 1, percent: 2}, ...]",
            "Format:[{a: b}]",
            "format: [{a: b} , … ]",
            "format: [{a}, x]",
        ],
    ),
    "format field": (
        "generator.rules.extract._FORMAT_FIELD",
        r"(?P<name>\w+)\s*:\s*(?P<value>.*?)(?=,\s*\w+\s*:|$)",
        0,
        ["price: 1, percent: 2", "a:   b c, d:e", "a: , b: c", "x"],
    ),
}


@pytest.mark.parametrize("name", sorted(REWRITTEN))
def test_rewritten_pattern_reads_ordinary_lines_as_before(name: str) -> None:
    dotted, original, flags, lines = REWRITTEN[name]
    module, attribute = dotted.rsplit(".", 1)
    rewritten = getattr(importlib.import_module(module), attribute)
    before = re.compile(original, flags)
    for line in lines:
        old = [m.groupdict() for m in before.finditer(line)] if "field" in name else before.match(line)
        new = [m.groupdict() for m in rewritten.finditer(line)] if "field" in name else rewritten.match(line)
        if isinstance(old, list):
            assert new == old, line
        else:
            assert (old and old.groupdict()) == (new and new.groupdict()), line


def test_rule_conditions_split_on_and_as_before() -> None:
    from generator.rules.extract import _AND

    before = re.compile(r"\s+(?:and|&&)\s+", re.IGNORECASE)
    for text in ["a = b AND c", "  and a  and\tb && c", "a andb and c", "sandy and"]:
        assert _AND.split(text) == before.split(text), text


def test_unclosed_json_comment_is_kept_so_the_example_is_not_json() -> None:
    from generator.document.reader import _JSON_COMMENT

    assert (
        _JSON_COMMENT.sub(r"\g<unclosed>", '{"a": 1 /* note */, "b": "x" // end\n}')
        == '{"a": 1 , "b": "x" \n}'
    )
    assert _JSON_COMMENT.sub(r"\g<unclosed>", '{"a": 1} /* not closed') == '{"a": 1} /* not closed'
    assert _JSON_COMMENT.sub(r"\g<unclosed>", '{"url": "http://x"}') == '{"url": "http://x"}'
