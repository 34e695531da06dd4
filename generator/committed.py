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
