"""Reads a markdown reference document into the document model.

markdown-it-py does the markdown; this module walks its top-level blocks, groups them into
sections by heading, and recognises the section shapes the reference uses:

* an *operation*: a heading ``Title (Permission: X, Security: Y)``, a fence ``METHOD /path``,
  ``**Weight:**`` and ``**Parameters:**`` followed by a table or ``NONE``;
* an *entity*: a heading ``SomethingEntity`` with a pseudo-JSON example block;
* *general information*: base URL, error payload, security types, signing rule, limits;
* anything else, kept as prose so that nothing in the reference is lost.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from generator.diagnostics import DiagnosticSink, Location
from generator.document import cells
from generator.document.entity import read_entity_block
from generator.document.model import (
    Document,
    Entity,
    GeneralInfo,
    HttpMethod,
    NamedList,
    Operation,
    Parameter,
    SecurityType,
    ValueSpec,
)

# Every pattern here is linear in the line's length (tests/robustness/test_patterns.py): a
# captured text that is trimmed starts and ends at a non-space character (``(?<!\s)`` where it
# ends) and the spaces around it are matched possessively (``\s*+``), so no two quantifiers can
# trade the same characters back and forth; ``[^*]+?\s*:?\s*\*\*`` took a minute on a line of
# spaces.
_OPERATION_HEADING = re.compile(
    r"^(?P<title>.*?)(?<!\s)\s*+\(\s*+Permission\s*+:\s*+(?P<permission>(?:[^,()\s][^,()]*?(?<!\s))?)\s*+,"
    r"\s*+Security\s*+:\s*+(?P<security>(?:[^,()\s][^,()]*?(?<!\s))?)\s*+\)\s*+$",
    re.IGNORECASE,
)
_ENDPOINT = re.compile(r"^\s*(?P<method>GET|POST|PUT|PATCH|DELETE)\s+(?P<path>/\S*)\s*$", re.IGNORECASE)
_ENTITY_HEADING = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_DEPRECATED_TITLE = re.compile(r"^DEPRECATED\b\s*+[,:.\-\u2013]?\s*+", re.IGNORECASE)
_LABEL = re.compile(r"^\*\*(?P<label>[^*]+?)(?<!\s)\s*+:?\s*+\*\*\s*+:?\s*+(?P<rest>.*)$", re.DOTALL)
_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s*)<>`]+")
_STATUS_NOTE = re.compile(
    r"HTTP\s+`?(?P<code>\d(?:\d\d|XX))`?\s+return codes?\s+(?:is|are)\s+used\s+(?P<rest>.*)"
)
# An unclosed ``/*`` is matched to the end as ``unclosed`` and kept (the example is then not
# JSON): without that alternative every ``/*`` of ``/*/*/*...`` would scan to the end.
_JSON_COMMENT = re.compile(r"/\*.*?\*/|(?P<unclosed>/\*.*)|(?<![:\"'])//[^\n]*", re.DOTALL)

_COLUMNS = {
    "name": "name",
    "type": "type",
    "mandatory": "mandatory",
    "required": "mandatory",
    "values(default)": "values",
    "values": "values",
    "values (default)": "values",
    "description": "description",
}


def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": True}).enable("table")


@dataclass
class _Block:
    """One top-level markdown block: its tokens and the source lines it spans."""

    tokens: list[Token]
    start: int  # 0-based first line
    end: int  # 0-based line after the last

    @property
    def kind(self) -> str:
        return self.tokens[0].type.removesuffix("_open")

    @property
    def inline(self) -> str:
        return next((t.content for t in self.tokens if t.type == "inline"), "")


@dataclass
class _Section:
    heading: _Block | None
    level: int
    blocks: list[_Block] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.heading.inline.strip() if self.heading else ""


class _Reader:
    def __init__(self, path: str, text: str, sink: DiagnosticSink) -> None:
        self.path = path
        self.lines = text.splitlines()
        self.sink = sink
        self.tokens = _markdown().parse(text)

    def location(self, line0: int, column: int = 1) -> Location:
        return Location(self.path, line0 + 1, column)

    def source(self, block: _Block) -> str:
        return "\n".join(self.lines[block.start : block.end]).strip()

    def blocks(self) -> Iterator[_Block]:
        tokens = self.tokens
        index = 0
        while index < len(tokens):
            token = tokens[index]
            end = index
            if token.nesting == 1:
                depth = 0
                for end in range(index, len(tokens)):
                    depth += tokens[end].nesting
                    if depth == 0:
                        break
            span = token.map or [0, 0]
            yield _Block(tokens[index : end + 1], span[0], span[1])
            index = end + 1

    def sections(self) -> list[_Section]:
        sections = [_Section(None, 0)]
        for block in self.blocks():
            if block.kind == "heading":
                sections.append(_Section(block, int(block.tokens[0].tag[1:])))
            else:
                sections[-1].blocks.append(block)
        return sections

    def read(self) -> Document:
        sections = self.sections()
        title = next((s.title for s in sections if s.level == 1), "")
        if not title:
            self.sink.warning(self.location(0), "document has no '# Title' heading; its tag is the file name")
            title = self.path.rsplit("/", 1)[-1].removesuffix(".md")
        operations: list[Operation] = []
        entities: list[Entity] = []
        named_lists: list[NamedList] = []
        prose: list[str] = []
        general = _GeneralCollector(self)
        chapter = title
        for section in sections:
            if section.level == 1:
                # Operations are tagged by the chapter (H1) they stand in.
                chapter = section.title
            kind = self.classify(section)
            if kind == "operation":
                operation = self.read_operation(section, chapter)
                if operation is not None:
                    operations.append(operation)
            elif kind == "entity":
                entity = self.read_entity(section, chapter)
                if entity is not None:
                    entities.append(entity)
            else:
                named_lists.extend(self.read_named_lists(section))
                general.collect(section)
                prose.extend(self.prose_of(section))
        return Document(
            path=self.path,
            title=title,
            operations=tuple(operations),
            entities=tuple(entities),
            named_lists=tuple(named_lists),
            general=general.result(),
            prose=tuple(prose),
        )

    # -- classification ------------------------------------------------------------------

    def classify(self, section: _Section) -> str:
        if section.heading is None:
            return "prose"
        if _OPERATION_HEADING.match(section.title) or any(self.endpoint_of(b) for b in section.blocks):
            return "operation"
        first_fence = next((b for b in section.blocks if b.kind in {"fence", "code_block"}), None)
        if (
            _ENTITY_HEADING.match(section.title)
            and first_fence is not None
            and first_fence.tokens[0].content.lstrip().startswith("{")
        ):
            return "entity"
        return "prose"

    def endpoint_of(self, block: _Block) -> re.Match[str] | None:
        if block.kind not in {"fence", "code_block"}:
            return None
        lines = [line for line in block.tokens[0].content.splitlines() if line.strip()]
        return _ENDPOINT.match(lines[0]) if lines else None

    # -- operations ----------------------------------------------------------------------

    def read_operation(self, section: _Section, document_title: str) -> Operation | None:
        assert section.heading is not None
        heading_location = self.location(section.heading.start)
        heading = _OPERATION_HEADING.match(section.title)
        if heading is None:
            self.sink.warning(
                heading_location,
                f"operation heading {section.title!r} does not say '(Permission: X, Security: Y)'; "
                "read as SIGNED with no permission",
                "heading",
            )
            title, permission, security = section.title, None, None
        else:
            title = heading.group("title").strip()
            permission = heading.group("permission").strip() or None
            security = heading.group("security").strip() or None
        deprecated = _DEPRECATED_TITLE.match(title)
        if deprecated:
            title = title[deprecated.end() :] or title
        endpoint: re.Match[str] | None = None
        weight: int | None = None
        parameters: list[Parameter] | None = None
        expecting_table_at: _Block | None = None
        notes: list[str] = []
        for block in section.blocks:
            if (match := self.endpoint_of(block)) is not None:
                if endpoint is not None:
                    self.sink.error(
                        self.location(block.start), "operation has a second 'METHOD /path' fence", "fence"
                    )
                endpoint = match
                continue
            label = _LABEL.match(block.inline.strip()) if block.kind == "paragraph" else None
            if label and label.group("label").strip().lower() == "weight":
                weight = self.read_weight(label.group("rest"), block)
                continue
            if label and label.group("label").strip().lower() == "parameters":
                rest = label.group("rest").strip()
                if rest.upper() == "NONE":
                    parameters = []
                elif rest:
                    self.sink.error(
                        self.location(block.start),
                        "parameters table is broken: a table needs a header row, a '---|---' line and rows",
                        "table",
                    )
                    parameters = []
                else:
                    expecting_table_at = block
                continue
            if block.kind == "table":
                if parameters:
                    self.sink.error(
                        self.location(block.start), "operation has a second parameters table", "table"
                    )
                parameters = self.read_table(block)
                expecting_table_at = None
                continue
            if expecting_table_at is not None and block.kind == "paragraph" and "|" in block.inline:
                self.sink.error(
                    self.location(block.start),
                    "parameters table is broken: a table needs a header row, a '---|---' line and rows",
                    "table",
                )
                expecting_table_at = None
                parameters = []
                continue
            notes.append(self.source(block))
        if endpoint is None:
            self.sink.error(
                heading_location,
                f"operation {title!r} has no fenced 'METHOD /path' block (e.g. ```\\nGET /ver1/ping\\n```)",
                "fence",
            )
            return None
        if expecting_table_at is not None:
            self.sink.error(
                self.location(expecting_table_at.start),
                "'**Parameters:**' is followed by neither a table nor NONE",
                "table",
            )
        if parameters is None:
            self.sink.warning(
                heading_location, f"operation {title!r} says nothing about its parameters", "table"
            )
            parameters = []
        return Operation(
            title=title,
            method=HttpMethod(endpoint.group("method").lower()),
            path=endpoint.group("path"),
            permission=permission,
            security=security,
            weight=weight,
            parameters=tuple(parameters),
            notes=tuple(n for n in notes if n),
            location=heading_location,
            document_title=document_title,
            deprecated=deprecated is not None,
        )

    def read_weight(self, text: str, block: _Block) -> int | None:
        cleaned = text.strip()
        if cleaned.isdigit():
            return int(cleaned)
        self.sink.warning(self.location(block.start), f"weight {cleaned!r} is not a whole number", "weight")
        return None

    def read_table(self, block: _Block) -> list[Parameter]:
        rows: list[tuple[int, list[str]]] = []
        current: list[str] = []
        row_line = block.start
        for token in block.tokens:
            if token.type == "tr_open":
                current = []
                row_line = token.map[0] if token.map else row_line
            elif token.type == "inline":
                current.append(token.content)
            elif token.type == "tr_close":
                rows.append((row_line, current))
        if not rows:
            self.sink.error(self.location(block.start), "parameters table is empty", "table")
            return []
        header_line, header = rows[0]
        columns: dict[str, int] = {}
        for index, name in enumerate(header):
            key = _COLUMNS.get(" ".join(name.lower().split()))
            if key and key not in columns:
                columns[key] = index
        missing = [c for c in ("name", "type") if c not in columns]
        if missing:
            self.sink.error(
                self.location(header_line),
                f"parameters table has no {' or '.join(missing)} column (header: {' | '.join(header)})",
                "table",
            )
            return []
        parameters: list[Parameter] = []
        seen: dict[str, tuple[int, list[str]]] = {}
        for line, row in rows[1:]:
            parameter = self.read_row(row, columns, line)
            if parameter is None:
                continue
            wire = parameter.name.wire_name
            if wire in seen:
                first_line, first_row = seen[wire]
                if [" ".join(c.split()) for c in first_row] == [" ".join(c.split()) for c in row]:
                    # The same row twice says nothing new: one copy is kept.
                    self.sink.warning(
                        self.location(line),
                        f"parameter {wire!r} is listed twice, identically (lines {first_line + 1} and "
                        f"{line + 1}); read once",
                        "duplicate-parameter",
                    )
                else:
                    self.sink.error(
                        self.location(line),
                        f"parameter {wire!r} is listed twice with different definitions (lines "
                        f"{first_line + 1} and {line + 1}); the table is ambiguous",
                        "duplicate-parameter",
                    )
                continue
            seen[wire] = (line, row)
            parameters.append(parameter)
        return parameters

    def read_row(self, row: Sequence[str], columns: dict[str, int], line: int) -> Parameter | None:
        def cell(key: str) -> str:
            index = columns.get(key)
            if index is None or index >= len(row):
                return ""
            return _BR.sub("\n", row[index]).strip()

        location = self.location(line)
        raw_name = cell("name")
        if not raw_name and not any(c.strip() for c in row):
            return None
        try:
            name = cells.parse_name(raw_name)
        except cells.CellError as error:
            self.sink.error(location, str(error), "name")
            return None
        try:
            type_ = cells.parse_type(cell("type"))
        except cells.CellError as error:
            self.sink.error(location, f"{name.wire_name}: {error}", "type")
            return None
        description = " ".join(cell("description").split())
        try:
            mandatory = cells.parse_mandatory(cell("mandatory"))
        except cells.CellError as error:
            self.sink.warning(location, f"{name.wire_name}: {error}; read as NO", "mandatory")
            mandatory = False
        try:
            values = cells.parse_values(cell("values"))
        except cells.CellError as error:
            self.sink.warning(location, f"{name.wire_name}: {error}; kept in the description", "values")
            description = f"{description} (Values: {cell('values')})".strip()
            values = ValueSpec()
        return Parameter(
            name=name,
            type=type_,
            mandatory=mandatory,
            values=values,
            description=description,
            location=location,
            description_location=location,
        )

    # -- entities ------------------------------------------------------------------------

    def read_entity(self, section: _Section, chapter: str) -> Entity | None:
        assert section.heading is not None
        fence = next(b for b in section.blocks if b.kind in {"fence", "code_block"})
        first_line = self.location(fence.start + (1 if fence.kind == "fence" else 0))
        fields = read_entity_block(fence.tokens[0].content, first_line, self.sink)
        if not fields:
            self.sink.warning(self.location(section.heading.start), f"entity {section.title} has no fields")
        return Entity(section.title, fields, self.location(section.heading.start), chapter)

    # -- prose ---------------------------------------------------------------------------

    def read_named_lists(self, section: _Section) -> Iterator[NamedList]:
        for before, block in zip(section.blocks, section.blocks[1:], strict=False):
            label = _LABEL.match(before.inline.strip()) if before.kind == "paragraph" else None
            if label and not label.group("rest").strip() and block.kind == "bullet_list":
                items = tuple(
                    t.content.strip() for t in block.tokens if t.type == "inline" and t.content.strip()
                )
                yield NamedList(label.group("label").strip().rstrip(":"), items, self.location(before.start))

    def prose_of(self, section: _Section) -> Iterator[str]:
        if section.heading is not None:
            yield self.source(section.heading)
        for block in section.blocks:
            text = self.source(block)
            if text:
                yield text


class _GeneralCollector:
    """Picks the general rules (base URL, errors, security, signing) out of prose sections."""

    def __init__(self, reader: _Reader) -> None:
        self.reader = reader
        self.base_url: str | None = None
        self.base_url_location: Location | None = None
        self.error_example: dict[str, object] | None = None
        self.error_notes: list[str] = []
        self.status_notes: list[tuple[str, str]] = []
        self.security_types: list[SecurityType] = []
        self.signing_rule = ""
        self.limits = ""
        self.found = False

    def collect(self, section: _Section) -> None:
        title = section.title.lower()
        if "signed" in title and "security" in title:
            self.signing_rule = "\n\n".join(self.reader.source(b) for b in section.blocks)
            self.found = True
        if title.strip() == "limits":
            self.limits = "\n\n".join(self.reader.source(b) for b in section.blocks)
            self.found = True
        previous_text = ""
        for block in section.blocks:
            if block.kind == "bullet_list":
                self.collect_items(block)
            elif block.kind == "table":
                self.collect_table(block)
            elif block.kind in {"fence", "code_block"} and "error payload" in previous_text.lower():
                self.collect_error_example(block)
            items = [t.content for t in block.tokens if t.type == "inline"]
            previous_text = items[-1] if items else ""

    def collect_items(self, block: _Block) -> None:
        previous = ""
        for token in block.tokens:
            if token.type == "fence" and "error payload" in previous.lower():
                self.parse_error_example(
                    token.content, self.reader.location(token.map[0] if token.map else 0)
                )
            if token.type != "inline":
                continue
            previous = token.content
            text = " ".join(token.content.split())
            location = self.reader.location(token.map[0] if token.map else block.start)
            lowered = text.lower()
            if "base endpoint" in lowered and (url := _URL.search(text)):
                self.base_url = url.group(0).rstrip("/.")
                self.base_url_location = location
                self.found = True
            elif match := _STATUS_NOTE.search(text):
                self.status_notes.append((match.group("code"), text))
            elif lowered.startswith(("error field", "error_description", "error_attributes")):
                self.error_notes.append(text)

    def collect_table(self, block: _Block) -> None:
        headers = [t.content.strip().lower() for t in block.tokens if t.type == "inline"]
        if headers[:1] != ["security type"]:
            return
        cells_ = [" ".join(t.content.split()) for t in block.tokens if t.type == "inline"]
        width = 2
        for index in range(width, len(cells_) - 1, width):
            self.security_types.append(SecurityType(cells_[index], cells_[index + 1]))
        self.found = True

    def collect_error_example(self, block: _Block) -> None:
        self.parse_error_example(block.tokens[0].content, self.reader.location(block.start))

    def parse_error_example(self, content: str, location: Location) -> None:
        try:
            loaded = json.loads(_JSON_COMMENT.sub(r"\g<unclosed>", content))
        except json.JSONDecodeError as error:
            self.reader.sink.warning(location, f"error payload example is not JSON: {error.msg}", "json")
            return
        except RecursionError:
            self.reader.sink.warning(location, "error payload example nests too deeply to read", "json")
            return
        if isinstance(loaded, dict):
            self.error_example = loaded
            self.found = True

    def result(self) -> GeneralInfo | None:
        if not self.found:
            return None
        return GeneralInfo(
            base_url=self.base_url,
            base_url_location=self.base_url_location,
            error_example=self.error_example,
            error_field_notes=tuple(self.error_notes),
            status_notes=tuple(self.status_notes),
            security_types=tuple(self.security_types),
            signing_rule=self.signing_rule,
            limits=self.limits,
        )


def read_document(path: str, text: str, sink: DiagnosticSink) -> Document:
    """Read one markdown reference document; problems go to ``sink``."""
    return _Reader(path, text, sink).read()
