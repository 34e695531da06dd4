"""The MDX parser script bundled into one file by esbuild: built by ``make node``, run when current.

Node takes about 0.22 s to start and resolve and load the hundred-odd modules of unified, remark
and micromark that ``mdx_tree.mjs`` imports (0.06 s of it node itself); the same code bundled into
one file is ready in 0.09 s, and prints the same bytes (``tests/mdx/test_mdx_bundle.py``).

A bundle is named after what it is built from: the script, the packages npm installed (its
record of them, ``node_modules/.package-lock.json``) and esbuild's arguments. An edited script or
a reinstalled tree gives another name, so a stale bundle is never run: the parser runs the script
itself until ``make node`` (or ``python -m generator.document.mdx_bundle``) builds the new one.
Bundles live in ``node_modules/.cache/`` and go with the tree (``npm ci`` starts it afresh).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).with_name("mdx_tree.mjs")
#: Where node finds the script's packages: the checkout's node_modules.
NODE_MODULES = SCRIPT.parents[2] / "node_modules"
INSTALLED = NODE_MODULES / ".package-lock.json"
BUNDLES = NODE_MODULES / ".cache" / "mdx-tree"
ESBUILD = NODE_MODULES / ".bin" / "esbuild"
ESBUILD_ARGUMENTS = ("--bundle", "--platform=node", "--format=esm", "--log-level=warning")


def bundle_path() -> Path | None:
    """Where the bundle of the present script and packages is (or would be); None without packages."""
    digest = hashlib.sha256()
    try:
        parts = (SCRIPT.read_bytes(), INSTALLED.read_bytes(), "\0".join(ESBUILD_ARGUMENTS).encode())
    except OSError:
        return None
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    return BUNDLES / f"{digest.hexdigest()[:32]}.mjs"


def current_bundle() -> Path | None:
    """The bundle to run instead of the script, if it has been built for what is there now."""
    path = bundle_path()
    return path if path is not None and path.is_file() else None


def build_bundle() -> Path:
    """Bundle the script, written beside its place and renamed into it; older bundles removed."""
    path = bundle_path()
    if path is None:
        raise SystemExit(f"{INSTALLED} is missing: run `npm ci` first")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.stem}.{os.getpid()}.mjs")
    try:
        subprocess.run([str(ESBUILD), str(SCRIPT), *ESBUILD_ARGUMENTS, f"--outfile={partial}"], check=True)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    for old in path.parent.glob("*.mjs"):
        if old != path:
            old.unlink(missing_ok=True)
    return path


if __name__ == "__main__":
    print(f"bundled {SCRIPT.name}: {build_bundle()}", file=sys.stderr)
