"""An Excel 2003 XML workbook (SpreadsheetML: `<Workbook xmlns="urn:schemas-microsoft-com:
office:spreadsheet">`, what payroll and booking systems still export as "XML Spreadsheet")
read as the sheets Excel shows: each `<Worksheet>` a heading with its name, its leading
rows that are one cell across the sheet (a title) as lines, then its rows as a Markdown
table under its first row when that row is all text (its column headers), so that a row is
read and cited with them.

A cell is placed in its column (`ss:Index` skips cells, `ss:MergeAcross` spans them: a
short label is copied into each column it spans); a number is shown in its style's number
format as Excel shows it (`"ZMW "#,##0.00` → "ZMW 4,350.00"; an unknown format leaves the
number as written), a date as its day (its time too when it has one). A cell's comment is
a note beside the sheet, not its text, and is not read, nor are styles, options or a
formula (its computed value is the cell's data). Rows, columns and copies are capped by
xml_tree's TableRoom and limits, so the cost stays linear.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from .pdf import headed_markdown
from .spans import _MAX_LABEL
from .xml_tree import TableRoom, _int, local_name, squash, words

NAMESPACE = "urn:schemas-microsoft-com:office:spreadsheet"
_SS = f"{{{NAMESPACE}}}"
_MAX_COLUMNS = 64
_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_TOKEN = re.compile(r'"([^"]*)"|\\(.)|(\[[^\]]{0,40}\])|([#0?][#0?,]*(?:\.[#0?]*)?)|([_*].?|.)')
_NAMED = {"Standard": "#,##0.00", "Fixed": "0.00", "Percent": "0.00%", "General Number": "0"}
_ONLY_DATE = re.compile(r"^([0-9]{4}-[0-9]{2}-[0-9]{2})T00:00:00(?:\.0+)?$")
_DATE_TIME = re.compile(r"^([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}:[0-9]{2})(?::[0-9.]+)?$")


def is_workbook(root: Any) -> bool:
    return local_name(root) == "Workbook" and root.tag.startswith(_SS)


def workbook_lines(root: Any, room: TableRoom) -> list[str]:
    """The workbook's sheets as headings, title lines and Markdown tables."""
    formats = {
        s.get(f"{_SS}ID"): f.get(f"{_SS}Format", "")
        for styles in root
        if local_name(styles) == "Styles"
        for s in styles
        for f in s
        if local_name(f) == "NumberFormat"
    }
    out: list[str] = []
    for sheet in (c for c in root if local_name(c) == "Worksheet"):
        name = squash(sheet.get(f"{_SS}Name", ""))
        out += [f"## {name}", ""] if name else []
        for table in (c for c in sheet if local_name(c) == "Table"):
            out += _table_lines(table, formats, room)
    return out


def _table_lines(table: Any, formats: dict[str, str], room: TableRoom) -> list[str]:
    grid: list[list[str]] = []
    texts: list[bool] = []  # whether a row is all text
    for row in (r for r in table if local_name(r) == "Row"):
        cells: list[str] = []
        all_text = True
        for cell in (c for c in row if local_name(c) == "Cell"):
            if len(cells) >= _MAX_COLUMNS:
                break
            index = _int(cell.get(f"{_SS}Index"), 0)
            if len(cells) < index - 1:
                cells += [""] * (min(index, _MAX_COLUMNS) - 1 - len(cells))
            data = next((d for d in cell if local_name(d) == "Data"), None)
            kind = data.get(f"{_SS}Type", "String") if data is not None else ""
            all_text = all_text and kind == "String"
            text = _shown(data, kind, formats.get(cell.get(f"{_SS}StyleID", ""), ""))
            span = _int(cell.get(f"{_SS}MergeAcross"), 0)
            copied = text if len(text) <= _MAX_LABEL else ""
            cells += [text, *([copied] * min(span, _MAX_COLUMNS))]
        grid.append(cells[:_MAX_COLUMNS])
        texts.append(all_text and any(cells))
    kept = [n for n, r in enumerate(grid) if any(r)]  # not the empty rows
    grid, texts = [grid[n] for n in kept], [texts[n] for n in kept]
    out: list[str] = []
    first = 0
    while first < len(grid) - 1 and len([c for c in grid[first] if c]) <= 1:  # a title row
        out += [next(c for c in grid[first] if c), ""]
        first += 1
    grid, texts = grid[first:], texts[first:]
    room.rows -= len(grid)
    if grid and room.rows >= 0 and (lines := headed_markdown(grid, bool(texts and texts[0]))):
        return [*out, *lines, ""]
    return [*out, *("  ".join(c for c in r if c) for r in grid), ""]


def _shown(data: Any, kind: str, number_format: str) -> str:
    """A cell's data as Excel shows it: a number in its format, a date as its day."""
    if data is None:
        return ""
    text = words(data)
    if kind == "DateTime":
        if m := _ONLY_DATE.match(text):
            return m.group(1)
        if m := _DATE_TIME.match(text):
            return f"{m.group(1)} {m.group(2)}"
        return text
    if kind == "Number" and _NUMBER.fullmatch(text) and number_format:
        return _formatted(float(text), number_format) or text
    return text


def _formatted(value: float, number_format: str) -> str | None:
    """`value` in an Excel number format's first section ("#,##0.00", `"ZMW "#,##0.00`,
    `0.00" K"`, "0%"); None for one this does not know (a date, text or fraction format)."""
    section = _NAMED.get(number_format, number_format).split(";")[0]
    pieces: list[str] = []
    digits = None
    for m in _TOKEN.finditer(section):
        quoted, escaped, bracket, pattern, other = m.groups()
        if quoted is not None or escaped is not None:
            pieces.append(quoted if quoted is not None else escaped)
        elif bracket is not None:  # "[$€-80C]": a currency sign; "[Red]": a colour
            pieces.append(bracket[2:].partition("-")[0] if bracket.startswith("[$") else "")
        elif pattern is not None:
            if digits is not None:
                return None
            digits = pattern
            pieces.append("\x00")
        elif other.isalpha() or other == "@":
            return None  # a date ("yyyy"), a text ("@") or a named format
        elif other[0] not in "_*":  # "_)" pads, "*-" fills: no text
            pieces.append(other)
    if digits is None:
        return None
    if "%" in pieces:
        value *= 100
    scaled = digits.rstrip(",")  # "#,##0," shows thousands: each trailing comma, 1,000
    value /= 1000 ** (len(digits) - len(scaled))
    whole, _, part = scaled.partition(".")
    decimals = len(part.replace(",", ""))
    shown = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    number = f"{shown:,f}" if "," in whole else f"{shown:f}"  # Excel rounds halves up
    return squash("".join(pieces).replace("\x00", number, 1))
