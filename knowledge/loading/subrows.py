"""Table rows that only qualify the row above them, named by it.

A rate table prints a role's other days under it, as rows whose label starts with a dash:

    | Follow-spot operator | per show | 205.00 |
    | – Sundays            | per show | 256.25 |
    | – public holidays    | per show | 307.50 |

Read alone, "– public holidays … 307.50" says nothing of whose rate it is, and every
role's "– public holidays" reads alike. `named_subrows` writes the label of the row they
qualify before such rows' own ("Follow-spot operator – public holidays"), in tables read
from Word documents and PDFs.

A table also names a role once and leaves the cell blank on the rows below it that are
the same role's other rates:

    | Scan performer | per full-body scan | 185 000 FCFA |
    |                | per head scan      |  90 000 FCFA |

Each row that gives an amount under such a blank label takes the label of the row above
it (`same_labels`), in those tables and in the pipe tables of Markdown and text files
(`labelled_pipe_tables`). A blank label on a row with no amount (a wrapped line, a note)
or on a totals row is left blank, and a row's code ("T-1") or a long label is not
copied.
"""

from __future__ import annotations

import re

from ..tables import has_amount

_SUB = re.compile(r"^[–—-]\s+\S")  # "– weekends": a dash, a space, then the label
_MAX_LABEL = 200


def named_subrows(rows: list[list[str]]) -> list[list[str]]:
    """`rows` (the first one a header) with each sub-row's label preceded by the label of
    the last row above it that is not one, and each blank label the one above it."""
    rows = same_labels(rows)
    if not any(row and _SUB.match(row[0]) for row in rows[1:]):
        return rows
    out = rows[:1]
    parent = ""
    for row in rows[1:]:
        label = row[0] if row else ""
        if _SUB.match(label) and parent:
            out.append([f"{parent} {label}", *row[1:]])
            continue
        parent = label if label and len(label) <= _MAX_LABEL and not _SUB.match(label) else ""
        out.append(row)
    return out


def same_labels(rows: list[list[str]]) -> list[list[str]]:
    """`rows` (the first one a header) with each blank label of a row that gives an
    amount filled with the label of the row above it; `rows` itself when none is."""
    out = rows[:1]
    above = ""
    for row in rows[1:]:
        if row and not row[0].strip() and above and _fills(row[1:]):
            row = [above, *row[1:]]
        above = _label(row[0]) if row else ""
        out.append(row)
    return out if out != rows else rows


# a label that names a role, not a row's code ("T-1", "A2"): a row without one is
# uncoded, not the row above's; nor longer than a role's name (bounded growth)
_CODE = re.compile(r"[A-Z]{0,3}[-.]?\d{1,3}[a-z]?")
_MAX_FILLED = 80
# a totals row: its own, not the role's above ("| | Total | 350 EUR |")
_TOTAL = re.compile(r"\b(?:sub-?total|total|sous-total|sum|somme)\b", re.I)


def _label(cell: str) -> str:
    label = cell.strip()
    return "" if len(label) > _MAX_FILLED or _CODE.fullmatch(label) else label


def _fills(cells: list[str]) -> bool:
    """Whether a row with a blank label takes the one above: it gives an amount and is
    no total."""
    return any(has_amount(c) for c in cells) and not any(_TOTAL.search(c) for c in cells)


_RULE = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+")


def labelled_pipe_tables(text: str, start: int = 0) -> str:
    """`text` with the blank labels of its pipe tables after `start` filled as
    `same_labels` fills them. One pass over the lines: linear in the text."""
    if "|" not in text[start:]:
        return text
    lines = text[start:].split("\n")
    changed = False
    i = 0
    while i < len(lines):
        if not (lines[i].lstrip().startswith("|") and i + 1 < len(lines)):
            i += 1
            continue
        if not _RULE.fullmatch(lines[i + 1].strip()):
            i += 1
            continue
        j = i + 2
        above = ""
        while j < len(lines) and lines[j].lstrip().startswith("|"):
            line = lines[j].rstrip("\r")
            cells = line.strip().strip("|").split("|")
            if not cells[0].strip() and above and _fills(cells[1:]):
                at = line.index("|") + 1
                lines[j] = f"{line[:at]} {above} {line[at:].lstrip()}" + lines[j][len(line) :]
                changed = True
            else:
                above = _label(cells[0])
            j += 1
        i = j
    return text[:start] + "\n".join(lines) if changed else text
