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
it), which the Markdown table readers then read like any other. A table lxml cannot
read, or a very large one, is left as it is (bounded cost).
"""

from __future__ import annotations

import re

from .spans import spread_rowspans

_TABLE = re.compile(r"<table\b[^>]*>.*?</table\s*>", re.I | re.S)
_MAX_TABLE = 200_000  # characters of one table's markup
_MAX_ROWS = 2_000


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _piped(markup: str) -> str | None:
    """The pipe table `markup` (one <table>) reads as, or None."""
    if len(markup) > _MAX_TABLE:
        return None
    try:
        from lxml import html as lxml_html

        root = lxml_html.fromstring(f"<div>{spread_rowspans(f'<div>{markup}</div>')}</div>")
    except Exception:  # lxml reads nothing of it: left as written
        return None
    tables = root.xpath("//table")
    if not tables:
        return None
    table = tables[0]
    above = [_cell(p.text_content()) for p in table.itersiblings(preceding=True) if p.tag == "p"]
    rows = []
    for tr in table.iter("tr"):
        cells = [_cell(c.text_content()) for c in tr if c.tag in ("td", "th")]
        if any(cells):
            rows.append(cells)
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


def embedded_tables(text: str) -> str:
    """`text` (Markdown) with each HTML table in it written as a pipe table."""
    if "<table" not in text.lower():
        return text
    return _TABLE.sub(lambda m: _piped(m.group(0)) or m.group(0), text)
