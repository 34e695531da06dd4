"""``python -m generator.serve``: the site ``make site`` writes (spec, change log, Redoc page), over HTTP.

Listens on 127.0.0.1 unless told otherwise (``--host 0.0.0.0`` to let other machines in). Only the
site's own files are served (``generator.site.SITE_FILES``), by name: nothing else of the file
system can be reached through it.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType

from generator.site import ROOT, SITE_FILES

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
        name = self.path.split("?", 1)[0].removeprefix("/") or "index.html"
        if name not in SITE_FILES:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        file = self.site_dir / name
        if not file.is_file():
            self.send_error(HTTPStatus.NOT_FOUND, f"{name} is missing (run `make site`)")
            return
        self.reply(file.read_bytes(), CONTENT_TYPES[file.suffix])

    def reply(self, body: bytes, content_type: str) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        sys.stderr.write(f"{self.address_string()} {format % args}\n")


def make_server(site_dir: Path, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """A server for ``site_dir``; port 0 picks a free one (see ``server.server_address``)."""
    handler = partial(SiteHandler, site_dir=site_dir.resolve())
    return ThreadingHTTPServer((host, port), handler)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.serve", description=__doc__)
    parser.add_argument(
        "--dir", type=Path, default=ROOT / "build" / "site", help="the folder `make site` wrote"
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)
    server = make_server(args.dir, args.host, args.port)
    host, port = server.server_address[:2]
    print(f"serving {args.dir} at http://{host!s}:{port}/ (Ctrl-C stops)", flush=True)

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
