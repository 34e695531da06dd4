import contextlib
import gc
import os
import sys

# Each command is one short process that builds large structures and drops them only at its end
# (the site's syntax trees, documents, the spec: a few million objects, almost none in a cycle).
# With the default thresholds the cyclic collector walks them again and again as they grow, and
# the interpreter's teardown then frees them one by one although the process is ending: together
# about 0.3-0.4 s of CPU of the site's spec command. So the collector runs less often (it still
# runs: a cycle is collected, later), and the process ends as soon as its output is flushed. mypy
# does both, for the same reasons. No command leaves work to the interpreter's exit: every file is
# written and closed, every temporary folder removed, every thread done before main() returns.
gc.set_threshold(200_000, 30, 30)

from generator.cli import main  # noqa: E402

status = main()
for stream in (sys.stdout, sys.stderr):
    with contextlib.suppress(OSError, ValueError):  # a reader that has gone away
        stream.flush()
os._exit(status)
