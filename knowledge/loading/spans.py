"""HTML tables whose cells span rows, read as one label per row.

A rate table groups its rows under a cell that spans them:

    <tr><th rowspan="4">Tier A</th><td>A-1</td><td>Principal role</td>…
    <tr><td>A-2</td><td>Additional voices</td>…

Text extraction keeps "Tier A" on the first row only, so "A-2 … $495.00" no longer says
which tier it is for. `spread_rowspans` copies such a cell into each row it spans before
the page is read, and a cell spanning columns after a row's label ("€4.10 (all seasons)"
under three season columns) into each column; a table's <caption> becomes a line above
it (the name of the table, see chunking's captions), not a header row of its own. lxml
ships with trafilatura.
"""

from __future__ import annotations

import copy
from typing import Any

_MAX_SPAN = 200  # a hostile rowspan="100000" copies a cell at most this many times
_MAX_LABEL = 300  # characters: a longer spanning cell is not copied (bounded cost)


def _span(cell: Any) -> int:
    try:
        return max(1, min(int(cell.get("rowspan", "1")), _MAX_SPAN))
    except ValueError:
        return 1


def _width(cell: Any) -> int:
    try:
        return max(1, min(int(cell.get("colspan", "1")), 50))
    except ValueError:
        return 1


def _widen(tr: Any) -> list[Any]:
    """A data row's cells, each data cell spanning columns after the row's label copied into
    each of them ("€4.10 (all seasons)" under three season columns), as Word's merged cells
    read; a cell spanning the whole row (a section's name) or a header cell is kept."""
    cells = [c for c in tr if c.tag in ("td", "th")]
    out = []
    for i, cell in enumerate(cells):
        width = _width(cell)
        if i and cell.tag == "td" and width > 1 and len(cell.text_content()) <= _MAX_LABEL:
            cell.attrib.pop("colspan", None)
            out += [cell] + [copy.deepcopy(cell) for _ in range(width - 1)]
        else:
            out.append(cell)
    return out


def _spread(table: Any) -> None:
    pending: dict[int, tuple[int, Any]] = {}  # column → (rows left, the cell to copy)
    for number, tr in enumerate(table.iter("tr")):
        cells = [c for c in tr if c.tag in ("td", "th")]
        if number and (widened := _widen(tr)) != cells:
            for cell in cells:
                tr.remove(cell)
            for cell in widened:
                tr.append(cell)
            cells = widened
        column, out = 0, []
        queue = list(cells)
        while queue or any(col >= column for col in pending):
            if column in pending:
                left, cell = pending[column]
                out.append(copy.deepcopy(cell))
                pending[column] = (left - 1, cell)
                if left - 1 <= 0:
                    del pending[column]
                column += _width(cell)
                continue
            if not queue:
                break
            cell = queue.pop(0)
            span = _span(cell)
            if span > 1 and len(cell.text_content()) <= _MAX_LABEL:  # a label, not a page
                cell.attrib.pop("rowspan", None)
                pending[column] = (span - 1, cell)
            out.append(cell)
            column += _width(cell)
        if len(out) != len(cells):
            for cell in cells:
                tr.remove(cell)
            for cell in out:
                tr.append(cell)


def spread_rowspans(html: str) -> str:
    """`html` with each row-spanning table cell copied into the rows it spans, and each
    table's caption put above it as a paragraph; `html` itself if it cannot be parsed."""
    if not any(mark in html.lower() for mark in ("rowspan", "colspan", "<caption")):
        return html
    try:
        from lxml import html as lxml_html

        root = lxml_html.fromstring(html)
    except Exception:  # not HTML lxml can read: the extractor reads it as it is
        return html
    for table in root.iter("table"):
        for caption in table.findall("caption"):
            paragraph = lxml_html.Element("p")
            paragraph.text = caption.text_content().strip()
            table.remove(caption)
            table.addprevious(paragraph)
        _spread(table)
    return lxml_html.tostring(root, encoding="unicode")
