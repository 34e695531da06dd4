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
each see their own.
"""

from __future__ import annotations

import contextlib
import time
import typing
from collections.abc import Iterable, Iterator
from contextvars import ContextVar

import httpcore
import httpx


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


@contextlib.contextmanager
def deadline(seconds: float | None) -> Iterator[Budget | None]:
    """Within the block, stream operations end within ``seconds`` of the first (None: no limit)."""
    budget = None if seconds is None else Budget(seconds)
    token = _BUDGET.set(budget)
    try:
        yield budget
    finally:
        _BUDGET.reset(token)


def passed(budget: Budget | None) -> bool:
    return budget is not None and budget.passed()


def _clamp(timeout: float | None, error: type[Exception]) -> float | None:
    budget = _BUDGET.get()
    if budget is None:
        return timeout
    left = budget.left()
    if left <= 0:
        raise error("the call's timeout passed")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _Stream(
            self._stream.start_tls(ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout))
        )

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        clamped = _clamp(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_tcp(host, port, clamped, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[typing.Any] | None = None
    ) -> httpcore.NetworkStream:
        clamped = _clamp(timeout, httpcore.ConnectTimeout)
        return _Stream(self._backend.connect_unix_socket(path, clamped, socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._stream.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: typing.Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._stream.start_tls(
            ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout)
        )
        return _AsyncStream(stream)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        clamped = _clamp(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(
            await self._backend.connect_tcp(host, port, clamped, local_address, socket_options)
        )

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[typing.Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        clamped = _clamp(timeout, httpcore.ConnectTimeout)
        return _AsyncStream(await self._backend.connect_unix_socket(path, clamped, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def client_with_deadlines(limits: httpx.Limits) -> httpx.Client:
    """An ``httpx.Client`` whose connections honour the attempt's deadline.

    httpx has no public way to choose httpcore's network backend, so the pool's backend is
    wrapped after construction (httpx and httpcore are pinned; ``tests/faults`` proves it works).
    """
    client = httpx.Client(limits=limits)
    pool = getattr(client._transport, "_pool", None)
    if isinstance(pool, httpcore.ConnectionPool):
        pool._network_backend = _Backend(pool._network_backend)
    return client


def async_client_with_deadlines(limits: httpx.Limits) -> httpx.AsyncClient:
    """The asynchronous twin of :func:`client_with_deadlines`."""
    client = httpx.AsyncClient(limits=limits)
    pool = getattr(client._transport, "_pool", None)
    if isinstance(pool, httpcore.AsyncConnectionPool):
        pool._network_backend = _AsyncBackend(pool._network_backend)
    return client
