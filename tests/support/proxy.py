"""A loopback forward proxy for plain-HTTP targets, so tests can send through ``HTTP_PROXY``.

It reads the first request head of each client connection, opens a connection to the host
named in its absolute-form target (``GET http://127.0.0.1:PORT/path HTTP/1.1``) and from then
on relays bytes both ways unchanged, which is what httpx's proxy route needs; the upstream
server sees the absolute-form target (HTTP/1.1 servers must accept it). It counts the
connections it relayed, so a test can prove its requests really took the proxy route.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
from urllib.parse import urlsplit

_TIMEOUT = 30.0


class LoopbackProxy:
    """``with LoopbackProxy() as proxy:`` then ``HTTP_PROXY=proxy.url``."""

    def __init__(self) -> None:
        self.relayed = 0
        self._lock = threading.Lock()
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                outer._relay(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> LoopbackProxy:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _relay(self, client: socket.socket) -> None:
        client.settimeout(_TIMEOUT)
        head = b""
        while b"\r\n" not in head:
            chunk = client.recv(65536)
            if not chunk:
                return
            head += chunk
        target = head.split(b" ", 2)[1].decode("latin-1")
        parts = urlsplit(target)
        if parts.scheme != "http" or parts.hostname is None:
            client.sendall(b"HTTP/1.1 501 Not Implemented\r\nContent-Length: 0\r\n\r\n")
            return
        with self._lock:
            self.relayed += 1
        upstream = socket.create_connection((parts.hostname, parts.port or 80), timeout=_TIMEOUT)
        upstream.sendall(head)
        back = threading.Thread(target=_pipe, args=(upstream, client), daemon=True)
        back.start()
        try:
            _pipe(client, upstream)
            back.join(_TIMEOUT)
        finally:
            upstream.close()


def _pipe(source: socket.socket, sink: socket.socket) -> None:
    """Copy ``source`` to ``sink`` until either side closes, then close both."""
    try:
        while chunk := source.recv(65536):
            sink.sendall(chunk)
    except OSError:
        pass
    finally:
        for end in (source, sink):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
