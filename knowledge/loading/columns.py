"""Fixed-width tables in plain text, rewritten as the Markdown tables PDF tables become.

A table is found by its rule: a line of two or more runs of dashes (or `=`), three or
more each, separated by spaces, under one to three header lines and over its rows:

        Category              Unit         Year 2 from     Superseded
                                           2026-10-01      (Yr 2 / Yr 3)
        --------------------  -----------  --------------  -------------
        Voice performer, or   per 4-h      $512            $503 / $521
          dubbing             session

The dash runs give the columns; a word belongs to the column whose run it overlaps
most (so "per 8-h day" spilling one character past its run stays in its column).
Header lines are joined per column ("Year 2 from 2026-10-01"). A line that only
continues cells of the row above (indented or lower-case, filling fewer columns,
no money or percentage) is merged into it. Rows run to a blank line, a dedent or a
line that crosses a column gap; a closing rule is dropped. Nothing else changes:
a lone run of dashes, a Markdown rule, a bullet or front matter is not a table, and
a header line that crosses a gap (prose) ends the header.

One pass over the lines; each line is looked at a bounded number of times, and
lines or rules wider than `_MAX_WIDTH` are never tables, so hostile input costs
linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .pdf import table_markdown

_RUN = re.compile(r"-{3,}|={3,}")
_WORD = re.compile(r"\S+")
_MONEY = re.compile(r"[$€£¥%]|\d[\d,. ]*\d\s*(?:\$|€|£)")
_MAX_HEADER_LINES = 3
_MAX_COLUMNS = 16
_MAX_WIDTH = 400  # columns of a rule
_OVERHANG = 10  # how far past the last run a line may go (or that run's width, if wider)


class _Columns:
    """The columns a rule gives, and how a line of the table reads under them."""

    def __init__(self, runs: list[tuple[int, int]]):
        self.runs = runs
        self.starts = [s for s, _ in runs]
        self.ends = [e for _, e in runs]
        self.width = self.ends[-1] + max(_OVERHANG, self.ends[-1] - self.starts[-1])

    def read(self, line: str) -> tuple[list[str], int] | None:
        """The line's cells and where its first word starts (-1 when it has none), or None
        when it does not read as a line of this table: it ends far past the last run (prose
        runs on across the columns), a word covers a whole gap between two runs, or a word
        starting a new column before its run is not set off by two spaces."""
        if len(line.rstrip()) > self.width:
            return None
        words: list[list[str]] = [[] for _ in self.runs]
        column, after, first = -1, 0, -1
        for m in _WORD.finditer(line):
            s, e = m.span()
            j = bisect_right(self.ends, s)  # the first run ending after the word starts
            if j + 1 < len(self.runs) and e > self.starts[j + 1]:
                return None
            k = self._column(s, e)
            if k != column and column >= 0 and s - after < 2 and s < self.starts[k]:
                return None
            first = s if first < 0 else first
            words[k].append(m.group())
            column, after = k, e
        return [" ".join(w) for w in words], first

    def _column(self, s: int, e: int) -> int:
        """The run the word [s, e) overlaps most, or is nearest to (the left one on a tie)."""
        k = max(0, bisect_right(self.starts, s) - 1)
        if k + 1 < len(self.runs):
            here = min(e, self.ends[k]) - max(s, self.starts[k])
            right = min(e, self.ends[k + 1]) - max(s, self.starts[k + 1])
            return k + 1 if right > here else k
        return k


def _rule(line: str) -> _Columns | None:
    """The columns of a rule line: 2+ runs of 3+ dashes (or =), nothing else but spaces."""
    body = line.rstrip()
    if not body or len(body) > _MAX_WIDTH or body.lstrip()[0] not in "-=":
        return None
    if body.strip(" -=") or ("-" in body and "=" in body):
        return None
    runs = [m.span() for m in _RUN.finditer(body)]
    if len(runs) < 2 or len(runs) > _MAX_COLUMNS:
        return None
    if sum(e - s for s, e in runs) != len(body.replace(" ", "")):
        return None  # a run of one or two dashes: "- - -" or "-- --" is not a rule
    return _Columns(runs)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _is_continuation(cells: list[str], first: int, above: list[str], cols: _Columns) -> bool:
    """Whether a row's cells only continue the cells of the row above (a wrapped cell)."""
    filled = [j for j, c in enumerate(cells) if c]
    if not filled or len(filled) >= sum(1 for c in above if c):
        return False
    if any(not above[j] for j in filled) or any(_MONEY.search(cells[j]) for j in filled):
        return False
    head = cells[0]
    return not head or first > cols.runs[0][0] or head[0].islower()


def _table(
    lines: list[str], at: int, floor: int, cols: _Columns
) -> tuple[int, int, list[str]] | None:
    """The table whose rule is lines[at], its header no higher than lines[floor]:
    (its first line, the line after it, its Markdown lines)."""
    left = cols.starts[0]
    top = at
    above: list[list[str]] = []  # header lines, from the rule upwards
    indent = left
    while at - top < _MAX_HEADER_LINES and top > floor:
        line = _expand(lines[top - 1])
        if not line.strip() or _indent(line) + 2 < left:
            break
        if _rule(line) is not None:  # a reST-style top border: part of the table
            top -= 1
            break
        read = cols.read(line)
        if read is None:
            break
        above.append(read[0])
        indent = min(indent, _indent(line))
        top -= 1
    header = [" ".join(c for c in cells if c) for cells in zip(*reversed(above), strict=True)]
    if sum(1 for h in header if h) < 2:
        return None
    rows: list[list[str]] = []
    end = at + 1
    while end < len(lines):
        line = _expand(lines[end])
        if not line.strip() or _indent(line) < left:
            break
        if ("--" in line or "==" in line) and _rule(line) is not None:
            end += 1
            continue  # a closing rule, or one between groups of rows
        read = cols.read(line)
        if read is None:
            break
        cells, first = read
        if rows and _is_continuation(cells, first, rows[-1], cols):
            rows[-1] = [f"{a} {c}".strip() for a, c in zip(rows[-1], cells, strict=True)]
        else:
            if rows and not cells[0] and _MONEY.search(" ".join(cells)):
                cells[0] = rows[-1][0]  # a row under the same label as the one above
            rows.append(cells)
        end += 1
    if not rows:
        return None
    return top, end, [" " * indent + x for x in table_markdown([header, *rows])]


def _expand(line: str) -> str:
    return line.rstrip("\r\n").expandtabs(8) if "\t" in line else line.rstrip("\r\n")


def markdown_tables(text: str, start: int = 0) -> str:
    """`text` with the fixed-width tables after `start` written as Markdown tables."""
    lines = text[start:].splitlines(keepends=True)
    out: list[str] = []
    i = floor = 0
    changed = False
    while i < len(lines):
        line = _expand(lines[i])
        cols = _rule(line) if "--" in line or "==" in line else None
        found = _table(lines, i, floor, cols) if cols is not None else None
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        top, end, table = found
        newline = lines[i][len(lines[i].rstrip("\r\n")) :] or "\n"
        del out[len(out) - (i - top) :]
        last = lines[end - 1]
        tail = last[len(last.rstrip("\r\n")) :]
        out.append(newline.join(table) + tail)
        changed = True
        i = floor = end
    return text[:start] + "".join(out) if changed else text
