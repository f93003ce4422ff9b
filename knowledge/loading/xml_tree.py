"""How the XML readers (xml_text.py, docbook.py) read an lxml element: its local name, its
first child of a name, its words, the entities the parser left in it (expand_entities),
and CALS or HTML tables as Markdown tables, so that a row is read and cited with its column
headers (a spanned cell's text is in each column and row it spans).

An entity the file's internal DTD declares reads as its text, one HTML names as its
character, any other (an external one above all: no file is read) as nothing; all of them
together add no more characters than the file has. A table wider than 32 columns, or past
the rows left for the file's tables, is kept as lines; a cell spans at most 32 columns and
at most the table's rows, and its text is copied into what it spans only when it is a
label (at most _MAX_LABEL characters), into at most _MAX_SPAN rows, and at most
_MAX_CELLS times in a file (the limits spans.py and embedded_tables.py keep for HTML), so
that every pass is linear."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html.entities import html5
from typing import Any

from lxml import etree

from .embedded_tables import _MAX_CELLS
from .pdf import headed_markdown
from .spans import _MAX_LABEL, _MAX_SPAN

_SPACE = re.compile(r"[ \t\r\n]+")
UNREAD = set(  # elements whose text no reader sees
    "indexterm remark anchor imageobject imageobjectco videoobject audioobject textobject alt "
    "annotation index toc lot co areaspec footnoteref colspec spanspec beginpage".split()
)
MAX_DEPTH = 32  # nesting past which an element is read as its words only
_MAX_COLUMNS = 32
_MAX_ROWS = 5_000  # in a file's tables; past them, rows are kept as lines
_REFERENCE = re.compile(r"&([A-Za-z_][\w.-]*);")
_TAG = re.compile(r"<[^<>]*>")
_NESTING = 8  # entities an entity's text may name in turn


@dataclass
class TableRoom:
    """What a file's tables may still take: rows read as tables, spanned cells copied."""

    rows: int = _MAX_ROWS
    copies: int = _MAX_CELLS


def local_name(el: Any) -> str:
    return el.tag.rpartition("}")[2] if isinstance(el.tag, str) else ""


def first_child(el: Any, *names: str) -> Any:
    """`el`'s first child of the first of `names` it has, or None."""
    return (
        next((c for n in names for c in el if local_name(c) == n), None) if el is not None else None
    )


class _Entities:
    """The general entities a document's internal DTD declares (none from a file), and the
    characters their expansions may still add."""

    def __init__(self, root: Any, budget: int) -> None:
        dtd = root.getroottree().docinfo.internalDTD
        declared = list(dtd.iterentities()) if dtd is not None else []
        self.texts = {e.name: e.content for e in declared if e.content is not None}
        self.texts |= {e.name: None for e in declared if e.system_url}  # external: none
        self.budget = budget

    def text(self, name: str, depth: int = 0) -> str:
        """What "&name;" reads as: its declared text (its markup out, the entities it
        names expanded in turn), the character HTML names, or nothing."""
        if name not in self.texts:
            return html5.get(f"{name};", "")
        content = self.texts[name]
        if content is None or depth >= _NESTING or self.budget < len(content):
            return ""
        self.budget -= len(content)
        content = _TAG.sub("", content)
        if "&" not in content:
            return content
        return _REFERENCE.sub(lambda m: self.text(m.group(1), depth + 1), content)


def expand_entities(root: Any, budget: int) -> None:
    """Each entity the parser left in `root`'s tree replaced by its text (see _Entities),
    all of them adding at most `budget` characters; one pass, each text joined once."""
    entities = _Entities(root, budget)
    for parent in dict.fromkeys(e.getparent() for e in root.iter(etree.Entity)):
        if parent is None:
            continue
        holder, pieces = None, [parent.text or ""]  # what takes the text: the parent, a child
        for child in list(parent):
            if isinstance(child, etree._Entity):
                pieces += [entities.text(child.name), child.tail or ""]
                parent.remove(child)
            elif isinstance(child.tag, str):
                _put(parent, holder, pieces)
                holder, pieces = child, [child.tail or ""]
        _put(parent, holder, pieces)


def _put(parent: Any, holder: Any, pieces: list[str]) -> None:
    text = "".join(pieces) or None
    if holder is None:
        parent.text = text
    else:
        holder.tail = text


_BREAKS = {"br", "lb", "sbr"}  # line breaks: XHTML's, TTML's and DocBook's, TEI's


def raw_text(el: Any, drop: set[str], parts: list[str], space: str = "") -> None:
    """`el`'s text as written, with its children's and without those `drop` names."""
    parts.append(el.text or "")
    for child in el:
        name = local_name(child) if isinstance(child.tag, str) else ""
        if name in _BREAKS:
            # a line break ("…RC-4<br/>pour…") parts two words; TEI's inside a hyphenated
            # word (<lb break="no"/>) does not
            parts.append("" if child.get("break") == "no" else " ")
        elif name and name not in drop:
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
    """An attribute's count in ASCII digits ("2", not "²"), else `default`."""
    return int(value) if value and re.fullmatch(r"[0-9]{1,4}", value) else default


def table_lines(groups: Iterable[Any], cell: Callable[[Any], str], room: TableRoom) -> list[str]:
    """Tables (CALS "tgroup"s or HTML tables) as Markdown tables, headed by their thead's
    rows or by a first row of "th" cells; a spanned cell's text is in each column and row it
    spans (within `room`'s copies). A table too wide for one, or past the `room` left for
    the file's rows, is kept as lines."""
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
        covered: dict[int, list[Any]] = {}  # a column: rows still spanned, text, copies left
        grid: list[list[str]] = []
        for _, r in rows:
            row: list[str] = []
            for c in r:
                if local_name(c) in ("entry", "td", "th", "entrytbl"):
                    _fill(row, covered, room)
                    across, down = _span(c, index) if len(row) < _MAX_COLUMNS else (1, 1)
                    text = cell(c)
                    copied = text if len(text) <= _MAX_LABEL else ""  # a label, not a page
                    row += [text, *(_copy(copied, room) for _ in range(across - 1))]
                    if down > 1:
                        left = [min(down, len(rows)) - 1, copied, _MAX_SPAN]
                        covered.update({n: list(left) for n in range(len(row) - across, len(row))})
            _fill(row, covered, room)
            grid.append(row)
        first = [c for c in rows[0][1] if isinstance(c.tag, str)] if rows else []
        headed = any(h for h, _ in rows) or (
            bool(first) and all(local_name(c) == "th" for c in first)
        )
        room.rows -= len(grid)
        fits = grid and room.rows >= 0 and max(map(len, grid)) <= _MAX_COLUMNS
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


def _copy(text: str, room: TableRoom) -> str:
    """A spanning cell's text copied into a cell it spans, while the file has copies left."""
    if not text or room.copies <= 0:
        return ""
    room.copies -= 1
    return text


def _fill(row: list[str], covered: dict[int, list[Any]], room: TableRoom) -> None:
    """The cells a row above spans down into `row`, at its end, with that cell's text (in at
    most _MAX_SPAN rows)."""
    while (span := covered.get(len(row))) is not None and span[0] > 0:
        span[0] -= 1
        span[2] -= 1
        row.append(_copy(span[1], room) if span[2] >= 0 else "")


def list_item(blocks: list[str]) -> list[str]:
    """Blocks as a list item: "- " and the first line, the others indented under it."""
    lines = "\n".join(blocks).splitlines()
    return [f"- {lines[0]}", *(f"  {line}" if line else "" for line in lines[1:])] if lines else []
