"""A call's ``timeout`` as a deadline for the whole attempt, not a limit per socket operation.

httpx applies its timeouts to each connect, each write and each read separately: a server that
sends the headers and then one byte a second never trips a 2-second read timeout. The clients
therefore give each attempt a budget, a deadline that starts with its first connect or write,
and the network streams of the connection pools they create clamp every connect, read and
write to the time left. A stream operation that starts after the deadline fails at once with
httpcore's own timeout error, which httpx turns into ``httpx.ConnectTimeout``, ``ReadTimeout``
or ``WriteTimeout``; the retry rules then treat it like any other timeout of that kind. With an
``httpx`` client of the user's, whose pool is not wrapped, the clock starts when the request is
handed to it and the deadline is checked between the body's reads.

The deadline lives in a context variable, so that concurrent calls (threads or asyncio tasks)
each see their own. The pool wrappers that read it are in ``_pools`` (imported with the first
client, so that ``import threecommas`` does not load httpcore).
"""

from __future__ import annotations

import time
from contextvars import ContextVar


class Budget:
    """The seconds an attempt may take, counted from its first connect, write or read.

    Waiting for a free connection of the pool is not part of it (httpx's pool timeout bounds
    that): many concurrent calls queueing for the pool must not eat each other's deadlines.
    """

    __slots__ = ("at", "seconds")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        #: ``time.monotonic()`` value at which the attempt must end, once the clock started.
        self.at: float | None = None

    def start(self) -> None:
        if self.at is None:
            self.at = time.monotonic() + self.seconds

    def left(self) -> float:
        now = time.monotonic()
        if self.at is None:
            self.at = now + self.seconds
        return self.at - now

    def passed(self) -> bool:
        return self.at is not None and time.monotonic() >= self.at


_BUDGET: ContextVar[Budget | None] = ContextVar("threecommas_budget", default=None)


class deadline:  # lower case, like contextlib.suppress: used as ``with deadline(seconds) as at:``
    """Within the block, stream operations end within ``seconds`` of the first (None: no limit).

    A class rather than a ``contextlib.contextmanager`` generator: it is entered once per attempt
    of every call, and costs a third of one.
    """

    __slots__ = ("_budget", "_token")

    def __init__(self, seconds: float | None) -> None:
        self._budget = None if seconds is None else Budget(seconds)

    def __enter__(self) -> Budget | None:
        self._token = _BUDGET.set(self._budget)
        return self._budget

    def __exit__(self, *_: object) -> None:
        _BUDGET.reset(self._token)


def passed(budget: Budget | None) -> bool:
    return budget is not None and budget.passed()


def clamp(timeout: float | None, error: type[Exception]) -> float | None:
    budget = _BUDGET.get()
    if budget is None:
        return timeout
    left = budget.left()
    if left <= 0:
        raise error("the call's timeout passed")
    return left if timeout is None else min(timeout, left)
