"""Every name has one home: ``generator/naming.py``.

The two naming modules the project once had drifted apart (their verb tables differed by ten
words, their ``singular`` by the "ies" case); these checks read every module of the generator
with ``ast`` and fail on a second home growing back: a verb or synonym table, a case helper, a
sanitiser of openapi-python-client called directly or copied, the schema-reference prefix or the list of
HTTP methods spelled again, or two classes of one name. Each check is also run on a made-up
module that breaks it, so none of them can pass by reading nothing.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import pytest

from generator import naming
from tests.support.node import ROOT

GENERATOR = ROOT / "generator"
HOME = GENERATOR / "naming.py"
#: The client's runtime is copied into the generated package, which cannot import the
#: generator: it is another program, with names of its own.
RUNTIME = GENERATOR / "client" / "runtime"

#: Names of helpers that make a name; only ``naming`` defines one.
_HELPERS = frozenset(
    {
        "camel",
        "camel_case",
        "class_name",
        "identifier",
        "pascal",
        "pascal_case",
        "plural",
        "python_identifier",
        "singular",
        "snake",
        "snake_case",
        "title_case",
    }
)
#: openapi-python-client's identifier and class-name sanitisers: ``naming`` holds their copy, no module calls them.
_SANITISERS = frozenset({"ClassName", "PythonIdentifier"})
#: The delimiters of those sanitisers, which naming's copy of them spells (a second copy would too).
_SANITISER_DELIMITERS = r"\. _-"
_TABLE = re.compile(r"VERB|SYNONYM", re.IGNORECASE)
#: The boundary regex every camel-case splitter uses.
_CAMEL_BOUNDARY = "(?<=[a-z0-9])(?=[A-Z])"
_METHOD_WORDS = frozenset(naming.HTTP_METHODS)


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string constants that are docstrings (they may mention anything)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def second_homes(module: str, source: str) -> list[str]:
    """Each thing of ``source`` (module ``module``) that only the naming module may hold."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    problems = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name.strip("_") in _HELPERS:
            problems.append(
                f"{module}:{node.lineno}: defines {node.name}(), a name helper (use generator.naming)"
            )
    for node in ast.walk(tree):
        where = f"{module}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Name) and _TABLE.search(target.id):
                    problems.append(f"{where}: defines {target.id}, a verb table (use generator.naming)")
        elif isinstance(node, ast.ImportFrom) and {a.name for a in node.names} & _SANITISERS:
            problems.append(f"{where}: imports openapi-python-client's sanitisers (use generator.naming)")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            if node.value.startswith(naming.SCHEMA_REF) and node.value == naming.SCHEMA_REF:
                problems.append(f"{where}: spells {naming.SCHEMA_REF!r} (use naming.SCHEMA_REF)")
            elif _CAMEL_BOUNDARY in node.value:
                problems.append(f"{where}: splits camel case itself (use naming.words / snake)")
            elif node.value == _SANITISER_DELIMITERS:
                problems.append(f"{where}: copies openapi-python-client's sanitisers (use generator.naming)")
        elif isinstance(node, ast.Tuple | ast.List | ast.Set):
            spelled = {e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
            if len(spelled) >= 3 and spelled <= _METHOD_WORDS:
                problems.append(f"{where}: lists HTTP methods (use naming.HTTP_METHODS)")
    return problems


def _modules() -> list[Path]:
    return sorted(
        p
        for p in GENERATOR.rglob("*.py")
        if p != HOME and "templates" not in p.parts and RUNTIME not in p.parents
    )


def test_no_module_but_naming_makes_names() -> None:
    problems = [
        problem
        for path in _modules()
        for problem in second_homes(str(path.relative_to(ROOT)), path.read_text(encoding="utf-8"))
    ]
    assert not problems, "\n".join(problems)


def test_the_naming_module_holds_what_the_others_may_not() -> None:
    # The scan reads the home itself as it reads the others: there it finds each kind.
    found = "\n".join(second_homes("generator/naming.py", HOME.read_text(encoding="utf-8")))
    for kind in ("a name helper", "a verb table", "sanitisers", "SCHEMA_REF", "HTTP_METHODS", "camel"):
        assert kind in found, kind


@pytest.mark.parametrize(
    "source",
    [
        "def _pascal(text):\n    return text.title()\n",
        "def singular(word):\n    return word[:-1]\n",
        "_VERBS = frozenset({'add'})\n",
        "SYNONYMS: dict[str, str] = {'new': 'create'}\n",
        "from openapi_python_client.strings import ClassName\n",
        "from openapi_python_client.strings import PythonIdentifier as P\n",
        "DELIMITERS = r'\\. _-'\n",
        "REF = '#/components/schemas/'\n",
        "_METHODS = ('get', 'put', 'post', 'patch', 'delete')\n",
        "def f(x):\n    return sorted(m for m in x if m in {'get', 'post', 'delete'})\n",
        "import re\nSPLIT = re.compile(r'(?<=[a-z0-9])(?=[A-Z])')\n",
    ],
)
def test_a_second_home_is_found(source: str) -> None:
    assert second_homes("generator/openapi/made_up.py", source)


@pytest.mark.parametrize(
    "source",
    [
        '"""Refers to ``#/components/schemas/X`` in prose."""\n',
        "from generator.naming import SCHEMA_REF, pascal\nNAME = pascal('take_profit')\n",
        "ALLOWED = ('get', 'head')\n",
        "WORDS = ('get', 'list', 'create')\n",
        "from openapi_python_client.strings import safe_for_docstring\n",
        "class Plan:\n    @property\n    def class_name(self):\n        return 'X'\n",
    ],
)
def test_using_the_home_is_not_a_second_one(source: str) -> None:
    assert second_homes("generator/openapi/made_up.py", source) == []


def test_one_class_name_means_one_thing() -> None:
    """Two classes of one name in the generator (``FieldKind`` of the document model and of the
    client once) make every reader ask which one is meant."""
    defined: dict[str, list[str]] = defaultdict(list)
    for path in [HOME, *_modules()]:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef):
                defined[node.name].append(str(path.relative_to(ROOT)))
    twice = {name: homes for name, homes in defined.items() if len(homes) > 1}
    assert not twice, twice
    assert len(defined) > 20  # the scan saw the generator's classes
