"""``THREECOMMAS_LOG=debug|info``: a stderr handler for the ``threecommas`` logger.

Log lines name the method, the path, the status or failure, the attempt and the time it took;
never a header, a query string, a body, the key or the signature.
"""

from __future__ import annotations

import logging
import os
import sys

logger = logging.getLogger("threecommas")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


class _EnvironmentHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The handler ``THREECOMMAS_LOG`` adds (marked, so that it is added once)."""


def setup_from_environment() -> None:
    level = _LEVELS.get(os.environ.get("THREECOMMAS_LOG", "").strip().lower())
    if level is None or any(isinstance(h, _EnvironmentHandler) for h in logger.handlers):
        return
    handler = _EnvironmentHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
