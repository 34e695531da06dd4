"""``python -m generator regenerate``: documents → spec → client in one process, as ``make
regenerate`` runs it.

The same work as ``spec`` and then ``client`` on the file just written, and the same files, but
the spec goes to the client in memory: it is parsed and validated once, not a second time from
disk, and the client's stages load while node is still parsing the MDX pages (node is the
longest step of a site's build, and Python would otherwise wait for it). The client is rendered
before anything is written, so either the spec, its warnings and change log and the client are
all new, or, when the client cannot be built, none of them is.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from generator.spec_command import SpecOptions, build_spec_files


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
    from generator.client.generate import StagedClient
    from generator.client.spec_check import spec_locator

    # The client reads the JSON text that is written, not the mapping the spec stage holds: the
    # same data as a later `python -m generator client SPEC` reads from the file, to the type.
    spec = json.loads(built.json_text)
    client = StagedClient(spec, client_output, spec_locator(built.yaml_text, built.yaml_path))
    try:
        built.write()
    except BaseException:
        client.discard()
        raise
    client.commit()
    return 0
