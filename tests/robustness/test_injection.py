"""Hostile documents: the generated package compiles, imports without running the document's
text, has valid and unique identifiers, and nothing is written outside its folder.

openapi-python-client has had advisories of exactly these kinds (code injection through
docstrings and defaults, path traversal through names); our pre-processing and templates must
not reopen them.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.client.generate import generate_client
from generator.emit import dump_yaml
from generator.pipeline import run_spec_pipeline

GENERAL = (Path(__file__).resolve().parents[2] / "spec" / "docs" / "general_api_information.md").read_text()
SENTINEL = "INJECTED_SENTINEL"
PAYLOAD = f"__import__('os').system('touch {SENTINEL}')"

ROW = "{name} | {type} | {mandatory} | {values} | {description}"


def document(
    *,
    chapter: str = "Widgets Api",
    title: str = "Create widget",
    path: str = "/ver1/widgets/create_widget",
    rows: list[tuple[str, str, str, str, str]] | None = None,
    entity: str = "WidgetEntity",
    fields: list[str] | None = None,
) -> str:
    rows = rows or [("name", "string", "YES", "", "Widget name")]
    table = "\n".join(
        ROW.format(name=n, type=t, mandatory=m, values=v, description=d) for n, t, m, v, d in rows
    )
    body = "\n".join(fields or ["id: 1", "label: 'x'"])
    return f"""# {chapter}
### {title} (Permission: WIDGETS_WRITE, Security: SIGNED)
```
POST {path}
```
**Weight:**
1

**Parameters:**

Name | Type | Mandatory | Values(default) | Description
------------ | ------------ | ------------ | ------------ | ------------
{table}
### {entity}
```
{{
{body}
}}
```
"""


def _rows(*rows: tuple[str, str, str, str, str]) -> list[tuple[str, str, str, str, str]]:
    return list(rows)


CORPUS: dict[str, str] = {
    "triple double quotes in a description": document(
        rows=_rows(("a", "string", "YES", "", f'end """ {PAYLOAD} """'))
    ),
    "triple single quotes in a description": document(
        rows=_rows(("a", "string", "YES", "", f"end ''' {PAYLOAD} '''"))
    ),
    "backslashes in a description": document(
        rows=_rows(("a", "string", "YES", "", r"C:\new\tab \N{BULLET} \x00 \\"))
    ),
    "jinja expression in a description": document(
        rows=_rows(("a", "string", "YES", "", "{{ 7*7 }} {{ config }}"))
    ),
    "jinja statement in a description": document(
        rows=_rows(("a", "string", "YES", "", "{% for x in range(3) %}{{ x }}{% endfor %}"))
    ),
    "python keywords as names": document(
        rows=_rows(
            ("class", "string", "YES", "", ""),
            ("import", "integer", "NO", "", ""),
            ("None", "boolean", "NO", "", ""),
        )
    ),
    "names starting with digits": document(
        rows=_rows(("1st_price", "number", "YES", "", ""), ("2", "integer", "NO", "", ""))
    ),
    "names with spaces, dots and quotes": document(
        rows=_rows(
            ("my name", "string", "YES", "", ""),
            ("a.b", "string", "NO", "", ""),
            ('say"hi', "string", "NO", "", ""),
            ("it's", "string", "NO", "", ""),
        )
    ),
    "a name that is code": document(
        rows=_rows((PAYLOAD.replace("[", "(").replace("]", ")"), "string", "YES", "", ""))
    ),
    "names equal after sanitising": document(
        rows=_rows(
            ("price-value", "number", "YES", "", ""),
            ("price_value", "number", "NO", "", ""),
            ("price value", "number", "NO", "", ""),
            ("Price_Value", "number", "NO", "", ""),
        )
    ),
    "names the client uses itself": document(
        rows=_rows(
            ("timeout", "integer", "YES", "", ""),
            ("self", "string", "NO", "", ""),
            ("payload", "string", "NO", "", ""),
            ("path", "string", "NO", "", ""),
            ("query", "string", "NO", "", ""),
            ("content", "string", "NO", "", ""),
            ("cls", "string", "NO", "", ""),
            ("data", "string", "NO", "", ""),
        )
    ),
    "enum values with quotes and backslashes": document(
        rows=_rows(("mode", "string", "NO", 'a"b, c\\d, e\'f (a"b)', "modes"))
    ),
    "default that closes a string": document(
        rows=_rows(("note", "string", "NO", ' (""" + __import__("os") + """)', ""))
    ),
    "title with path traversal": document(title="../../../tmp/evil"),
    "chapter with path traversal": document(chapter="../../../../tmp/evil_tag"),
    "chapter that is a keyword": document(chapter="class"),
    "operation path traversal": document(
        path="/ver1/../../../etc/{passwd}", rows=_rows(("passwd", "integer", "YES", "", ""))
    ),
    "path parameter named like code": document(
        path="/ver1/widgets/{__class__}/x", rows=_rows(("__class__", "integer", "YES", "", ""))
    ),
    "entity named like an imported name": document(entity="Decimal", fields=["id: 1", "price: '1.5'"]),
    "entity named Any": document(entity="Any", fields=["id: 1"]),
    "entity field keywords": document(fields=["from: 1", "def: 'x'", "None: true", "raw: 2", "to_dict: 3"]),
    "unicode line separators": document(
        title="Line\u2028break\u2029here", rows=_rows(("a", "string", "YES", "", "x\u2028y"))
    ),
    "control characters": document(rows=_rows(("a", "string", "YES", "", "bell\x07 nul escape\x1b[31m"))),
    "names that differ only in case": document(
        rows=_rows(
            ("Price", "number", "YES", "", ""),
            ("price", "number", "NO", "", ""),
            ("PRICE", "number", "NO", "", ""),
        )
    ),
}


def test_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 20


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, dict[str, object], set[str]]]:
    results = {}
    for index, (name, text) in enumerate(CORPUS.items()):
        root = tmp_path_factory.mktemp(f"hostile{index}")
        work = root / "work"
        work.mkdir()
        spec = run_spec_pipeline([("general.md", GENERAL), ("hostile.md", text)]).spec
        spec_path = work / "openapi.yaml"
        spec_path.write_text(dump_yaml(spec))
        before = {str(p) for p in root.rglob("*")}
        generate_client(spec_path, work / "out", quiet=True)
        after = {str(p) for p in root.rglob("*")}
        results[name] = (work / "out", spec, after - before)
    return results


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_nothing_is_written_outside_the_output_folder(name: str, built: dict) -> None:  # type: ignore[type-arg]
    out, _, created = built[name]
    outside = sorted(p for p in created if not p.startswith(str(out)))
    assert outside == []


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_package_imports_without_running_document_text(name: str, built: dict, tmp_path: Path) -> None:  # type: ignore[type-arg]
    out, _, _ = built[name]
    script = (
        "import importlib, pkgutil, threecommas\n"
        "for m in pkgutil.walk_packages(threecommas.__path__, 'threecommas.'):\n"
        "    importlib.import_module(m.name)\n"
        "print('imported')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(out)}
    completed = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == "imported"
    assert not (tmp_path / SENTINEL).exists()
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_identifiers_are_valid_and_unique(name: str, built: dict) -> None:  # type: ignore[type-arg]
    out, spec, _ = built[name]
    for source in (out / "threecommas").rglob("*.py"):
        tree = ast.parse(source.read_text(), filename=str(source))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                attributes = [
                    statement.target.id
                    for statement in node.body
                    if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
                ]
                assert len(attributes) == len(set(attributes)), (source, node.name, attributes)
                assert all(a.isidentifier() for a in attributes)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                arguments = [a.arg for a in (*node.args.args, *node.args.kwonlyargs)]
                assert len(arguments) == len(set(arguments)), (source, node.name, arguments)
        # Module names are identifiers and stay inside the package.
        relative = source.relative_to(out)
        assert all(part.removesuffix(".py").isidentifier() for part in relative.parts), relative
    # Every wire name of the spec reaches the request body unchanged.
    body_names = _wire_names(spec)
    generated_text = "\n".join(p.read_text() for p in (out / "threecommas").rglob("*.py"))
    for wire in body_names:
        assert repr(wire) in generated_text or json.dumps(wire) in generated_text, wire


def _wire_names(spec: dict[str, object]) -> set[str]:
    schemas = spec["components"]["schemas"]  # type: ignore[index]
    names: set[str] = set()
    for schema_name, schema in schemas.items():  # type: ignore[attr-defined]
        if schema_name.endswith(("Fields", "Request")):
            names.update((schema.get("properties") or {}).keys())
    return names
