"""Each operation's parameters are written once in the generated client: in its resource
method's signature. The method hands ``locals()`` over; the operation's module is data."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.support.node import ROOT

PACKAGE = ROOT / "generated_client" / "threecommas"


def _repeated_parameters(source: str) -> list[str]:
    """``method: parameter`` for each parameter an operation's method names again in its body."""
    found = []
    for node in _operation_methods(source):
        arguments = node.args
        parameters = {a.arg for a in (*arguments.args, *arguments.kwonlyargs)} - {"self"}
        named = {n.id for statement in node.body for n in ast.walk(statement) if isinstance(n, ast.Name)}
        found += [f"{node.name}: {name}" for name in sorted(parameters & named)]
    return found


def _operation_methods(source: str) -> list[ast.FunctionDef]:
    """The methods that send an operation: those returning ``self._call(...)``/``self._page(...)``."""
    methods = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef) and isinstance(node.body[-1], ast.Return):
            text = ast.unparse(node.body[-1])
            if text.startswith(("return self._call(", "return self._page(")):
                methods.append(node)
    return methods


def test_the_finder_finds_a_repeated_parameter() -> None:
    # The tests below must be able to fail: the first design's method repeated every parameter.
    first_design = (
        "def create(self, *, pair: str, note: str = '') -> None:\n"
        "    return self._call(build_request(pair=pair, note=note))\n"
    )
    assert _repeated_parameters(first_design) == ["create: note", "create: pair"]
    once = "def create(self, *, pair: str) -> None:\n    return self._call(E, locals())\n"
    assert _repeated_parameters(once) == []


def test_resource_methods_name_no_parameter_twice() -> None:
    resources = sorted((PACKAGE / "resources").glob("*.py"))
    assert resources
    methods = 0
    for path in resources:
        source = path.read_text()
        operation_methods = _operation_methods(source)
        methods += len(operation_methods)
        for method in operation_methods:
            assert ast.unparse(method.body[-1]).endswith(".ENDPOINT, locals())"), (path.name, method.name)
        assert _repeated_parameters(source) == [], path.name
    assert methods >= 15  # every operation of the seed chapter has its method


def test_operation_modules_hold_no_second_signature() -> None:
    modules = [p for p in sorted((PACKAGE / "api").glob("*/*.py")) if p.name != "__init__.py"]
    assert modules
    for path in modules:
        tree = ast.parse(path.read_text())
        functions = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
        assert functions == ["parse_response"], path
        assert any(
            isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == "ENDPOINT" for n in tree.body
        ), path


def test_every_operation_module_is_some_method_s() -> None:
    """No operation is left without its method (nor a module without its operation)."""
    modules = {p.stem for p in Path(PACKAGE / "api").glob("*/*.py") if p.name != "__init__.py"}
    called = set()
    for path in (PACKAGE / "resources").glob("*.py"):
        for method in _operation_methods(path.read_text()):
            call = method.body[-1].value
            assert isinstance(call, ast.Call)
            called.add(ast.unparse(call.args[0]).removesuffix(".ENDPOINT"))
    assert called == modules
