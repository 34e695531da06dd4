"""Links between the reference's pages become links the served page can follow.

A page links another by its path on the site (``[All market pairs](/market-data/1_all_market_pairs.mdx)``,
``/smart-trade/smart-trade-entity`` by its front matter id). In the spec such a path leads
nowhere: the served page (Redoc) is one page with an anchor per operation and per tag. Each link
to a page of the run becomes that anchor: ``#tag/<tag>/operation/<operationId>`` for an operation's
page, ``#tag/<tag>`` for an area's index or entity page, ``#section/General-Information`` for a
page of prose. A link to a page the run did not read keeps its words and loses its target, with a
warning at the linking text's line. Links to other sites (``https://``) and anchors stay as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import PurePosixPath
from typing import Any

from generator.diagnostics import DiagnosticSink, Location
from generator.document.model import Document
from generator.naming import tag_name
from generator.openapi.prose import GENERAL_HEADING
from generator.operations import PlannedOperation

#: ``[text](/path/on/the/site)`` or ``[text](../page.mdx)``: a link to a page of the site. The text
#: holds no bracket and the target no space or parenthesis, so the search stays linear.
_PAGE_LINK = re.compile(r"\[(?P<text>[^\[\]\n]*+)\]\((?P<target>(?:/|\.\.?/)[^()\s]*+)\)")
#: Docusaurus names a page after its file without the number that orders it (``1_all_pairs``).
_ORDER_PREFIX = re.compile(r"(?:^|(?<=/))\d++_")
#: Characters Redoc's slugify keeps (slugify's default ``remove``).
_SLUG_DROPPED = re.compile(r"[^\w\s$*_+~.()'\"!\-:@]++")
_SLUG_SPACES = re.compile(r"[\s-]++")


def redoc_slug(text: str) -> str:
    """The id Redoc gives a tag or section named ``text`` (slugify with its defaults)."""
    slug = _SLUG_SPACES.sub("-", _SLUG_DROPPED.sub("", text).strip())
    if slug:
        return slug
    # Redoc's own fallback when slugify leaves nothing.
    fallback = re.sub(r"\s+", "-", text.lower()).replace("&", "-and-")
    return re.sub(r"--+", "-", fallback).strip("-")


def follow_links(
    spec: dict[str, Any],
    documents: Sequence[Document],
    planned: Sequence[PlannedOperation],
    sink: DiagnosticSink,
) -> dict[str, Any]:
    """``spec`` with every description's links between pages pointing at anchors of the served page."""
    anchors = _anchors(spec, documents, planned)
    where = _where_written(documents)
    reported: set[str] = set()

    def rewrite(match: re.Match[str]) -> str:
        text, target = match.group("text"), match.group("target")
        anchor = _resolve(target, anchors)
        if anchor is not None:
            return f"[{text}]({anchor})"
        if target not in reported:
            reported.add(target)
            sink.warning(
                where.get(target, Location(documents[0].path if documents else "<spec>", 1)),
                f"the link [{text}]({target}) goes to no page of this reference; its words are kept "
                "without the link",
                "link",
            )
        return text

    rewritten: dict[str, Any] = _rewritten(spec, rewrite)
    return rewritten


def _anchors(
    spec: dict[str, Any], documents: Sequence[Document], planned: Sequence[PlannedOperation]
) -> dict[str, str]:
    """Each page's keys (its path and id, with and without order numbers) → its anchor."""
    tags = {t.get("name") for t in spec.get("tags", []) if isinstance(t, dict)}
    by_path: dict[str, str] = {}
    for plan in planned:
        tag = tag_name(plan.operation.document_title)
        by_path.setdefault(plan.document.path, f"#tag/{redoc_slug(tag)}/operation/{plan.operation_id}")
    general = f"#section/{redoc_slug(GENERAL_HEADING)}"
    anchors: dict[str, str] = {}
    for document in documents:
        anchor = by_path.get(document.path)
        if anchor is None:
            area = next((tag_name(e.chapter) for e in document.entities if e.chapter), None)
            if area is None and PurePosixPath(document.path).name == "index.mdx":
                area = tag_name(document.title)
            anchor = f"#tag/{redoc_slug(area)}" if area is not None and area in tags else general
        for key in _page_keys(document):
            anchors.setdefault(key, anchor)
    return anchors


def _page_keys(document: Document) -> Iterator[str]:
    path = PurePosixPath(document.path.replace("\\", "/"))
    stem = path.with_suffix("").as_posix()
    yield stem
    yield _ORDER_PREFIX.sub("", stem)
    if path.name == "index.mdx":
        yield path.parent.as_posix()
    if document.page_id:
        yield f"{path.parent.as_posix()}/{document.page_id}"


def _resolve(target: str, anchors: dict[str, str]) -> str | None:
    page = target.split("#", 1)[0].strip("/")
    page = re.sub(r"^(?:\.\./|\./)++", "", page)
    page = page.removeprefix("docs/")
    page = str(PurePosixPath(page).with_suffix("")) if page.endswith((".md", ".mdx")) else page
    if not page:
        return None
    wanted = {page, _ORDER_PREFIX.sub("", page)}
    for key, anchor in anchors.items():
        if any(key == w or key.endswith("/" + w) for w in wanted):
            return anchor
    return None


def _where_written(documents: Sequence[Document]) -> dict[str, Location]:
    """The first place each link target is written, for a warning."""
    found: dict[str, Location] = {}

    def note(text: str, location: Location) -> None:
        for match in _PAGE_LINK.finditer(text):
            found.setdefault(match.group("target"), location)

    for document in documents:
        for operation in document.operations:
            for text in operation.notes:
                note(text, operation.location)
            for parameter in operation.parameters:
                note(parameter.description, parameter.description_location)
        for entity in document.entities:
            stack = list(entity.fields)
            while stack:
                field = stack.pop()
                note(field.description, field.location)
                stack.extend(field.fields)
        for block in document.prose:
            note(block, Location(document.path, 1))
    return found


def _rewritten(value: Any, rewrite: Callable[[re.Match[str]], str]) -> Any:
    if isinstance(value, dict):
        return {
            k: (
                _PAGE_LINK.sub(rewrite, v)
                if k == "description" and isinstance(v, str)
                else _rewritten(v, rewrite)
            )
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_rewritten(v, rewrite) for v in value]
    return value
