"""Is the loaded file an OpenAPI 3.1 document? Each way it is not is an error at its line.

The client is planned from a spec the pipeline wrote, but ``client`` also reads specs cut short
or edited by hand. Checking them with openapi-spec-validator first keeps the two kinds of failure
apart: a spec that is not OpenAPI is the spec's problem and named where it is; anything that goes
wrong after this check is a bug of ours (see :mod:`generator.cli`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedBase
from ruamel.yaml.error import YAMLError

from generator.diagnostics import Diagnostic, DiagnosticSink, Location

PathParts = Sequence[str | int]


def spec_problems(spec: dict[str, Any], text: str, path: Path) -> list[Diagnostic]:
    """One located error per way ``spec`` (loaded from ``text``, read at ``path``) is not OpenAPI 3.1."""
    sink = DiagnosticSink()
    for where, message in _violations(spec):
        shown = "/".join(str(part) for part in where)
        line, column = _position(text, where)
        sink.error(
            Location(str(path), line, column),
            f"not a valid OpenAPI document{f' at {shown}' if shown else ''}: {message}",
            "client",
        )
    return sink.diagnostics


def _violations(spec: dict[str, Any]) -> Iterator[tuple[PathParts, str]]:
    # Imported here: `regenerate` hands the client the spec it has just validated, and then
    # the client stage never loads the validators.
    from openapi_spec_validator.schemas import openapi_v31_schema_validator
    from referencing.exceptions import Unresolvable

    from generator.spec_validator import SpecValidator

    # The OpenAPI schema first: the full validator follows references and operations, and
    # assumes the shapes this checks (it raises, rather than reports, on a dangling $ref).
    structural = sorted(openapi_v31_schema_validator.iter_errors(spec), key=lambda e: list(map(str, e.path)))
    if structural:
        for error in structural:
            yield list(error.path), _first_line(error.message)
        return
    try:
        errors = list(SpecValidator(spec).iter_errors())
    except Unresolvable as error:
        # The validator stops at the first reference it cannot follow and names only its target.
        target = error.ref if error.ref.startswith("#") else f"#{error.ref}"
        yield _first_use(spec, target), f"$ref {target} points to nothing"
        return
    for found in errors:
        yield list(found.path), _first_line(found.message)


def _first_line(message: str) -> str:
    # The validator's message goes on with the schema rule and the instance: one line is the fault.
    return message.strip().splitlines()[0] if message.strip() else "invalid"


def _position(text: str, where: PathParts) -> tuple[int, int]:
    """1-based line and column of the key (or item) at ``where``: the deepest one found, else 1:1."""
    return _position_in(_round_trip(text), where) if where else (1, 1)


def _round_trip(text: str) -> Any:
    """The document with the position of each key, or None when it cannot be read so."""
    try:
        return YAML(typ="rt", pure=True).load(text)  # JSON is YAML: one reader for both forms
    except (YAMLError, RecursionError):  # a key twice in a JSON file, nesting past the stack:
        return None  # reported at 1:1, all the same


def _position_in(node: Any, where: PathParts) -> tuple[int, int]:
    line, column = 0, 0
    for part in where:
        if not isinstance(node, CommentedBase):
            break
        try:
            if isinstance(node, list) and isinstance(part, int):
                line, column = node.lc.item(part)
            elif isinstance(node, dict) and part in node:
                line, column = node.lc.key(part)
            else:
                break
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
    return line + 1, column + 1


def spec_locator(text: str, path: Path) -> Callable[[PathParts], Location]:
    """Where a JSON pointer of the spec read from ``text`` (the file ``path``) is, by line and
    column: for the client generator's own problems with a valid spec (read again only when
    there is one to place)."""
    document: list[Any] = []

    def locate(where: PathParts) -> Location:
        if not document:
            document.append(_round_trip(text))
        return Location(str(path), *_position_in(document[0], where))

    return locate


def _first_use(node: Any, target: str, where: tuple[str | int, ...] = ()) -> list[str | int]:
    """Where ``{"$ref": target}`` first appears in ``node`` (the document order), else the root."""
    if isinstance(node, dict):
        if node.get("$ref") == target:
            return [*where, "$ref"]
        children: list[tuple[str | int, Any]] = list(node.items())
    elif isinstance(node, list):
        children = list(enumerate(node))
    else:
        return []
    for key, child in children:
        found = _first_use(child, target, (*where, key))
        if found:
            return found
    return []
