"""``python -m threecommas.mcp``: the same as the ``threecommas-mcp`` command."""

import sys

from . import main

if __name__ == "__main__":  # importing the module (a walk over the package's modules) starts nothing
    sys.exit(main())
