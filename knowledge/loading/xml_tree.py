"""How the XML readers (xml_text.py, docbook.py) read an lxml element: its local name, its
first child of a name, its words (an entity left unexpanded as the character HTML names, or
as nothing), and CALS or HTML tables as Markdown tables, so that a row is read and cited
with its column headers (a spanned cell's text is in each column and row it spans).

A table wider than 32 columns, or past the rows left for the file's tables, is kept as
lines; a cell spans at most 32 columns and at most the table's rows."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from html.entities import html5
from typing import Any

from lxml import etree

from .pdf import headed_markdown

_SPACE = re.compile(r"[ \t\r\n]+")
UNREAD = set(  # elements whose text no reader sees
    "indexterm remark anchor imageobject imageobjectco videoobject audioobject textobject alt "
    "annotation index toc lot co areaspec footnoteref colspec spanspec beginpage".split()
)
MAX_DEPTH = 32  # nesting past which an element is read as its words only
_MAX_COLUMNS = 32


def local_name(el: Any) -> str:
    return el.tag.rpartition("}")[2] if isinstance(el.tag, str) else ""


def first_child(el: Any, *names: str) -> Any:
    """`el`'s first child of the first of `names` it has, or None."""
    return (
        next((c for n in names for c in el if local_name(c) == n), None) if el is not None else None
    )


def entity_text(el: Any) -> str:
    """An entity left unexpanded: its character when HTML names it ("&nbsp;"), else none."""
    return html5.get(f"{el.name};", "") if isinstance(el, etree._Entity) else ""


def raw_text(el: Any, drop: set[str], parts: list[str], space: str = "") -> None:
    """`el`'s text as written, with its children's and without those `drop` names."""
    parts.append(el.text or "")
    for child in el:
        if not isinstance(child.tag, str):
            parts.append(entity_text(child))
        elif local_name(child) not in drop:
            raw_text(child, drop, parts, space)
        parts.append(space + (child.tail or ""))


def squash(s: str) -> str:
    """`s` with its runs of XML white space as one space (a no-break space is no such run)."""
    return _SPACE.sub(" ", s).strip(" ")


def words(el: Any, drop: set[str] = UNREAD, spaced: bool = False) -> str:
    """`el`'s words; `spaced`, a space between its children's ("<firstname>", "<surname>")."""
    parts: list[str] = []
    raw_text(el, drop, parts, " " if spaced else "")
    return squash("".join(parts))


def _int(value: str | None, default: int) -> int:
    return int(value) if value and value.isdigit() and len(value) < 4 else default


def table_lines(groups: Iterable[Any], cell: Callable[[Any], str], room: list[int]) -> list[str]:
    """Tables (CALS "tgroup"s or HTML tables) as Markdown tables, headed by their thead's
    rows or by a first row of "th" cells; a spanned cell's text is in each column and row it
    spans. A table too wide for one, or past the `room` left for the file's rows, is kept
    as lines."""
    out: list[str] = []
    for group in groups:
        specs = [c.get("colname") for c in group if local_name(c) == "colspec"]
        index = {name: n for n, name in enumerate(specs) if name}
        rows: list[tuple[bool, Any]] = []
        for c in group:
            if (name := local_name(c)) in ("thead", "tbody", "tfoot"):
                rows += [(name == "thead", r) for r in c if local_name(r) in ("row", "tr")]
            elif name in ("row", "tr"):
                rows.append((False, c))
        covered: dict[int, tuple[int, str]] = {}  # a column: rows still spanned, its text
        grid: list[list[str]] = []
        for _, r in rows:
            row: list[str] = []
            for c in r:
                if local_name(c) in ("entry", "td", "th", "entrytbl"):
                    _fill(row, covered)
                    across, down = _span(c, index) if len(row) < _MAX_COLUMNS else (1, 1)
                    row += [text := cell(c)] * across
                    if down > 1:
                        left = (min(down, len(rows)) - 1, text)
                        covered.update(dict.fromkeys(range(len(row) - across, len(row)), left))
            _fill(row, covered)
            grid.append(row)
        first = [c for c in rows[0][1] if isinstance(c.tag, str)] if rows else []
        headed = any(h for h, _ in rows) or (
            bool(first) and all(local_name(c) == "th" for c in first)
        )
        room[0] -= len(grid)
        fits = grid and room[0] >= 0 and max(map(len, grid)) <= _MAX_COLUMNS
        if fits and (lines := headed_markdown(grid, headed)):
            out += ["", *lines, ""]
        else:
            out += ["  ".join(c for c in row if c) for row in grid]
    return out


def _span(c: Any, index: dict[str, int]) -> tuple[int, int]:
    """How many columns and rows a cell spans: CALS's "namest", "nameend" and "morerows",
    HTML's "colspan" and "rowspan"."""
    start, end = index.get(c.get("namest")), index.get(c.get("nameend"))
    across = end - start + 1 if start is not None and end is not None else _int(c.get("colspan"), 1)
    down = max(_int(c.get("rowspan"), 1), _int(c.get("morerows"), 0) + 1)
    return max(1, min(across, _MAX_COLUMNS)), down


def _fill(row: list[str], covered: dict[int, tuple[int, str]]) -> None:
    """The cells a row above spans down into `row`, at its end, with that cell's text."""
    while covered.get(len(row), (0, ""))[0] > 0:
        left, text = covered[len(row)]
        covered[len(row)] = (left - 1, text)
        row.append(text)
