"""``threecommas-mcp``: the API as tools an AI assistant calls (Model Context Protocol).

Each operation of this package's client is one tool, named after the method it calls
(``client.smart_trades.create`` is ``smart_trades_create``), described by the reference's words
(summary, permission, weight) and taking the spec's request schema, rule groups included, as
its input. ``tools.json`` beside this module holds them; the generator writes it from the same
plan as the client.

Safe by default: a tool that may change state (any method but GET, or a write permission) is
neither listed nor callable unless the server is started with ``--allow-writes`` (or
``THREECOMMAS_MCP_ALLOW_WRITES=1``). A call goes through :class:`threecommas.AsyncClient`, so its
checks, signing, deadlines and retries (never an order sent twice) are the client's. The key,
secret and private key come from the client's environment variables, and are replaced by
``***`` in every tool result, error and log line this server writes.

Needs the ``mcp`` extra: ``pip install 'threecommas-client[mcp]'``.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from decimal import Decimal
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
import mcp.types as types
from mcp.server.lowlevel import Server

from .._credentials import ENV_API_KEY, ENV_API_SECRET, ENV_PRIVATE_KEY
from ..errors import ThreeCommasError
from ..types import UNSET

if TYPE_CHECKING:
    from starlette.types import Receive, Scope, Send

#: Set to ``1`` (or ``true``/``yes``) to offer the tools that change state, as ``--allow-writes``.
ENV_ALLOW_WRITES = "THREECOMMAS_MCP_ALLOW_WRITES"
TOOLS_FILE = Path(__file__).with_name("tools.json")
#: The bearer token HTTP callers must send; when unset, one is made per run and printed.
ENV_TOKEN = "THREECOMMAS_MCP_TOKEN"
#: The streamable HTTP transport listens on this host only: the server holds your keys.
HOST = "127.0.0.1"
DEFAULT_PORT = 8000
REDACTED = "***"
#: The client package this server is part of (``threecommas``).
_PACKAGE = __name__.rpartition(".")[0]

logger = logging.getLogger("threecommas.mcp")


@dataclass(frozen=True)
class Tool:
    """One operation as a tool, as ``tools.json`` describes it."""

    name: str
    #: The client attributes leading to the method: ``("smart_trades", "create")``.
    call: tuple[str, ...]
    operation_id: str
    description: str
    writes: bool
    input_schema: dict[str, Any]
    #: Every argument name the tool takes (path, query, and the body's fields when it is flat).
    arguments: frozenset[str]
    #: The argument holding the body when its fields cannot be flat (one has a parameter's name).
    body_argument: str | None
    #: Every field the body may have, of every variant.
    body_fields: frozenset[str]
    #: (name in the spec, keyword of the method) of the path and query parameters.
    path: tuple[tuple[str, str], ...]
    query: tuple[tuple[str, str], ...]
    #: (module under ``models``, class) of the request body, if the operation has one.
    body: tuple[str, str] | None
    #: The names of the client's pre-send checks of the query and the body.
    query_check: str | None
    body_check: str | None

    @property
    def resources(self) -> tuple[str, ...]:
        """The resources that select this tool: ``smart_trades``, and ``smart_trades.x`` if nested."""
        return tuple(".".join(self.call[:depth]) for depth in range(1, len(self.call)))

    def as_mcp(self) -> types.Tool:
        return types.Tool(
            name=self.name,
            description=self.description,
            inputSchema=self.input_schema,
            annotations=types.ToolAnnotations(
                readOnlyHint=not self.writes,
                destructiveHint=self.writes,
                idempotentHint=not self.writes,
                openWorldHint=True,
            ),
        )


def load_table(path: Path = TOOLS_FILE) -> dict[str, Any]:
    """``tools.json``: the package's version and its tools."""
    table: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return table


def load_tools(table: Mapping[str, Any] | None = None) -> list[Tool]:
    """Every tool of this package, in the order of the client's resources."""
    table = load_table() if table is None else table
    return [
        Tool(
            name=entry["name"],
            call=tuple(entry["call"]),
            operation_id=entry["operation_id"],
            description=entry["description"],
            writes=entry["writes"],
            input_schema=entry["input_schema"],
            arguments=frozenset(entry["arguments"]),
            body_argument=entry["body_argument"],
            body_fields=frozenset(entry["body_fields"]),
            path=tuple((wire, python) for wire, python in entry["path"]),
            query=tuple((wire, python) for wire, python in entry["query"]),
            body=None if entry["body"] is None else (entry["body"][0], entry["body"][1]),
            query_check=entry["checks"]["query"],
            body_check=entry["checks"]["body"],
        )
        for entry in table["tools"]
    ]


class SelectionError(ValueError):
    """``--tools`` or ``--exclude`` names no tool and no resource."""


def select_tools(
    tools: Sequence[Tool], *, allow_writes: bool, include: Iterable[str] = (), exclude: Iterable[str] = ()
) -> list[Tool]:
    """The tools the server offers: those ``include`` names (all if empty), minus ``exclude``,
    minus every tool that changes state unless ``allow_writes``.

    A name is a tool (``smart_trades_create``) or a resource (``smart_trades``, or
    ``smart_trades.trades`` for a nested one); one that is neither is an error, so that a typo
    does not silently leave a tool on or off.
    """
    include, exclude = list(include), list(exclude)
    known = {tool.name for tool in tools} | {resource for tool in tools for resource in tool.resources}
    unknown = sorted(set(include + exclude) - known)
    if unknown:
        resources = sorted({resource for tool in tools for resource in tool.resources})
        raise SelectionError(
            f"no tool or resource named {', '.join(unknown)} (resources: {', '.join(resources)})"
        )

    def named(tool: Tool, names: list[str]) -> bool:
        return tool.name in names or any(resource in names for resource in tool.resources)

    return [
        tool
        for tool in tools
        if (not include or named(tool, include))
        and not named(tool, exclude)
        and (allow_writes or not tool.writes)
    ]


class Redactor:
    """Replaces the credentials in text and in JSON values by ``***``."""

    def __init__(self, secrets: Iterable[str | None]) -> None:
        found: set[str] = set()
        for secret in secrets:
            if not secret:
                continue
            found.add(secret)
            # A PEM key: each line of it too, since an echo may quote one line alone.
            found.update(line.strip() for line in secret.splitlines() if len(line.strip()) >= 16)
        found.discard("")
        self.secrets = sorted(found, key=len, reverse=True)  # the longest first: no part left behind

    @classmethod
    def from_environment(cls) -> Redactor:
        return cls(os.environ.get(name) for name in (ENV_API_KEY, ENV_API_SECRET, ENV_PRIVATE_KEY))

    def text(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text

    def value(self, value: Any) -> Any:
        """A JSON value with every string (and object key) redacted."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {self.text(key): self.value(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.value(item) for item in value]
        return value


class RedactingFilter(logging.Filter):
    """Redacts every record a handler writes: its message and its traceback, formatted here."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self.redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = self.redactor.text(record.getMessage()), None
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        if record.exc_text:
            record.exc_text = self.redactor.text(record.exc_text)
        return True


class ArgumentError(ValueError):
    """Tool arguments that cannot be a call: not an object, an unknown name, a missing path value."""


def exact_numbers(value: Any) -> Any:
    """Tool arguments with every float as the Decimal of its shortest form (``0.1`` → ``Decimal('0.1')``).

    The MCP library has already read the assistant's JSON numbers as floats; their shortest
    form is the number as written, which the client takes exactly (it refuses floats).
    """
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, dict):
        return {key: exact_numbers(item) for key, item in value.items()}
    if isinstance(value, list):
        return [exact_numbers(item) for item in value]
    return value


def _pre_send_check(name: str) -> Any:
    # The client's compiled checks of the spec, the ones its methods run: an assistant gets the
    # client's message (parameter and rule) for the arguments it sent, in the form it sent them.
    return getattr(import_module(f"{_PACKAGE}._checks"), name)


def call_arguments(tool: Tool, arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The tool's arguments (the spec's names, the body flat) as the keywords of its client method.

    The query and the body are checked first by the client's own pre-send checks, which raise
    :class:`~threecommas.RequestValidationError` naming the field and the rule.
    """
    import attrs  # imported at the first call, as the client's models do: not at start-up

    from .._validation import validate_request

    if not isinstance(arguments, Mapping):
        raise ArgumentError("the arguments must be a JSON object")
    unknown = sorted(set(arguments) - tool.arguments)
    if unknown:
        raise ArgumentError(f"{tool.name} takes no argument {', '.join(map(repr, unknown))}")
    values = dict(arguments)
    keywords: dict[str, Any] = {}
    for wire, python in tool.path:
        if wire not in values:
            raise ArgumentError(f"{wire}: is required (a part of the path)")
        keywords[python] = exact_numbers(values.pop(wire))
    query = {wire: values.pop(wire) for wire, _ in tool.query if wire in values}
    if tool.body_argument is not None:
        values = values.pop(tool.body_argument, {})
        if not isinstance(values, Mapping):
            raise ArgumentError(f"{tool.body_argument}: must be a JSON object (the request body)")
        unknown = sorted(set(values) - tool.body_fields)
        if unknown:
            raise ArgumentError(f"{tool.body_argument} has no field {', '.join(map(repr, unknown))}")
    if tool.query_check is not None:
        validate_request(tool.operation_id, query, _pre_send_check(tool.query_check))
    by_wire = dict(tool.query)
    keywords.update((by_wire[wire], exact_numbers(value)) for wire, value in query.items())
    if tool.body is not None:
        if tool.body_check is not None:
            validate_request(tool.operation_id, values, _pre_send_check(tool.body_check))
        module, class_name = tool.body
        body_class = getattr(import_module(f"{_PACKAGE}.models.{module}"), class_name)
        try:
            body = body_class.from_dict(exact_numbers(values))
        except (KeyError, ValueError, TypeError) as error:
            raise ArgumentError(f"the body cannot be read: {error}") from None
        for field in attrs.fields(body_class):
            value = getattr(body, field.name)
            if value is not UNSET:
                keywords[field.alias] = value
    return keywords


async def call_tool(client: Any, tool: Tool, arguments: Mapping[str, Any]) -> Any:
    """Call the tool's client method once; the answer as JSON values, numbers exact."""
    import msgspec

    target: Any = client
    for attribute in tool.call[:-1]:
        target = getattr(target, attribute)
    method = getattr(target.with_raw_response, tool.call[-1])
    raw = await method(**call_arguments(tool, arguments))
    raw.parse()  # read as the spec says (an answer that cannot be read is an error)
    content: bytes = raw.content  # the body as received
    if not content.strip():
        return None
    try:
        return msgspec.json.Decoder(float_hook=Decimal).decode(content)
    except msgspec.DecodeError:
        return content.decode("utf-8", "replace")


def json_text(value: Any) -> str:
    """``value`` as JSON, each Decimal written as its exact number (the digits it came with)."""
    import msgspec

    return msgspec.json.Encoder(decimal_format="number").encode(value).decode("utf-8")


class ToolServer:
    """The MCP server: the offered tools, the client that calls them, the redactor of outputs."""

    def __init__(
        self,
        client: Any,
        tools: Sequence[Tool],
        offered: Sequence[Tool],
        redactor: Redactor,
        *,
        version: str,
        allow_writes: bool,
    ) -> None:
        #: The package's AsyncClient; its methods are reached by the names of the tool table.
        self.client = client
        self.tools = {tool.name: tool for tool in tools}
        self.offered = {tool.name: tool for tool in offered}
        self.redactor = redactor
        self.allow_writes = allow_writes
        instructions = self.instructions()
        self.server: Server[Any, Any] = Server("threecommas", version=version, instructions=instructions)
        self.server.list_tools()(self.list_tools)  # type: ignore[no-untyped-call]
        # The input is checked by the client's own checks (their messages name field and rule),
        # not by the library's generic validator.
        self.server.call_tool(validate_input=False)(self.call)

    def instructions(self) -> str:
        """What the assistant is told when it connects: what the tools are, and what is held back."""
        held_back = 0 if self.allow_writes else sum(tool.writes for tool in self.tools.values())
        text = (
            "Tools of the 3Commas API: each calls one operation, its input the API's request as the "
            "reference states it; the answer is the API's JSON as received."
        )
        if held_back:
            text += (
                f" This server is read-only: {held_back} tools that place, change or cancel orders and "
                f"other state are not offered; the user can start it with --allow-writes."
            )
        return text

    async def list_tools(self) -> list[types.Tool]:
        return [tool.as_mcp() for tool in self.offered.values()]

    async def call(self, name: str, arguments: dict[str, Any]) -> types.CallToolResult:
        started = time.monotonic()
        tool = self.offered.get(name)
        if tool is None:
            return self.error(name, self.refusal(name))
        try:
            answer = await call_tool(self.client, tool, arguments)
        except (ThreeCommasError, ArgumentError) as error:
            return self.error(name, str(error))
        except Exception as error:  # a bug, said as one line; the traceback goes to the log, redacted
            logger.exception("tool %s failed", name)
            return self.error(name, f"{type(error).__name__}: {error}")
        text = json_text(self.redactor.value(answer))
        logger.info("tool %s: ok in %.0f ms", name, (time.monotonic() - started) * 1000)
        return types.CallToolResult(content=[types.TextContent(type="text", text=text)], isError=False)

    def refusal(self, name: str) -> str:
        known = self.tools.get(name)
        if known is None:
            return f"no tool named {name!r}"
        if known.writes and name not in self.offered:
            return (
                f"{name} changes state, and this server is read-only: start it with --allow-writes "
                f"(or {ENV_ALLOW_WRITES}=1) to offer it"
            )
        return f"{name} is not offered by this server (--tools / --exclude)"

    def error(self, name: str, message: str) -> types.CallToolResult:
        message = self.redactor.text(message)
        logger.info("tool %s: error: %s", self.redactor.text(name), message)
        return types.CallToolResult(content=[types.TextContent(type="text", text=message)], isError=True)

    async def serve_stdio(self) -> None:
        from mcp.server.stdio import stdio_server

        async with stdio_server() as (read, write):
            await self.server.run(read, write, self.server.create_initialization_options())

    async def serve_http(self, port: int, token: str | None) -> None:
        """Streamable HTTP at ``http://127.0.0.1:<port>/mcp`` (port 0: a free one, printed).

        Every request must carry ``Authorization: Bearer <token>``: 127.0.0.1 keeps other
        machines out, but not the other users and programs of this one, and the server places
        orders with your keys. ``token`` None: one is made for this run and printed with the
        address (as Jupyter does); a token given through the environment is never printed.
        """
        import hmac
        import secrets
        import socket

        import uvicorn
        from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
        from mcp.server.transport_security import TransportSecuritySettings
        from starlette.applications import Starlette
        from starlette.routing import Route

        manager = StreamableHTTPSessionManager(
            app=self.server,
            # Only pages of this machine may call it (a web page's DNS rebinding cannot).
            security_settings=TransportSecuritySettings(
                enable_dns_rebinding_protection=True,
                allowed_hosts=[f"{HOST}:*", "localhost:*"],
                allowed_origins=[f"http://{HOST}:*", "http://localhost:*"],
            ),
        )

        printed = token is None
        expected = f"Bearer {token or secrets.token_urlsafe(32)}".encode()

        class Endpoint:
            async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
                given = dict(scope["headers"]).get(b"authorization", b"")
                if not hmac.compare_digest(given, expected):  # in constant time: no guessing by timing
                    await refuse(send)
                    return
                await manager.handle_request(scope, receive, send)

        async def refuse(send: Send) -> None:
            hint = f"send Authorization: Bearer <the token printed at start, or {ENV_TOKEN}>"
            body = json.dumps({"error": hint}).encode()
            headers = [(b"content-type", b"application/json"), (b"www-authenticate", b"Bearer")]
            await send({"type": "http.response.start", "status": 401, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        @asynccontextmanager
        async def lifespan(_: Starlette) -> AsyncIterator[None]:
            async with manager.run():
                yield

        app = Starlette(routes=[Route("/mcp", Endpoint())], lifespan=lifespan)
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((HOST, port))
        print(f"threecommas-mcp: http://{HOST}:{listener.getsockname()[1]}/mcp", file=sys.stderr, flush=True)
        if printed:
            print(
                f'threecommas-mcp: send the header "Authorization: {expected.decode()}"',
                file=sys.stderr,
                flush=True,
            )
        config = uvicorn.Config(app, log_config=None, log_level="warning", lifespan="on")
        await uvicorn.Server(config).serve(sockets=[listener])


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="threecommas-mcp",
        description="The 3Commas API as MCP tools. Keys: THREECOMMAS_API_KEY and THREECOMMAS_API_SECRET "
        "(or THREECOMMAS_PRIVATE_KEY); THREECOMMAS_BASE_URL for another server.",
    )
    writes = parser.add_mutually_exclusive_group()
    writes.add_argument(
        "--allow-writes",
        action="store_true",
        default=None,
        help=f"also offer the tools that change state: orders, cancels, updates ({ENV_ALLOW_WRITES}=1)",
    )
    writes.add_argument(
        "--read-only",
        dest="allow_writes",
        action="store_false",
        help="offer only the tools that change nothing (the default; overrides the variable)",
    )
    for option, meaning in (("--tools", "only these"), ("--exclude", "not these")):
        parser.add_argument(
            option, action="append", default=[], metavar="NAMES", help=f"{meaning} tools or resources (a,b)"
        )
    parser.add_argument(
        "--transport",
        choices=("stdio", "http"),
        default="stdio",
        help=f"default: stdio; http asks for a bearer token ({ENV_TOKEN}, or one made and printed)",
    )
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"on {HOST}; default {DEFAULT_PORT}, 0: any free port"
    )
    parser.add_argument("--list", action="store_true", help="print the offered tools' names and exit")
    options = parser.parse_args(argv)
    if options.allow_writes is None:
        options.allow_writes = _truthy(os.environ.get(ENV_ALLOW_WRITES))
    return options


def _names(values: Iterable[str]) -> list[str]:
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


def configure_logging(redactor: Redactor) -> None:
    """Log lines to stderr (stdout is the stdio transport's), every one redacted."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter(redactor))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.WARNING)
    logger.setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    """``threecommas-mcp``: serve until the assistant disconnects (stdio) or Ctrl-C (HTTP)."""
    options = parse_arguments(argv)
    redactor = Redactor.from_environment()
    configure_logging(redactor)
    table = load_table()
    tools = load_tools(table)
    try:
        offered = select_tools(
            tools,
            allow_writes=options.allow_writes,
            include=_names(options.tools),
            exclude=_names(options.exclude),
        )
    except SelectionError as error:
        print(f"threecommas-mcp: {error}", file=sys.stderr)
        return 2
    if options.list:
        print("\n".join(tool.name for tool in offered))
        return 0
    try:
        client = import_module(f"{_PACKAGE}.client").AsyncClient()
    except ValueError as error:  # no key, or a malformed one: the message never shows the value
        print(f"threecommas-mcp: {redactor.text(str(error))}", file=sys.stderr)
        return 2
    mode = "read and write" if options.allow_writes else "read-only"
    logger.info("%d of %d tools offered (%s)", len(offered), len(tools), mode)
    server = ToolServer(
        client, tools, offered, redactor, version=table["version"], allow_writes=options.allow_writes
    )

    async def serve() -> None:
        async with client:
            if options.transport == "http":
                await server.serve_http(options.port, os.environ.get(ENV_TOKEN) or None)
            else:
                await server.serve_stdio()

    with suppress(KeyboardInterrupt):  # Ctrl-C ends the HTTP server: not an error
        anyio.run(serve)
    return 0
