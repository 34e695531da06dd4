"""Writes files deterministically and atomically.

The same spec always gives the same bytes (insertion-ordered keys, fixed widths, one trailing
newline), and a file is replaced only by a complete new version: it is written beside the
target and renamed over it, so an interrupted or failed run leaves the old file whole.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any


def dump_yaml(data: Mapping[str, Any]) -> str:
    """``data`` (JSON-like) as block-style YAML that YAML 1.1 and 1.2 readers read back equal.

    libyaml writes it (PyYAML's C emitter): a spec under the 8 MiB input limit is about 18 MB of
    YAML, which ruamel's pure-Python emitter took half a minute to write.
    """
    import yaml  # type: ignore[import-untyped]

    text: str = yaml.dump(
        _plain(data),
        Dumper=_spec_dumper(),
        sort_keys=False,  # the spec's own order: paths as the reference lists them
        allow_unicode=True,
        default_flow_style=False,
        width=_UNFOLDED,
        indent=2,
    )
    return text


#: Line width for the emitter: no folding, since line breaks inside strings make diffs noisy.
_UNFOLDED = 1 << 30


def _spec_dumper() -> type:
    import yaml

    base = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when PyYAML was built with it

    class SpecDumper(base):  # type: ignore[misc, valid-type]
        def ignore_aliases(self, data: Any) -> bool:
            return True  # a dict used twice is written twice: readers of a spec expect no anchors

    from ruamel.yaml.nodes import ScalarNode
    from ruamel.yaml.resolver import VersionedResolver

    from generator.yaml12 import core_schema_tag

    resolve_12 = VersionedResolver(version=(1, 2)).resolve
    retyped: dict[str, bool] = {}  # per distinct text: a spec repeats a few thousand texts

    def read_as_other_type(text: str) -> bool:
        answer = retyped.get(text)
        if answer is None:
            # Plain texts a YAML 1.2 core-schema reader (js-yaml: Redocly, Prism, other teams'
            # tools) reads as another type; PyYAML resolves by YAML 1.1, which misses some of
            # them (``1e3``, ``0o17``, ``.5E2``). ruamel's 1.2 resolver is asked too: it reads a
            # few more forms as numbers (``-0o0``, ``1_000``, ``0b101``).
            answer = retyped[text] = core_schema_tag(text) is not None or (
                resolve_12(ScalarNode, text, (True, False)) != "tag:yaml.org,2002:str"
            )
        return answer

    def represent_str(dumper: Any, text: str) -> Any:
        # Multi-line texts (descriptions) in double quotes, one line each with \n escapes, as
        # the committed spec always had them; texts a 1.2 reader would retype in single quotes.
        if "\n" in text:
            style: str | None = '"'
        elif read_as_other_type(text):
            style = "'"
        else:
            style = None
        return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)

    SpecDumper.add_representer(str, represent_str)
    return SpecDumper


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
