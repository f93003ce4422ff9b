"""A LaTeX table's body (tabular, tabularx, longtable …: latex_reader.py) as a Markdown table, so
that a row is read and cited with its column headers: cells split at "&" and rows at "\\\\"
outside braces and nested environments, rules (\\hline, booktabs' \\toprule and \\midrule,
\\cline) dropped, a \\multicolumn's text in each of the cells it spans, a longtable's
repeated head and page feet left out. The first row heads the table when a rule follows it,
or a longtable's \\endhead does, or the table has no rule at all. A table of one row, or
wider than 30 columns, is kept as plain lines."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .pdf import headed_markdown

if TYPE_CHECKING:
    from .latex_reader import Reader

_TOKEN = re.compile(
    r"\\(?:(\\|tabularnewline(?![A-Za-z]))|(begin)[ \t]*\{|([A-Za-z]+)\*?|.)|[&{]", re.S
)
_RULES = {"hline": "", "toprule": "o", "midrule": "o", "bottomrule": "o", "cline": "m"}
_RULES |= {"cmidrule": "opm", "addlinespace": "o", "specialrule": "mmm", "hhline": "m"}
_MARKS = {"endfirsthead", "endhead", "endfoot", "endlastfoot"}  # a longtable's head and feet
_MULTICOLUMN = re.compile(r"\s*\\multicolumn(?![A-Za-z])")
_CAPTION = re.compile(r"\s*\\caption(?![A-Za-z])")
_MAX_COLUMNS = 30


class _Rows:
    """The rows read so far, with where rules and a longtable's marks came."""

    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self.captions: list[str] = []
        self.ruled: set[int] = set()  # after how many rows a rule comes
        self.head: int | None = None  # how many rows a longtable's head holds
        self.mark = 0  # the rows read before the last mark
        self.last_foot: list[list[str]] = []

    def end(self, cells: list[str], raw: str) -> None:
        if _CAPTION.match(raw) and len(cells) == 1:  # a longtable's "\caption{…} \\"
            self.captions.append(cells[0])
        elif any(cells):
            self.rows.append(cells)

    def marked(self, name: str) -> None:
        if name == "endfirsthead" or (name == "endhead" and self.head is None):
            self.head = len(self.rows)
        elif name == "endlastfoot":
            self.last_foot = self.rows[self.mark :]
            del self.rows[self.mark :]
        else:  # the head repeated on each page, or a page's foot ("continued")
            del self.rows[self.mark :]
        self.mark = len(self.rows)


def _cell(reader: Reader, spans: list[tuple[int, int]], depth: int) -> list[str]:
    """A cell's text: once, or in each column a \\multicolumn spans."""
    t = reader.t
    spans = [span for span in spans if t[span[0] : span[1]].strip()] or spans[-1:]
    s, e = spans[0]
    if m := _MULTICOLUMN.match(t, s, e):
        count = reader.group(m.end(), e)
        spec = reader.group(count[2], e) if count else None
        text = reader.group(spec[2], e) if spec else None
        if count and text:
            n = t[count[0] : count[1]].strip()
            width = min(int(n), _MAX_COLUMNS) if n.isdigit() and n != "0" else 1
            rest = [(text[2], e), *spans[1:]]
            cell = reader.inline(text[0], text[1], depth) + _joined(reader, rest, depth)
            return [cell.strip()] * width
    return [_joined(reader, spans, depth)]


def _joined(reader: Reader, spans: list[tuple[int, int]], depth: int) -> str:
    return " ".join(reader.inline(s, e, depth) for s, e in spans if s < e).strip()


def table_lines(reader: Reader, s: int, e: int, depth: int) -> list[str]:
    """The table whose body runs from `s` to `e` in the reader's text, as lines."""
    t, found = reader.t, _Rows()
    cells: list[str] = []
    spans: list[tuple[int, int]] = []  # the current cell's text, without its rules
    row_start = start = i = s
    while m := _TOKEN.search(t, i, e):
        k, token = m.start(), m.group()
        if token == "{":
            close = reader.pairs.get(k, e)
            i = close + 1 if close < e else k + 1
        elif m.group(2):  # a nested environment: part of the cell
            end = reader.envs.get(k)
            i = end[1] if end and end[1] <= e else m.end()
        elif token == "&" or m.group(1):
            cells += _cell(reader, [*spans, (start, k)], depth)
            spans = []
            i = start = m.end()
            if m.group(1):
                found.end(cells, t[row_start:k])
                cells = []
                i = start = row_start = reader.skip(i + (t[i : i + 1] == "*"), e, "o")
        elif (name := m.group(3)) in _RULES or name in _MARKS:
            spans.append((start, k))
            i = start = reader.skip(m.end(), e, _RULES.get(name, ""))
            if not cells and not any(t[a:b].strip() for a, b in spans):
                found.ruled.add(len(found.rows))
                row_start = i
            if name in _MARKS:
                found.marked(name)
                spans, row_start = [], i
        else:
            i = m.end()
    cells += _cell(reader, [*spans, (start, e)], depth)
    found.end(cells, t[row_start:e])
    rows = found.rows + found.last_foot
    headed = bool(found.head) or 1 in found.ruled or not found.ruled
    lines = []
    if len(rows) > 1 and max(map(len, rows)) <= _MAX_COLUMNS:
        lines = headed_markdown(rows, headed)
    plain = ["  ".join(c for c in row if c) for row in rows]
    return found.captions + (lines or plain)
