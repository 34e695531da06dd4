"""``python -m generator regenerate``: documents → spec → client in one process, as ``make
regenerate`` runs it.

The same work as ``spec`` and then ``client`` on the file just written, and the same files, but
the spec goes to the client in memory: it is parsed and validated once, not a second time from
disk, and the client's stages load while node is still parsing the MDX pages (node is the
longest step of a site's build, and Python would otherwise wait for it). The client is rendered
before anything is written, so either the spec, its warnings and change log and the client are
all new, or, when the client cannot be built, none of them is.

The client takes the spec's version. When the spec has not changed since its base but the client
generated from it has (a change of the generator's templates or runtime), the shared version
takes a patch bump, with a change-log entry: a package with other contents never goes out under
a version already released (an index such as pypiserver refuses the upload, and users would get
two packages under one name and version). The client's base is the spec's: the folder as last
committed when git holds it, else as on disk.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from generator.committed import committed_tree
from generator.spec_command import BuiltSpec, SpecOptions, build_spec_files

if TYPE_CHECKING:
    from generator.client.generate import StagedClient


def _load_client_stages() -> None:
    """Import the client stages (openapi-python-client, jinja2, pydantic: about 0.4 s): run
    while node parses the pages."""
    import generator.client.generate  # noqa: F401


def regenerate(
    documents: Sequence[Path], spec_output: Path, client_output: Path, options: SpecOptions
) -> int:
    built = build_spec_files(documents, spec_output, options, while_parsing=_load_client_stages)
    if options.dry_run:
        return 0
    from generator.client.generate import generated_files

    client = _stage_client(built, client_output)
    release = client_only_release(
        built.version, built.base.version, generated_files(client.built), client.output
    )
    if release is not None:
        client.discard()
        built = built.client_only_release(release)
        print(
            f"client changes: the generated package differs from its base and the spec does not: "
            f"patch version bump to {built.version}",
            file=sys.stderr,
        )
        client = _stage_client(built, client_output)
    try:
        built.write()
    except BaseException:
        client.discard()
        raise
    client.commit()
    return 0


def _stage_client(built: BuiltSpec, client_output: Path) -> StagedClient:
    from generator.client.generate import StagedClient
    from generator.client.spec_check import spec_locator

    # The client reads the JSON text that is written, not the mapping the spec stage holds: the
    # same data as a later `python -m generator client SPEC` reads from the file, to the type.
    spec = json.loads(built.json_text)
    return StagedClient(spec, client_output, spec_locator(built.yaml_text, built.yaml_path))


def client_only_release(
    version: str, base_version: str | None, files: Mapping[str, bytes], folder: Path
) -> str | None:
    """The version a build takes when its spec is its base's (``version == base_version``) but
    its client's ``files`` differ from the client's base at ``folder`` (as last committed when
    git holds it, else as on disk): the next patch; None otherwise. A client with no base (a
    first build) has nothing to differ from. ``check`` versions its build by the same rule."""
    from generator.client.generate import generated_files, unmanaged
    from generator.diff import Impact, bump

    if version != base_version:
        return None
    base = committed_tree(folder)
    if base is None:
        if not folder.is_dir():
            return None
        base = generated_files(folder)
    changed = {name: data for name, data in base.items() if not unmanaged(Path(name))} != files
    return bump(version, Impact.PATCH) if changed else None
