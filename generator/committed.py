"""What git last committed of a generated file: the base a regeneration is compared with.

A regeneration compares with the files as committed (``git show HEAD:...``), not as on disk: an
edit that is regenerated and then reverted ends where it started, and warnings an uncommitted
edit brings stay "new" until they are committed. Outside a git work tree, or for a file git
does not hold, there is no committed version (``None``) and callers fall back to the disk.
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def last_committed(path: Path) -> str | None:
    """``path`` as of the last commit of the work tree it is in, or None."""
    try:
        shown = subprocess.run(
            ["git", "show", f"HEAD:./{path.name}"],
            cwd=path.parent,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return shown.stdout if shown.returncode == 0 else None


def committed_tree(folder: Path) -> dict[str, bytes] | None:
    """Every file under ``folder`` as of the last commit, by its path relative to ``folder``;
    None outside a git work tree, or when the last commit holds nothing there."""
    try:
        listed = subprocess.run(
            ["git", "ls-tree", "-r", "-z", "--name-only", "HEAD", "."],
            cwd=folder,
            capture_output=True,
            timeout=30,
            check=False,
        )
        names = [name.decode("utf-8") for name in listed.stdout.split(b"\0") if name]
        if listed.returncode != 0 or not names:
            return None
        # One process for every file: `git show` per file would start git a few hundred times.
        batch = subprocess.run(
            ["git", "cat-file", "--batch"],
            cwd=folder,
            input="".join(f"HEAD:./{name}\n" for name in names).encode("utf-8"),
            capture_output=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.SubprocessError, UnicodeDecodeError):
        return None
    if batch.returncode != 0:
        return None
    files: dict[str, bytes] = {}
    out, at = batch.stdout, 0
    for name in names:
        end = out.find(b"\n", at)
        header = out[at:end].split()
        if end < 0 or len(header) != 3 or header[1] != b"blob":
            return None  # a submodule or a link where a file was expected: no tree to compare
        start = end + 1
        at = start + int(header[2]) + 1  # the contents, then the newline git ends them with
        files[name] = out[start : at - 1]
    return files
