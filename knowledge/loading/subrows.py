"""Table rows that only qualify the row above them, named by it.

A rate table prints a role's other days under it, as rows whose label starts with a dash:

    | Follow-spot operator | per show | 205.00 |
    | – Sundays            | per show | 256.25 |
    | – public holidays    | per show | 307.50 |

Read alone, "– public holidays … 307.50" says nothing of whose rate it is, and every
role's "– public holidays" reads alike. `named_subrows` writes the label of the row they
qualify before such rows' own ("Follow-spot operator – public holidays"), in tables read
from Word documents and PDFs.
"""

from __future__ import annotations

import re

_SUB = re.compile(r"^[–—-]\s+\S")  # "– weekends": a dash, a space, then the label
_MAX_LABEL = 200


def named_subrows(rows: list[list[str]]) -> list[list[str]]:
    """`rows` (the first one a header) with each sub-row's label preceded by the label of
    the last row above it that is not one; unchanged when no row is a sub-row."""
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
