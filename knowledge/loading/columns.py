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
no money or percentage) is merged into it. Rows run to a blank line, a code fence, a
dedent or a line that crosses a column gap; a closing rule is dropped. Nothing else changes:
a lone run of dashes, a Markdown rule, a bullet or front matter is not a table, and
a header line that crosses a gap (prose) ends the header.

A table with no rule is taken only when nothing else could be meant: a paragraph of
three or more lines (after an intro line less indented than the rest or a title line
with no gap of two spaces, if there is one) whose words leave the same gaps of two or
more spaces on every line, whose first line has a word in every column and no digit,
and whose every row gives a figure after its first column — a money figure when there
are only two columns. Prose, lists, "Term:   value" blocks and signature blocks do not
pass.

One pass over the lines; each line is looked at a bounded number of times (a
paragraph is read as a table with no rule at most twice), and lines or rules wider
than `_MAX_WIDTH` are never tables, so hostile input costs linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..figures import CURRENCY_SIGNS
from .pdf import table_markdown

_RUN = re.compile(r"-{3,}|={3,}")
_WORD = re.compile(r"\S+")
_DIGIT = re.compile(r"\d")
_ALNUM = re.compile(r"[^\W_]")
_MONEY = re.compile(rf"[{CURRENCY_SIGNS}%]")  # money or a percentage (a sign is enough)
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
        self.gaps = list(zip(self.ends, self.starts[1:], strict=False))
        self.slices = list(zip([0, *self.starts[1:]], [*self.starts[1:], None], strict=True))

    def read(self, line: str) -> tuple[list[str], int] | None:
        """The line's cells and where its first word starts (-1 when it has none), or None
        when it does not read as a line of this table: it ends far past the last run (prose
        runs on across the columns), a word covers a whole gap between two runs, or a word
        starting a new column before its run is not set off by two spaces."""
        if len(line.rstrip()) > self.width:
            return None
        if not any(line[a:b].strip() for a, b in self.gaps):  # each word within its column
            rest = line.lstrip(" ")
            first = len(line) - len(rest) if rest else -1
            return [" ".join(line[a:b].split()) for a, b in self.slices], first
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


def _intro(line: str, after: str) -> bool:
    """Whether `line` may be a table's intro line: less indented than the line after it,
    or a title with no gap of two spaces ("RATE TABLE 2027 / YEAR 1")."""
    return _indent(line) < _indent(after) or "  " not in line.strip()


def _markup(line: str) -> bool:
    """A blank line, a code fence or a line of marks only, which no table row is (a rule
    of dash runs is not markup: the callers look for those)."""
    if line.lstrip().startswith(("```", "~~~")):
        return True
    return not _ALNUM.search(line) and not (("--" in line or "==" in line) and _rule(line))


def _is_continuation(cells: list[str], first: int, above: list[str], cols: _Columns) -> bool:
    """Whether a row's cells only continue the cells of the row above (a wrapped cell)."""
    if all(cells):
        return False
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
        line = lines[top - 1]
        if _indent(line) + 2 < left or _markup(line):
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
    end, rows = _rows(lines, at + 1, cols)
    if not rows:
        return None
    return top, end, [" " * indent + x for x in table_markdown([header, *rows])]


def _rows(lines: list[str], end: int, cols: _Columns) -> tuple[int, list[list[str]]]:
    """The rows of a table from lines[end] on, and the line after them."""
    rows: list[list[str]] = []
    left = cols.starts[0]
    while end < len(lines):
        line = lines[end]
        if _indent(line) < left or _markup(line):
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
    return end, rows


def _aligned(lines: list[str], at: int) -> tuple[int, list[str]] | None:
    """A table without a rule starting at lines[at] (the line after it, its Markdown lines):
    a block of 3+ lines whose words leave the same gaps of 2+ spaces on every line, under
    a header line with a word in every column and no digit, each row giving a figure
    after its first column (a money figure, if there are only two columns)."""
    head = lines[at]
    indent, width = _indent(head), len(head.rstrip())
    if width > _MAX_WIDTH or "  " not in head.strip() or _DIGIT.search(head):
        return None
    filled = 0  # bit x set: some line of the block has a word over column x
    block: list[str] = []
    while at + len(block) < len(lines):
        line = lines[at + len(block)]
        if _indent(line) < indent or _markup(line) or len(line.rstrip()) > _MAX_WIDTH:
            break
        if ("--" in line or "==" in line) and _rule(line):
            return None
        filled |= int.from_bytes(line.encode("latin-1", "replace").translate(_MASK), "little")
        block.append(line)
        if len(block) <= 3 and _ALLEY not in _mask_bytes(filled)[indent:width]:
            return None  # no gap left between the header's words: not columns (prose)
    if len(block) < 3:
        return None
    runs = [m.span() for m in re.finditer(rb"1+(?:01+)*", _mask_bytes(filled))]
    if not 2 <= len(runs) <= _MAX_COLUMNS:
        return None
    cols = _Columns(runs)
    header = cols.read(head)
    if header is None or not all(header[0]):
        return None
    end, rows = _rows(lines, at + 1, cols)
    figure = _MONEY if len(runs) == 2 else _DIGIT
    if end != at + len(block) or len(rows) < 2:
        return None
    if not all(any(figure.search(c) for c in row[1:]) for row in rows):
        return None
    return end, [" " * indent + x for x in table_markdown([header[0], *rows])]


_MASK = bytes(0x30 if b == 0x20 else 0x31 for b in range(256))  # a space "0", else "1"
_ALLEY = b"100"


def _mask_bytes(filled: int) -> bytes:
    """The columns some line has a word over, as b"0" and b"1" by column."""
    n = (filled.bit_length() + 7) // 8
    return filled.to_bytes(n, "little")


def _expand(line: str) -> str:
    return line.rstrip("\r\n").expandtabs(8) if "\t" in line else line.rstrip("\r\n")


def markdown_tables(text: str, start: int = 0) -> str:
    """`text` with the fixed-width tables after `start` written as Markdown tables."""
    parts = text[start:].split("\n")  # lines as the chunker reads them (not at \f or \v)
    raw = [x + "\n" for x in parts[:-1]] + ([parts[-1]] if parts[-1] else [])
    lines = [_expand(x) for x in raw]  # without line ends, tabs expanded
    out: list[str] = []
    i = floor = blocks_from = 0
    changed = False
    while i < len(lines):
        line = lines[i]
        cols = _rule(line) if "--" in line or "==" in line else None
        found = _table(lines, i, floor, cols) if cols is not None else None
        if found is None and i >= blocks_from and not _markup(line):
            # A paragraph starts here: is it, or all but its first line (an intro line less
            # indented than the rest), a table with no rule? Each paragraph is read at most
            # twice, so this stays linear.
            aligned = _aligned(lines, i)
            if aligned is None and i + 1 < len(lines) and _intro(line, lines[i + 1]):
                aligned = _aligned(lines, i + 1)
                if aligned is not None:
                    out.append(raw[i])
                    i += 1
            found = (i, *aligned) if aligned else None
            blocks_from = i
            while blocks_from < len(lines) and not _markup(lines[blocks_from]):
                blocks_from += 1
        if found is None:
            out.append(raw[i])
            i += 1
            continue
        top, end, table = found
        newline = raw[i][len(raw[i].rstrip("\r\n")) :] or "\n"
        del out[len(out) - (i - top) :]
        last = raw[end - 1]
        tail = last[len(last.rstrip("\r\n")) :]
        out.append(newline.join(table) + tail)
        changed = True
        i = floor = blocks_from = end
    return text[:start] + "".join(out) if changed else text
