"""Each operation's method shows where every argument goes, and sends each one exactly once.

A resource method's signature is where its parameters are declared; its one call
(``self._request(...)``/``self._page(...)``) puts each of them in exactly one place of the
request (the path's values, the query, the body class, the call's options), under its own name
where it is a keyword of the body class. An argument left out of the call would be silently
dropped, one placed twice would be sent twice; ``parse`` may also read an argument (the
argument that chooses the answer's shape).
"""

from __future__ import annotations

import ast

from tests.support.node import ROOT

PACKAGE = ROOT / "generated_client" / "threecommas"
CALLS = ("return self._request(", "return self._page(")


def _operation_methods(source: str) -> list[ast.FunctionDef]:
    """The methods that send an operation: those returning ``self._request(...)``/``self._page(...)``."""
    return [
        node
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.FunctionDef)
        and isinstance(node.body[-1], ast.Return)
        and ast.unparse(node.body[-1]).startswith(CALLS)
    ]


def _misplaced(source: str) -> list[str]:
    """``method: parameter (where)`` for each parameter not placed exactly once in its call, and
    each body keyword given another parameter's value."""
    found = []
    for method in _operation_methods(source):
        arguments = method.args
        parameters = {a.arg for a in (*arguments.args, *arguments.kwonlyargs)} - {"self"}
        call = method.body[-1].value
        assert isinstance(call, ast.Call)
        placed: list[str] = []
        for keyword in call.keywords:
            if keyword.arg == "parse":
                continue  # reading the answer may look at an argument too
            placed += [
                n.id for n in ast.walk(keyword.value) if isinstance(n, ast.Name) and n.id in parameters
            ]
            if keyword.arg == "body" and isinstance(keyword.value, ast.Call):
                found += [
                    f"{method.name}: {k.arg} (given {ast.unparse(k.value)})"
                    for k in keyword.value.keywords
                    if not (isinstance(k.value, ast.Name) and k.value.id == k.arg)
                ]
        found += [
            f"{method.name}: {name} ({placed.count(name)} times)"
            for name in sorted(parameters)
            if placed.count(name) != 1
        ]
    return found


def test_the_finder_finds_a_dropped_a_doubled_and_a_crossed_argument() -> None:
    # The test below must be able to fail.
    dropped = (
        "def create(self, *, pair: str, note: str = '', timeout: float = 1) -> None:\n"
        "    return self._request('POST', '/x', body=partial(B, pair=pair), options=O(timeout))\n"
    )
    assert _misplaced(dropped) == ["create: note (0 times)"]
    doubled = (
        "def create(self, *, pair: str) -> None:\n"
        "    return self._request('POST', '/x', query={'pair': pair}, body=partial(B, pair=pair))\n"
    )
    assert _misplaced(doubled) == ["create: pair (2 times)"]
    crossed = (
        "def create(self, *, pair: str, note: str) -> None:\n"
        "    return self._request('POST', '/x', body=partial(B, pair=note, note=pair))\n"
    )
    assert _misplaced(crossed) == ["create: pair (given note)", "create: note (given pair)"]
    chosen = (
        "def add(self, *, kind: str) -> None:\n"
        "    return self._request('POST', '/x', body=partial(B, kind=kind), parse=partial(read, kind))\n"
    )
    assert _misplaced(chosen) == []


def test_every_argument_goes_to_one_place() -> None:
    resources = sorted((PACKAGE / "resources").glob("*.py"))
    assert resources
    methods = 0
    for path in resources:
        source = path.read_text()
        methods += len(_operation_methods(source))
        assert _misplaced(source) == [], path.name
    assert methods >= 15  # every operation of the seed chapter has its method
