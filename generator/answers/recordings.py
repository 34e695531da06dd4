"""Recorded HTTP exchanges, one at a time, out of HAR 1.2 files, go-vcr v2 and vcrpy cassettes.

The format is read from the content, not the name: JSON with a ``log`` is HAR (what browsers and
proxies export), JSON or YAML with ``interactions`` is a cassette, and each interaction's shape
says whose (go-vcr v2 writes ``url`` and ``code``, vcrpy ``uri`` and ``status.code``). Files are
streamed: a HAR's entries come out of ijson one by one, a YAML cassette's interactions are cut at
the items of its ``interactions`` sequence and each is loaded alone, so memory holds one exchange,
never the file. A recording that cannot be read raises :class:`RecordingError` with the file and
where in it; its message never quotes the recording, which may hold credentials.
"""

from __future__ import annotations

import base64
import gzip
import re
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

#: Suffixes read when a folder is given (a file named on the command line is read whatever its name).
RECORDING_SUFFIXES = (".har", ".json", ".yaml", ".yml")
#: How much of a file is looked at to tell its format.
_SNIFF_BYTES = 4096


@dataclass(frozen=True)
class Exchange:
    """One request and its answer, as recorded; ``index`` counts from 0 within the file."""

    file: str
    index: int
    method: str
    url: str
    request_headers: tuple[tuple[str, str], ...]
    request_body: str | None
    status: int
    response_headers: tuple[tuple[str, str], ...]
    response_body: str | None

    @property
    def where(self) -> str:
        return f"{self.file}#{self.index}"

    def request_header(self, name: str) -> str | None:
        return _header(self.request_headers, name)

    def response_header(self, name: str) -> str | None:
        return _header(self.response_headers, name)


def _header(headers: Sequence[tuple[str, str]], name: str) -> str | None:
    wanted = name.lower()
    return next((value for key, value in headers if key.lower() == wanted), None)


class RecordingError(Exception):
    """A recording that cannot be read: the file, where in it, and why (never its content)."""

    def __init__(self, file: str, where: str, reason: str) -> None:
        self.file, self.where, self.reason = file, where, reason
        super().__init__(f"{file}:{where}: {reason}")


def recording_files(paths: Sequence[Path]) -> list[Path]:
    """Files as given; each folder replaced by its recordings, recursively and in name order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in RECORDING_SUFFIXES
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def read_exchanges(paths: Sequence[Path]) -> Iterator[Exchange]:
    """Every exchange of every recording, file by file, in order."""
    for path in recording_files(paths):
        yield from read_recording(path)


def read_recording(path: Path) -> Iterator[Exchange]:
    name = str(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
            handle.seek(0)
            text_head = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
            if text_head.startswith("{"):
                yield from _json_recording(name, handle, text_head)
            else:
                yield from _yaml_cassette(name, handle)
    except OSError as error:
        raise RecordingError(name, "1", f"cannot read: {error.strerror or error}") from error


# --- HAR and JSON cassettes -------------------------------------------------------------------


def _json_recording(name: str, handle: IO[bytes], head: str) -> Iterator[Exchange]:
    import ijson  # type: ignore[import-untyped,import-not-found,unused-ignore]

    log = head.find('"log"')
    interactions = head.find('"interactions"')
    convert: Callable[[str, int, Any], Exchange]
    if log >= 0 and (interactions < 0 or log < interactions):
        prefix, convert = "log.entries.item", _har_entry
    elif interactions >= 0:
        prefix, convert = "interactions.item", _cassette_interaction
    else:
        raise RecordingError(
            name, "1", "JSON, but neither a HAR file (`log`) nor a cassette (`interactions`)"
        )
    index = 0
    try:
        for item in ijson.items(handle, prefix, use_float=True):
            yield convert(name, index, item)
            index += 1
    except ijson.JSONError as error:
        # ijson's message quotes the text around the fault: it is not repeated here.
        raise RecordingError(
            name, f"entry {index}", "not valid JSON (the file ends or breaks here)"
        ) from error
    except UnicodeDecodeError as error:
        raise RecordingError(name, f"entry {index}", "not UTF-8 text") from error


def _har_entry(name: str, index: int, entry: Any) -> Exchange:
    where = f"entry {index}"
    request = _field(entry, "request", Mapping, name, where)
    response = _field(entry, "response", Mapping, name, where)
    content = response.get("content") or {}
    body = content.get("text") if isinstance(content, Mapping) else None
    if isinstance(body, str) and content.get("encoding") == "base64":
        body = _text(_base64(body, name, where), name, where)
    post = request.get("postData") or {}
    return Exchange(
        file=name,
        index=index,
        method=str(_field(request, "method", str, name, where)).upper(),
        url=str(_field(request, "url", str, name, where)),
        request_headers=_har_headers(request.get("headers")),
        request_body=post.get("text")
        if isinstance(post, Mapping) and isinstance(post.get("text"), str)
        else None,
        status=_status(response.get("status"), name, where),
        response_headers=_har_headers(response.get("headers")),
        response_body=body if isinstance(body, str) else None,
    )


def _har_headers(headers: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(headers, list):
        return ()
    return tuple((str(h.get("name", "")), str(h.get("value", ""))) for h in headers if isinstance(h, Mapping))


# --- YAML cassettes -------------------------------------------------------------------------

#: ``interactions:`` at the top level, with nothing (a block sequence follows) or ``[]`` after it.
_INTERACTIONS = re.compile(r"interactions:\s*(\[\s*\])?\s*(#.*)?$")
_ITEM = re.compile(r"^( *)-(?: |$)")  # anchored: a search is linear


def _yaml_cassette(name: str, handle: IO[bytes]) -> Iterator[Exchange]:
    """Each item of the top-level ``interactions`` block sequence, loaded alone.

    In a block sequence every item starts with ``-`` at the sequence's indentation, and nothing
    inside an item (block scalars included) goes back to that column: the cut is exact for the
    block style both recorders write. A line less indented ends the sequence.
    """
    lines = _lines(name, handle)
    found = False
    for _number, line in lines:
        match = _INTERACTIONS.match(line)
        if match:
            found = True
            if match.group(1):
                return
            break
    if not found:
        raise RecordingError(
            name, "1", "neither a HAR file nor a cassette (no top-level `interactions` sequence)"
        )
    index = 0
    indent: int | None = None
    item: list[str] = []
    start = 0
    for number, line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            item.append(line)
            continue
        depth = len(line) - len(line.lstrip(" "))
        match = _ITEM.match(line)
        if indent is None:
            if not match:
                raise RecordingError(name, str(number), "`interactions` is not a block sequence")
            indent = depth
        if match and depth == indent:
            if item and start:
                yield _yaml_item(name, index, start, item)
                index += 1
            item, start = [line], number
        elif depth <= indent:
            break  # the next top-level key
        else:
            item.append(line)
    if item and start:
        yield _yaml_item(name, index, start, item)


def _lines(name: str, handle: IO[bytes]) -> Iterator[tuple[int, str]]:
    for number, raw in enumerate(handle, start=1):
        try:
            yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8").rstrip("\r\n")
        except UnicodeDecodeError as error:
            raise RecordingError(name, str(number), "not UTF-8 text") from error


def _yaml_item(name: str, index: int, start: int, lines: list[str]) -> Exchange:
    import yaml  # type: ignore[import-untyped]

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        loaded = yaml.load("\n".join(lines), Loader=loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = start + mark.line if mark is not None else start
        # The problem only (no snippet: PyYAML's context quotes the recording).
        problem = getattr(error, "problem", None) or "not valid YAML"
        raise RecordingError(name, str(line), f"interaction {index}: {problem}") from error
    if not isinstance(loaded, list) or len(loaded) != 1:
        raise RecordingError(name, str(start), f"interaction {index}: not one item")
    return _cassette_interaction(name, index, loaded[0], f"{start}")


def _cassette_interaction(name: str, index: int, item: Any, line: str = "") -> Exchange:
    where = line or f"interaction {index}"
    request = _field(item, "request", Mapping, name, where)
    response = _field(item, "response", Mapping, name, where)
    if "url" in request:  # go-vcr v2
        url = _field(request, "url", str, name, where)
        status = _status(response.get("code"), name, where)
        body = response.get("body")
    else:  # vcrpy
        url = _field(request, "uri", str, name, where)
        status_field = response.get("status")
        status = _status(status_field.get("code") if isinstance(status_field, Mapping) else None, name, where)
        body = response.get("body")
        body = body.get("string") if isinstance(body, Mapping) else body
    response_headers = _cassette_headers(response.get("headers"))
    return Exchange(
        file=name,
        index=index,
        method=str(_field(request, "method", str, name, where)).upper(),
        url=str(url),
        request_headers=_cassette_headers(request.get("headers")),
        request_body=_body(request.get("body"), (), name, where),
        status=status,
        response_headers=response_headers,
        response_body=_body(body, response_headers, name, where),
    )


def _cassette_headers(headers: Any) -> tuple[tuple[str, str], ...]:
    """Headers as both recorders write them: a name to a list of values (or to one value)."""
    if not isinstance(headers, Mapping):
        return ()
    pairs: list[tuple[str, str]] = []
    for key, values in headers.items():
        for value in values if isinstance(values, list) else [values]:
            pairs.append((str(key), str(value)))
    return tuple(pairs)


def _body(body: Any, headers: Sequence[tuple[str, str]], name: str, where: str) -> str | None:
    """A body as text; bytes (YAML ``!!binary``) unzipped when the headers say so."""
    if body is None or body == "":
        return None if body is None else ""
    if isinstance(body, bytes):
        encoding = (_header(headers, "content-encoding") or "").lower()
        try:
            if encoding == "gzip" or body[:2] == b"\x1f\x8b":
                body = gzip.decompress(body)
            elif encoding == "deflate":
                body = zlib.decompress(body)
        except (OSError, EOFError, zlib.error) as error:
            raise RecordingError(name, where, f"body: not valid {encoding or 'gzip'} data") from error
        return _text(body, name, where)
    return str(body)


def _base64(text: str, name: str, where: str) -> bytes:
    try:
        return base64.b64decode(text, validate=False)
    except ValueError as error:
        raise RecordingError(name, where, "body: not valid base64") from error


def _text(data: bytes, name: str, where: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise RecordingError(name, where, "body: not UTF-8 text") from error


def _field(container: Any, key: str, kind: Any, name: str, where: str) -> Any:
    if not isinstance(container, Mapping):
        raise RecordingError(name, where, "an exchange is not an object")
    value = container.get(key)
    if not isinstance(value, kind):
        what = "an object" if kind is Mapping else "text"
        raise RecordingError(name, where, f"`{key}` missing or not {what}")
    return value


def _status(value: Any, name: str, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise RecordingError(name, where, "the response has no status code")
    try:
        status = int(value)
    except ValueError as error:
        raise RecordingError(name, where, "the response's status code is not a number") from error
    if not 100 <= status <= 599:
        raise RecordingError(name, where, f"the response's status code {status} is not an HTTP status")
    return status
