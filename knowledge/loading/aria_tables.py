"""Tables a web page builds from <div>s, read as tables.

A page may lay out its rates with CSS grid instead of <table>, marking the parts for
screen readers with ARIA roles:

    <div class="rate-grid" role="table" aria-label="Day rates by step">
      <div role="columnheader">Role</div> <div role="columnheader">Step 1</div> …
      <div role="cell">Safety diver</div> <div role="cell">KSh 14,800</div> …

Text extraction reads each cell as a paragraph of its own: "Safety diver", then, a line
below, "KSh 14,800", and the figure has lost its row. `aria_tables` rewrites such a
container as a <table> before the page is read: its role="row" children are its rows;
without rows, its cells are cut into rows as wide as its column headers are many, or as
its CSS class's `grid-template-columns` has tracks ("2.2fr 1fr", "repeat(3, 1fr)"). Its
aria-label becomes a line above it, as a <caption> does (spans.py). A container whose
width cannot be told, or whose cells do not fill its rows, is left as it is.
"""

from __future__ import annotations

import copy
import re
from typing import Any

MAX_TABLES = 50  # containers rewritten on one page
MAX_CELLS = 5000  # cells of one container (bounded cost)
_TABLE_ROLES = {"table", "grid", "treegrid"}
_CELL_ROLES = {"cell", "gridcell", "columnheader", "rowheader"}
_HEADER_ROLES = {"columnheader", "rowheader"}
MAX_STYLE = 100_000  # characters of a page's <style> read for grid widths
_TRACKS = re.compile(r"grid-template-columns\s*:\s*([^;}]+)", re.I)
_REPEAT = re.compile(r"repeat\(\s*(\d{1,2})\s*,\s*([^()]*(?:\([^()]*\)[^()]*)*)\)", re.I)
# one track: a function ("minmax(8rem, 1fr)", "calc(100% - 2rem)") or a size ("2.2fr")
_TRACK = re.compile(r"[\w-]+\((?:[^()]|\([^()]*\))*\)|[^\s()]+")
_CLASS = re.compile(r"\.([\w-]+)")


def _track_count(value: str) -> int:
    """How many columns a grid-template-columns value makes ("2.2fr 1.6fr repeat(3, 1fr)"
    is 5); 0 when it cannot be told ("repeat(auto-fill, …)", a custom property)."""
    value = value.replace("!important", " ")
    if "auto-fill" in value or "auto-fit" in value or "var(" in value:
        return 0
    count = 0
    for m in _REPEAT.finditer(value):
        count += int(m.group(1)) * len(_TRACK.findall(m.group(2)))
    rest = _REPEAT.sub(" ", value)
    rest = re.sub(r"\[[^\]]*\]", " ", rest)  # named lines are not tracks
    return count + len(_TRACK.findall(rest))


def _grid_widths(root: Any) -> dict[str, int]:
    """Each CSS class's column count, from the page's <style> rules that set one on it
    (".two-col, .grid { … }"; not ".grid > div": that sets its children's)."""
    widths: dict[str, int] = {}
    css = "".join(style.text_content() for style in root.iter("style"))[:MAX_STYLE]
    for block in css.split("}"):  # "selectors { declarations": one pass over the text
        selectors, _, body = block.rpartition("{")
        tracks = _TRACKS.search(body)
        if not tracks or (n := _track_count(tracks.group(1).strip())) < 2:
            continue
        for selector in selectors.split(","):
            target = re.split(r"[\s>+~]+", selector.strip())[-1]  # what the rule styles
            for name in _CLASS.findall(target):
                widths.setdefault(name, n)
    return widths


def _role(el: Any) -> str:
    role = el.get("role") if isinstance(el.tag, str) else None
    return (role or "").strip().lower()


def _owner(el: Any) -> Any:
    """The nearest table-role element above `el` (a grid nested in a cell owns its own)."""
    up = el.getparent()
    while up is not None and _role(up) not in _TABLE_ROLES:
        up = up.getparent()
    return up


def _rows(container: Any, widths: dict[str, int]) -> list[list[Any]] | None:
    """The container's rows of cells, or None when they cannot be told."""
    rows = [
        el for el in container.iterdescendants() if _role(el) == "row" and _owner(el) is container
    ]
    if rows:
        found = [
            [c for c in row.iterdescendants() if _role(c) in _CELL_ROLES and _owner(c) is container]
            for row in rows[:MAX_CELLS]
        ]
        return found if sum(map(len, found)) <= MAX_CELLS else None
    cells = [c for c in container if isinstance(c.tag, str)]
    if not cells or len(cells) > MAX_CELLS or any(_role(c) not in _CELL_ROLES for c in cells):
        return None
    width = sum(1 for c in cells if _role(c) == "columnheader")
    if width < 2:
        width = max((widths.get(k, 0) for k in (container.get("class") or "").split()), default=0)
    if width < 2 or len(cells) % width:
        return None
    return [cells[i : i + width] for i in range(0, len(cells), width)]


def _as_table(rows: list[list[Any]]) -> Any:
    from lxml import html as lxml_html

    table = lxml_html.Element("table")
    for row in rows:
        tr = lxml_html.Element("tr")
        table.append(tr)
        for cell in row:
            out = lxml_html.Element("th" if _role(cell) in _HEADER_ROLES else "td")
            tr.append(out)
            out.text = cell.text  # its markup kept: a struck-out figure stays struck out
            for child in cell:
                out.append(copy.deepcopy(child))
    return table


def aria_tables(html: str) -> str:
    """`html` with each <div> table marked role="table" (or "grid") written as a <table>,
    its aria-label a paragraph above it; `html` itself when it has none or cannot be
    parsed."""
    if "role=" not in html:
        return html
    try:
        from lxml import html as lxml_html

        root = lxml_html.fromstring(html)
    except Exception:  # not HTML lxml can read: the extractor reads it as it is
        return html
    containers = [el for el in root.iter() if _role(el) in _TABLE_ROLES and el.tag != "table"][
        :MAX_TABLES
    ]
    if not containers:
        return html
    widths = _grid_widths(root)
    changed = False
    for container in containers:
        if container.getparent() is None:
            continue
        rows = _rows(container, widths)
        if not rows or not all(rows):
            continue
        table = _as_table(rows)
        label = (container.get("aria-label") or "").strip()
        if label:
            caption = lxml_html.Element("p")
            caption.text = label
            container.addprevious(caption)
        table.tail = container.tail
        container.getparent().replace(container, table)
        changed = True
    return lxml_html.tostring(root, encoding="unicode") if changed else html
