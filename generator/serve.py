"""``python -m generator.serve``: the spec and an interactive reference page, on 127.0.0.1.

Serves ``/openapi.yaml``, ``/openapi.json`` and ``/`` (a Redoc page) from the spec folder, with
Redoc's script from ``node_modules`` so that the page needs nothing from the internet. Only
those paths are served: nothing else of the file system can be reached through it.
"""

from __future__ import annotations

import argparse
import html
import signal
import sys
import threading
from collections.abc import Sequence
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parents[1]
REDOC = ROOT / "node_modules" / "redoc" / "bundles" / "redoc.standalone.js"

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body {{ margin: 0; }}</style>
</head>
<body>
<redoc spec-url="/openapi.json"></redoc>
<script src="/assets/redoc.standalone.js"></script>
</body>
</html>
"""


class SpecHandler(BaseHTTPRequestHandler):
    """Answers the four known paths; everything else is 404."""

    server_version = "spec-server"

    def __init__(self, *args: object, spec_dir: Path, redoc: Path, **kwargs: object) -> None:
        self.spec_dir = spec_dir
        self.redoc = redoc
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        routes = {
            "/openapi.yaml": (self.spec_dir / "openapi.yaml", "application/yaml; charset=utf-8"),
            "/openapi.json": (self.spec_dir / "openapi.json", "application/json; charset=utf-8"),
            "/assets/redoc.standalone.js": (self.redoc, "text/javascript; charset=utf-8"),
        }
        if path in {"/", "/index.html"}:
            self.reply(
                PAGE.format(title=html.escape("3Commas API reference")).encode(), "text/html; charset=utf-8"
            )
        elif path in routes:
            file, content_type = routes[path]
            if not file.is_file():
                self.send_error(
                    HTTPStatus.NOT_FOUND, f"{file.name} is missing (run `make regenerate` / `make node`)"
                )
                return
            self.reply(file.read_bytes(), content_type)
        else:
            self.send_error(HTTPStatus.NOT_FOUND)

    def reply(self, body: bytes, content_type: str) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        sys.stderr.write(f"{self.address_string()} {format % args}\n")


def make_server(
    spec_dir: Path, host: str = "127.0.0.1", port: int = 0, redoc: Path = REDOC
) -> ThreadingHTTPServer:
    """A server for ``spec_dir``; port 0 picks a free one (see ``server.server_address``)."""
    handler = partial(SpecHandler, spec_dir=spec_dir.resolve(), redoc=redoc)
    return ThreadingHTTPServer((host, port), handler)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.serve", description=__doc__)
    parser.add_argument(
        "--dir", type=Path, default=ROOT / "spec", help="folder with openapi.yaml and openapi.json"
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)
    server = make_server(args.dir, args.host, args.port)
    host, port = server.server_address[:2]
    print(f"serving the spec at http://{host!s}:{port}/ (Ctrl-C stops)", flush=True)

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
