"""A loopback HTTP server that misbehaves on purpose, one scripted fault per request.

Raw sockets, so that it can fail at the exact points a real network does: before reading the
request, after reading it without answering, in the middle of a response. It records every
request it read and every connection it accepted, so tests can prove how often something was
sent. Every wait is bounded; ``stop()`` ends it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import socket
import socketserver
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

_READ_TIMEOUT = 30.0  # generous: a loaded CI machine can starve a client for seconds


@dataclass(frozen=True)
class Fault:
    """What to do with one request.

    ``kind``: ``ok`` (JSON ``body``), ``status`` (any status, raw ``body``), ``drop_before_read``,
    ``drop_after_read``, ``half_response``, ``slow`` (wait ``delay`` then answer ``ok``),
    ``trickle`` (send the head at once, then the body one byte every ``delay`` seconds),
    ``trickle_head`` (the whole answer one byte every ``delay`` seconds), ``endless`` (a chunked
    body of ``size`` bytes, with ``headers``), ``reply`` (``reply(request)`` gives the fault).
    """

    kind: str = "ok"
    status: int = 200
    body: Any = field(default_factory=dict)
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0
    content_type: str = "application/json"
    size: int = 0
    reply: Callable[[Seen], Fault] | None = None


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class FaultServer:
    """``with FaultServer() as server:`` then ``server.script(...)`` and ``server.url``."""

    def __init__(
        self, *, api_key: str | None = None, secret: str | None = None, public_key: bytes | None = None
    ) -> None:
        """With ``secret`` (HMAC) or ``public_key`` (RSA, PEM), every request must carry the right
        ``APIKEY`` and ``Signature``: a request that does not is answered 401 (and counted in
        ``bad_signatures``)."""
        self.api_key = api_key
        self.secret = secret
        self.public_key = public_key
        self.bad_signatures = 0
        self.requests: list[Seen] = []
        #: Attempts the server saw: one per scripted answer used, whether or not it read the request.
        self.attempts = 0
        self.connections = 0
        self.concurrent = 0
        self.max_concurrent = 0
        self._faults: deque[Fault] = deque()
        self._default = Fault()
        self._lock = threading.Lock()
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                outer._serve_connection(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True
            request_queue_size = 1024

        self._server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def script(self, *faults: Fault, then: Fault | None = None) -> None:
        """Answer the next requests with ``faults`` in order, and every later one with ``then``."""
        with self._lock:
            self._faults = deque(faults)
            self._default = then or Fault()
            self.requests.clear()
            self.connections = 0
            self.attempts = 0

    def _next(self) -> Fault:
        with self._lock:
            self.attempts += 1
            return self._faults.popleft() if self._faults else self._default

    def _serve_connection(self, connection: socket.socket) -> None:
        with self._lock:
            self.connections += 1
            self.concurrent += 1
            self.max_concurrent = max(self.max_concurrent, self.concurrent)
        connection.settimeout(_READ_TIMEOUT)
        buffer = b""
        try:
            while True:  # keep-alive: one connection, many requests
                if not buffer and not _wait_readable(connection):
                    return  # the client closed its idle keep-alive connection
                fault = self._next()
                if fault.kind == "drop_before_read":
                    return
                request, buffer = _read_request(connection, buffer)
                if request is None:
                    return
                with self._lock:
                    self.requests.append(request)
                if not self._signed(request):
                    fault = Fault("status", 401, b'{"error": "signature_invalid"}')
                elif fault.kind == "reply" and fault.reply is not None:
                    fault = fault.reply(request)
                if fault.kind == "drop_after_read":
                    return
                if fault.kind == "slow":
                    time.sleep(fault.delay)
                    fault = Fault()
                payload = _response(fault)
                if fault.kind == "half_response":
                    connection.sendall(payload[: len(payload) // 2])
                    return
                if fault.kind in ("trickle", "trickle_head"):
                    _trickle(connection, payload, fault)
                    return
                if fault.kind == "endless":
                    _stream_chunked(connection, fault)
                    return
                connection.sendall(payload)
        except OSError:
            return
        finally:
            with self._lock:
                self.concurrent -= 1
            connection.close()

    def _signed(self, request: Seen) -> bool:
        message = request.path.encode() + request.body
        signature = request.headers.get("signature", "")
        if self.public_key is not None:
            good = verify_rsa(self.public_key, message, signature)
        elif self.secret is not None:
            good = signature == hmac.new(self.secret.encode(), message, hashlib.sha256).hexdigest()
        else:
            return True
        good = good and request.headers.get("apikey") == self.api_key
        if not good:
            with self._lock:
                self.bad_signatures += 1
        return good


def verify_rsa(public_pem: bytes, message: bytes, signature: str) -> bool:
    """Whether ``signature`` is the Base64 RSASSA-PKCS1-v1_5 / SHA-256 signature of ``message``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    key = serialization.load_pem_public_key(public_pem)
    assert isinstance(key, rsa.RSAPublicKey)
    try:
        key.verify(base64.b64decode(signature, validate=True), message, padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, ValueError):
        return False
    return True


def _trickle(connection: socket.socket, payload: bytes, fault: Fault) -> None:
    """Send ``payload`` a byte at a time (after the head, for ``trickle``), until the client leaves."""
    start = 0
    if fault.kind == "trickle":
        start = payload.index(b"\r\n\r\n") + 4
        connection.sendall(payload[:start])
    for index in range(start, len(payload)):
        time.sleep(fault.delay)
        connection.sendall(payload[index : index + 1])


def _stream_chunked(connection: socket.socket, fault: Fault) -> None:
    """A chunked 200 of ``fault.size`` bytes, written in 64 KiB chunks, with ``fault.headers``
    (a ``Content-Length`` there is one the chunked framing overrides)."""
    head = "".join(f"{k}: {v}\r\n" for k, v in fault.headers)
    connection.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
        + head.encode()
        + b"\r\n"
    )
    left = fault.size
    while left > 0:
        chunk = b" " * min(left, 65536)
        connection.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        left -= len(chunk)
    connection.sendall(b"0\r\n\r\n")


def _wait_readable(connection: socket.socket) -> bool:
    """Whether a request starts on this connection (False if the client closed it)."""
    try:
        return bool(connection.recv(1, socket.MSG_PEEK))
    except OSError:
        return False


def _read_request(connection: socket.socket, buffer: bytes) -> tuple[Seen | None, bytes]:
    while b"\r\n\r\n" not in buffer:
        chunk = connection.recv(65536)
        if not chunk:
            return None, b""
        buffer += chunk
    head, _, rest = buffer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    if target.startswith("http://"):  # absolute form, as sent through a proxy: the path is what counts
        target = "/" + target.removeprefix("http://").partition("/")[2]
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    length = int(headers.get("content-length", "0"))
    while len(rest) < length:
        chunk = connection.recv(65536)
        if not chunk:
            return None, b""
        rest += chunk
    return Seen(method, target, headers, rest[:length]), rest[length:]


def _response(fault: Fault) -> bytes:
    if fault.kind == "half_response":
        body = json.dumps({"id": 1, "status": "bought", "note": "x" * 200}).encode()
        status = 200
    else:
        body = fault.body if isinstance(fault.body, bytes) else json.dumps(fault.body).encode()
        status = fault.status
    reason = {200: "OK", 418: "I'm a teapot", 429: "Too Many Requests"}.get(status, "Status")
    head = [
        f"HTTP/1.1 {status} {reason}",
        f"Content-Type: {fault.content_type}",
        f"Content-Length: {len(body)}",
    ]
    head += [f"{k}: {v}" for k, v in fault.headers]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body
