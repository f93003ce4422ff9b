"""Tab- and semicolon-separated tables in plain text, rewritten as the Markdown tables PDF
tables become.

Notices meant to be pasted into payroll software print their rows with a TAB between
cells:

    code⇥role⇥unit⇥in force⇥from 01-02-2027
    P1-1⇥Rigger⇥per call⇥334.00 kr⇥348.00 kr

and spreadsheet exports with a semicolon (a cell that holds one is quoted, as the csv
module reads it):

    code;role;rate unit;rate to 2026-12-31;new rate from 2027-01-01;note
    T-2;TTS voice talent;licence fee per month;165000;175000;"on top of; quarterly"

A semicolon-separated line has two semicolons or more (three cells): prose with one is
not a row, nor are lines that end as sentences do, with a full stop.

Tabs expanded to columns of eight do not line up, so columns.py cannot read them. A block
of three or more lines (a header and two rows or more), each with the same number of tabs
(one or more; two or more semicolons), its first line giving no amount and every other a
figure after its first cell, is a table under that first line. Anything else with tabs (a
price list on tab stops, which has no header and leaders.py reads, or indented prose) is
left as it is. One pass over the lines: hostile input costs linear time.

A spreadsheet export that says what its delimiter is, as Excel's first line does ("sep=,"),
and a .csv file (its delimiter guessed by the csv module's Sniffer, from a comma, a
semicolon, a tab or a bar) are read whole as one table under their first row, whatever
their cells hold: a quoted cell may hold the delimiter, quotes or a line break.
"""

from __future__ import annotations

import csv
import io
import re

from ..tables import has_amount
from .pdf import table_markdown

_DIGIT = re.compile(r"\d")
_MIN_LINES = 3
_MAX_COLUMNS = 16
_MAX_LINE = 2000  # characters: a longer line is prose, not a row (bounded csv cost)


def _cells(line: str, delimiter: str) -> list[str]:
    line = line.rstrip("\r")
    if delimiter == "\t":
        return [c.strip() for c in line.split("\t")]
    return [c.strip() for c in next(csv.reader([line], delimiter=delimiter), [])]


def _separators(line: str) -> tuple[str, int]:
    """The line's delimiter and how many cells it separates, less one: (delimiter, 0)
    when it is no delimited row."""
    if "\t" in line:
        return "\t", line.count("\t")
    if line.count(";") >= 2 and not line.lstrip().startswith("|"):  # not a pipe row
        count = len(_cells(line, ";")) - 1
        return ";", count if count >= 2 else 0
    return "", 0


def _table(block: list[str], delimiter: str) -> list[str] | None:
    """The block's lines as Markdown, when it is a table (see the module's docstring)."""
    if delimiter == ";" and any(x.rstrip().endswith(".") for x in block):
        return None  # sentences that list with semicolons, wrapped over lines
    rows = [_cells(x, delimiter) for x in block]
    if delimiter == ";" and all(row and not row[-1] for row in rows):
        rows = [row[:-1] for row in rows]  # "code;role;rate;": an export's trailing ";"
    if len(rows) < _MIN_LINES or not all(rows[0]) or any(map(has_amount, rows[0])):
        return None  # no header: a price list on tab stops (leaders.py)
    if not all(any(_DIGIT.search(c) for c in row[1:]) for row in rows[1:]):
        return None
    return table_markdown(rows)


_DECLARED = re.compile(r"\A\ufeff?sep=(.)[ \t]*\r?\n")
_SNIFFED = ",;\t|"
MAX_CSV = 2_000_000  # characters of a delimited export read as one table


def delimited_table(text: str, is_csv: bool = False) -> str:
    """`text` as one Markdown table when it declares its delimiter ("sep=;") or is a .csv
    file; else unchanged."""
    declared = _DECLARED.match(text)
    if (declared is None and not is_csv) or len(text) > MAX_CSV:
        return text
    body = text[declared.end() :] if declared else text.lstrip("\ufeff")
    if declared:
        delimiter = declared.group(1)
    else:
        try:
            delimiter = csv.Sniffer().sniff(body[:20_000], delimiters=_SNIFFED).delimiter
        except csv.Error:
            delimiter = ","
    try:
        rows = [
            [" ".join(c.split()) for c in row]
            for row in csv.reader(io.StringIO(body, newline=""), delimiter=delimiter)
        ]
    except csv.Error:
        return text
    rows = [row for row in rows if any(row)]
    table = table_markdown(rows) if len(rows) >= 2 else []
    return "\n".join(table) + "\n" if table else text


def tab_tables(text: str, start: int = 0) -> str:
    """`text` with its blocks of tab- or semicolon-separated lines after `start` written
    as Markdown tables."""
    if "\t" not in text[start:] and ";" not in text[start:]:
        return text
    lines = text[start:].split("\n")
    out: list[str] = []
    block: list[str] = []
    tabs = 0
    delimiter = ""
    changed = False

    def flush() -> None:
        nonlocal changed
        table = _table(block, delimiter) if len(block) >= _MIN_LINES else None
        ending = "\r" if block and block[-1].endswith("\r") else ""
        out.extend([row + ending for row in table] if table else block)
        changed = changed or table is not None
        block.clear()

    for line in lines:
        sep, count = _separators(line) if len(line) < _MAX_LINE else ("", 0)
        usable = 0 < count < _MAX_COLUMNS and line.strip()
        if usable and (not block or (count == tabs and sep == delimiter)):
            block.append(line)
            tabs, delimiter = count, sep
            continue
        flush()
        if usable:
            block.append(line)
            tabs, delimiter = count, sep
        else:
            out.append(line)
    flush()
    return text[:start] + "\n".join(out) if changed else text
