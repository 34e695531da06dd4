"""Specs the spec command has validated, remembered by their bytes: the client command does not
validate the same bytes a second time.

``make regenerate`` runs ``spec``, then ``client`` on the file ``spec`` has just written. Both
validated it with openapi-spec-validator, and the client parsed the YAML again: for the current
reference's spec (85 operations) that was about 0.55 s of CPU of the client's 1.4 s. So the spec
command, once it has validated a spec and written its YAML and JSON, records the SHA-256 of each
text; the client command, given a file whose bytes have such a record and whose JSON form
(``openapi.json`` beside ``openapi.yaml``, or the file itself) has the bytes recorded with them,
reads that JSON (the same data: both are dumps of the one validated mapping) and skips the
check. Any other file (edited by hand, built elsewhere, its JSON changed since) is read and
checked as before, so the client still refuses every spec that is not OpenAPI 3.1.

What was validated is the built mapping before the change report set its ``info.version`` (a
version string, read by no check but the schema's "a string"); what is recorded is what was
written. A record is named after the hash of the text and of what checking means here (the
validating packages as installed, the source of the modules that check), so an upgrade of
either is never vouched for by an older check. Records live in the user's cache folder
(``$XDG_CACHE_HOME`` or ``~/.cache``, ``threecommas-spec-pipeline/validated``), the newest
:data:`KEPT` of them; a record that cannot be written or read only means checking again.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import os
from pathlib import Path

#: Packages whose verdict a record stands for (import names).
VALIDATING_PACKAGES = (
    "openapi_spec_validator",
    "openapi_schema_validator",
    "jsonschema",
    "jsonschema_rs",
    "jsonschema_path",
    "referencing",
)
GENERATOR = Path(__file__).parent
#: Our modules that decide what a valid spec is, on each side.
CHECKING_MODULES = (
    GENERATOR / "spec_validator.py",
    GENERATOR / "openapi" / "validate.py",
    GENERATOR / "client" / "spec_check.py",
    Path(__file__),
)
#: Records kept: each build writes two (its YAML and its JSON); older ones are removed.
KEPT = 64


def folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "threecommas-spec-pipeline" / "validated"


@functools.cache
def _checking() -> bytes:
    """What a verdict depends on besides the spec: the checking packages as installed (where
    each is, its size and time of writing, which any install or upgrade changes; asking their
    versions of ``importlib.metadata`` took 0.1 s) and our checking modules' sources."""
    digest = hashlib.sha256()
    for package in VALIDATING_PACKAGES:
        found = importlib.util.find_spec(package)
        origin = found.origin if found is not None else None
        if origin is None:
            digest.update(f"{package} absent\n".encode())
            continue
        stat = os.stat(origin)
        digest.update(f"{package} {origin} {stat.st_size} {stat.st_mtime_ns}\n".encode())
    for module in CHECKING_MODULES:
        digest.update(hashlib.sha256(module.read_bytes()).digest())
    return digest.digest()


def _name(data: bytes) -> str:
    return hashlib.sha256(_checking() + hashlib.sha256(data).digest()).hexdigest()


def json_path(path: Path) -> Path:
    """The JSON form written beside ``path`` (the file itself when it is the JSON)."""
    return path if path.suffix.lower() == ".json" else path.with_suffix(".json")


def record(yaml_text: str, json_text: str) -> None:
    """Remember that the spec written as these two texts has been validated."""
    json_data = json_text.encode("utf-8")
    answer = hashlib.sha256(json_data).hexdigest()
    # No home folder (RuntimeError) or no room in it: the client command checks again, that is all.
    with contextlib.suppress(OSError, RuntimeError):
        where = folder()
        where.mkdir(parents=True, exist_ok=True)
        for data in (yaml_text.encode("utf-8"), json_data):
            target = where / _name(data)
            partial = target.with_name(f".{target.name}.{os.getpid()}")
            partial.write_text(answer, encoding="ascii")
            os.replace(partial, target)
        _prune(where)


def validated_json(path: Path, data: bytes) -> str | None:
    """The text of the JSON form of the spec read from ``path`` (``data``, its bytes), when the
    spec command validated those bytes and wrote that JSON with them; else None."""
    try:
        answer = (folder() / _name(data)).read_text(encoding="ascii")
        twin = data if path.suffix.lower() == ".json" else json_path(path).read_bytes()
    except (OSError, RuntimeError, UnicodeDecodeError):
        return None
    if hashlib.sha256(twin).hexdigest() != answer:
        return None
    try:
        return twin.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _prune(where: Path) -> None:
    entries = []
    for entry in where.iterdir():
        with contextlib.suppress(OSError):
            entries.append((entry.stat().st_mtime, entry))
    for _, entry in sorted(entries, reverse=True)[KEPT:]:
        with contextlib.suppress(OSError):
            entry.unlink()
