"""``python -m generator.serve``: the site ``make site`` writes (spec, change log, Redoc page), over HTTP.

Listens on 127.0.0.1 unless told otherwise (``--host 0.0.0.0`` to let other machines in). Only the
site's own files are served (``generator.site.SITE_FILES``, and ``overlays/NAME.yaml``), by name:
nothing else of the file system can be reached through it. ``HEAD`` is answered as ``GET``
without the body. Every answer allows any origin (CORS, ``OPTIONS`` preflight included): the
files are public, and a browser tool on another origin (an editor, a mock, a code generator's web
page) may load the spec.
"""

from __future__ import annotations

import argparse
import contextlib
import ipaddress
import signal
import socket
import sys
import threading
from collections.abc import Sequence
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType

import ifaddr

from generator.site import OVERLAY_DIR, OVERLAY_NAME, ROOT, SITE_FILES

#: What a page on another origin may do: read the files (HEAD, GET) after a preflight (OPTIONS).
ALLOWED_METHODS = "GET, HEAD, OPTIONS"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".yaml": "application/yaml; charset=utf-8",
    ".json": "application/json; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}


class SiteHandler(BaseHTTPRequestHandler):
    """Answers the site's files by name (``/`` is ``index.html``); everything else is 404."""

    server_version = "spec-server"

    def __init__(self, *args: object, site_dir: Path, **kwargs: object) -> None:
        self.site_dir = site_dir
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def do_GET(self) -> None:
        self.answer(with_body=True)

    def do_HEAD(self) -> None:
        self.answer(with_body=False)

    def do_OPTIONS(self) -> None:
        """A CORS preflight: which methods and headers a page on another origin may use."""
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Methods", ALLOWED_METHODS)
        # Whatever request headers the page asked for (e.g. If-None-Match): every file is public.
        asked = self.headers.get("Access-Control-Request-Headers")
        if asked:
            self.send_header("Access-Control-Allow-Headers", asked)
        self.send_header("Access-Control-Max-Age", "600")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def answer(self, *, with_body: bool) -> None:
        name = self.path.split("?", 1)[0].removeprefix("/") or "index.html"
        folder, _, overlay = name.partition("/")
        if name not in SITE_FILES and not (folder == OVERLAY_DIR and OVERLAY_NAME.fullmatch(overlay)):
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        file = self.site_dir / name
        if not file.is_file():
            self.send_error(HTTPStatus.NOT_FOUND, f"{name} is missing (run `make site`)")
            return
        body = file.read_bytes()
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", CONTENT_TYPES[file.suffix])
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def send_response(self, code: int, message: str | None = None) -> None:
        """Every answer, errors too (``send_error`` comes here): a browser tool on another
        origin then sees the 404 itself rather than an opaque CORS failure."""
        super().send_response(code, message)
        self.send_header("Access-Control-Allow-Origin", "*")
        # Lets a page on another origin read the length (progress bars), not only the body.
        self.send_header("Access-Control-Expose-Headers", "Content-Length, Content-Type")

    def log_message(self, format: str, *args: object) -> None:
        sys.stderr.write(f"{self.address_string()} {format % args}\n")


def make_server(site_dir: Path, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """A server for ``site_dir``; port 0 picks a free one (see ``server.server_address``)."""
    handler = partial(SiteHandler, site_dir=site_dir.resolve())
    server_class = _IPv6Server if ":" in host else ThreadingHTTPServer
    return server_class((host, port), handler)


class _IPv6Server(ThreadingHTTPServer):
    """An IPv6 host (``::`` included); ``::`` takes IPv4 too, as ``python -m http.server`` does."""

    address_family = socket.AF_INET6

    def server_bind(self) -> None:
        with contextlib.suppress(AttributeError, OSError):
            self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        super().server_bind()


def open_addresses(host: str, port: int) -> list[str]:
    """URLs a person can open for a server bound to ``host``.

    A wildcard (``0.0.0.0``, ``::``) is no address to type: it stands for loopback and each of
    the machine's own interface addresses (IPv4 for ``0.0.0.0``; both families for ``::``, which
    Linux binds dual-stack), read from the host's interfaces. IPv6 link-local addresses are left
    out: they need a zone a browser does not take. Any other host is printed as it is.
    """
    bound = ipaddress.ip_address(host) if _is_ip(host) else None
    if bound is None or not bound.is_unspecified:
        return [_url(host, port)]
    families = (4,) if bound.version == 4 else (4, 6)
    found: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            address = ipaddress.ip_address(ip.ip if isinstance(ip.ip, str) else ip.ip[0])
            if address.version in families and not address.is_link_local and address not in found:
                found.append(address)
    # Loopback first (it always works here), then the addresses other machines may reach.
    found.sort(key=lambda a: (not a.is_loopback, a.version, a.packed))
    if not any(a.is_loopback for a in found):
        found.insert(0, ipaddress.ip_address("127.0.0.1"))
    return [_url(str(address), port) for address in found]


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.serve", description=__doc__)
    parser.add_argument(
        "--dir", type=Path, default=ROOT / "build" / "site", help="the folder `make site` wrote"
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)
    server = make_server(args.dir, args.host, args.port)
    port = int(server.server_address[1])
    print(f"serving {args.dir} (Ctrl-C stops) at:", flush=True)
    for url in open_addresses(args.host, port):
        print(f"  {url}", flush=True)

    def stop(_signum: int, _frame: FrameType | None) -> None:
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
