"""Table rows a PDF reader merged: one row per line of their stacked cells.

A rate sheet that gives each category one row per period, and names the category only on
the first of them, has no rule between those rows; pdfplumber then reads them as one row
whose cells hold a line per period:

    | General background performer | from 1 Nov 2025⏎from 1 Nov 2026 | $228.00⏎$236.00 |

Read flat, "from 1 Nov 2025 from 1 Nov 2026 | $228.00 $236.00" says no figure's period.
`split_stacked` gives the row back as its rows, the category on each:

    | General background performer | from 1 Nov 2025 | $228.00 |
    | General background performer | from 1 Nov 2026 | $236.00 |

A label wrapped onto several lines ("Own wardrobe, each change⏎after the first") is one
cell's text, not several rows: only cells whose every line carries a figure decide.

A table that carries on over a page break without its header row (`continues`) takes the
header of the table before it.
"""

from __future__ import annotations

import re
from typing import Any

from .. import figures

_VALUE = re.compile(r"\d|^[-–—]$")  # a line that is a figure, a date, a code or a dash


def _value(line: str) -> bool:
    """A line that is a value of its own: a figure, a date, a code or a dash, with its
    brackets closed ("$1,018.00 (was" is half of one)."""
    return bool(_VALUE.search(line)) and line.count("(") == line.count(")")


def _lines(cell: Any) -> list[str]:
    return [x.strip() for x in str(cell or "").split("\n") if x.strip()]


def split_stacked(row: list[Any]) -> list[list[str]]:
    """`row` (raw cells, lines joined by newlines) as the rows it stacks, or as it is."""
    lines = [_lines(c) for c in row]
    k = max((len(x) for x in lines), default=0)
    if k < 2:
        return [list(row)]
    valued = [j for j, x in enumerate(lines) if j and len(x) == k and all(map(_value, x))]
    figured = [
        j for j, x in enumerate(lines) if j and 1 < len(x) < k and any(map(_VALUE.search, x))
    ]
    if len(valued) < 2 or figured:  # not one line per row in every column of figures
        return [list(row)]
    stacked = {j for j, x in enumerate(lines) if len(x) == k}
    if 0 in stacked and any(x[:1].islower() for x in lines[0][1:]):
        stacked.discard(0)  # the label wraps ("…, each change⏎after the first")
    return [
        [lines[j][i] if j in stacked else " ".join(lines[j]) for j in range(len(row))]
        for i in range(k)
    ]


# "Utility stunt performer (cont'd)": the row of a category begun before a page break
_CONTINUED = re.compile(r"\s*\((?:cont(?:['’]?d|\.|inued)|suite)\)\s*$", re.I)


def without_continued(label: str) -> str:
    """A row label without its "(cont'd)" / "(suite)" mark: the same item as above it."""
    return _CONTINUED.sub("", label)


def continues(first: list[str], header: list[str] | None) -> bool:
    """Whether a table whose first row is `first` carries on the table with `header`
    (same width) after a page break: its first row is labels and values, an amount among
    them, each amount alone in its cell, as a header's is not ("Up to $250,000 budget"
    names a column); cells without an amount are the row's code, name or unit ("A-2 |
    Internet allowance | R450 | per month")."""
    if header is None or len(first) != len(header):
        return False
    if [c.strip().lower() for c in first] == [c.strip().lower() for c in header]:
        return False  # the header repeated on the new page
    found = [figures.extract(c) for c in first[1:]]
    if not any(f.kind == "money" for fs in found for f in fs):
        return False
    for cell, fs in zip(first[1:], found, strict=True):
        if not any(f.kind == "money" for f in fs):
            continue
        for f in fs:
            cell = cell.replace(f.text, " ")
        if len(re.findall(r"[^\W\d_]{2,}", cell)) > 1:  # more words than "from", "per"
            return False
    return True
