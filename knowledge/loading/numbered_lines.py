"""Line-numbered pages: a bill, a pleading or a contract set with every line numbered in
the margin ("1", "2", … restarting on each page), which a PDF's text layer puts before each
line's text ("12 4.2 The per-match fee …"). Left in, the numbers run into the clauses and
their figures ("a tournament 13 day is paid"); they are dropped when most of a page's lines
open with them, counting up from 1, one line after another."""

from __future__ import annotations

import re
from itertools import pairwise

_NUMBERED = re.compile(r"^(\d{1,3})(?:\s+|$)")
MIN_LINES = 3  # a page's numbered lines, at least
SHARE = 0.8  # of its lines of text (table rows aside)
FULL_PAGE = 25  # numbered lines that make a page set so on their own


def _numbers(lines: list[str]) -> list[int | None]:
    return [int(m.group(1)) if (m := _NUMBERED.match(x.strip())) else None for x in lines]


def _numbered(page: str) -> bool:
    """Whether most of a page's lines open with numbers counting up one by one from 1."""
    lines = [x for x in page.split("\n") if x.strip() and not x.lstrip().startswith("|")]
    counted = [n for n in _numbers(lines) if n is not None]
    if len(counted) < MIN_LINES or len(counted) < SHARE * len(lines):
        return False
    # the margin's numbers, not a list's or the clauses' (which skip)
    return counted[0] == 1 and all(b == a + 1 for a, b in pairwise(counted))


def _stripped(page: str) -> str:
    lines = page.split("\n")
    for i, line in enumerate(lines):
        if _NUMBERED.match(stripped := line.strip()):  # a table row opens with "|": never
            lines[i] = _NUMBERED.sub("", stripped, count=1)
    return "\n".join(lines)


def without_line_numbers(pages: list[str]) -> list[str]:
    """The pages without the line numbers in their margin, when the document is set so:
    most of its pages numbered (a list numbered 1, 2, 3 on one page is a list), or one
    page of a whole page's lines (FULL_PAGE)."""
    numbered = [_numbered(p) for p in pages]
    texts = sum(1 for p in pages if p.strip())
    lines = sum(len(p.split("\n")) for p, n in zip(pages, numbered, strict=True) if n)
    if not any(numbered) or (
        (sum(numbered) < 2 or sum(numbered) < texts / 2) and lines < FULL_PAGE
    ):
        return pages
    return [_stripped(p) if n else p for p, n in zip(pages, numbered, strict=True)]
