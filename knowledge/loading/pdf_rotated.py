"""Table cells printed sideways (column headers turned 90°), read as words.

pdfplumber reads a turned cell one word per line, and text running bottom to top with
its letters backwards ("tinU" for "Unit"). A cell most of whose characters are turned is
read again from its words, in the direction its characters' matrix gives (up the page:
lines left to right; down the page: lines right to left), joined by spaces: "Rate for
productions that began before 1 April 2027". Pages with no turned character cost one
look at their characters.
"""

from __future__ import annotations

from typing import Any


def _inside(char: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    x = (char["x0"] + char["x1"]) / 2
    y = (char["top"] + char["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _words(page: Any, box: tuple[float, float, float, float], up: bool) -> str:
    region = page.within_bbox(box)
    words = region.extract_words(
        char_dir_rotated="btt" if up else "ttb", line_dir_rotated="ltr" if up else "rtl"
    )
    return " ".join(w["text"] for w in words)


def upright_cells(page: Any, table: Any, rows: list[list[str | None]]) -> list[list[str | None]]:
    """`rows` (the table's extracted cells) with each turned cell read as words."""
    turned = [c for c in page.chars if not c.get("upright", True)]
    boxes = getattr(table, "rows", None)
    if not turned or not boxes or len(boxes) != len(rows):
        return rows
    out = []
    for row, found in zip(rows, boxes, strict=True):
        cells = list(row)
        for j, box in enumerate(getattr(found, "cells", [])[: len(cells)]):
            text = cells[j]
            if box is None or text is None:
                continue
            mine = [c for c in turned if _inside(c, box)]
            if 2 * len(mine) <= len(text.replace("\n", "").replace(" ", "")):
                continue  # mostly upright
            matrix = mine[0].get("matrix") or (0, 1, -1, 0)
            cells[j] = _words(page, box, up=matrix[1] > 0) or text
        out.append(cells)
    return out
