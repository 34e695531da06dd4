"""The README is a map: short, the two commands early, one section per kind of user, every page it
points to exists, and every page its internals moved to is reachable from it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
MAX_LINES = 250
#: Links to files of this repository: ``[text](path)`` or ``[text](path#anchor)``; not URLs, and
#: not a site's absolute paths (``/smart-trade/...``) that docs/mdx.md quotes from the reference.
LINK = re.compile(r"\]\((?!https?://|#|/)([^)#\s]+)(?:#([^)\s]*))?\)")


def _links(path: Path) -> list[tuple[Path, str | None]]:
    return [((path.parent / target).resolve(), anchor) for target, anchor in LINK.findall(path.read_text())]


def _anchors(path: Path) -> set[str]:
    """GitHub's anchors for the headings of a markdown file."""
    anchors = set()
    inside_fence = False
    for line in path.read_text().splitlines():
        if line.startswith("```"):
            inside_fence = not inside_fence
        elif not inside_fence and (match := re.match(r"^#{1,6} (.*)", line)):
            slug = re.sub(r"[^\w\- ]", "", match.group(1).strip().lower()).replace(" ", "-")
            anchors.add(slug)
    return anchors


def test_the_readme_is_at_most_250_lines() -> None:
    assert len(README.read_text().splitlines()) <= MAX_LINES


def test_the_two_commands_and_the_three_users_are_on_the_first_screen() -> None:
    head = "\n".join(README.read_text().splitlines()[:60])
    assert "make regenerate" in head and "make test" in head
    for user in ("API team", "Python developer", "other-language"):
        assert user.lower() in head.lower(), user


def test_every_linked_file_exists_and_every_anchor_is_a_heading() -> None:
    for page in [README, *sorted((ROOT / "docs").glob("*.md")), ROOT / "bench" / "README.md"]:
        for target, anchor in _links(page):
            assert target.exists(), f"{page.relative_to(ROOT)} links to missing {target}"
            if anchor and target.suffix == ".md":
                assert anchor in _anchors(target), f"{page.relative_to(ROOT)}: no #{anchor} in {target.name}"


#: The pages the README's internals moved to (issue 22): each must stay reachable from it.
MOVED = ["architecture", "mapping", "rules", "extensions", "client", "change-report", "serving"]
MOVED += ["warnings", "safety", "testing"]


def test_every_moved_section_is_linked_from_the_readme() -> None:
    linked = {target for target, _ in _links(README)}
    pages = {ROOT / "docs" / f"{name}.md" for name in MOVED} | {ROOT / "bench" / "README.md"}
    assert {p.resolve() for p in pages} <= linked, sorted(str(p) for p in pages if p.resolve() not in linked)


def test_the_readme_says_which_api_the_committed_client_covers() -> None:
    import json

    spec = json.loads((ROOT / "spec" / "openapi.json").read_text())
    count = sum(1 for item in spec["paths"].values() for op in item.values() if isinstance(op, dict))
    text = README.read_text()
    assert "What the committed spec and client cover" in text
    assert f"{count} operations" in text


def test_the_link_check_sees_a_broken_link(tmp_path: Path) -> None:
    """The checks above can fail: a missing page and a missing anchor are both found."""
    page = tmp_path / "page.md"
    (tmp_path / "there.md").write_text("# A heading\n")
    page.write_text("[a](missing.md) [b](there.md#a-heading) [c](there.md#nowhere) [d](https://x.test/y)\n")
    found = _links(page)
    assert [t.name for t, _ in found] == ["missing.md", "there.md", "there.md"]
    assert not found[0][0].exists()
    assert "a-heading" in _anchors(tmp_path / "there.md") and "nowhere" not in _anchors(tmp_path / "there.md")
