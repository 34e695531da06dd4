"""Where the reference's prose goes: the general information or a tag (generator/openapi/prose.py)."""

from __future__ import annotations

import re
from pathlib import Path

from generator.document.model import Document
from generator.openapi.prose import GENERAL_HEADING, arrange_prose, deepen, heading_of, without_empty_headings
from generator.pipeline import run_spec_pipeline

ROOT = Path(__file__).resolve().parents[2]
SEED = [ROOT / "spec" / "docs" / "general_api_information.md", ROOT / "spec" / "docs" / "smart_trades_api.md"]

_HEADING_LINE = re.compile(r"^(#{1,6}) ", re.MULTILINE)


def _headings(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if _HEADING_LINE.match(line)]


GENERAL = Document(
    path="general.md",
    title="General API Information",
    prose=(
        "The base endpoint is https://example.test.",
        "## Error codes",
        "Errors are JSON.",
        "# LIMITS",
        "Weight per minute: 1200.",
        "Setext subheading\n-----------------",
        "Under the setext one.",
    ),
)
BOTS = Document(
    path="bots_api.md",
    title="Bots Api",
    prose=(
        "Bots trade for you.",
        "#### _Please read General API Information first_",  # a note written large, over nothing
        "# Response Entities",  # a chapter of entities only: a heading with nothing under it
    ),
)


def test_general_chapters_stand_under_one_top_level_heading() -> None:
    arranged = arrange_prose([GENERAL, BOTS], {"Bots"})
    headings = _headings(arranged.general)
    # One navigation item: everything else is at least a level deeper than written.
    assert [h for h in headings if h.startswith("# ")] == [f"# {GENERAL_HEADING}"]
    assert headings == [
        f"# {GENERAL_HEADING}",
        "## General API Information",
        "### Error codes",
        "## LIMITS",
        "### Setext subheading",
    ]
    assert "Weight per minute: 1200." in arranged.general
    assert "Bots trade for you." not in arranged.general


def test_a_chapter_with_operations_gives_its_text_to_its_tag_only() -> None:
    arranged = arrange_prose([GENERAL, BOTS], {"Bots"})
    assert set(arranged.tags) == {"Bots"}
    assert "Bots trade for you." in arranged.tags["Bots"]
    assert "Weight per minute" not in arranged.tags["Bots"]


def test_empty_headings_are_dropped_or_kept_as_words() -> None:
    arranged = arrange_prose([GENERAL, BOTS], {"Bots"})
    everything = arranged.general + "\n\n" + "\n\n".join(arranged.tags.values())
    # The entities-only chapter says nothing: no heading, no words.
    assert "Response Entities" not in everything
    # A lower heading over nothing keeps its words, as a paragraph, not as a heading.
    assert arranged.tags["Bots"] == "Bots trade for you.\n\n_Please read General API Information first_"
    assert _headings(arranged.tags["Bots"]) == []


def test_without_empty_headings_looks_past_deeper_headings_only() -> None:
    blocks = ["## A", "### A.1", "text of A.1", "## B", "### B.1", "## C"]
    assert without_empty_headings(blocks) == ["## A", "### A.1", "text of A.1", "B", "B.1", "C"]


def test_no_general_chapters_means_no_general_heading() -> None:
    arranged = arrange_prose([BOTS], {"Bots"})
    assert arranged.general == ""


def test_heading_recognition_and_deepening() -> None:
    assert heading_of("### Title ###") is not None
    assert heading_of("# Title\nand a paragraph") is None
    assert heading_of("#hashtag") is None
    assert heading_of("| a | b |\n|---|---|") is None
    assert deepen("###### Deepest", 1) == "###### Deepest"
    assert deepen("Title\n=====", 1) == "## Title"
    assert deepen("plain text", 2) == "plain text"


def test_tag_descriptions_name_no_source_file() -> None:
    """Issue 19 item 11: a tag's description was "Operations from smart_trades_api.md."."""
    spec = run_spec_pipeline([(p.name, p.read_text()) for p in SEED]).spec
    assert spec["tags"], "the seed has operations, so tags"
    for tag in spec["tags"]:
        description = tag.get("description", "")
        assert not re.search(r"\.mdx?\b", description), tag
        for path in SEED:
            assert path.name not in description and path.stem not in description, tag
    assert "Operations from" not in str(spec["tags"])


def test_general_information_in_the_built_spec_has_one_top_level_heading() -> None:
    spec = run_spec_pipeline([(p.name, p.read_text()) for p in SEED]).spec
    description = spec["info"]["description"]
    assert [h for h in _headings(description) if h.startswith("# ")] == [f"# {GENERAL_HEADING}"]
    # The limits are written once: the 418/429 responses point to them instead of copying them.
    responses = spec["components"]["responses"]
    limits = [responses[name]["description"] for name in ("IpBanned", "RateLimited")]
    assert all(GENERAL_HEADING in text and "2 minutes" not in text for text in limits)
    assert "2 minutes" in description
