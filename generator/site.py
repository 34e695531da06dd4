"""``python -m generator.site``: the folder to hand to other teams, served as-is by any static host.

It holds the spec (``openapi.yaml``, ``openapi.json``), the change log (``CHANGELOG.md``), the
overlays the spec was built with (``overlays/NAME.yaml``: the corrections applied to what the
documents say, docs/answers.md) and a reference page (``index.html``, Redoc) whose script is
Redoc's bundle copied from ``node_modules``: the page loads nothing from elsewhere. Every link is
relative, so the folder works at a host's root or under any path. The folder is made beside the
target and renamed into place: a failed run leaves the previous site as it was.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from generator.emit import OutputError
from generator.spec_command import spec_pair

ROOT = Path(__file__).resolve().parents[1]
COMMITTED_SPEC = ROOT / "spec" / "openapi.yaml"
REDOC_DIR = ROOT / "node_modules" / "redoc"
#: What the site holds, for the server: nothing else is ever served from the folder.
SPEC_FILES = ("openapi.yaml", "openapi.json")
REDOC_FILES = {"redoc.standalone.js": "bundles/redoc.standalone.js", "redoc.LICENSE.txt": "LICENSE"}
SITE_FILES = ("index.html", *SPEC_FILES, "CHANGELOG.md", *REDOC_FILES)
#: The folder of the overlays, and the names a file in it may have (no path, no hidden file).
OVERLAY_DIR = "overlays"
OVERLAY_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]*\.ya?ml$")  # anchored: a search is linear

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body {{ margin: 0; font-family: sans-serif; }}
nav.downloads {{ padding: 8px 16px; border-bottom: 1px solid #ddd; font-size: 14px; }}
nav.downloads a {{ margin-right: 16px; }}
</style>
</head>
<body>
<nav class="downloads" aria-label="Downloads">
<strong>{title} {version}</strong> &middot;
<a href="openapi.yaml" download>openapi.yaml</a>
<a href="openapi.json" download>openapi.json</a>
<a href="CHANGELOG.md">CHANGELOG.md</a>{overlays}
</nav>
<redoc spec-url="openapi.json" payload-sample-idx="3"></redoc>
<script src="redoc.standalone.js"></script>
</body>
</html>
"""


def changelog_of(spec: Path) -> Path:
    """The change log of the build that wrote ``spec``: the repository's for the committed spec,
    else the ``CHANGELOG.md`` beside it (where ``make regenerate SPEC=...`` writes it)."""
    if spec.resolve().parent == COMMITTED_SPEC.parent:
        return ROOT / "CHANGELOG.md"
    return spec.with_name("CHANGELOG.md")


class SiteError(Exception):
    """A file the site needs is missing; the message says which and how to make it."""


def page(spec_json: str, overlays: Sequence[str] = ()) -> str:
    """``index.html`` for this spec: its title and version in the download bar, and its overlays."""
    info = json.loads(spec_json).get("info", {})
    links = "".join(
        f'\n<a href="{OVERLAY_DIR}/{html.escape(name)}" download>overlay: {html.escape(name)}</a>'
        for name in overlays
    )
    return PAGE.format(
        title=html.escape(str(info.get("title", "API reference"))),
        version=html.escape(str(info.get("version", ""))),
        overlays=links,
    )


def build_site(
    spec: Path,
    changelog: Path,
    output: Path,
    redoc_dir: Path = REDOC_DIR,
    overlays: Sequence[Path] = (),
) -> list[Path]:
    """Write the site to ``output`` (replacing what was there); the files written, in order.

    ``spec`` names either form of one build's spec (``x.yaml`` or ``x.json``, as ``-o`` of
    ``python -m generator spec`` does); both forms are shipped, under the site's names.
    ``overlays`` (the ones the spec was built with) go to ``overlays/``.
    """
    yaml_path, json_path = spec_pair(spec)
    sources = dict(zip(SPEC_FILES, (yaml_path, json_path), strict=True))
    sources.update({name: redoc_dir / relative for name, relative in REDOC_FILES.items()})
    sources["CHANGELOG.md"] = changelog
    overlay_names = [overlay.name for overlay in overlays]
    for name in overlay_names:
        if not OVERLAY_NAME.fullmatch(name) or overlay_names.count(name) > 1:
            raise SiteError(f"overlay {name!r}: two overlays of one name, or a name no site file may have")
    sources.update({f"{OVERLAY_DIR}/{overlay.name}": overlay for overlay in overlays})
    missing = [str(path) for path in sources.values() if not path.is_file()]
    if missing:
        raise SiteError(f"missing: {', '.join(missing)} (run `make regenerate` and `make node`)")
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.", dir=output.parent))
    try:
        if overlays:
            (staging / OVERLAY_DIR).mkdir()
        for name, source in sources.items():
            shutil.copyfile(source, staging / name)
        spec_json = sources["openapi.json"].read_text(encoding="utf-8")
        (staging / "index.html").write_text(page(spec_json, overlay_names))
        staging.chmod(0o755)
        if output.exists():
            old = output.with_name(f".{output.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            output.rename(old)
            staging.rename(output)
            shutil.rmtree(old)
        else:
            staging.rename(output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [output / name for name in (*SITE_FILES, *(f"{OVERLAY_DIR}/{n}" for n in overlay_names))]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.site", description=__doc__)
    parser.add_argument(
        "--spec", type=Path, default=COMMITTED_SPEC, help="x.yaml or x.json (both forms are shipped)"
    )
    parser.add_argument("--changelog", type=Path, help="default: the change log of that spec's build")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "build" / "site")
    parser.add_argument(
        "--overlay",
        nargs="+",
        action="extend",
        type=Path,
        default=[],
        help="overlays the spec was built with",
    )
    args = parser.parse_args(argv)
    try:
        written = build_site(
            args.spec, args.changelog or changelog_of(args.spec), args.output, overlays=args.overlay
        )
    except (SiteError, OutputError, OSError) as error:
        print(f"site: {error}", file=sys.stderr)
        return 1
    spec = "" if args.spec.resolve() == COMMITTED_SPEC else f" SPEC={args.spec}"
    print(f"wrote {len(written)} files to {args.output}/ (serve it: make serve-spec{spec} HOST=0.0.0.0)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
