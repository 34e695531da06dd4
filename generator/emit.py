"""Writes files deterministically and atomically.

The same spec always gives the same bytes (insertion-ordered keys, fixed widths, one trailing
newline), and a file is replaced only by a complete new version: it is written beside the
target and renamed over it, so an interrupted or failed run leaves the old file whole.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any


def dump_yaml(data: Mapping[str, Any]) -> str:
    # Imported here, so that the CLI can import OutputError cheaply.
    from generator.yaml_serializer import PlainDataEmitter, PlainDataSerializer

    return _dump_yaml_with(PlainDataSerializer, PlainDataEmitter, data)


def _dump_yaml_with(serializer: type, emitter: type, data: Mapping[str, Any]) -> str:
    """``data`` as YAML through ruamel with these classes; tests compare it with ruamel's own."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt", pure=True)
    yaml.Serializer = serializer
    yaml.Emitter = emitter
    yaml.default_flow_style = False
    yaml.width = 4096  # no folding: line breaks inside strings would make diffs noisy
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.representer.ignore_aliases = lambda _data: True
    stream = io.StringIO()
    yaml.dump(_plain(data), stream)
    return stream.getvalue()


def dump_json(data: Mapping[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


class OutputError(Exception):
    """An output file cannot be written; nothing was replaced."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


def write_all_atomic(files: Mapping[Path, str]) -> bool:
    """Replace every file of ``files`` or none of them; returns whether any content changed.

    Every new version is written completely beside its target first; only then are they
    renamed over the targets, and if one rename fails the ones already done are put back, so
    files meant to match (the YAML and JSON of one spec) never disagree. Raises
    :class:`OutputError` naming the file that could not be written.
    """
    check_writable(files)
    pending: list[tuple[Path, bytes, bytes | None]] = []  # (target, new bytes, old bytes or None)
    for path, text in files.items():
        data = text.encode("utf-8")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            old = path.read_bytes() if path.exists() else None
        except OSError as error:
            raise OutputError(path, _reason(error)) from error
        if old != data:
            pending.append((path, data, old))
    temporaries: dict[Path, str] = {}
    replaced: list[tuple[Path, bytes | None]] = []
    try:
        for path, data, _old in pending:
            temporaries[path] = _write_beside(path, data)
        for path, _data, old in pending:
            try:
                os.replace(temporaries[path], path)
            except OSError as error:
                raise OutputError(path, _reason(error)) from error
            del temporaries[path]
            replaced.append((path, old))
    except BaseException:
        for temporary in temporaries.values():
            Path(temporary).unlink(missing_ok=True)
        _restore(replaced)
        raise
    return bool(pending)


def check_writable(paths: Iterable[Path]) -> None:
    """Refuse, before any work, targets that are folders or lie under a regular file."""
    for path in paths:
        if path.is_dir():
            raise OutputError(path, "is a directory, not a file")
        check_parent(path)


def check_parent(path: Path) -> None:
    """Refuse a path whose nearest existing ancestor is a regular file: it can never be created."""
    ancestor = path.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise OutputError(path, f"cannot write: {ancestor} is not a directory")


def _write_beside(path: Path, data: bytes) -> str:
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as error:
        raise OutputError(path, _reason(error)) from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        # mkstemp creates 0600; generated files are ordinary project files.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(path, _reason(error)) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return temporary


def _restore(replaced: list[tuple[Path, bytes | None]]) -> None:
    """Put back the files already replaced when a later one failed (best effort, newest first)."""
    for path, old in reversed(replaced):
        with contextlib.suppress(OSError, OutputError):
            if old is None:
                path.unlink()
            else:
                temporary = _write_beside(path, old)
                os.replace(temporary, path)


def _reason(error: OSError) -> str:
    return f"cannot write: {error.strerror or error}"
