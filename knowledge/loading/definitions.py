"""HTML definition lists of rates, read as one line per term.

A page may list its rates as definitions rather than as a table:

    <dl><dt>A-1 — Cast member, 22-minute episode</dt>
        <dd>per episode: <strong>$665.00</strong></dd> …

Text extraction puts the term and its definition on lines of their own, so "per episode:
$665.00" no longer says whose fee it is. `pair_definitions` makes such a list the table
of two columns a dotted-leader list becomes (loading/leaders.py): what the term is about
and its value, under a header "Item | Value" ("Period" when every term is dated), so each
value is read, cited and replaced as a row with its label. A long definition (the answer
of a FAQ written as a list of definitions) is prose, not a row: it is left as it is.
"""

from __future__ import annotations

import copy
from typing import Any

from .leaders import VALUE, label_header

MAX_PAIRED = 300  # characters: a longer definition is prose, not a row's value
_MAX_TERM = 300  # a longer term is not copied (bounded cost on a hostile page)


def _own_items(dl: Any) -> list[Any]:
    """The <dt> and <dd> of `dl` itself, in order, also those grouped in a <div> (HTML5
    allows it), not those of a list nested in a definition."""
    out = []
    for child in dl:
        if child.tag in ("dt", "dd"):
            out.append(child)
        elif child.tag == "div":
            out += [c for c in child if c.tag in ("dt", "dd")]
    return out


def _paired(dl: Any, element: Any) -> Any | None:
    """`dl` as a <table> of one row per definition, its term first; None when a
    definition is long prose, a term has none, or there is only one."""
    rows: list[tuple[str, Any]] = []
    term, defined = None, True
    for child in _own_items(dl):
        text = " ".join(child.text_content().split())
        if child.tag == "dt":
            if not defined:
                return None  # a term without a definition: not a list of values
            term, defined = text, False
            continue
        if not term or len(text) > MAX_PAIRED or len(term) > _MAX_TERM:
            return None
        value = copy.deepcopy(child)
        value.tag, value.tail = "td", None
        value.attrib.clear()
        rows.append((term, value))
        defined = True
    if not defined or len(rows) < 2:
        return None
    table = element("table")
    header = element("tr")
    for name in (label_header([term for term, _ in rows]), VALUE):
        cell = element("th")
        cell.text = name
        header.append(cell)
    table.append(header)
    for term, value in rows:
        row, label = element("tr"), element("td")
        label.text = term
        row.extend([label, value])
        table.append(row)
    return table


def pair_definitions(html: str) -> str:
    """`html` with each definition list of short values written as a table of terms and
    values; `html` itself when it has none or cannot be parsed."""
    if "<dl" not in html.lower():
        return html
    try:
        from lxml import html as lxml_html

        root = lxml_html.fromstring(html)
    except Exception:  # not HTML lxml can read: the extractor reads it as it is
        return html
    changed = False
    for dl in list(root.iter("dl")):
        table = _paired(dl, lxml_html.Element)
        if table is None or dl.getparent() is None:
            continue
        table.tail = dl.tail
        dl.getparent().replace(dl, table)
        changed = True
    return lxml_html.tostring(root, encoding="unicode") if changed else html
