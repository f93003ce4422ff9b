"""A text file written in AsciiDoc ("= Title", "== Section", "|===" tables) is read as the
Markdown the rest of loading reads: its sections as headings, its tables as Markdown
tables (so that a row is read and cited with its column headers), a block's title
(".Rental prices") as the line that names the table, and without the lines that only
set how it is rendered (":toc:", '[cols="3,1",options="header"]').

Only a file that opens with an AsciiDoc title and has a section or a table is changed."""

from __future__ import annotations

import re

_TITLE = re.compile(r"\A\s*=[ \t]+\S")
_SECTION = re.compile(r"^(={1,6})[ \t]+(\S.*)$", re.M)
_DELIMITER = "|==="
_ATTRIBUTE = re.compile(r"^:[\w-]+!?:(?:[ \t].*)?$")  # ":toc:", ":revdate: 2026-10-01"
_BLOCK_ATTRIBUTES = re.compile(r"^\[[^\]\n]*\]$")  # '[cols="3,1",options="header"]', "[NOTE]"
_BLOCK_TITLE = re.compile(r"^\.([^.\s].*)$")  # ".Rental prices"
_ORDERED = re.compile(r"^\.{1,5}[ \t]+(\S.*)$")  # ". Rentals run Monday to Monday"
_COLS = re.compile(r"cols\s*=\s*\"?([^\"\]]+)")
_CELL_SPEC = re.compile(r"^(?:\d+\*)?[<^>.]*\d*[<^>.]*[a-z]?$")  # "3", "2*", "^.^1", "a"
_SPLIT = re.compile(r"(?<!\\)\|")
_MAX_COLUMNS = 20


def is_asciidoc(text: str) -> bool:
    return bool(_TITLE.match(text)) and (
        any(len(m.group(1)) >= 2 for m in _SECTION.finditer(text))
        or any(line.strip() == _DELIMITER for line in text.splitlines())
    )


def _columns(attributes: str) -> int | None:
    """How many columns a table's `cols` attribute gives ("3,1,1": 3; "2*": 2)."""
    m = _COLS.search(attributes)
    if not m:
        return None
    specs = [s.strip() for s in m.group(1).split(",") if s.strip()]
    if any(len(x) > 16 for x in specs):  # no column's spec is that long
        return None
    if len(specs) == 1 and (n := re.match(r"(\d+)\*", specs[0])):
        return int(n.group(1))
    return len(specs) if specs and all(_CELL_SPEC.match(s) for s in specs) else None


def _table(lines: list[str], attributes: str) -> list[str]:
    """A table's lines between its delimiters as a Markdown table; [] when its cells do
    not make whole rows."""
    cells: list[str] = []
    first_line_cells = 0
    header_by_blank = False
    for n, line in enumerate(lines):
        s = line.strip()
        if not s:
            if n and cells and not header_by_blank and first_line_cells == len(cells):
                header_by_blank = True  # a blank line after the first row: its header
            continue
        if not s.startswith("|"):
            if cells:  # a cell's text goes on on the next line
                cells[-1] = f"{cells[-1]} {s}"
            continue
        found = [c.strip().replace("\\|", "/") for c in _SPLIT.split(s)[1:]]
        cells += found
        if not first_line_cells:
            first_line_cells = len(found)
    width = _columns(attributes) or first_line_cells
    if not cells or not 1 <= width <= _MAX_COLUMNS or len(cells) % width:
        return []
    rows = [cells[i : i + width] for i in range(0, len(cells), width)]
    options = re.search(r"options\s*=\s*\"?([^\"\]]*)", attributes)
    headed = header_by_blank or bool(options and "header" in re.split(r"[,\s]+", options.group(1)))
    headed = headed or "%header" in attributes
    header = rows.pop(0) if headed and len(rows) > 1 else [""] * width
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * width]
    return out + ["| " + " | ".join(r) + " |" for r in rows]


def asciidoc_text(text: str) -> str:
    """`text` read as Markdown when it is AsciiDoc; else unchanged."""
    if not is_asciidoc(text):
        return text
    lines = text.splitlines()
    out: list[str] = []
    attributes = ""
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if s == _DELIMITER:
            end = next(
                (j for j in range(i + 1, len(lines)) if lines[j].strip() == _DELIMITER), None
            )
            table = _table(lines[i + 1 : end], attributes) if end is not None else []
            if end is not None and table:
                out += ["", *table, ""]
                i, attributes = end + 1, ""
                continue
        if _BLOCK_ATTRIBUTES.match(s) or _ATTRIBUTE.match(s):
            attributes = s if s.startswith("[") else attributes
            i += 1
            continue
        if not _BLOCK_TITLE.match(s):  # a block's title and its attributes go together
            attributes = ""
        if m := _SECTION.match(s):
            out.append(f"{'#' * len(m.group(1))} {m.group(2)}")
        elif m := _ORDERED.match(s):
            out.append(f"- {m.group(1)}")
        elif m := _BLOCK_TITLE.match(s):
            out.append(m.group(1))
        else:
            out.append(lines[i])
        i += 1
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")
