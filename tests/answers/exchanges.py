"""A made-up API and made-up recorded exchanges with it, written for these tests, and writers that
put the same exchanges into each recording format (HAR 1.2, go-vcr v2, vcrpy).

The spec is small and 3Commas-shaped (``servers`` with ``/public/api``, a list of deals, an
update with a JSON body, errors as ``{error, error_description}``). The exchanges hold one of each
contradiction ``answers`` reports, and credentials in every place a recording can hold them.
"""

from __future__ import annotations

import base64
import gzip
import json
from pathlib import Path
from typing import Any

import yaml

#: Credentials planted in the recordings; none may ever leave the command.
API_KEY = "KEYaaaa1111bbbb2222"
SIGNATURE = "SIGcccc3333dddd4444"
QUERY_SECRET = "QSECeeee5555ffff"
BODY_SECRET = "BSECgggg6666hhhh"
ANSWER_SECRET = "ASECiiii7777jjjj"
COOKIE = "COOKkkkk8888llll"
BEARER = "BEARmmmm9999nnnn"
SECRETS = (API_KEY, SIGNATURE, QUERY_SECRET, BODY_SECRET, ANSWER_SECRET, COOKIE, BEARER)

BASE = "https://api.3commas.io/public/api"


def made_up_spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Made-up deals API", "version": "1.0.0"},
        "servers": [{"url": BASE}],
        "paths": {
            "/ver1/deals": {
                "get": {
                    "operationId": "list_deals",
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                        {
                            "name": "scope",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["active", "finished"]},
                        },
                        {"name": "from", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "Success.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "array",
                                        "items": {"$ref": "#/components/schemas/Deal"},
                                    }
                                }
                            },
                        },
                        "4XX": {"$ref": "#/components/responses/ClientError"},
                    },
                }
            },
            "/ver1/deals/{deal_id}/update": {
                "patch": {
                    "operationId": "update_deal",
                    "parameters": [
                        {"name": "deal_id", "in": "path", "required": True, "schema": {"type": "integer"}}
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "take_profit": {"type": "number"},
                                        "note": {"type": "string"},
                                    },
                                }
                            }
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "Success.",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Deal"}}
                            },
                        },
                        "4XX": {"$ref": "#/components/responses/ClientError"},
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Deal": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "integer"},
                        "status": {"type": "string", "enum": ["active", "completed"]},
                        "profit": {"type": "number"},
                        "pair": {"type": "string"},
                    },
                },
                "Error": {
                    "type": "object",
                    "properties": {"error": {"type": "string"}, "error_description": {"type": "string"}},
                },
            },
            "responses": {
                "ClientError": {
                    "description": "The request is wrong.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                }
            },
        },
    }


def _signed(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {"APIKEY": API_KEY, "Signature": SIGNATURE, **(extra or {})}


#: Each exchange: method, URL, request headers, request body, status, response body (JSON values).
EXCHANGES: list[dict[str, Any]] = [
    {  # 0: the answer contradicts the spec four ways; a secret rides in the query
        "method": "GET",
        "url": f"{BASE}/ver1/deals?limit=2&scope=active&api_secret={QUERY_SECRET}",
        "headers": _signed({"Cookie": f"session={COOKIE}"}),
        "body": None,
        "status": 200,
        "answer": [
            {"id": 1, "status": "paused", "profit": "12.5", "pair": None, "bot_name": "grid one"},
            {"id": 2, "status": "active", "profit": "-0.25", "pair": "USDT_BTC", "bot_name": None},
        ],
    },
    {  # 1: a timestamp parameter documented as an integer, which the server takes as ISO text,
        # and a scope the docs do not list, which it takes too
        "method": "GET",
        "url": f"{BASE}/ver1/deals?from=2024-05-01T00:00:00Z&scope=closed",
        "headers": _signed({"Authorization": f"Bearer {BEARER}"}),
        "body": None,
        "status": 200,
        "answer": [{"id": 3, "status": "completed", "profit": 1.5, "pair": "USDT_ETH"}],
    },
    {  # 2: a documented value the server refuses, naming the parameter
        "method": "GET",
        "url": f"{BASE}/ver1/deals?scope=finished",
        "headers": _signed(),
        "body": None,
        "status": 400,
        "answer": {"error": "record_invalid", "error_description": "scope finished is not supported"},
    },
    {  # 3: no such operation
        "method": "GET",
        "url": f"{BASE}/ver1/accounts",
        "headers": _signed(),
        "body": None,
        "status": 200,
        "answer": [],
    },
    {  # 4: a request body the spec refuses and the server takes; a secret in the body and one echoed back
        "method": "PATCH",
        "url": f"{BASE}/ver1/deals/5/update",
        "headers": _signed({"Content-Type": "application/json"}),
        "body": {"take_profit": "1.5", "note": "tp", "api_secret": BODY_SECRET},
        "status": 200,
        "answer": {
            "id": 5,
            "status": "active",
            "profit": "0",
            "pair": "USDT_BTC",
            "api_key": ANSWER_SECRET,
            "error_description": f"echo {API_KEY}",
        },
    },
]


def har(exchanges: list[dict[str, Any]]) -> str:
    entries = []
    for x in exchanges:
        answer = json.dumps(x["answer"])
        entry: dict[str, Any] = {
            "startedDateTime": "2024-05-01T00:00:00.000Z",
            "time": 12.5,
            "request": {
                "method": x["method"],
                "url": x["url"],
                "httpVersion": "HTTP/1.1",
                "headers": [{"name": k, "value": v} for k, v in x["headers"].items()],
                "queryString": [],
                "cookies": [],
                "headersSize": -1,
                "bodySize": -1,
            },
            "response": {
                "status": x["status"],
                "statusText": "",
                "httpVersion": "HTTP/1.1",
                "headers": [{"name": "Content-Type", "value": "application/json"}],
                "cookies": [],
                # One answer base64-encoded, as browsers export binary-safe bodies.
                "content": {"size": len(answer), "mimeType": "application/json", "text": answer}
                if x["status"] != 400
                else {
                    "size": len(answer),
                    "mimeType": "application/json",
                    "text": base64.b64encode(answer.encode()).decode(),
                    "encoding": "base64",
                },
                "redirectURL": "",
                "headersSize": -1,
                "bodySize": -1,
            },
            "cache": {},
            "timings": {"send": 0, "wait": 10, "receive": 2.5},
        }
        if x["body"] is not None:
            entry["request"]["postData"] = {"mimeType": "application/json", "text": json.dumps(x["body"])}
        entries.append(entry)
    return json.dumps(
        {"log": {"version": "1.2", "creator": {"name": "tests", "version": "1"}, "entries": entries}},
        indent=1,
    )


def go_vcr(exchanges: list[dict[str, Any]]) -> str:
    interactions = []
    for index, x in enumerate(exchanges):
        interactions.append(
            {
                "id": index,
                "request": {
                    "proto": "HTTP/1.1",
                    "body": json.dumps(x["body"]) if x["body"] is not None else "",
                    "form": {},
                    "headers": {k: [v] for k, v in x["headers"].items()},
                    "url": x["url"],
                    "method": x["method"],
                },
                "response": {
                    "proto": "HTTP/2.0",
                    "headers": {"Content-Type": ["application/json"]},
                    "body": json.dumps(x["answer"]),
                    "status": f"{x['status']} OK",
                    "code": x["status"],
                    "duration": "120ms",
                },
            }
        )
    return yaml.safe_dump({"version": 2, "interactions": interactions}, sort_keys=False)


def vcrpy(exchanges: list[dict[str, Any]]) -> str:
    interactions = []
    for x in exchanges:
        answer = json.dumps(x["answer"]).encode()
        gzipped = x["status"] == 200 and x["method"] == "PATCH"
        interactions.append(
            {
                "request": {
                    "body": json.dumps(x["body"]) if x["body"] is not None else None,
                    "headers": {k: [v] for k, v in x["headers"].items()},
                    "method": x["method"],
                    "uri": x["url"],
                },
                "response": {
                    # vcrpy keeps a compressed answer as it came: bytes (!!binary) and the header.
                    "body": {"string": gzip.compress(answer) if gzipped else answer.decode()},
                    "headers": {
                        "Content-Type": ["application/json"],
                        **({"Content-Encoding": ["gzip"]} if gzipped else {}),
                        "Set-Cookie": [f"session={COOKIE}; Path=/"],
                    },
                    "status": {"code": x["status"], "message": "OK"},
                },
            }
        )
    return yaml.safe_dump({"interactions": interactions, "version": 1}, sort_keys=False)


def write_all(folder: Path, exchanges: list[dict[str, Any]] | None = None) -> dict[str, Path]:
    """The exchanges in each format, in ``folder``."""
    exchanges = EXCHANGES if exchanges is None else exchanges
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "har": folder / "session.har",
        "go-vcr": folder / "go_cassette.yaml",
        "vcrpy": folder / "vcr_cassette.yml",
    }
    files["har"].write_text(har(exchanges))
    files["go-vcr"].write_text(go_vcr(exchanges))
    files["vcrpy"].write_text(vcrpy(exchanges))
    return files


def write_spec(path: Path, spec: dict[str, Any] | None = None) -> Path:
    path.write_text(yaml.safe_dump(spec or made_up_spec(), sort_keys=False))
    return path
