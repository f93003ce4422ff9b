"""Text set in two columns, read column by column.

pdfplumber's `extract_text` reads a page line by line across its whole width, so where
a page is set in two columns (an agreement, a bulletin, a bilingual text with English on
the left and French on the right) each line of text is a left column's line, a space and
the right column's line at the same height: "§ 21.2 Clause 9.3 of the § 23.3 Side letters
are signed by the". `column_text` finds the gutter, an upright gap that lines on both
sides leave free, and reads each run of two-column lines left column first; a line that
crosses the gutter (a heading over both columns) is read whole, where it stands.

A gutter is taken only when it is plain: near the middle, wider than a space, crossed by
few lines, with lines on both sides of it on several heights, and both sides' lines
filling their column (a label-and-amount list has a gap too, but its amounts fill little
of theirs).
"""

from __future__ import annotations

from statistics import median_high
from typing import Any

_MIN_BOTH = 4  # heights with text on both sides
_MAX_CROSSING = 0.15  # share of the lines that may cross the gutter (headings)
_MIN_FILL = 0.55  # median width of a side's lines over its column's width
_LINE_TOLERANCE = 3.0  # points: words this close in height are one line
_MIN_GAP = 8.0  # points between the columns: more than a space between two words


def lines_of(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """pdfplumber's words in lines, top to bottom, each left to right."""
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= _LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def gutter(lines: list[list[dict[str, Any]]], x0: float, x1: float) -> float | None:
    """The x of the gap between two columns of text, or None when the lines are one."""
    if len(lines) < _MIN_BOTH:
        return None
    width, best = x1 - x0, None
    for step in range(35, 66):
        x = x0 + width * step / 100
        crossing = sum(1 for line in lines if any(w["x0"] < x < w["x1"] for w in line))
        if crossing > _MAX_CROSSING * len(lines):
            continue
        sides = [
            ([w for w in line if w["x1"] <= x], [w for w in line if w["x0"] >= x]) for line in lines
        ]
        both = [(left, right) for left, right in sides if left and right]
        if len(both) < _MIN_BOTH:
            continue
        gap = min(r[0]["x0"] for _, r in sides if r) - max(
            left[-1]["x1"] for left, _ in sides if left
        )
        if gap < _MIN_GAP:
            continue
        if best is None or (crossing, -len(both)) < best[0]:
            best = ((crossing, -len(both)), x, sides)
    if best is None:
        return None
    _, x, sides = best
    lefts = [ws[-1]["x1"] - ws[0]["x0"] for ws, _ in sides if ws]
    rights = [ws[-1]["x1"] - ws[0]["x0"] for _, ws in sides if ws]
    left_width = x - min(ws[0]["x0"] for ws, _ in sides if ws)
    right_width = max(ws[-1]["x1"] for _, ws in sides if ws) - x
    if median_high(lefts) < _MIN_FILL * left_width or median_high(rights) < _MIN_FILL * right_width:
        return None
    return x


def _said(words: list[dict[str, Any]]) -> str:
    return " ".join(w["text"] for w in words)


def column_text(region: Any) -> str:
    """A page region's text, read column by column where it is set in two columns."""
    x0, _, x1, _ = region.bbox
    lines = lines_of(region.extract_words())
    x = gutter(lines, x0, x1)
    if x is None:
        return region.extract_text() or ""
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        if any(w["x0"] < x < w["x1"] for w in line):  # over both columns
            out += left + right + [_said(line)]
            left, right = [], []
            continue
        if words := [w for w in line if w["x1"] <= x]:
            left.append(_said(words))
        if words := [w for w in line if w["x0"] >= x]:
            right.append(_said(words))
    return "\n".join(out + left + right)
