"""Command line: ``python -m generator spec|rules|client|diff|check|answers``.

Diagnostics are printed as ``FILE:LINE:COL: error|warning: message``; any error exits 1 and
writes nothing. A bug of the generator itself is one line saying so and exits 2;
``GENERATOR_TRACEBACK=1`` prints its traceback too.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from generator.diagnostics import Diagnostic, GenerationFailed
from generator.emit import OutputError

if TYPE_CHECKING:
    from generator.spec_command import SpecOptions

#: Environment variable that, set to anything but ``0``, prints a generator bug's traceback.
TRACEBACK_SWITCH = "GENERATOR_TRACEBACK"


def _print_diagnostics(diagnostics: Sequence[Diagnostic]) -> None:
    for diagnostic in sorted(diagnostics, key=lambda d: (d.location, d.message)):
        print(diagnostic, file=sys.stderr)


def _spec_options(args: argparse.Namespace) -> SpecOptions:
    from generator.spec_command import SpecOptions

    return SpecOptions(
        strict=args.strict,
        report_changes=args.report_changes,
        changelog=args.changelog,
        dry_run=args.dry_run,
        overlays=args.overlay,
    )


def _cmd_spec(args: argparse.Namespace) -> int:
    from generator.spec_command import write_spec

    return write_spec(args.documents, args.output, _spec_options(args))


def _cmd_regenerate(args: argparse.Namespace) -> int:
    from generator.regenerate_command import regenerate

    return regenerate(args.documents, args.output, args.client, _spec_options(args))


def _cmd_rules(args: argparse.Namespace) -> int:
    from generator.rules_command import print_rules_report

    return print_rules_report(args.documents)


def _cmd_client(args: argparse.Namespace) -> int:
    from generator.client.generate import generate_client

    return generate_client(args.spec, args.output)


def _cmd_diff(args: argparse.Namespace) -> int:
    from generator.diff import print_diff

    return print_diff(args.old, args.new)


def _cmd_check(args: argparse.Namespace) -> int:
    from generator.staleness import check_generated

    return check_generated(args.documents, args.spec, args.client, overlays=args.overlay)


def _cmd_answers(args: argparse.Namespace) -> int:
    from generator.answers.command import run_answers

    return run_answers(args.spec, args.recordings, args.overlay_out, args.json)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Turn the 3Commas API reference (markdown or MDX) into an OpenAPI 3.1 spec and a client.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    # What `spec` and `regenerate` both take: the documents and how the spec is built and written.
    spec_options = argparse.ArgumentParser(add_help=False)
    spec_options.add_argument(
        "documents",
        nargs="+",
        type=Path,
        help="markdown (.md) or MDX (.mdx) documents, or folders of them, merged into one spec",
    )
    spec_options.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help="x.yaml (or .yml) or x.json: that form there, the other beside it",
    )
    spec_options.add_argument("--strict", action="store_true", help="treat warnings as errors")
    spec_options.add_argument(
        "--report-changes", action="store_true", help="print what changed against the old spec"
    )
    spec_options.add_argument(
        "--changelog", type=Path, help="add an entry for a version bump to this file (CHANGELOG.md)"
    )
    spec_options.add_argument(
        "--dry-run", action="store_true", help="build and print the change report; write nothing"
    )
    spec_options.add_argument(
        "--overlay",
        nargs="+",
        action="extend",
        type=Path,
        default=[],
        help="OpenAPI Overlay 1.0.0 files applied, in order, to the built spec before validation",
    )
    spec = commands.add_parser(
        "spec", help="write the OpenAPI spec (YAML and JSON) from the reference", parents=[spec_options]
    )
    spec.set_defaults(run=_cmd_spec)

    regenerate = commands.add_parser(
        "regenerate",
        help="write the spec and the client from the reference in one run (`spec`, then `client`)",
        parents=[spec_options],
    )
    regenerate.add_argument(
        "--client", type=Path, required=True, help="the client package's folder (replaced whole)"
    )
    regenerate.set_defaults(run=_cmd_regenerate)

    rules = commands.add_parser(
        "rules", help="print, per operation, each rule understood and each phrase not"
    )
    rules.add_argument("documents", nargs="+", type=Path)
    rules.set_defaults(run=_cmd_rules)

    client = commands.add_parser("client", help="generate the Python client package from a spec")
    client.add_argument("spec", type=Path)
    client.add_argument("-o", "--output", type=Path, required=True)
    client.set_defaults(run=_cmd_client)

    diff = commands.add_parser("diff", help="what changed between two specs, with the semver bump it implies")
    diff.add_argument("old", type=Path)
    diff.add_argument("new", type=Path)
    diff.set_defaults(run=_cmd_diff)

    check = commands.add_parser(
        "check", help="fail if the committed spec or client is not what regenerating gives"
    )
    check.add_argument("documents", nargs="+", type=Path)
    check.add_argument("--spec", type=Path, required=True)
    check.add_argument("--client", type=Path, required=True)
    check.add_argument("--overlay", nargs="+", action="extend", type=Path, default=[], help="as for `spec`")
    check.set_defaults(run=_cmd_check)

    answers = commands.add_parser(
        "answers",
        help="hold recorded answers (HAR, go-vcr, vcrpy) against a spec; exit 1 if they contradict it",
    )
    answers.add_argument("spec", type=Path)
    answers.add_argument("recordings", nargs="+", type=Path, help="files or folders (read recursively)")
    answers.add_argument(
        "--overlay-out", type=Path, help="write the corrections as an OpenAPI Overlay 1.0.0 file"
    )
    answers.add_argument("--json", action="store_true", help="the report as JSON on stdout")
    answers.set_defaults(run=_cmd_answers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except GenerationFailed as failure:
        _print_diagnostics(failure.diagnostics)
        errors = sum(1 for d in failure.diagnostics if d.severity.value == "error")
        print(f"failed: {errors} error(s); nothing was written", file=sys.stderr)
        return 1
    except OutputError as error:
        print(f"{error.path}: error: {error.reason}; nothing was written", file=sys.stderr)
        return 1
    except OSError as error:
        # A file the command reads (a spec, a folder) is missing or unreadable: one line, no
        # traceback; the commands write nothing before everything they read is read.
        where = f"{error.filename}: " if error.filename else ""
        print(f"{where}error: {error.strerror or error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as bug:  # the last handler: whatever is left is ours
        # Problems of the documents or of the spec are diagnostics above; anything else escaping
        # a command is a bug of the generator and must not be read as a problem of the input.
        print(
            f"error: generator bug in '{args.command}': {type(bug).__name__}: {bug} "
            f"(set {TRACEBACK_SWITCH}=1 to see the traceback)",
            file=sys.stderr,
        )
        if os.environ.get(TRACEBACK_SWITCH, "") not in ("", "0"):
            traceback.print_exc()
        return 2
