"""The benchmark's API server: its own process, every request verified, reference-shaped answers.

``python bench/server.py SECRET`` listens on 127.0.0.1 (a free port, printed on the first line
of stdout) until stdin closes. It answers only the two routes the benchmark calls, and only
when the ``Signature`` header is the HMAC-SHA256 of the raw path, query and body: anything else
is a 401 or 404, which every contender treats as a failure. Answers are built from the spec's
``SmartTradeEntity``: every field present, four steps in each step list; a history page holds
50 trades. Nagle is off and each answer is one buffered write, so no delayed-ACK stall hides
the clients' own costs.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CREATE_PATH = "/public/api/ver1/smart_trades/create_smart_trade"
LIST_PATH = "/public/api/ver1/smart_trades"
PAGE = 50
STEPS = 4


def example(schema: dict[str, Any], schemas: dict[str, Any], index: int) -> Any:
    """A plausible value of ``schema``, in the wire form the reference shows."""
    if "$ref" in schema:
        return entity(schemas[schema["$ref"].rsplit("/", 1)[1]], schemas, index)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return example(next(s for s in schema[key] if s.get("type") != "null"), schemas, index)
    types = schema.get("type", "string")
    kind = next((t for t in ([types] if isinstance(types, str) else types) if t != "null"), "string")
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    if kind == "array":
        return [example(schema.get("items", {}), schemas, index + n) for n in range(STEPS)]
    if kind == "integer":
        return 1000 + index
    if kind == "number":
        return f"{index}.125"
    if kind == "boolean":
        return index % 2 == 0
    if kind == "object":
        return {}
    if schema.get("format") == "date-time":
        return "2018-08-08 08:08:08"
    if schema.get("format") == "decimal":
        return f"10{index}.12345678"
    return f"text {index}"


def entity(schema: dict[str, Any], schemas: dict[str, Any], index: int) -> dict[str, Any]:
    return {name: example(sub, schemas, index) for name, sub in (schema.get("properties") or {}).items()}


def answers() -> tuple[bytes, bytes]:
    spec = json.loads((ROOT / "spec" / "openapi.json").read_text())
    schemas = spec["components"]["schemas"]
    trade = schemas["SmartTradeEntity"]
    single = json.dumps(entity(trade, schemas, 0)).encode()
    page = json.dumps([entity(trade, schemas, n) for n in range(PAGE)]).encode()
    return single, page


def serve(secret: bytes) -> ThreadingHTTPServer:
    single, page = answers()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True
        wbufsize = -1

        def _answer(self, expected_path: str, body: bytes) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            sent = self.rfile.read(length) if length else b""
            signature = hmac.new(secret, self.path.encode() + sent, hashlib.sha256).hexdigest()
            if self.path.split("?", 1)[0] != expected_path:
                status, body = 404, b'{"error":"not_found"}'
            elif not hmac.compare_digest(signature, self.headers.get("Signature", "")):
                status, body = 401, b'{"error":"signature_invalid"}'
            else:
                status = 200
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            self.wfile.flush()

        def do_POST(self) -> None:
            self._answer(CREATE_PATH, single)

        def do_GET(self) -> None:
            self._answer(LIST_PATH, page)

        def log_message(self, *_: object) -> None:
            pass

    return ThreadingHTTPServer(("127.0.0.1", 0), Handler)


def main() -> int:
    server = serve(sys.argv[1].encode())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.server_address[1], flush=True)
    sys.stdin.read()  # until the benchmark closes our stdin
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
