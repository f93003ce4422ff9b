"""Dotted-leader lists in plain text, rewritten as the Markdown tables other tables become.

Statements, summaries and memoranda print a figure per line after a run of dots:

    Row P-3 (Band 3, performance capture day, per day)
    1 July 2026 to 31 January 2027 .......... EUR 616.00 (unchanged)
    1 February 2027 to 30 June 2027 ......... EUR 652.00

A price list aligned with spaces or a tab rather than dots ("Séance d'une heure      38,00
£": one gap of three or more spaces, or a tab stop, before an amount) is read the same way. Two or more such
lines in a row are a table of two columns: what the line is about and its
value (`| 1 July 2026 to 31 January 2027 | EUR 616.00 (unchanged) |`), under a header
that says whether the first column gives periods ("Period") or items ("Item"). The line
above, when short, stays a line above the table: it names it (chunking's caption). A
line without dots ends the table. One pass over the lines, each looked at once, and a
line's dots are found by string search, not by a pattern that backtracks: hostile input
costs linear time.
"""

from __future__ import annotations

import re

from .. import figures
from ..tables import has_amount

VALUE = "Value"  # the header of the values' column (also of definition lists, definitions.py)
_DOTS = re.compile(r"\s*(?:\.\s?){4,}\s*")  # a run of at least four dots, maybe spaced
_MAX_LINE = 300


# a wide gap instead of dots: "Séance d'une heure            38,00 £", after the label's
# first word, with no other wide gap on the line
_GAP = re.compile(r"(?<=\S)(?: {3,}|[ \t]*\t[ \t]*)(?=\S)")  # or a tab (a Word tab stop)


def label_header(labels: list[str]) -> str:
    """The header of a list's labels made a column: "Period" when each is dated, else
    "Item" (also definitions.py's)."""
    dated = all(any(f.kind == "date" for f in figures.extract(x)) for x in labels)
    return "Period" if dated else "Item"


def leader(line: str) -> tuple[str, str] | None:
    """(label, value) of a line "label ...... value", or of "label      £38.00" (a gap
    of three or more spaces before an amount, the line's only gap), or None."""
    if len(line) > _MAX_LINE or "|" in line:
        return None
    m = _DOTS.search(line) if "...." in line.replace(" ", "") else None
    if m is None:
        gaps = list(_GAP.finditer(line))
        m = gaps[0] if len(gaps) == 1 else None
        value = line[m.end() :] if m else ""
        if m is None or not has_amount(value):
            return None
    if m.start() == 0 or not line[: m.start()].strip():
        return None
    label, value = line[: m.start()].strip(), line[m.end() :].strip()
    if not label or not value:
        return None
    return label, value


def leader_tables(text: str, start: int = 0) -> str:
    """`text` with its runs of two or more dotted-leader lines after `start` written as
    Markdown tables."""
    if "...." not in text[start:] and "   " not in text[start:] and "\t" not in text[start:]:
        return text
    lines = text[start:].split("\n")
    out: list[str] = []
    i = 0
    changed = False
    while i < len(lines):
        run: list[tuple[str, str]] = []
        j = i
        while j < len(lines) and (found := leader(lines[j].rstrip("\r"))) is not None:
            run.append(found)
            j += 1
        if len(run) < 2:
            out.append(lines[i])
            i += 1
            continue
        ending = "\r" if lines[j - 1].endswith("\r") else ""
        rows = [f"| {label_header([label for label, _ in run])} | {VALUE} |", "|---|---|"]
        rows += [f"| {label} | {value} |" for label, value in run]
        out.extend(row + ending for row in rows)
        changed = True
        i = j
    return text[:start] + "\n".join(out) if changed else text
