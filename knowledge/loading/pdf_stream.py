"""Tables printed without ruling lines, their columns lined up by white space alone.

pdfplumber finds a table by its lines; a schedule set in columns with no line between
them is read as prose, each row one line of words ("A-6 Late-meal penalty 2 400 Ft per
30 minutes or part Article 11(2)"), and the chunker runs the rows together as one
sentence. `aligned_tables` finds such a table on a page: a header line of three or more
runs of words, each run apart from the next by a gap far wider than a space, over lines
whose runs start in the header's columns, each with a digit after its first column (a
figure, a code, a clause: as columns.py asks of a plain-text table without a rule). A
line whose runs all lie to the right of the first column, close under it, carries on the
row above (a wrapped cell; a page number further down does not). So does a line that
starts in the first column but holds no amount while the row above does, when it is at
most half as far under it as rows are under one another: a wrapped label ("booth host,
motor-show presenter)" under "Show day (brand ambassador,"), in a table whose rows are
set apart by more leading than a cell's lines; single-spaced rows keep each line a row.
A header's second line, right of its first column ("1 October 2026" under "Step 1"),
carries on its names, each word under the name nearest it. The table ends at the first
line that is neither; it is kept only with two rows or more.

Prose does not pass: its words are a space apart, and a justified line's stretched
spaces stay under the gap. A page set in two columns (pdf_columns.gutter) is read as
columns, never as a table. Each line's runs are read once, and a table is looked for
over at most _MAX_LINES lines from its header: a page costs time linear in its lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from statistics import median
from typing import Any

from .. import figures
from .pdf_columns import gutter, lines_of

_MIN_COLUMNS = 3
_MAX_LINES = 200  # a table's lines on one page, header included
_MIN_ROWS = 2
_MIN_GAP = 12.0  # points: wider than any space between two words of a line
_GAP_HEIGHTS = 1.2  # and wider than this many times the line's height
_ROW_GAP = 4.0  # line heights between rows at most: further down is no longer the table
_WRAP_GAP = 1.0  # a wrapped cell's next line is as close as a paragraph's (not a footer)
_HEADER_GAP = 2.0  # a header's second line: at most this many heights under its first
_SPACE_HEIGHTS = 0.5  # a space between two words of a cell: at most this many heights
_SAME_START = 1.0  # points: a word this close to a header name's start is in its column
_LABEL_WRAP = 0.5  # a wrapped label: at most this share of the least gap above a row
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass
class AlignedTable:
    """A table found by its alignment: where it is on the page and its rows of cells,
    read as pdfplumber's tables are (`bbox`, `extract()`)."""

    bbox: tuple[float, float, float, float]
    rows: list[list[str]]

    def extract(self) -> list[list[str]]:
        return self.rows


def _runs(line: list[dict[str, Any]], gap: float | None = None) -> list[list[dict[str, Any]]]:
    """A line's words in runs split where the gap between two is `gap` or wider (by
    default: wider than a space can be)."""
    if gap is None:
        gap = max(_MIN_GAP, _GAP_HEIGHTS * median(w["bottom"] - w["top"] for w in line))
    runs = [[line[0]]]
    for word in line[1:]:
        if word["x0"] - runs[-1][-1]["x1"] >= gap:
            runs.append([word])
        else:
            runs[-1].append(word)
    return runs


def _text(run: list[dict[str, Any]]) -> str:
    return " ".join(w["text"] for w in run)


def _at_names(
    runs: list[list[dict[str, Any]]], head: list[list[dict[str, Any]]]
) -> list[list[dict[str, Any]]]:
    """`runs` split before any word that starts where a header name after the first
    starts (a left-aligned column) after more than a space: "motor show" and "show day" a
    narrow gap apart, or a clause number right after a long cell, are two cells."""
    names = [r[0]["x0"] for r in head[1:]]
    out: list[list[dict[str, Any]]] = []
    for run in runs:
        out.append([run[0]])
        for word in run[1:]:
            space = _SPACE_HEIGHTS * (word["bottom"] - word["top"])
            if word["x0"] - out[-1][-1]["x1"] > space and any(
                abs(word["x0"] - x) <= _SAME_START for x in names
            ):
                out.append([word])
            else:
                out[-1].append(word)
    return out


def _columns(runs: list[list[dict[str, Any]]], header: list[float]) -> list[int] | None:
    """The header's column each run starts in, in order and each once; None if not so."""
    out: list[int] = []
    for run in runs:
        x = run[0]["x0"]
        column = max((j for j, start in enumerate(header) if x >= start), default=-1)
        if column < 0 or (out and column <= out[-1]):
            return None
        out.append(column)
    return out


def _second_header(
    lines: list[list[dict[str, Any]]],
    at: int,
    head: list[list[dict[str, Any]]],
    starts: list[float],
) -> list[str] | None:
    """The words of the line under header line `at` when they carry on its names (the
    dates under "Step 1 | Step 2 | Step 3", centred and wider than them): close below it,
    none under its first column, and not a row (no amount after a label): each word goes
    to the header name whose middle is nearest its own."""
    if at + 1 >= len(lines) or len(starts) < 2:
        return None
    above, line = lines[at], lines[at + 1]
    height = median(w["bottom"] - w["top"] for w in line)
    below = min(w["top"] for w in line) - max(w["bottom"] for w in above)
    if below > _HEADER_GAP * height or min(w["x0"] for w in line) < starts[1]:
        return None
    middles = [(r[0]["x0"] + r[-1]["x1"]) / 2 for r in head]
    out = [""] * len(head)
    # words a space apart ("1 October 2026"), split where wider
    for group in _runs(line, _SPACE_HEIGHTS * height):
        x = (group[0]["x0"] + group[-1]["x1"]) / 2
        column = min(range(len(head)), key=lambda j: abs(middles[j] - x))
        out[column] = f"{out[column]} {_text(group)}".strip()
    return out


def has_money(cells: list[Any]) -> bool:
    """Whether any of the cells gives an amount of money (tables.has_amount takes one
    cell, and a share as well)."""
    return any(f.kind == "money" for c in cells for f in figures.extract(str(c or "")))


def _wraps_label(
    row: list[str], runs: list[list[dict[str, Any]]], below: float, gaps: list[float]
) -> bool:
    """Whether a line starting in the first column carries on the row above's label:
    no amount in it, one in the row above, and far closer under it than rows are."""
    return (
        bool(gaps)
        and below <= _LABEL_WRAP * min(gaps)
        and has_money(row)
        and not has_money([_text(r) for r in runs])
    )


def _table(
    lines: list[list[dict[str, Any]]], runs_of: list[list[list[dict[str, Any]]]], at: int
) -> tuple[int, list[list[str]]] | None:
    """The table whose header is line `at` (`runs_of`: each line's runs): the index past
    its last line and its rows."""
    head = runs_of[at]
    if len(head) < _MIN_COLUMNS or not all(_LETTER.search(_text(r)) for r in head):
        return None
    # a cell may start a little left of its header's name (a right-aligned amount)
    starts = [head[0][0]["x0"] - 1.0]
    for before, run in pairwise(head):
        starts.append(run[0]["x0"] - (run[0]["x0"] - before[-1]["x1"]) / 2)
    rows = [[_text(r) for r in head]]
    end = at + 1
    if (second := _second_header(lines, at, head, starts)) is not None:
        rows[0] = [f"{name} {more}".strip() for name, more in zip(rows[0], second, strict=True)]
        end += 1
    stop = min(len(lines), at + _MAX_LINES)
    gaps: list[float] = []  # the gap above each row that follows a one-line row
    started = True  # whether the line above started a row (or is the header)
    for n, (above, line) in enumerate(pairwise(lines[end - 1 : stop]), start=end):
        runs = _at_names(runs_of[n], head)
        columns = _columns(runs, starts)
        if columns is None:
            break
        height = median(w["bottom"] - w["top"] for w in line)
        below = min(w["top"] for w in line) - max(w["bottom"] for w in above)
        wrapped = (
            columns[0] == 0
            and len(rows) > 1
            and below <= _WRAP_GAP * height
            and _wraps_label(rows[-1], runs, below, gaps)
        )
        if columns[0] == 0 and len(runs) < 2 and not wrapped:
            break
        if columns[0] == 0 and below <= _ROW_GAP * height and not wrapped:
            row = [""] * len(head)
            rows.append(row)
            if started:
                gaps.append(below)
            started = True
        elif len(rows) > 1 and below <= _WRAP_GAP * height:
            row = rows[-1]  # a wrapped cell carries on the row above, a line below it
            started = False
        else:
            break
        for column, run in zip(columns, runs, strict=True):
            row[column] = f"{row[column]} {_text(run)}".strip()
        end += 1
    body = rows[1:]
    if len(body) < _MIN_ROWS or not all(any(_DIGIT.search(c) for c in r[1:]) for r in body):
        return None
    return end, rows


def aligned_tables(page: Any) -> list[AlignedTable]:
    """The tables on `page` (a pdfplumber page) that white space alone lines up."""
    lines = lines_of(page.extract_words())
    x0, _, x1, _ = page.bbox
    if not lines or gutter(lines, x0, x1) is not None:
        return []
    runs_of = [_runs(line) for line in lines]
    found: list[AlignedTable] = []
    at = 0
    while at < len(lines):
        table = _table(lines, runs_of, at)
        if table is None:
            at += 1
            continue
        end, rows = table
        words = [w for line in lines[at:end] for w in line]
        bbox = (
            min(w["x0"] for w in words),
            min(w["top"] for w in words),
            max(w["x1"] for w in words),
            max(w["bottom"] for w in words),
        )
        found.append(AlignedTable(bbox, rows))
        at = end
    return found
