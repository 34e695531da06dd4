"""Connection pools whose network streams honour the attempt's deadline (see ``_deadline``).

Every connect, read and write of a stream of these pools is clamped to the time the attempt
has left. Imported when the first client is built, not with the package: httpcore costs a
fifth of ``import threecommas``.

This is the one module of the client that uses names private to httpx and httpcore
(``client._transport``, ``client._mounts``, ``transport._pool``, ``pool._network_backend``):
httpx offers no public way to choose its pools' network backend. ``tests/faults/
test_httpx_versions.py`` installs the first and last release of each minor httpx the package
allows and holds every route to the deadline in each; ``tests/client/test_no_private_httpx.py``
fails on a private name of httpx or httpcore used anywhere else.
"""

from __future__ import annotations

import typing
from collections.abc import Iterable

import httpcore
import httpx

from ._deadline import clamp as _clamp


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


def add_deadlines(client: httpx.Client | httpx.AsyncClient) -> bool:
    """Make every connection pool ``client`` may send through honour the attempt's deadline.

    That is its default transport and every mounted one: httpx routes a request through a
    proxy's transport (``HTTP_PROXY``, ``proxy=``, ``mounts=``) instead of the default one, so
    wrapping only the default would leave proxied calls with per-read timeouts alone. Wrapping
    changes nothing outside a call of ours (the streams clamp only within a deadline), so a
    client of yours is wrapped too. Returns whether every route is covered: a transport that
    is not httpx's own (a ``MockTransport``, your own class) cannot be, and then the deadline
    is checked between the body's reads instead.

    httpx has no public way to choose httpcore's network backend, so the pools' backends are
    replaced after construction (see the module's docstring for the versions this is held to).
    """
    transports = [client._transport, *(t for t in client._mounts.values() if t is not None)]
    return all(_wrap(transport) for transport in transports)


def _wrap(transport: httpx.BaseTransport | httpx.AsyncBaseTransport) -> bool:
    pool = getattr(transport, "_pool", None)
    if isinstance(pool, httpcore.ConnectionPool):  # HTTPProxy and SOCKSProxy are pools too
        if not isinstance(pool._network_backend, _Backend):
            pool._network_backend = _Backend(pool._network_backend)
        return True
    if isinstance(pool, httpcore.AsyncConnectionPool):
        if not isinstance(pool._network_backend, _AsyncBackend):
            pool._network_backend = _AsyncBackend(pool._network_backend)
        return True
    return False
