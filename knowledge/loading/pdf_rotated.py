"""Table cells printed sideways (column headers turned 90°), read as words.

pdfplumber reads a turned cell one word per line, and text running bottom to top with
its letters backwards ("tinU" for "Unit"). A cell most of whose characters are turned is
read again from its own characters' words, in the direction their matrix gives (up the
page: lines left to right; down the page: lines right to left), joined by spaces: "Rate
for productions that began before 1 April 2027". Each turned character is put in its cell
once (rows and cells found by bisection), at most _MAX_CELLS cells a table are read
again, and a table on a page with no turned character costs one look at its characters.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

_MAX_CELLS = 400  # turned cells read again per table: headers, not a hostile grid
_UP = 8  # rows above a character looked at for a cell merged down over them


def _words(chars: list[dict[str, Any]], up: bool) -> str:
    from pdfplumber.utils.text import extract_words

    words = extract_words(
        chars, char_dir_rotated="btt" if up else "ttb", line_dir_rotated="ltr" if up else "rtl"
    )
    return " ".join(w["text"] for w in words)


def _by_cell(turned: list[dict[str, Any]], boxes: list[Any]) -> dict[tuple[int, int], list]:
    """The turned characters by the (row, cell) whose box holds their middle: the row that
    starts last above a character, else (a cell merged down over rows) up to _UP rows
    above it."""
    rows = sorted((min(b[1] for b in r.cells if b), i) for i, r in enumerate(boxes) if any(r.cells))
    tops = [top for top, _ in rows]
    lefts = {i: sorted((b[0], j) for j, b in enumerate(boxes[i].cells) if b) for _, i in rows}
    found: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for c in turned:
        x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        last = bisect_right(tops, y) - 1
        for at in range(last, max(-1, last - _UP), -1):
            i = rows[at][1]
            k = bisect_right(lefts[i], (x, float("inf"))) - 1
            j = lefts[i][k][1] if k >= 0 else -1
            box = boxes[i].cells[j] if j >= 0 else None
            if box is not None and box[0] <= x <= box[2] and box[1] <= y <= box[3]:
                found.setdefault((i, j), []).append(c)
                break
    return found


def upright_cells(page: Any, table: Any, rows: list[list[str | None]]) -> list[list[str | None]]:
    """`rows` (the table's extracted cells) with each turned cell read as words."""
    boxes = getattr(table, "rows", None)
    if not boxes or len(boxes) != len(rows):
        return rows
    x0, top, x1, bottom = table.bbox
    turned = [
        c
        for c in page.chars
        if not c.get("upright", True) and x0 <= c["x0"] <= x1 and top <= c["top"] <= bottom
    ]
    if not turned:
        return rows
    out = [list(row) for row in rows]
    for n, ((i, j), mine) in enumerate(sorted(_by_cell(turned, boxes).items())):
        text = out[i][j] if j < len(out[i]) else None
        if n >= _MAX_CELLS or text is None:
            continue
        if 2 * len(mine) <= len(text.replace("\n", "").replace(" ", "")):
            continue  # mostly upright
        matrix = mine[0].get("matrix") or (0, 1, -1, 0)
        out[i][j] = _words(mine, up=matrix[1] > 0) or text
    return out
