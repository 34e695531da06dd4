"""``python -m generator client SPEC -o DIR``: the Python client package from the spec.

One pass: load the spec → plan the client (:mod:`generator.client.view`) → render every module
from the plan with openapi-python-client's project (its template environment with our
templates, its file layout, its ruff post-hooks), the runtime copied in and the pre-send checks
compiled → replace the output directory in one rename. ``ruff format`` parses every module, so
a module that is not Python fails the post-hook and the run. A failure at any point leaves the
previous package untouched.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shlex
import shutil
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.schema.untrusted_string import UntrustedString

from generator.client.mcp_tools import write_server
from generator.client.render import TEMPLATE_GLOBALS
from generator.client.request_checks import UnsupportedSchema, checks_module, plan_checks
from generator.client.spec_check import spec_locator, spec_problems
from generator.client.surface import build_surface
from generator.client.view import ClientPlan, Locate, build_client_plan, json_pointer, unlocated
from generator.diagnostics import DiagnosticSink, GenerationFailed, Location
from generator.emit import OutputError, check_parent
from generator.spec_refs import Where, rules_as_built, served_place

PACKAGE = "threecommas"
TEMPLATES = Path(__file__).parent / "templates"
RUNTIME = Path(__file__).parent / "runtime"
#: Runtime modules copied into the package as they are (``__init__`` is the generated one;
#: ``types.py`` and ``errors.py`` replace the project's templates of those names).
RUNTIME_MODULES = (
    "errors.py",
    "_signing.py",
    "_rsa.py",
    "_transport.py",
    "_config.py",
    "_credentials.py",
    "_deadline.py",
    "_pools.py",
    "_response.py",
    "_pagination.py",
    "_logging.py",
    "_values.py",
    "_validation.py",
    "_convert.py",
    "_read.py",
    "_entity.py",
    "_body.py",
    "_api.py",
    "_request.py",
    "_deprecated.py",
    "types.py",
)


def load_spec(path: Path) -> dict[str, Any]:
    """The spec at ``path``; a file that is not JSON or YAML is a located error, not a traceback."""
    return read_spec(path)[0]


def read_spec(path: Path) -> tuple[dict[str, Any], Locate]:
    """The spec at ``path``, and where each of its JSON pointers is in the file (for the problems
    planning finds); a file that is not JSON or YAML is a located error, not a traceback."""
    from yaml import MarkedYAMLError, YAMLError  # type: ignore[import-untyped]

    from generator.yaml12 import load_yaml12

    text = path.read_text(encoding="utf-8")
    try:
        loaded = json.loads(text) if path.suffix == ".json" else load_yaml12(text)
    except json.JSONDecodeError as error:
        raise GenerationFailed([_error(path, f"not JSON: {error.msg}", error.lineno, error.colno)]) from None
    except YAMLError as error:
        mark = error.problem_mark if isinstance(error, MarkedYAMLError) else None
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        problem = error.problem if isinstance(error, MarkedYAMLError) else None
        raise GenerationFailed([_error(path, f"not YAML: {problem or error}", line, column)]) from None
    if not isinstance(loaded, dict):
        raise GenerationFailed([_error(path, "not an OpenAPI document")])
    # A spec cut short or edited by hand is the spec's problem, said where it is; what fails
    # after this check is a bug of the generator, and the command line says so.
    problems = spec_problems(loaded, text, path)
    if problems:
        raise GenerationFailed(problems)
    return loaded, spec_locator(text, path)


def _error(path: Path | str, message: str, line: int = 1, column: int = 1) -> Any:
    sink = DiagnosticSink()
    sink.error(Location(str(path), line, column), message, "client")
    return sink.diagnostics[0]


class ClientProject(Project):
    """openapi-python-client's project, rendering our plan.

    Its template environment (our templates first, then its own), its file layout (package,
    ``py.typed``, ``types.py``, ``pyproject.toml``, README) and its post-hooks (ruff) are used as
    they are; the modules of classes and operations are rendered from the plan, each template
    given the planned object itself. Nothing is parsed a second time and nothing can be dropped.
    """

    def __init__(
        self, spec: Mapping[str, Any], plan: ClientPlan, config: Config, locate: Locate = unlocated
    ) -> None:
        # The project needs a parsed document only for its title and version: given, not parsed.
        data = GeneratorData(
            title=UntrustedString(plan.title),
            description=None,
            version=UntrustedString(plan.version),
            models=[],
            errors=[],
            endpoint_collections_by_tag={},
            enums=[],
        )
        super().__init__(openapi=data, config=config, custom_template_path=TEMPLATES)
        self.spec = spec
        self.plan = plan
        self.locate = locate
        self.surface = build_surface(spec, plan)
        self.env.globals.update(
            plan=plan,
            surface=self.surface,
            sdk_method=self.surface.method,
            sdk_aliases=self.surface.aliases,
            **TEMPLATE_GLOBALS,
        )

    def _create_package(self) -> None:
        """The project's package folder, ``__init__`` and ``py.typed``; not its ``types.py``, which
        the runtime's replaces (copied with the other runtime modules)."""
        self.package_dir.mkdir(exist_ok=True)
        self.render("package_init.py.jinja", self.package_dir / "__init__.py")
        marker = self.package_dir / "py.typed"
        marker.write_text("# Marker file for PEP 561", encoding=self.config.file_encoding)

    def render(self, template: str, path: Path, **context: Any) -> None:
        path.write_text(self.env.get_template(template).render(**context), encoding=self.config.file_encoding)

    def _build_models(self) -> None:
        models = self.package_dir / "models"
        models.mkdir()
        for model in self.plan.models.values():
            self.render("model.py.jinja", models / f"{model.module}.py", model=model)
        self.render("models_init.py.jinja", models / "__init__.py")

    def _build_api(self) -> None:
        package = self.package_dir
        self.render("client.py.jinja", package / "client.py")
        # One module per top-level resource holding its client classes, nested resources
        # included, imported on first use (see client.py).
        resources = package / "resources"
        resources.mkdir()
        self.render("resources_init.py.jinja", resources / "__init__.py")
        for top in self.surface.resources.values():
            self.render("resource.py.jinja", resources / f"{top.attribute}.py", top=top)
        for module in RUNTIME_MODULES:
            shutil.copyfile(RUNTIME / module, package / module)
        write_checks(self.spec, self.plan, package / "_checks.py", self.locate)
        # The MCP server (issue 31): imported only by `threecommas-mcp`, never by the package.
        write_server(self.spec, self.plan, self.surface, package / "mcp")


def _post_hooks() -> list[str]:
    """ruff, as openapi-python-client's post-hooks run it in the new package.

    ``--no-cache``: ruff would otherwise leave its .ruff_cache/ in the package it formats. The
    binary the ruff package installed is run itself: ``python -m ruff`` would start an interpreter
    only to find it, twice per client (about 0.07 s).
    """
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    ruff = shlex.quote(os.fspath(find_ruff_bin()))
    return [f"{ruff} check --fix-only --quiet --no-cache .", f"{ruff} format --quiet --no-cache ."]


def render_package(spec: Mapping[str, Any], destination: Path, locate: Locate = unlocated) -> ClientPlan:
    """Write the package for ``spec`` into ``destination`` (which must not exist), formatted;
    ``locate`` places the spec's problems in its file."""
    # The rule objects as the groups built them, not as other tools need them (docs/interop.md);
    # a problem found in them is placed where the served file writes it.
    served, spec = spec, rules_as_built(spec)

    def in_served(where: Where) -> Location:
        return locate(served_place(served, where))

    plan = build_client_plan(spec, in_served)
    config = Config.from_sources(
        ConfigFile(
            post_hooks=_post_hooks(),
            project_name_override="threecommas-client",
            package_name_override=PACKAGE,
        ),
        MetaType.PDM,
        "<plan>",
        "utf-8",
        True,
        destination,
    )
    project = ClientProject(spec, plan, config, in_served)
    with contextlib.redirect_stdout(io.StringIO()):  # it prints "Generating <tmp dir>"
        problems = [e for e in project.build() if e is not None]
    if problems:
        raise GenerationFailed(
            [_error(destination, f"{e.header or 'error'}: {(e.detail or '').strip()}") for e in problems]
        )
    return plan


def write_checks(spec: Mapping[str, Any], plan: ClientPlan, path: Path, locate: Locate = unlocated) -> None:
    """The compiled pre-send checks of every operation (see :mod:`generator.client.request_checks`);
    a schema they cannot check is an error at the operation whose check needs it."""
    try:
        source = checks_module(spec, plan_checks(plan))
    except UnsupportedSchema as error:
        operation = next(
            (op for op in plan.operations.values() if error.check in (op.body_check, op.query_check)), None
        )
        where = operation.where if operation is not None else ()
        sink = DiagnosticSink()
        sink.error(locate(where), f"{error} (at {json_pointer(where)})", "client")
        raise GenerationFailed(sink) from None
    path.write_text(source, encoding="utf-8")


def replace_directory(built: Path, output: Path, parking: Path) -> None:
    """Swap ``built`` in for ``output``: either the new tree is in place, or the old one is untouched.

    ``dist/`` (built wheels) and ``*.egg-info`` (an editable install) are not generated; they
    are carried over by linking (or copying) them into the new tree, never by moving them out
    of the old one. The old tree is renamed into ``parking`` (an empty folder of the run's work
    directory, on the same file system), the new one renamed into place; if that second rename
    fails the old tree is renamed back. Raises :class:`OutputError`.
    """
    try:
        for kept in (output / "dist", *output.glob("*.egg-info")):
            if kept.is_dir():
                shutil.copytree(kept, built / kept.name, copy_function=_link_or_copy, symlinks=True)
    except OSError as error:
        raise OutputError(output, f"cannot carry over {kept.name}: {error.strerror or error}") from error
    previous = parking / output.name
    try:
        if output.exists():
            os.replace(output, previous)
    except OSError as error:
        raise OutputError(output, f"cannot replace: {error.strerror or error}") from error
    try:
        os.replace(built, output)
    except BaseException as failure:
        if previous.exists():
            try:
                os.replace(previous, output)
            except OSError:
                left = f"cannot replace, and the previous folder is left at {previous}"
                raise OutputError(output, left) from failure
        if isinstance(failure, OSError):
            raise OutputError(output, f"cannot replace: {failure.strerror or failure}") from failure
        raise


def _link_or_copy(source: str, destination: str) -> None:
    try:
        os.link(source, destination)
    except OSError:
        shutil.copy2(source, destination)


class StagedClient:
    """A package rendered beside its output folder, not yet in place: :meth:`commit` swaps it in,
    :meth:`discard` removes it. ``regenerate`` writes the spec between the two, so that a client
    that cannot be built leaves the spec as it was too."""

    def __init__(self, spec: Mapping[str, Any], output: Path, locate: Locate = unlocated) -> None:
        self.output = output.resolve()
        if self.output.exists() and not self.output.is_dir():
            raise OutputError(self.output, "is not a directory")
        check_parent(self.output)
        try:
            self.output.parent.mkdir(parents=True, exist_ok=True)
            self.work = Path(tempfile.mkdtemp(prefix=".client-", dir=self.output.parent))
        except OSError as error:
            raise OutputError(self.output, f"cannot write beside it: {error.strerror or error}") from error
        self.built, self.parking = self.work / "new" / self.output.name, self.work / "old"
        try:
            self.built.parent.mkdir()
            self.parking.mkdir()
            self.plan = render_package(spec, self.built, locate)
        except BaseException:
            self.discard()
            raise

    def commit(self, *, quiet: bool = False) -> None:
        """The new package in place of the old one (unless they are the same files)."""
        try:
            unchanged = self.output.exists() and _same_tree(self.built, self.output)
            if not unchanged:
                replace_directory(self.built, self.output, self.parking)
        finally:
            self.discard()
        if not quiet:
            print(
                f"{'unchanged' if unchanged else 'wrote'}: {self.output} ({len(self.plan.models)} classes, "
                f"{len(self.plan.operations)} operations)",
                file=sys.stderr,
            )

    def discard(self) -> None:
        # Kept only if the previous package could not be put back (the error names it).
        if not (self.parking / self.output.name).exists() or self.output.exists():
            shutil.rmtree(self.work, ignore_errors=True)


def generate_client(spec_path: Path, output: Path, *, quiet: bool = False) -> int:
    spec, locate = read_spec(spec_path)
    StagedClient(spec, output, locate).commit(quiet=quiet)
    return 0


def unmanaged(relative: Path) -> bool:
    """Files in the output folder the generator does not write: builds, caches, install metadata."""
    parts = relative.parts
    return bool({"dist", "build", "__pycache__", ".mypy_cache", ".ruff_cache"} & set(parts)) or any(
        part.endswith(".egg-info") for part in parts
    )


def generated_files(root: Path) -> dict[str, bytes]:
    """Every file the generator manages under ``root``, by relative path, with its bytes."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not unmanaged(p.relative_to(root))
    }


def _same_tree(a: Path, b: Path) -> bool:
    return generated_files(a) == generated_files(b)
