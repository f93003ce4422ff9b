"""Tables whose header takes two rows: a top row of spanning cells ("In force 15 Oct 2026
to 30 Jun 2027", spanning three columns) over a row of column names ("Base", "Hourly",
"Overtime"). Written as one header row, each column named by both ("In force 15 Oct 2026
to 30 Jun 2027, Hourly"), so that every figure under it is read with its period and its
kind. HTML (colspan), Word (merged cells) and PDF tables all come in this shape.
"""

from __future__ import annotations

import re

from ..figures import CURRENCY_AFTER, CURRENCY_BEFORE

_MIN_CAPTIONED_ROWS = 3  # a caption row, a header row and one row at least
_AMOUNT = re.compile(rf"(?:{CURRENCY_BEFORE})\s?\d|\d\s?(?:%|{CURRENCY_AFTER})", re.I)
_MAX_HEADER_ROWS = 3
_ASIDE = re.compile(r"\([^()]{0,80}\)")  # "(indexed, +4 %)" in a column's name


def caption(rows: list[list[str]]) -> tuple[str, list[list[str]]]:
    """A first row that is one cell across the table's whole width ("Minimum fees 2025 in
    CHF – every row valid 2025-01-01 to 2025-12-31" merged over five columns in Word) is
    the table's name, not a header over its columns: returned apart (a line above the
    table), with the rows after it, the next of which is then the header. ("", rows)
    otherwise."""
    if len(rows) < _MIN_CAPTIONED_ROWS or len(rows[0]) < 2:
        return "", rows
    top = [c.strip() for c in rows[0]]
    if not top[0] or any(c and c != top[0] for c in top[1:]):
        return "", rows
    if len({c.strip() for c in rows[1]}) < 2:  # another such row: not a caption and header
        return "", rows
    return top[0], rows[1:]


def _spans(header: list[str]) -> bool:
    """Whether a header row has cells spanning several columns: empty cells after a named
    one (HTML, PDF) or a name repeated in neighbouring cells (Word's merged cells)."""
    cells = [c.strip() for c in header[1:]]
    return any(
        cells[j] and (not cells[j + 1] or cells[j + 1] == cells[j]) for j in range(len(cells) - 1)
    )


def _continues(row: list[str], header: list[str]) -> bool:
    """A row under the header that names columns rather than giving a row: no amounts (an
    aside in brackets is a name's, "from 1 April 2027 (indexed, +4 %)"), no label of its own
    (empty, or the header's first cell again), and some column names."""
    first = row[0].strip() if row else ""
    return (
        len(row) == len(header)
        and (not first or first == header[0].strip())
        and not any(_AMOUNT.search(_named(c)) for c in row)
        and any(c.strip() for c in row[1:])
    )


def _named(cell: str) -> str:
    """A cell without its asides when words are left ("from 1 April 2027" of "from 1 April
    2027 (indexed, +4 %)"); a cell that is only an aside ("($31.13)") is kept whole."""
    kept = _ASIDE.sub("", cell)
    return kept if re.search(r"[^\W\d_]", kept) else cell


def merge_header_rows(rows: list[list[str]]) -> list[list[str]]:
    """`rows` (the first is the header) with the header's further rows merged into it."""
    if len(rows) < 3 or not _spans(rows[0]):
        return rows
    header = [c.strip() for c in rows[0]]
    taken = 1
    while taken < min(len(rows) - 1, _MAX_HEADER_ROWS) and _continues(rows[taken], header):
        top = list(header)
        for j in range(2, len(top)):  # a spanning cell names the empty cells after it
            if not top[j]:
                top[j] = top[j - 1]
        header = [_join(a, b.strip()) for a, b in zip(top, rows[taken], strict=True)]
        taken += 1
    return [header, *rows[taken:]] if taken > 1 else rows


def _join(top: str, sub: str) -> str:
    if not sub or sub == top:
        return top
    return f"{top}, {sub}" if top else sub


_ROW = re.compile(r"^\s*\|.*\|\s*$")
_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def merge_markdown_headers(text: str) -> str:
    """`text` with each Markdown table's two-row header merged into one (see above)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i + 2 < len(lines) and _ROW.match(lines[i]) and _RULE.match(lines[i + 1]):
            end = i + 2
            while end < len(lines) and _ROW.match(lines[end]):
                end += 1
            header, body = _cells(lines[i]), [_cells(x) for x in lines[i + 2 : end]]
            merged = merge_header_rows([header, *body])
            if len(merged) < len(body) + 1:  # header rows were merged
                out.append("| " + " | ".join(merged[0]) + " |")
                out.append(lines[i + 1])
                out += lines[i + 2 + len(body) + 1 - len(merged) : end]
                i = end
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)
