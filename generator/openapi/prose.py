"""Where the reference's prose goes in the spec: the general information, or a tag's description.

The reader keeps every prose block of a document as markdown (a heading is a block of its own).
Read as a reference page (Redoc), each top-level heading of ``info.description`` is a navigation
item of its own, so the chapters that describe no operation (general information, limits,
signing) are gathered under ONE heading, each a level deeper than it was written. A chapter
whose operations make a tag gives its own text to that tag's description, and nothing to the
general part. A chapter heading with nothing under it (a chapter of entities only, a document
title before its first chapter) says nothing to a reader and is left out; a lower heading with
nothing under it keeps its words, as a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from generator.document.model import Document
from generator.naming import tag_name

#: The one top-level heading the general chapters stand under.
GENERAL_HEADING = "General Information"

_ATX = re.compile(r"^(?P<marks>#{1,6})[ \t]+(?P<title>.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^(?P<title>[^\n]+)\n(?P<line>=+|-+)[ \t]*$")


@dataclass(frozen=True)
class Heading:
    level: int
    title: str


def heading_of(block: str) -> Heading | None:
    """The heading ``block`` is, when it is one heading and nothing else."""
    block = block.strip()
    if match := _ATX.match(block):
        return Heading(len(match.group("marks")), match.group("title").strip())
    if match := _SETEXT.match(block):
        return Heading(1 if match.group("line").startswith("=") else 2, match.group("title").strip())
    return None


def without_empty_headings(blocks: Sequence[str]) -> list[str]:
    """``blocks`` with no heading that has nothing under it.

    Such a heading is a note written large ("#### _Please read General API Information first_"):
    its words are kept as a paragraph, since a heading over nothing reads as something missing.
    """
    kept: list[str] = []
    for index, block in enumerate(blocks):
        heading = heading_of(block)
        if heading is None:
            kept.append(block)
            continue
        following = next(
            (b for b in blocks[index + 1 :] if (h := heading_of(b)) is None or h.level <= heading.level), None
        )
        has_content = following is not None and heading_of(following) is None
        kept.append(block if has_content else heading.title)
    return kept


def deepen(block: str, levels: int) -> str:
    """A heading block written ``levels`` deeper (at most level 6); other blocks unchanged."""
    heading = heading_of(block)
    if heading is None:
        return block
    return f"{'#' * min(6, heading.level + levels)} {heading.title}"


@dataclass
class _Chapter:
    title: str
    blocks: list[str] = field(default_factory=list)


def _chapters(documents: Iterable[Document]) -> list[_Chapter]:
    """Each document's prose cut at its level-1 headings (a chapter with no text of its own, such as
    one of entities only, is dropped by :func:`arrange_prose`); text before the first one belongs to the
    document's title (which is also the tag of operations that stand before any chapter)."""
    chapters: list[_Chapter] = []
    for document in documents:
        current = _Chapter(document.title)
        chapters.append(current)
        for block in document.prose:
            heading = heading_of(block)
            if heading is not None and heading.level == 1:
                current = _Chapter(heading.title)
                chapters.append(current)
            else:
                current.blocks.append(block)
    return chapters


@dataclass(frozen=True)
class ArrangedProse:
    #: ``info.description``: the general chapters under one heading ("" when there are none).
    general: str
    #: A tag's description: the text of the chapters its operations stand in (tags without any text
    #: have no entry).
    tags: dict[str, str]


def arrange_prose(documents: Sequence[Document], operation_tags: Collection[str]) -> ArrangedProse:
    """Split the documents' prose between the general information and the operation tags."""
    general: list[str] = []
    tags: dict[str, list[str]] = {}
    for chapter in _chapters(documents):
        blocks = without_empty_headings(chapter.blocks)
        if not blocks:
            continue
        tag = tag_name(chapter.title)
        if tag in operation_tags:
            tags.setdefault(tag, []).extend(blocks)
        else:
            general.append(f"## {chapter.title}")
            general.extend(deepen(block, 1) for block in blocks)
    description = "\n\n".join([f"# {GENERAL_HEADING}", *general]) if general else ""
    return ArrangedProse(description, {tag: "\n\n".join(blocks) for tag, blocks in tags.items()})
