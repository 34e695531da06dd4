"""Starting and stopping local servers for tests: bounded waits, always stopped."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def running(
    command: Sequence[str | Path],
    *,
    ready_url: str,
    timeout: float = 90.0,
    cwd: Path | None = None,
    output: Path | None = None,
) -> Iterator[subprocess.Popen[bytes]]:
    """Run ``command`` until ``ready_url`` answers; stop it (and its children) afterwards.

    ``output``: a file that gets what it prints (stdout and stderr), else it is discarded.
    """
    log = open(output or os.devnull, "wb")  # noqa: SIM115 - closed in finally
    process = subprocess.Popen(
        [str(part) for part in command],
        cwd=cwd,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group, so that children stop with it
    )
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} exited with {process.returncode} before it was ready")
            try:
                httpx.get(ready_url, timeout=2.0)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise TimeoutError(
                        f"{command[0]} did not answer at {ready_url} within {timeout} s"
                    ) from None
                time.sleep(0.25)
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
        log.close()
