"""Rate lists that put each item on a line of its own and its amounts on the lines under it,
rewritten as the Markdown tables other tables become.

Rate sheets set without a ruled table print an item, then one "when: amount" line per
period or case:

    A1 Rigger – per call (up to five hours)
    1 March 2026 to 30 September 2026: 310.00 EUR
    From 1 October 2026: 334.00 EUR
    A2 Follow-spot operator – per performance
    Whole season: 205.00 EUR

Read as text, "From 1 October 2026: 334.00 EUR" names no item, and the next item's lines
are as near to it as its own. Two or more such items in a row (a line that is not a value
line, then one or more value lines: a short label, a colon, a short value with an amount
or a percentage) are one table whose rows carry their item:

    | Item | Period | Value |
    | A1 Rigger – per call (up to five hours) | From 1 October 2026 | 334.00 EUR |

The middle column is "Period" when any of its labels is dated (a dated one then gives its
row's period), else "Case" ("Weekdays", "Per script"). A Markdown heading is a section's
name, not an item, and a value holding a pipe is no cell. One pass over the lines, each
looked at a bounded number of times, and no pattern that backtracks far: hostile input
costs linear time.
"""

from __future__ import annotations

import re

from .. import figures
from ..tables import has_amount
from .leaders import VALUE

ITEM, PERIOD, CASE = "Item", "Period", "Case"  # the header's names (table_rows.py)
MAX_LABEL = 60
MAX_VALUE = 60
MAX_ITEM = 200
# "From 1 October 2026: 334.00 EUR": a label without sentence ends or pipes, then a value
_VALUE_LINE = re.compile(
    rf"^[ \t]*(?P<label>[^:|\n]{{1,{MAX_LABEL}}}?)[ \t\u00a0]?:[ \t]+(?P<value>\S.*?)[ \t\r]*$"
)
_SENTENCE = re.compile(r"[.!?;][ \t]+\S")


def value_line(line: str) -> tuple[str, str] | None:
    """(label, value) of a line "label: amount", the value short and priced, or None."""
    m = _VALUE_LINE.match(line) if len(line) <= MAX_LABEL + MAX_VALUE + 4 else None
    if m is None:
        return None
    label, value = m.group("label").strip(), m.group("value").strip()
    if not label[:1].isalnum() or len(value) > MAX_VALUE or _SENTENCE.search(label) or "|" in value:
        return None
    if not has_amount(value):
        return None
    return label, value


def _item(line: str) -> str | None:
    """The item a line names, when it can head value lines: short, not a value line, not
    a table row, not a sentence that ends with a full stop."""
    text = line.strip()
    if not text or len(text) > MAX_ITEM or "|" in text or text.endswith((".", ":")):
        return None
    if text.startswith("#"):  # a Markdown heading names its section
        return None
    if not any(c.isalpha() for c in text) or value_line(line):
        return None
    # "World Invitational, per match in the event window (clause 4.6): ₩560,000": a value
    # line whose label is long, not an item over the lines after it
    colon = text.rfind(": ")
    if colon > 0 and len(text) - colon <= MAX_VALUE and has_amount(text[colon + 2 :]):
        return None
    return text


def _groups(lines: list[str], i: int) -> tuple[list[tuple[str, list[tuple[str, str]]]], int]:
    """The items with their value lines from line `i` on, and the line after them."""
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    while i < len(lines):
        item = _item(lines[i])
        values: list[tuple[str, str]] = []
        j = i + 1
        while item and j < len(lines) and (found := value_line(lines[j])) is not None:
            values.append(found)
            j += 1
        if item is None or not values:
            break
        groups.append((item, values))
        i = j
        while i < len(lines) and not lines[i].strip() and groups:
            i += 1  # a blank line between two items keeps the list going
    return groups, i


def _table(groups: list[tuple[str, list[tuple[str, str]]]]) -> list[str]:
    labels = [label for _, values in groups for label, _ in values]
    dated = any(any(f.kind == "date" for f in figures.extract(x)) for x in labels)
    rows = [f"| {ITEM} | {PERIOD if dated else CASE} | {VALUE} |", "|---|---|---|"]
    rows += [
        f"| {item} | {label} | {value} |" for item, values in groups for label, value in values
    ]
    return rows


def headed_tables(text: str, start: int = 0) -> str:
    """`text` with its runs of two or more items, each over its value lines, after
    `start` written as one Markdown table."""
    if ":" not in text[start:]:
        return text
    lines = text[start:].split("\n")
    out: list[str] = []
    i = 0
    changed = False
    while i < len(lines):
        groups, j = _groups(lines, i) if _item(lines[i]) else ([], i)
        if len(groups) < 2:
            out.append(lines[i])
            i += 1
            continue
        ending = "\r" if lines[i].endswith("\r") else ""
        out.extend(row + ending for row in _table(groups))
        if j < len(lines):
            out.append(ending)  # a blank line between the table and what follows
        changed = True
        i = j
    return text[:start] + "\n".join(out) if changed else text
