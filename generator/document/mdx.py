"""Reads one MDX page of the current reference (the Docusaurus site) into the document model.

The page arrives as the mdast syntax tree the MDX parser made of it (see ``mdx_parse``); this
module walks that tree, never the text. See ``docs/mdx.md`` for the mapping of each component
and for the choices made where a page contradicts itself.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import PurePosixPath
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from generator.diagnostics import DiagnosticSink, Location
from generator.document.cells import MAX_NAME_DEPTH, CellError, parse_type
from generator.document.model import (
    Document,
    Entity,
    EntityField,
    ExampleAnswer,
    GeneralInfo,
    HttpMethod,
    NamedList,
    Operation,
    Parameter,
    ParameterName,
    Scalar,
    SecurityType,
    TypeRef,
    ValueKind,
    ValueSpec,
)
from generator.naming import answer_name, entity_page_name, title_words

Node = dict[str, Any]

PARAMETER_COMPONENTS = frozenset({"ApiParam", "CollapsibleApiParam"})
NESTED_COMPONENT = "CollapsibleNestedParams"
#: What a heading above parameters says about them.
_SECTIONS = {
    "path": "path",
    "query": "query",
    "body": "body",
    "request": "request",
    "response": "response",
    "attributes": "response",
}
_HEADING_WORDS = re.compile(r"^(?P<kind>path|query|body|request|response)(?:\s+parameters?)?$|^attributes$")
#: ``:id`` in an Endpoint url: a path parameter.
_COLON_PARAMETER = re.compile(r"(?<=/):(?P<name>[A-Za-z_]\w*)")
_STATUS = re.compile(r"^[1-5]\d\d$")
_ENTITY_PAGE = re.compile(r"^\d+_(?P<stem>.+_entity)$")
_POSSIBLE_VALUES = re.compile(
    r"(?:possible|allowed|available|accepted|supported)\s++values\s*+:?\s*+$", re.IGNORECASE
)
#: An Endpoint url written without its leading slash (``ver1/bots/:id``): a path segment first.
_RELATIVE_PATH = re.compile(r"^[A-Za-z0-9_.~-]++(?:/[^\s]*+)?$")
#: Digits with a comma for the decimal point (``"0,01"``), as some pages write bounds.
_COMMA_DECIMAL = re.compile(r"^-?\d+,\d+$")


@dataclass
class _Param:
    """An ``<ApiParam>`` as written: its attributes, text and nested parameters."""

    name: str
    type_text: str
    required: bool
    location: Location
    description_location: Location
    description: str = ""
    format: str = ""
    enum: list[str] = field(default_factory=list)
    default: str | None = None
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    min_length: int | None = None
    max_length: int | None = None
    children: list[_Param] = field(default_factory=list)
    #: Values a sentence of the description lists ("`buy` or `sell`."), and whether it lists null.
    prose_enum: list[str] = field(default_factory=list)
    prose_nullable: bool = False
    #: 0 for a parameter under a heading, its parent's + 1 when nested.
    depth: int = 0


@dataclass
class _Endpoint:
    method: HttpMethod
    path: str
    permission: str | None
    security: str | None
    location: Location


def read_mdx_document(path: str, tree: Node, sink: DiagnosticSink) -> Document:
    """The document model of one page; problems are located diagnostics, never exceptions."""
    return _PageReader(path, tree, sink).read()


def name_areas(documents: Sequence[Document]) -> list[Document]:
    """Pages read together: each folder's ``index.mdx`` names its area (``DCA Bot``, ``SmartTrade``).

    A page alone names its area after its folder (``dca-bot`` → ``Dca Bot``); an index page read
    with it gives its title instead, so that the operations' tag and the index's text (its
    description) meet under the name the site shows.
    """
    names = {
        PurePosixPath(d.path).parent: d.title for d in documents if PurePosixPath(d.path).name == "index.mdx"
    }

    def renamed(document: Document) -> Document:
        folder = PurePosixPath(document.path).parent
        area = names.get(folder)
        if area is None:
            return document
        around = tuple(names[parent] for parent in folder.parents if parent in names)
        return replace(
            document,
            operations=tuple(replace(o, document_title=area) for o in document.operations),
            entities=tuple(replace(e, chapter=area, areas=around) for e in document.entities),
        )

    return [renamed(d) for d in documents]


class _PageReader:
    def __init__(self, path: str, tree: Node, sink: DiagnosticSink) -> None:
        self.path = path
        self.tree = tree
        self.sink = sink
        self.title = ""
        self.page_id: str | None = None
        self.section: str | None = None
        self.heading = ""
        self.sections: dict[str, list[_Param]] = {}
        self.endpoint: _Endpoint | None = None
        self.example_methods: list[tuple[str, Location]] = []
        self.notes: list[str] = []
        self.answers: list[tuple[str, str, Location]] = []  # (status, json text, location)
        self.answer_blocks: dict[int, Location] = {}  # answer index → its code block
        self.shown_endpoints: list[tuple[str, str, Location]] = []
        #: An answer field listed more than once with different types: every listing, in order.
        self.rivals: dict[str, list[_Param]] = {}
        #: The example the answer's fields are read against: its text and its code block.
        self.example_source: tuple[str, Location] | None = None
        self.entity_links: list[tuple[str, str]] = []  # (url, text)
        self.base_url: tuple[str, Location] | None = None
        self.tables: list[tuple[str, list[list[str]], Location]] = []
        self.prose: list[str] = []
        self.algorithms: list[str] = []

    def location(self, node: Node) -> Location:
        line = node.get("line")
        column = node.get("column")
        return Location(
            self.path, line if isinstance(line, int) else 1, column if isinstance(column, int) else 1
        )

    # -- the walk ----------------------------------------------------------------------------

    def read(self) -> Document:
        self.title, self.page_id = self.frontmatter()
        stem = PurePosixPath(self.path).stem
        if _ENTITY_PAGE.match(stem):
            self.section = "response"  # an entity page lists its attributes, headed or not
        # A page of prose (a quick-start guide, an area's index): no operation and no entity, so
        # its "Request Parameters" or "Attributes" headings head text, and all of it is kept.
        self.prose_page = not _ENTITY_PAGE.match(stem) and (
            stem == "index" or not any(_attribute_elements(e, "permissions") for e in _endpoints(self.tree))
        )
        self.walk(self.tree.get("children", []))
        operations: tuple[Operation, ...] = ()
        entities: list[Entity] = []
        if self.endpoint is not None:
            operations = (self.operation(self.endpoint),)
        response = self.sections.get("response", [])
        entity_page = _ENTITY_PAGE.match(stem)
        if entity_page and response:
            shown = self.entity_example()
            entity = self.entity(entity_page_name(entity_page.group("stem"), self.title), response, shown)
            where = self.example_source[1] if self.example_source and shown is not None else None
            entities.append(replace(entity, example=shown, example_location=where))
        elif response and operations:
            answer = self.example_answer()
            entities.append(self.entity(answer_name(self.title, isinstance(answer, list)), response, answer))
        return Document(
            path=self.path,
            title=self.title,
            operations=operations,
            entities=tuple(entities),
            named_lists=tuple(self.named_lists()),
            general=self.general(),
            prose=tuple(self.prose) if not operations and not entities else (),
            page_id=self.page_id,
            shown_endpoints=tuple(self.shown_endpoints),
        )

    def frontmatter(self) -> tuple[str, str | None]:
        """The page's title (else its file name) and id, from its YAML front matter."""
        fallback = PurePosixPath(self.path).stem
        for node in self.tree.get("children", []):
            if node.get("type") != "yaml":
                continue
            try:
                loaded = YAML(typ="safe", pure=True).load(str(node.get("value", "")))
            except YAMLError:
                self.sink.warning(self.location(node), "the front matter is not YAML; title not read", "mdx")
                return fallback, None
            if isinstance(loaded, dict):
                title, page_id = loaded.get("title"), loaded.get("id")
                return (
                    str(title).strip() if isinstance(title, str) and title.strip() else fallback,
                    str(page_id).strip() if isinstance(page_id, str | int) else None,
                )
        return fallback, None

    def walk(self, nodes: Sequence[Node]) -> None:
        last: _Param | None = None
        for node in nodes:
            kind = node.get("type")
            name = node.get("name")
            if kind == "heading" or (kind == "mdxJsxFlowElement" and name in _JSX_HEADINGS):
                self.enter_heading(node)
                last = None
            elif kind == "paragraph" and (heading := _jsx_heading(node)) is not None:
                self.enter_heading(heading)  # `<h2> Query Parameter </h2>` on one line
                last = None
            elif name in PARAMETER_COMPONENTS and last is not None and _is_values_block(node):
                self.read_values_block(last, node)  # the values of the parameter above it
            elif name in PARAMETER_COMPONENTS and self.prose_page and self.section is None:
                # The error object's attributes on the errors page: a list in the text.
                param = self.read_param(node)
                if param is not None:
                    self.add_block(_param_markdown(param))
            elif kind in {"mdxJsxFlowElement", "mdxJsxTextElement"} and name in PARAMETER_COMPONENTS:
                param = self.read_param(node)
                if param is not None:
                    self.place(param, node)
                    last = param
            elif kind == "mdxJsxFlowElement" and name == NESTED_COMPONENT:
                if last is None:
                    self.sink.warning(
                        self.location(node),
                        "nested parameters with no parameter above them; ignored",
                        "mdx-nesting",
                    )
                else:
                    self.read_nested(last, node)
            elif kind == "mdxJsxFlowElement" and name == "Endpoint":
                self.read_endpoint(node)
            elif kind == "mdxJsxFlowElement" and name == "NoContentEndpoint":
                method = _attribute(node, "method")
                if isinstance(method, str):
                    self.example_methods.append((method, self.location(node)))
            elif kind == "mdxJsxFlowElement" and name == "ResponseTabs.TabItem":
                self.read_answer(node)
            elif kind == "table":
                self.tables.append((self.heading, _table_rows(node), self.location(node)))
                self.add_block(_table_markdown(_table_rows(node)))
            elif kind == "code":
                self.add_block(_fenced(str(node.get("lang") or ""), str(node.get("value", ""))))
            elif kind == "mdxJsxFlowElement" and name == "CodeBlock":
                code = "".join(
                    str(c.get("literal", "")) if "literal" in c else _text(c)
                    for c in node.get("children", [])
                )
                language = _attribute(node, "language")
                self.add_block(_fenced(language if isinstance(language, str) else "", code.strip()))
            elif kind == "mdxJsxFlowElement" and isinstance(code_word := _attribute(node, "code"), str):
                # `<ErrorText code="401">Authentication failed.</ErrorText>`: the status and its text.
                self.add_block(f"- `{code_word.strip()}`: {_inline_blocks(node)}")
            elif kind == "mdxJsxFlowElement" and self.section is None and _shown_title(node):
                # `<Step title="..." description={<>...</>}/>`, `<TabItem label="...">`: a bold title,
                # then what the component shows.
                self.add_block(f"**{_shown_title(node)}**")
                markdown = _attribute_markdown(node, "description")
                if markdown:
                    self.add_block(markdown)
                self.walk(node.get("children", []) or [])
            elif kind == "paragraph" and (coded := _coded_elements(node)):
                # `<ErrorText code="401">...</ErrorText>` lines: one status and its text each.
                for element in coded:
                    self.add_block(
                        f"- `{str(_attribute(element, 'code')).strip()}`: {_inline_blocks(element)}"
                    )
            elif kind == "paragraph" and _components(node):
                # `text <ApiParam .../>` on one line: the parser puts the components in a paragraph.
                self.read_paragraph(_without_components(node))
                self.walk(_components(node))
            elif kind == "paragraph":
                self.read_paragraph(node)
            elif kind == "list" and self.section is None and self.heading:
                self.prose.append(_list_text(node))
            elif isinstance(node.get("children"), list):
                self.walk(node["children"])

    def enter_heading(self, node: Node) -> None:
        text = " ".join(_text(node).split())
        self.heading = text
        match = _HEADING_WORDS.match(text.lower())
        if match and not self.prose_page:
            self.section = _SECTIONS[match.group("kind") or "attributes"]
        else:
            self.section = None
        lowered = text.lower()
        if "rsa" in lowered and "signature" in lowered:
            self.algorithms.append("RSA")
        if "hmac" in lowered and "signature" in lowered:
            self.algorithms.append("HMAC-SHA256")
        if self.section is None and self.endpoint is None:
            depth = node.get("depth")
            level = depth if isinstance(depth, int) else int(str(node.get("name", "h2"))[1:] or 2)
            # An index page's own heading repeats its title (which names the area): its text is the area's.
            if not (level == 1 and PurePosixPath(self.path).name == "index.mdx"):
                self.prose.append(f"{'#' * max(1, min(6, level))} {text}")

    def read_paragraph(self, node: Node) -> None:
        for link, link_text in _links(node):
            target = PurePosixPath(link.split("#")[0])
            if target.stem.lower().endswith("entity") and self.section in {"response", None}:
                self.entity_links.append((link.split("#")[0], link_text))
        text = _inline(node).strip()
        if not text:
            return
        if self.endpoint is not None and not self.heading:
            self.notes.append(text)
        elif self.section is None:
            self.prose.append(text)

    def add_block(self, markdown: str) -> None:
        """A block a component shows, kept where a paragraph at this place goes (see ``read_paragraph``)."""
        if not markdown.strip() or self.section is not None:
            return
        if self.endpoint is not None and not self.heading:
            self.notes.append(markdown)
        else:
            self.prose.append(markdown)

    def place(self, param: _Param, node: Node) -> None:
        if self.section is None:
            self.sink.warning(
                self.location(node),
                f"parameter {param.name!r} stands under no Path/Query/Body/Request/Response heading "
                f"({self.heading or 'no heading'!r}); ignored",
                "mdx-section",
            )
            return
        listed = self.sections.setdefault(self.section, [])
        earlier = next((p for p in listed if p.name == param.name), None)
        if earlier is not None and self.section == "response" and _type_words(earlier) != _type_words(param):
            # Which one the answer has is for the page's example to say (``entity``).
            self.rivals.setdefault(param.name, [earlier]).append(param)
            return
        if earlier is not None:
            self.sink.warning(
                param.location,
                f"parameter {param.name!r} is listed twice under {self.heading!r} (first at "
                f"{earlier.location}); the first one is kept",
                "mdx-duplicate",
            )
            return
        listed.append(param)

    # -- parameters --------------------------------------------------------------------------

    def read_param(self, node: Node, depth: int = 0) -> _Param | None:
        if depth > MAX_NAME_DEPTH:
            # Each level is a nested schema every later stage walks recursively.
            self.sink.warning(
                self.location(node),
                f"parameters nested more than {MAX_NAME_DEPTH} levels deep; this one and its own are ignored",
                "mdx-nesting",
            )
            return None
        name = _attribute(node, "name")
        if not isinstance(name, str) or not name.strip():
            self.sink.warning(self.location(node), "a parameter without a name; ignored", "mdx-parameter")
            return None
        type_text = _attribute(node, "type")
        required = _attribute(node, "required")
        fmt = _attribute(node, "format")
        param = _Param(
            name=name.strip(),
            type_text=type_text.strip() if isinstance(type_text, str) else "",
            required=required is True or required == "true",
            location=self.location(node),
            description_location=self.location(node).shifted(1),
            format=fmt if isinstance(fmt, str) else "",
            depth=depth,
        )
        texts: list[str] = []
        first_text: Location | None = None
        for child in _flattened(node.get("children", [])):
            kind, child_name = child.get("type"), child.get("name")
            if child_name in PARAMETER_COMPONENTS and _is_values_block(child):
                self.read_values_block(param, child)
            elif child_name in PARAMETER_COMPONENTS:
                nested = self.read_param(child, depth + 1)
                if nested is not None:
                    self.add_child(param, nested)
            elif child_name == NESTED_COMPONENT:
                self.read_nested(param, child)
            elif child_name == "ParameterRange":
                self.read_range(param, child)
            elif kind == "list":
                texts.append(_list_text(child))
            elif kind in {
                "paragraph",
                "mdxJsxFlowElement",
                "mdxJsxTextElement",
                "text",
                "inlineCode",
                "code",
            }:
                text = _inline(child).strip() if kind != "code" else f"```\n{child.get('value', '')}\n```"
                if text:
                    first_text = first_text or self.location(child)
                    texts.append(text)
                    self.possible_values(param, child)
                    self.prose_values(param, child)
        self.possible_values(param, node)  # written inline, the text is the element's own children
        self.prose_values(param, node)
        param.description = "\n\n".join(texts)
        if first_text is not None:
            param.description_location = first_text
        return param

    def add_child(self, parent: _Param, child: _Param) -> None:
        if any(c.name == child.name for c in parent.children):
            self.sink.warning(
                child.location,
                f"{parent.name}.{child.name} is listed twice; the first one is kept",
                "mdx-duplicate",
            )
            return
        parent.children.append(child)

    def read_nested(self, parent: _Param, node: Node) -> None:
        """A ``<CollapsibleNestedParams>``: nested parameters, or a list of allowed values."""
        for child in _flattened(node.get("children", [])):
            kind, name = child.get("type"), child.get("name")
            if name in PARAMETER_COMPONENTS and _is_values_block(child):
                self.read_values_block(parent, child)
            elif name in PARAMETER_COMPONENTS:
                nested = self.read_param(child, parent.depth + 1)
                if nested is not None:
                    self.add_child(parent, nested)
            elif name == NESTED_COMPONENT:
                # A block inside a block adds to the last parameter of the outer block.
                target = parent.children[-1] if parent.children else parent
                self.read_nested(target, child)
            elif kind == "list":
                parent.enum.extend(
                    v for v in (_allowed_value(item) for item in child.get("children", [])) if v
                )
            elif kind == "paragraph":
                text = _inline(child).strip()
                if text:
                    parent.description = f"{parent.description}\n\n{text}".strip()

    def read_values_block(self, param: _Param, node: Node) -> None:
        """``<CollapsibleApiParam name="Allowed values">`` (no type) inside a parameter: its values.

        The bullets give one value each, as a "Show allowed values" block's do; without bullets,
        the code spans of its text are the values."""
        found: list[str] = []
        for child in _flattened(node.get("children", [])):
            if child.get("type") == "list":
                found.extend(v for v in (_allowed_value(item) for item in child.get("children", [])) if v)
        if not found:
            found = [_text(code).strip() for code in _descendants(node, "inlineCode") if _text(code).strip()]
        if not found:
            self.sink.warning(
                self.location(node),
                f"{param.name}: an {_attribute(node, 'name')!r} block lists no value; ignored",
                "mdx-values",
            )
        param.enum.extend(found)

    def prose_values(self, param: _Param, node: Node) -> None:
        """A sentence of a string parameter that ends listing its values: "`buy` or `sell`."

        Only where the prose plainly lists them (see ``_prose_lists``); a listed `null` says the
        field may be null, it is no value of the list."""
        if _type_words(param).removesuffix(" or null") != "string":
            return
        for values in _prose_lists(node.get("children", []) or []):
            param.prose_nullable = param.prose_nullable or "null" in values
            param.prose_enum.extend(v for v in values if v != "null" and v not in param.prose_enum)

    def possible_values(self, param: _Param, node: Node) -> None:
        """``Possible values: `bid`, `ask`, `last`.``: the code spans after the phrase."""
        children = node.get("children", [])
        for index, child in enumerate(children):
            if child.get("type") == "text" and _POSSIBLE_VALUES.search(str(child.get("value", ""))):
                for value_node in children[index + 1 :]:
                    if (value := _code_value(value_node)) is not None:
                        param.enum.append(value)
                    elif value_node.get("type") == "text" and str(value_node.get("value", "")).strip(
                        " ,."
                    ) not in {
                        "",
                        "or",
                        "and",
                    }:
                        break

    def read_range(self, param: _Param, node: Node) -> None:
        labels = _attribute_object(node, "labels")
        for attribute in ("defaultVal", "default"):
            value = _attribute_literal(node, attribute)
            if value is not None:
                text = _literal_text(value)
                # "null": nothing is sent by default, which an optional parameter already says.
                param.default = None if text == "null" else text
        for bound in ("min", "max"):
            value = _attribute_literal(node, bound)
            if value is None:
                continue
            number = self.number(value, node, bound)
            if number is None:
                continue
            if labels.get(bound) in {"minlength", "maxlength"}:
                if number != number.to_integral_value() or number < 0:
                    self.sink.warning(
                        self.location(node), f"{bound} length {value!r} is not a count", "mdx-range"
                    )
                elif bound == "min":
                    param.min_length = int(number)
                else:
                    param.max_length = int(number)
            elif bound == "min":
                param.minimum = number
            else:
                param.maximum = number

    def number(self, value: object, node: Node, what: str) -> Decimal | None:
        text = _literal_text(value).strip()
        if _COMMA_DECIMAL.match(text):
            text = text.replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            self.sink.warning(
                self.location(node), f"{what} {value!r} is not a number; bound dropped", "mdx-range"
            )
            return None
        if not number.is_finite():
            self.sink.warning(self.location(node), f"{what} {value!r} is not a finite number", "mdx-range")
            return None
        return number

    # -- the endpoint --------------------------------------------------------------------------

    def read_endpoint(self, node: Node) -> None:
        url = _attribute(node, "url")
        method = _attribute(node, "method")
        elements = _attribute_elements(node, "permissions")
        if isinstance(url, str) and url.startswith("http") and method is None:
            self.base_url = (url.strip(), self.location(node))
            self.add_block(f"`{url.strip()}`")
            return
        if not elements and isinstance(url, str):
            # An example (quick-start pages: the credentials check, the endpoints a limit names).
            self.add_block(f"`{str(method or 'GET').strip().upper()} {url.strip()}`")
            if self.prose_page and url.strip().startswith("/"):
                self.shown_endpoints.append(
                    (str(method or "GET").strip().upper(), url.strip(), self.location(node))
                )
        if not elements or PurePosixPath(self.path).stem == "index":
            return  # an example (quick-start pages) or an area's summary, not an operation
        location = self.location(node)
        if self.endpoint is not None:
            self.sink.warning(
                location,
                f"a second Endpoint on the page (first at {self.endpoint.location}); only the first is read",
                "mdx-endpoint",
            )
            return
        if isinstance(url, str) and _RELATIVE_PATH.match(url.strip()):
            # `ver1/bots`: the page's own example calls `/ver1/bots`; a path relative to the base
            # url is the only reading the server gives it.
            self.sink.warning(
                location,
                f"Endpoint url {url!r} does not start with /; read as {'/' + url.strip()!r}",
                "mdx-endpoint",
            )
            url = "/" + url.strip()
        if not isinstance(url, str) or not url.startswith("/"):
            self.sink.error(location, f"Endpoint url {url!r} is not a path starting with /", "mdx-endpoint")
            return
        try:
            http_method = HttpMethod(str(method).strip().lower())
        except ValueError:
            self.sink.error(location, f"Endpoint method {method!r} is not an HTTP method", "mdx-endpoint")
            return
        permission = security = None
        for element in elements:
            title = _element_attribute(element, "title")
            description = _element_attribute(element, "description")
            if not isinstance(description, str):
                continue
            if title == "Permission":
                permission = description.strip()
            elif title == "Security":
                security = description.strip()
        self.endpoint = _Endpoint(http_method, url.strip(), permission, security, location)

    def read_answer(self, node: Node) -> None:
        status = _attribute(node, "value")
        code = next(_descendants(node, "code"), None)
        if isinstance(status, str):
            self.answers.append(
                (status.strip(), str(code.get("value", "")) if code else "", self.location(node))
            )
            if code is not None:
                self.answer_blocks[len(self.answers) - 1] = self.location(code)

    def example_answer(self) -> object:
        """The first success example, parsed; ``None`` when there is none or it is not JSON."""
        for index, (status, text, location) in enumerate(self.answers):
            if status.startswith("2") and text.strip():
                try:
                    loaded = json.loads(text)
                except (ValueError, RecursionError):
                    return None
                self.example_source = (text, self.answer_blocks.get(index, location))
                return loaded
        return None

    def answer_examples(self) -> Iterator[ExampleAnswer]:
        """Every answer the page shows under an HTTP status, parsed (the tabs' JSON blocks)."""
        for index, (status, text, location) in enumerate(self.answers):
            if not _STATUS.match(status) or not text.strip():
                continue  # a tab that is no status is reported by ``success_status``
            block = self.answer_blocks.get(index, location)
            try:
                value = json.loads(text)
            except (ValueError, RecursionError):
                self.sink.warning(
                    block, f"the {status} example answer is not JSON; not attached", "mdx-example"
                )
                continue
            yield ExampleAnswer(status, value, block)

    def example_location(self, name: str) -> Location | None:
        """Where the page's example shows ``name`` (its first ``"name":``), for a warning."""
        if self.example_source is None:
            return None
        text, block = self.example_source
        key = f'"{name}"'
        for offset, line in enumerate(text.splitlines()):
            found = line.find(key)
            if found != -1 and line[found + len(key) :].lstrip().startswith(":"):
                # The block's content starts on the line after its opening fence.
                return Location(block.file, block.line + 1 + offset, found + 1)
        return block

    def entity_example(self) -> object:
        """An entity page's example (its first ``json`` block), parsed; ``None`` if none or not JSON.

        It types the fields as the 2019 chapters' examples do (see ``answer_kind``); it does not
        shape the entity (a page's example may show one entity or a list of them)."""
        block = next((c for c in _descendants(self.tree, "code") if c.get("lang") == "json"), None)
        if block is None:
            return None
        try:
            loaded = json.loads(str(block.get("value", "")))
        except (ValueError, RecursionError):
            return None
        self.example_source = (str(block.get("value", "")), self.location(block))
        return loaded

    def success_status(self) -> str:
        statuses: list[str] = []
        for status, _, location in self.answers:
            if not _STATUS.match(status):
                self.sink.warning(
                    location,
                    f"example answer tab value {status!r} is not an HTTP status; that example is ignored",
                    "mdx-status",
                )
            elif status.startswith("2"):
                statuses.append(status)
        return statuses[0] if statuses else "200"

    def operation(self, endpoint: _Endpoint) -> Operation:
        for method, location in self.example_methods:
            if method.strip().lower() != endpoint.method.value:
                self.sink.warning(
                    location,
                    f"the example request uses {method.upper()} but the Endpoint at {endpoint.location} says "
                    f"{endpoint.method.value.upper()}; the Endpoint's method is used",
                    "mdx-method",
                )
        path = _COLON_PARAMETER.sub(lambda m: "{" + m.group("name") + "}", endpoint.path)
        parameters = self.parameters(endpoint, path)
        link, link_text = self.entity_links[0] if self.entity_links else (None, "")
        return Operation(
            title=self.title,
            method=endpoint.method,
            path=path,
            permission=endpoint.permission,
            security=endpoint.security,
            weight=None,
            parameters=tuple(parameters),
            notes=tuple(self.notes),
            location=endpoint.location,
            document_title=_area_title(self.path),
            success_status=self.success_status(),
            response_entity=link,
            response_link_text=link_text,
            response_example=self.example_answer(),
            answer_examples=tuple(self.answer_examples()),
        )

    def parameters(self, endpoint: _Endpoint, path: str) -> list[Parameter]:
        path_names = re.findall(r"\{([^{}]+)\}", path)
        rows: list[Parameter] = []
        path_params = list(self.sections.get("path", []))
        named = {p.name for p in path_params}
        unnamed = [n for n in path_names if n not in named]
        for param in path_params:
            if param.name not in path_names:
                if len(unnamed) == 1 and len([p for p in path_params if p.name not in path_names]) == 1:
                    self.sink.warning(
                        param.location,
                        f"path parameter {param.name!r} is not in the url {endpoint.path}, which names "
                        f"{unnamed[0]!r}; read as {unnamed[0]!r} (the url is what is sent)",
                        "mdx-path",
                    )
                    param.name = unnamed[0]
                else:
                    self.sink.warning(
                        param.location,
                        f"path parameter {param.name!r} is not in the url {endpoint.path}; ignored",
                        "mdx-path",
                    )
                    continue
            rows.extend(self.flatten(param, (), "path"))
        for section in ("query", "body", "request"):
            sent_in = section
            if section == "request":
                sent_in = "body" if endpoint.method.has_body else "query"
            for param in self.sections.get(section, []):
                rows.extend(self.flatten(param, (), sent_in))
        return rows

    def flatten(self, param: _Param, parent: tuple[str, ...], sent_in: str) -> Iterator[Parameter]:
        type_ref, nullable = self.ranged_type(param, *self.type_of(param))
        path = (*parent, param.name)
        if param.prose_enum and not param.enum:
            param.enum = list(param.prose_enum)
            nullable = nullable or param.prose_nullable
        enum = tuple(dict.fromkeys(param.enum))
        if type_ref.scalar is Scalar.BOOLEAN and set(enum) <= {"true", "false"}:
            enum = ()
        description = param.description
        yield Parameter(
            name=ParameterName(path),
            type=type_ref,
            mandatory=param.required,
            values=ValueSpec(
                enum=enum,
                default=param.default,
                minimum=param.minimum,
                maximum=param.maximum,
                min_length=param.min_length,
                max_length=param.max_length,
            ),
            description=description,
            location=param.location,
            description_location=param.description_location,
            sent_in=sent_in,
            nullable=nullable,
            format=param.format or None,
        )
        child_parent = (*path, "[]") if type_ref.is_array else path
        for child in param.children:
            yield from self.flatten(child, child_parent, sent_in)

    def ranged_type(self, param: _Param, type_ref: TypeRef, nullable: bool) -> tuple[TypeRef, bool]:
        """A ``minimum``/``maximum`` on a boolean or a string: the page says it is a number.

        ``max_active_deals`` typed ``boolean`` with ``min={1} max={199} defaultVal={1}``: a count,
        read as an integer with that range (a number when a bound or the default has a fraction).
        A ``string`` with a range is read as a number with it: a fraction the page does not rule
        out stays allowed. A default that is no number keeps the declared type; the range then
        goes to the description (validators ignore a range on a string or a boolean)."""
        bounds = [b for b in (param.minimum, param.maximum) if b is not None]
        if not bounds or type_ref.is_array or type_ref.scalar not in {Scalar.BOOLEAN, Scalar.STRING}:
            return type_ref, nullable
        lower, upper = (b if b is not None else "" for b in (param.minimum, param.maximum))
        shown = f"{lower}..{upper}"
        default: Decimal | None = None
        if param.default is not None:
            try:
                default = Decimal(param.default)
            except InvalidOperation:
                default = None
            if default is not None and not default.is_finite():
                default = None
        if param.default is not None and default is None:
            self.sink.warning(
                param.location,
                f"{param.name}: a range {shown} on a {type_ref.scalar.value} whose default {param.default!r} "
                "is no number; the type is kept and the range is said in the description",
                "mdx-range",
            )
            param.description = f"{param.description}\n\nRange: {shown}.".strip()
            param.minimum = param.maximum = None
            return type_ref, nullable
        numbers = [*bounds, *([default] if default is not None else [])]
        integral = all(n == n.to_integral_value() for n in numbers)
        scalar = Scalar.INTEGER if type_ref.scalar is Scalar.BOOLEAN and integral else Scalar.NUMBER
        self.sink.warning(
            param.location,
            f"{param.name} is typed {type_ref.scalar.value} but has the range {shown}; read as "
            f"{scalar.value} with that range",
            "mdx-range",
        )
        return TypeRef(scalar), nullable

    def type_of(self, param: _Param) -> tuple[TypeRef, bool]:
        text = " ".join(param.type_text.lower().split())
        nullable = text.endswith(" or null")
        text = text.removesuffix(" or null")
        if not text:
            self.sink.warning(
                param.location, f"parameter {param.name!r} has no type; any JSON value", "mdx-type"
            )
            return TypeRef(Scalar.ANY), nullable
        try:
            type_ref = parse_type(text)
        except CellError as error:
            self.sink.warning(
                param.location, f"parameter {param.name!r}: {error}; read as any JSON value", "mdx-type"
            )
            return TypeRef(Scalar.ANY), nullable
        if text == "array" and param.children:
            type_ref = TypeRef(Scalar.OBJECT, is_array=True)
        return type_ref, nullable

    # -- answers -----------------------------------------------------------------------------

    def entity(self, name: str, params: Sequence[_Param], example: object) -> Entity:
        """An answer's fields; the page's example says where an ``object`` is in fact a list."""
        first = params[0].location
        is_list = isinstance(example, list)
        params = [
            self.rival_shown(p, _shown_member(example, p.name)) if p.name in self.rivals else p
            for p in params
        ]
        return Entity(
            name=name,
            fields=tuple(self.entity_field(p, _shown_member(example, p.name)) for p in params),
            location=first,
            chapter=_area_title(self.path),
            is_list=is_list,
            page_id=self.page_id,
        )

    def entity_field(self, param: _Param, example: object = None) -> EntityField:
        type_ref = self.shown_type(param, self.type_of(param)[0], example)
        if param.prose_enum and not param.enum:
            if isinstance(example, str) and example not in param.prose_enum:
                where = self.example_location(param.name)
                self.sink.warning(
                    param.location,
                    f"{param.name}: its text lists {param.prose_enum} but the page's example"
                    f"{f' at {where}' if where else ''} shows {example!r}; no value list (the example is "
                    "what the API sends)",
                    "mdx-values",
                )
            else:
                param.enum = list(param.prose_enum)
        kind = {
            Scalar.INTEGER: ValueKind.INTEGER,
            Scalar.NUMBER: ValueKind.NUMBER,
            Scalar.STRING: ValueKind.STRING,
            Scalar.BOOLEAN: ValueKind.BOOLEAN,
            Scalar.OBJECT: ValueKind.OBJECT,
            Scalar.ANY: ValueKind.ANY,
        }[type_ref.scalar]
        if kind is ValueKind.ANY and type_ref.is_array and param.children:
            kind = ValueKind.OBJECT
        shown = ""
        if kind is ValueKind.STRING and not type_ref.is_array and not param.enum:
            kind, shown = answer_kind(param.description, example)
        as_text = as_number = False
        if (
            kind in _SPELLED_TEXT
            and not type_ref.is_array
            and isinstance(example, str)
            and _SPELLED_TEXT[kind].fullmatch(example.strip())
        ):
            # `number` shown as "2.0", `boolean` as "true": the API sends it as text; both are read.
            self.contradiction(param, example, f"the JSON {kind.value} and its text are both accepted")
            as_text = True
            shown = example if kind is ValueKind.NUMBER else ""
        elif (
            kind is ValueKind.STRING
            and not type_ref.is_array
            and not param.enum
            and isinstance(example, int | float)
            and not isinstance(example, bool)
        ):
            # `string` shown as `256427679` or `0.79`: the API sends a number there; both are read.
            self.contradiction(param, example, "a string and a number are both accepted")
            as_number = True
        elif (
            kind in {ValueKind.NUMBER, ValueKind.INTEGER}
            and param.enum
            and isinstance(example, str)
            and example in param.enum
        ):
            # `number or null` whose values (`greater`, `less`...) and example are words.
            self.contradiction(param, example, "read as a string of its listed values")
            kind = ValueKind.STRING
        if kind is ValueKind.STRING and isinstance(example, str) and param.enum and example not in param.enum:
            # A value the example shows is a value the API sends.
            self.contradiction(param, example, f"{example!r} is added to its values {param.enum}")
            param.enum.append(example)
        enum = tuple(dict.fromkeys(param.enum)) if kind is ValueKind.STRING else ()
        if param.enum and kind is not ValueKind.STRING:
            self.sink.warning(
                param.location,
                f"{param.name}: allowed values {param.enum} for a {param.type_text} field; values kept in "
                "the description only",
                "mdx-values",
            )
        description = param.description
        if param.enum and not enum:
            description = f"{description}\n\nAllowed values: {', '.join(param.enum)}.".strip()
        return EntityField(
            name=param.name,
            kind=kind,
            as_text=as_text,
            as_number=as_number,
            example=shown,
            location=param.location,
            enum=enum,
            description=description,
            is_array=type_ref.is_array,
            fields=tuple(self.entity_field(c, _shown_member(example, c.name)) for c in param.children),
        )

    def rival_shown(self, first: _Param, example: object) -> _Param:
        """An answer field listed twice with different types: the listing the example agrees with.

        Without an example value (or when it fits none, or several) the first listing is kept."""
        rivals = self.rivals[first.name]
        fitting = [p for p in rivals if _fits(p, example)] if example is not None else []
        chosen = fitting[0] if len(fitting) == 1 else rivals[0]
        listed = ", ".join(f"{p.type_text or 'no type'!r} at {p.location}" for p in rivals)
        if len(fitting) == 1:
            where = self.example_location(first.name)
            reason = f"the page's example{f' at {where}' if where else ''} shows {json.dumps(example)[:40]}"
        else:
            reason = "the page's example does not tell them apart; the first one is kept"
        self.sink.warning(
            rivals[1].location,
            f"answer field {first.name!r} is listed {len(rivals)} times with different types ({listed}); "
            f"read as {chosen.type_text or 'no type'!r}: {reason}",
            "mdx-duplicate",
        )
        return chosen

    def shown_type(self, param: _Param, type_ref: TypeRef, example: object) -> TypeRef:
        """The declared type, unless the page's own example shows a list where it says otherwise.

        The example is what the server sends: ``string`` shown as ``["a"]`` is a list of strings,
        ``object`` shown as ``[]`` a list (an empty list still says "list"). The items are the
        declared object, the example's first item's type, or any JSON value when it shows none."""
        if type_ref.is_array and isinstance(example, dict) and type_ref.scalar in {Scalar.OBJECT, Scalar.ANY}:
            # `array` shown as `{"steps": []}`: one object (its nested parameters its fields).
            self.contradiction(param, example, "read as an object")
            return TypeRef(Scalar.OBJECT)
        if (
            not type_ref.is_array
            and isinstance(example, dict)
            and type_ref.scalar in {Scalar.NUMBER, Scalar.INTEGER, Scalar.STRING, Scalar.BOOLEAN}
        ):
            # `number` shown as `{"value": "182.25"}`: an object (any fields, the page lists none).
            self.contradiction(param, example, "read as an object")
            return TypeRef(Scalar.OBJECT)
        if (
            type_ref.is_array
            and type_ref.scalar in {Scalar.OBJECT, Scalar.ANY}
            and not param.children
            and isinstance(example, list)
            and (item_shown := next((v for v in example if v is not None), None)) is not None
            and _json_scalar(item_shown) not in {Scalar.OBJECT, Scalar.ANY}
        ):
            # `array` (of objects, by default) shown as `["spot", "futures"]`: a list of strings.
            scalar = _json_scalar(item_shown)
            self.contradiction(param, example, f"read as a list of {scalar.value}s")
            return TypeRef(scalar, is_array=True)
        if type_ref.is_array or not isinstance(example, list) or type_ref.scalar is Scalar.ANY:
            return type_ref
        if type_ref.scalar is Scalar.OBJECT or param.children:
            item = Scalar.OBJECT
        else:
            item = _json_scalar(next((v for v in example if v is not None), None))
        if type_ref.scalar is not Scalar.OBJECT or not example:
            # A non-empty list for `object` is the page's usual way to show a list of objects.
            items = {Scalar.OBJECT: "objects", Scalar.ANY: "any JSON values"}.get(item, f"{item.value}s")
            self.contradiction(param, example, f"read as a list of {items}")
        return TypeRef(item, is_array=True)

    def contradiction(self, param: _Param, example: object, choice: str) -> None:
        shown = json.dumps(example)
        shown = shown if len(shown) <= 40 else shown[:37] + "..."
        where = self.example_location(param.name)
        self.sink.warning(
            param.location,
            f"{param.name} is typed {param.type_text or 'nothing'!r} but the page's example"
            f"{f' at {where}' if where else ''} shows {shown}; the example is what the API sends: {choice}",
            "mdx-example-type",
        )

    # -- general information -----------------------------------------------------------------

    def named_lists(self) -> Iterator[NamedList]:
        for heading, rows, location in self.tables:
            if heading.lower().startswith("permission") and rows:
                yield NamedList(heading, tuple(r[0] for r in rows[1:] if r and r[0]), location)

    def general(self) -> GeneralInfo | None:
        security_types = tuple(
            SecurityType(r[0], r[1] if len(r) > 1 else "")
            for heading, rows, _ in self.tables
            if heading.lower().startswith("security")
            for r in rows[1:]
            if r and r[0]
        )
        if self.base_url is None and not security_types and not self.algorithms:
            return None
        return GeneralInfo(
            base_url=self.base_url[0] if self.base_url else None,
            base_url_location=self.base_url[1] if self.base_url else None,
            security_types=security_types,
            signature_algorithms=tuple(dict.fromkeys(self.algorithms)),
        )


# -- tree helpers ----------------------------------------------------------------------------


def _attribute_entry(node: Node, name: str) -> dict[str, Any] | None:
    for attribute in node.get("attributes", []) or []:
        if isinstance(attribute, dict) and attribute.get("name") == name:
            return attribute
    return None


def _attribute(node: Node, name: str) -> object:
    """A string attribute's value, ``True`` for a bare one, a literal ``{"..."}``'s value."""
    entry = _attribute_entry(node, name)
    if entry is None:
        return None
    if "value" in entry:
        return entry["value"]
    return entry.get("literal")


def _attribute_literal(node: Node, name: str) -> object:
    entry = _attribute_entry(node, name)
    if entry is None:
        return None
    if "value" in entry and entry["value"] is not True:
        return entry["value"]
    if "literal" in entry:
        return entry["literal"]
    return entry.get("expression")


def _attribute_object(node: Node, name: str) -> dict[str, Any]:
    entry = _attribute_entry(node, name)
    value = entry.get("object") if entry else None
    return value if isinstance(value, dict) else {}


def _attribute_elements(node: Node, name: str) -> list[dict[str, Any]]:
    entry = _attribute_entry(node, name)
    value = entry.get("elements") if entry else None
    return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []


def _element_attribute(element: dict[str, Any], name: str) -> object:
    for attribute in element.get("attributes", []) or []:
        if isinstance(attribute, dict) and attribute.get("name") == name:
            return attribute.get("value")
    return None


def _literal_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


_JSX_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _jsx_heading(paragraph: Node) -> Node | None:
    """A paragraph that is nothing but a JSX heading (the parser wraps a one-line element so)."""
    children = [
        c
        for c in paragraph.get("children", []) or []
        if not (c.get("type") == "text" and not str(c.get("value", "")).strip())
    ]
    if len(children) == 1 and children[0].get("type") == "mdxJsxTextElement":
        return children[0] if children[0].get("name") in _JSX_HEADINGS else None
    return None


#: Components that stand for themselves even when written inline, inside a paragraph.
_BLOCK_COMPONENTS = PARAMETER_COMPONENTS | {NESTED_COMPONENT, "ParameterRange"}


def _components(paragraph: Node) -> list[Node]:
    return [c for c in paragraph.get("children", []) or [] if c.get("name") in _BLOCK_COMPONENTS]


def _without_components(paragraph: Node) -> Node:
    children = [c for c in paragraph.get("children", []) or [] if c.get("name") not in _BLOCK_COMPONENTS]
    return {**paragraph, "children": children}


def _flattened(nodes: Sequence[Node]) -> Iterator[Node]:
    """Children with each paragraph that holds components split into its text and those components."""
    for node in nodes:
        if node.get("type") == "paragraph" and _components(node):
            yield _without_components(node)
            yield from _components(node)
        else:
            yield node


#: The name of an untyped parameter component that holds its parent's values, not a parameter.
_VALUES_BLOCK = re.compile(
    r"^(?:allowed|possible|available|accepted|supported)\s++values\s*+:?$", re.IGNORECASE
)


def _is_values_block(node: Node) -> bool:
    name, type_text = _attribute(node, "name"), _attribute(node, "type")
    return (
        isinstance(name, str)
        and _VALUES_BLOCK.match(name.strip()) is not None
        and not (isinstance(type_text, str) and type_text.strip())
    )


#: What stands between the values of a listed set: "`a`, `b`, or `c`", "`a` or `b`".
# It starts where a run of white space starts, so a search is linear on a line of spaces.
_LIST_SEPARATOR = re.compile(r"(?<!\s)(?:\s*+,\s*+|\s*+,?\s*+or\s++)")
#: After the last value the sentence ends: nothing, or a full stop (and the next sentence).
_SENTENCE_END = re.compile(r"^(?:\s*+$|[.;](?:\s|$))")
#: Words that make a list examples rather than the allowed values.
_EXAMPLE_WORDS = re.compile(
    r"\b(?:eg|ie|for\s++example|for\s++instance|such\s++as|like|including|example)\b", re.IGNORECASE
)
#: "e.g." and "i.e." as words, so that their dots end no sentence.
_ABBREVIATION = re.compile(r"\b(?P<first>[ei])\.\s?(?P<second>[ge])\.", re.IGNORECASE)


def _code_value(node: Node) -> str | None:
    """A code span's text (`` `buy` `` or ``<code>buy</code>``)."""
    if node.get("type") == "inlineCode":
        return str(node.get("value", "")).strip()
    if node.get("type") == "mdxJsxTextElement" and node.get("name") == "code":
        return _text(node).strip()
    return None


def _prose_lists(children: Sequence[Node]) -> Iterator[list[str]]:
    """The value lists a paragraph's sentences end with: "... order `ASC` or `DESC`.".

    Two or more code spans joined by commas and a final "or", closing the sentence; not where
    the sentence calls them examples ("e.g.", "such as"). "`a` or `b` type order", "`a` or `b`,
    which ..." do not close their sentence and stay prose."""
    index = 0
    while index < len(children):
        first = _code_value(children[index])
        if first is None:
            index += 1
            continue
        before = children[index - 1] if index else None
        values, last_separator, end = [first], "", index + 1
        while end + 1 < len(children):
            separator, value = children[end], _code_value(children[end + 1])
            text = str(separator.get("value", "")) if separator.get("type") == "text" else None
            if text is None or value is None or not _LIST_SEPARATOR.fullmatch(text):
                break
            values.append(value)
            last_separator = text
            end += 2
        after = children[end] if end < len(children) else None
        closes = after is None or (
            after.get("type") == "text" and _SENTENCE_END.match(str(after.get("value", ""))) is not None
        )
        sentence = str(before.get("value", "")) if before is not None and before.get("type") == "text" else ""
        sentence = re.split(r"[.!?]\s", _ABBREVIATION.sub(r"\g<first>\g<second>", sentence))[-1]
        if (
            len(values) >= 2
            and all(values)
            and closes
            and re.search(r"\bor\b", last_separator)
            and not _EXAMPLE_WORDS.search(sentence)
        ):
            yield values
        index = end


def _type_words(param: _Param) -> str:
    return " ".join(param.type_text.lower().split())


def _fits(param: _Param, value: object) -> bool:
    """Whether a listing's declared type admits the example's value (a decimal string a number)."""
    text = _type_words(param)
    if value is None:
        return text.endswith(" or null")
    try:
        type_ref = parse_type(text.removesuffix(" or null"))
    except CellError:
        return False
    if type_ref.is_array or text == "array":
        return isinstance(value, list)
    shown = _json_scalar(value)
    if type_ref.scalar is Scalar.NUMBER:
        return shown in {Scalar.NUMBER, Scalar.INTEGER} or _is_decimal_text(value)
    return shown is type_ref.scalar or type_ref.scalar is Scalar.ANY


def _json_scalar(value: object) -> Scalar:
    """The scalar an example value is (any JSON value when it shows none)."""
    if isinstance(value, bool):
        return Scalar.BOOLEAN
    if isinstance(value, int):
        return Scalar.INTEGER
    if isinstance(value, float):
        return Scalar.NUMBER
    if isinstance(value, str):
        return Scalar.STRING
    if isinstance(value, dict):
        return Scalar.OBJECT
    return Scalar.ANY


def _is_decimal_text(value: object) -> bool:
    return isinstance(value, str) and _SPELLED_TEXT[ValueKind.NUMBER].fullmatch(value.strip()) is not None


#: How a number, an integer and a boolean look when the API sends them as text.
_SPELLED_TEXT = {
    ValueKind.NUMBER: re.compile(r"-?\d++(?:\.\d++)?(?:[eE][-+]?\d++)?"),
    ValueKind.INTEGER: re.compile(r"-?\d++"),
    ValueKind.BOOLEAN: re.compile(r"true|false"),
}


def _shown_member(example: object, name: str) -> object:
    """What the example shows for field ``name``: of an object, or of the first item of a list
    that shows it not null (a list's first item often has it null where a later one does not)."""
    if isinstance(example, list):
        shown = (_member(item, name) for item in example)
        return next((v for v in shown if v is not None), None)
    return _member(example, name)


def _first_item(example: object) -> object:
    return example[0] if isinstance(example, list) and example else example


#: "ISO 8601 datetime string of when ...": the page says the string is a timestamp (the two
#: words searched one after the other: each search stays linear on any description).
_ISO_8601 = re.compile(r"\bISO[\s-]*+8601\b", re.IGNORECASE)
_DATETIME_WORD = re.compile(r"\b(?:date[\s-]?time|timestamp)", re.IGNORECASE)
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d++)?(?:Z|[+-]\d{2}:\d{2})")
#: A decimal written as a string ("0.001"): a number with a fraction, which is how the API sends
#: amounts exactly (an id written as a string, "12", has no fraction and stays a string).
_DECIMAL_STRING = re.compile(r"(?<![\d-])-?\d++\.\d++")


def _says_timestamp(description: str) -> bool:
    iso = _ISO_8601.search(description)
    return iso is not None and _DATETIME_WORD.search(description, iso.end()) is not None


def answer_kind(description: str, example: object) -> tuple[ValueKind, str]:
    """A ``string`` answer field's kind, and its example, where the page itself says more.

    A timestamp when the description says "ISO 8601 datetime" or the example is one
    (``2025-07-23T02:51:11.184Z``); a decimal when the example is a number written as a string
    with a fraction (``"0.001"``), as the 2019 chapters' quoted numbers are. Otherwise a string.
    """
    text = example if isinstance(example, str) else ""
    if _TIMESTAMP.fullmatch(text) or (_says_timestamp(description) and not text):
        return ValueKind.DATETIME, text
    if _says_timestamp(description) and _TIMESTAMP.fullmatch(text.replace(" ", "T") + "Z"):
        return ValueKind.DATETIME, text
    if _DECIMAL_STRING.fullmatch(text):
        return ValueKind.DECIMAL, text
    return ValueKind.STRING, ""


def _member(example: object, name: str) -> object:
    return example.get(name) if isinstance(example, dict) else None


def _descendants(node: Node, kind: str) -> Iterator[Node]:
    for child in node.get("children", []) or []:
        if child.get("type") == kind:
            yield child
        yield from _descendants(child, kind)


def _text(node: Node) -> str:
    if node.get("type") in {"text", "inlineCode"}:
        return str(node.get("value", ""))
    return "".join(_text(c) for c in node.get("children", []) or [])


def _inline(node: Node) -> str:
    """Inline content as markdown: code spans, emphasis and links kept."""
    kind = node.get("type")
    if kind == "text":
        return str(node.get("value", ""))
    if kind == "inlineCode":
        return f"`{node.get('value', '')}`"
    if kind == "break":
        return "\n"
    inner = "".join(_inline(c) for c in node.get("children", []) or [])
    if kind == "strong":
        return f"**{inner}**"
    if kind == "emphasis":
        return f"_{inner}_"
    if kind == "link":
        return f"[{inner}]({node.get('url', '')})"
    if kind in {"mdxJsxTextElement", "mdxJsxFlowElement"} and node.get("name") == "br":
        return "\n"
    if kind == "paragraph":
        return inner
    return inner


def _links(node: Node) -> Iterator[tuple[str, str]]:
    if node.get("type") == "link" and isinstance(node.get("url"), str):
        yield node["url"], _text(node).strip()
    for child in node.get("children", []) or []:
        yield from _links(child)


def _list_text(node: Node) -> str:
    return "\n".join(f"- {_inline(item).strip()}" for item in node.get("children", []) or [])


def _allowed_value(item: Node) -> str:
    """A bullet of a "Show allowed values" block: its bold or code word, else its first word."""
    for kind in ("strong", "inlineCode"):
        found = next(_descendants(item, kind), None)
        if found is not None:
            return _text(found).strip().strip(";.,")
    words = _text(item).split()
    return words[0].strip(";.,") if words else ""


def _coded_elements(paragraph: Node) -> list[Node]:
    """The inline elements of a paragraph that carry a ``code`` (a status), when it has no text of its own."""
    children = paragraph.get("children", []) or []
    coded = [
        c for c in children if c.get("type") == "mdxJsxTextElement" and isinstance(_attribute(c, "code"), str)
    ]
    rest = [c for c in children if c not in coded and _text(c).strip()]
    return coded if coded and not rest else []


def _endpoints(node: Node) -> Iterator[Node]:
    for child in node.get("children", []) or []:
        if child.get("name") == "Endpoint":
            yield child
        yield from _endpoints(child)


def _param_markdown(param: _Param) -> str:
    kind = ", ".join(w for w in (param.type_text, "required" if param.required else "") if w)
    text = " ".join(param.description.split())
    return f"- `{param.name}`{f' ({kind})' if kind else ''}{f': {text}' if text else ''}"


def _fenced(language: str, code: str) -> str:
    """A fenced code block, with a fence longer than any run of backticks in the code."""
    longest = max((len(run) for run in re.findall(r"`++", code)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{language.strip()}\n{code.rstrip()}\n{fence}"


def _table_markdown(rows: Sequence[Sequence[str]]) -> str:
    if not rows or not rows[0]:
        return ""
    width = max(len(r) for r in rows)

    def line(cells: Sequence[str]) -> str:
        padded = [c.replace("|", "\\|").replace("\n", " ") for c in cells] + [""] * (width - len(cells))
        return "| " + " | ".join(padded) + " |"

    return "\n".join([line(rows[0]), "| " + " | ".join(["---"] * width) + " |", *(line(r) for r in rows[1:])])


def _shown_title(node: Node) -> str:
    """The title a component shows above its content (a Step's ``title``, a TabItem's ``label``)."""
    if node.get("name") not in _TITLED:
        return ""
    for attribute in ("title", "label"):
        value = _attribute(node, attribute)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return ""


#: Components of the quick-start pages that show a title above their content.
_TITLED = frozenset({"Step", "TabItem", "Tab"})


def _attribute_markdown(node: Node, name: str) -> str:
    entry = _attribute_entry(node, name)
    value = entry.get("markdown") if entry else None
    if isinstance(value, str):
        return _tidy(value)
    return value if isinstance(value := _attribute(node, name), str) else ""


def _tidy(markdown: str) -> str:
    """JSX text as markdown: each line outside code blocks trimmed, one blank line between blocks."""
    lines: list[str] = []
    fence = ""
    for line in markdown.splitlines():
        stripped = line.strip()
        if fence:
            lines.append(line)
            fence = "" if stripped == fence else fence
        elif stripped.startswith("```"):
            fence = stripped[: len(stripped) - len(stripped.lstrip("`"))]
            lines.append(stripped)
        elif stripped or (lines and lines[-1]):
            lines.append(stripped)
    return "\n".join(lines).strip()


def _inline_blocks(node: Node) -> str:
    return " ".join(t for t in (_inline(c).strip() for c in node.get("children", []) or []) if t)


def _table_rows(node: Node) -> list[list[str]]:
    return [[_text(cell).strip() for cell in row.get("children", [])] for row in node.get("children", [])]


def _area_title(path: str) -> str:
    """The tag of a page: its folder (``dca-bot/deals`` → ``Deals``, ``smart-trade`` → ``Smart Trade``)."""
    return title_words(PurePosixPath(path).parent.name) or "Reference"
