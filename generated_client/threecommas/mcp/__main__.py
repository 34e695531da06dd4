"""``python -m threecommas.mcp``: the same as the ``threecommas-mcp`` command."""

import sys

from . import main

sys.exit(main())
