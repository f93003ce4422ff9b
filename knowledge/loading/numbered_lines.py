"""Line-numbered pages: a bill, a pleading or a contract set with every line numbered in
the margin ("1", "2", … restarting on each page), which a PDF's text layer puts before each
line's text ("12 4.2 The per-match fee …"). Left in, the numbers run into the clauses and
their figures ("a tournament 13 day is paid"); they are dropped when most of a page's lines
open with them, counting up from 1, one line after another."""

from __future__ import annotations

import re
from itertools import pairwise

_NUMBERED = re.compile(r"^(\d{1,3})(?:\s+|$)")
MIN_LINES = 5  # a page's numbered lines, at least
SHARE = 0.8  # of its lines of text (table rows aside)


def _numbers(lines: list[str]) -> list[int | None]:
    return [int(m.group(1)) if (m := _NUMBERED.match(x.strip())) else None for x in lines]


def without_line_numbers(page: str) -> str:
    """`page` without the line numbers in its margin, when it has them; else unchanged."""
    lines = page.split("\n")
    texts = [i for i, x in enumerate(lines) if x.strip() and not x.lstrip().startswith("|")]
    numbers = _numbers([lines[i] for i in texts])
    counted = [n for n in numbers if n is not None]
    if len(counted) < MIN_LINES or len(counted) < SHARE * len(texts):
        return page
    # the numbers count up one by one from 1: the margin's, not the clauses' (which skip)
    if counted[0] != 1 or any(b != a + 1 for a, b in pairwise(counted)):
        return page
    for i, n in zip(texts, numbers, strict=True):
        if n is not None:
            lines[i] = _NUMBERED.sub("", lines[i].strip(), count=1)
    return "\n".join(lines)
