"""Text a PDF hides under a dark box: a redaction drawn over a figure ("client price: ███")
leaves the figure in the text layer, where every PDF reader still finds it. What a reader
of the page cannot see is not what the document says, so a dark character inside a dark
filled rectangle is not read; a light one (white text on a dark header cell) is.

Only pages with such a box are read this way (pdfplumber's characters, filtered), so the
cost of a page without one is a look at its rectangles."""

from __future__ import annotations

from typing import Any

DARK = 0.25  # at most this much light in each channel (0 black, 1 white)
_MIN_SIDE = 2.0  # points: a rule or a hairline is no box
_MAX_BOXES = 400  # per page (bounded cost: each character is looked up in each box)


def _dark(colour: Any) -> bool:
    """Whether a pdfplumber colour (grey, RGB or CMYK, 0 to 1; None is the default black)
    is dark."""
    if colour is None:
        return True
    values = tuple(colour) if isinstance(colour, (tuple, list)) else (colour,)
    if not all(isinstance(v, (int, float)) for v in values):
        return False  # a pattern or a named colour space: not a plain box
    if len(values) == 1:
        return values[0] <= DARK
    if len(values) == 3:
        return max(values) <= DARK
    if len(values) == 4:  # CMYK: the light each ink and the black leave
        c, m, y, k = values
        return max((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)) <= DARK
    return False


def _boxes(page: Any) -> list[tuple[float, float, float, float]]:
    """The page's dark filled rectangles (x0, top, x1, bottom)."""
    return [
        (r["x0"], r["top"], r["x1"], r["bottom"])
        for r in page.rects
        if r.get("fill")
        and r["x1"] - r["x0"] >= _MIN_SIDE
        and r["bottom"] - r["top"] >= _MIN_SIDE
        and _dark(r.get("non_stroking_color"))
    ]


def without_hidden(page: Any) -> Any | None:
    """The page without the dark characters inside its dark boxes, or None when it hides
    none."""
    boxes = _boxes(page)[:_MAX_BOXES]
    if not boxes:
        return None

    def hidden(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char" or not _dark(obj.get("non_stroking_color")):
            return False
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    if not any(hidden(c) for c in page.chars):
        return None
    return page.filter(lambda obj: not hidden(obj))
