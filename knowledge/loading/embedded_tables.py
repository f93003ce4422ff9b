"""HTML tables written inside a Markdown file, read as its pipe tables.

Markdown allows raw HTML, and a rate schedule kept in Markdown often holds its table as
one (cells that span columns, or simply what an editor exported):

    <table>
      <tr><th>Engagement</th><th>FY 2026/27</th></tr>
      <tr><td>Overtime, dancer, per hour</td><td>R$ 225,00</td></tr>
    </table>

Read as text, its rows are markup: a row's label, amount and column header are never
read together. Each such table becomes a pipe table (its first row the header, cells
spanning rows or columns copied as spans.py does for HTML pages, a caption a line above
it, struck-out text "~~…~~" as a page's is, a line break a space), which the Markdown
table readers then read like any other. A table inside a code block, a table nested in
another, one lxml cannot read, or one too large is left as it is: tables are found in
one pass over the tags, and a table's cells and spans are counted before any is copied
(bounded cost on a hostile file).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from .quotes import code_blocks
from .spans import spread_rowspans

_TAG = re.compile(r"<(/?)table\b[^<>]{0,500}>", re.I)
_CELL = re.compile(r"<t[dh]\b", re.I)
_SPAN = re.compile(r"\b(?:row|col)span\s*=\s*[\"']?\s*(\d{1,6})", re.I)
_MAX_TABLE = 200_000  # characters of one table's markup
_MAX_CELLS = 5_000  # cells once each spanning cell is copied into what it spans
_MAX_ROWS = 2_000


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _read(element: Any) -> str:
    """An element's text, struck-out parts as "~~…~~", a line break a space."""
    for br in element.iter("br"):
        br.tail = f" {br.tail or ''}"
    for struck in element.iter("s", "del", "strike"):
        text = struck.text_content().strip()
        if text:
            for child in list(struck):
                struck.remove(child)
            struck.text = f" ~~{text}~~ "
    return _cell(element.text_content())


def _piped(markup: str) -> str | None:
    """The pipe table `markup` (one <table>) reads as, or None."""
    if len(markup) > _MAX_TABLE:
        return None
    cells = len(_CELL.findall(markup))
    spread = sum(max(int(n), 1) - 1 for n in _SPAN.findall(markup))
    if cells + spread > _MAX_CELLS:
        return None
    try:
        from lxml import html as lxml_html

        root = lxml_html.fromstring(f"<div>{spread_rowspans(f'<div>{markup}</div>')}</div>")
    except Exception:  # lxml reads nothing of it: left as written
        return None
    tables = root.xpath("//table")
    if len(tables) != 1:
        return None
    table = tables[0]
    above = [_cell(p.text_content()) for p in table.itersiblings(preceding=True) if p.tag == "p"]
    rows = []
    for tr in table.iter("tr"):
        row = [_read(c) for c in tr if c.tag in ("td", "th")]
        if any(row):
            rows.append(row)
        if len(rows) > _MAX_ROWS:
            return None
    if len(rows) < 2:
        return None
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = [f"| {' | '.join(rows[0])} |", "|" + " --- |" * width]
    lines += [f"| {' | '.join(r)} |" for r in rows[1:]]
    caption = [f"{c}\n" for c in reversed(above) if c]
    return "\n" + "".join(caption) + "\n" + "\n".join(lines) + "\n"


def _tables(text: str) -> list[tuple[int, int]]:
    """Where each outermost <table> … </table> is, outside code blocks: one pass over the
    tags; a table left open ends the search."""
    blocks = code_blocks(text)
    starts = [a for a, _ in blocks]
    found: list[tuple[int, int]] = []
    depth, start = 0, 0
    for m in _TAG.finditer(text):
        n = bisect_right(starts, m.start()) - 1
        if n >= 0 and m.start() < blocks[n][1]:
            continue  # inside a fenced code block: an example, not a table
        if not m.group(1):
            depth, start = depth + 1, start if depth else m.start()
        elif depth:
            depth -= 1
            if not depth:
                found.append((start, m.end()))
    return found


def embedded_tables(text: str) -> str:
    """`text` (Markdown) with each HTML table in it written as a pipe table."""
    if "<table" not in text.lower():
        return text
    out, at = [], 0
    for start, end in _tables(text):
        piped = _piped(text[start:end])
        if piped is not None:
            out += [text[at:start], piped]
            at = end
    return "".join(out) + text[at:]
