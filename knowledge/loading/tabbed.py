"""Tab-separated tables in plain text, rewritten as the Markdown tables PDF tables become.

Notices meant to be pasted into payroll software print their rows with a TAB between
cells:

    code⇥role⇥unit⇥in force⇥from 01-02-2027
    P1-1⇥Rigger⇥per call⇥334.00 kr⇥348.00 kr

Tabs expanded to columns of eight do not line up, so columns.py cannot read them. A block
of three or more lines (a header and two rows or more), each with the same number of tabs
(one or more), its first line giving no amount and every other a figure after its first
cell, is a table under that first line. Anything else with tabs (a price list on tab
stops, which has no header and leaders.py reads, or indented prose) is left as it is.
One pass over the lines: hostile input costs linear time.
"""

from __future__ import annotations

import re

from ..tables import has_amount
from .pdf import table_markdown

_DIGIT = re.compile(r"\d")
_MIN_LINES = 3
_MAX_COLUMNS = 16


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.rstrip("\r").split("\t")]


def _table(block: list[str]) -> list[str] | None:
    """The block's lines as Markdown, when it is a table (see the module's docstring)."""
    rows = [_cells(x) for x in block]
    if len(rows) < _MIN_LINES or not all(rows[0]) or any(map(has_amount, rows[0])):
        return None  # no header: a price list on tab stops (leaders.py)
    if not all(any(_DIGIT.search(c) for c in row[1:]) for row in rows[1:]):
        return None
    return table_markdown(rows)


def tab_tables(text: str, start: int = 0) -> str:
    """`text` with its blocks of tab-separated lines after `start` written as Markdown
    tables."""
    if "\t" not in text[start:]:
        return text
    lines = text[start:].split("\n")
    out: list[str] = []
    block: list[str] = []
    tabs = 0
    changed = False

    def flush() -> None:
        nonlocal changed
        table = _table(block) if len(block) >= _MIN_LINES else None
        ending = "\r" if block and block[-1].endswith("\r") else ""
        out.extend([row + ending for row in table] if table else block)
        changed = changed or table is not None
        block.clear()

    for line in lines:
        count = line.count("\t")
        if count and count < _MAX_COLUMNS and line.strip() and (not block or count == tabs):
            block.append(line)
            tabs = count
            continue
        flush()
        if count and count < _MAX_COLUMNS and line.strip():
            block.append(line)
            tabs = count
        else:
            out.append(line)
    flush()
    return text[:start] + "\n".join(out) if changed else text
