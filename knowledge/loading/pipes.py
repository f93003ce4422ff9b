"""Pipe tables without their outer bars, rewritten with them.

GitHub Markdown lets a table leave out the bars at either end, and plain-text exports
print tables the same way, often with `+` where the rule crosses a bar:

    Row | Category                    | Was       | Now
    ----+-----------------------------+-----------+----------
    C2  | Podcast episode (per 30 min)| $1,240.00 | $1,315.00

The chunker and the answer units read a table row as `| … |`; such a table is given its
bars (`| C2 | Podcast episode (per 30 min) | $1,240.00 | $1,315.00 |`) and its rule
becomes `|---|---|…|`. A table is a header line with bars, a rule under it with as many
crossings, and the lines below with as many bars, to a blank line. One pass over the
lines, each looked at once: hostile input costs linear time.

A bar escaped in a Markdown cell (`Saut de tremplin \\| « ramp jump »`) is the cell's
text, not a column: it becomes a broken bar, `¦`, so every reader of rows keeps the cell.
"""

from __future__ import annotations

import re

_RULE = re.compile(r"\s*:?-{2,}:?(?:\s*[|+]\s*:?-{2,}:?)+\s*")
_MAX_BARS = 64


def _barred(line: str) -> bool:
    return line.strip().startswith("|") or line.strip().endswith("|")


def _row(line: str) -> str:
    return "| " + " | ".join(cell.strip() for cell in line.split("|")) + " |"


def outer_bars(text: str, start: int = 0) -> str:
    """`text` with the pipe tables after `start` that lack their outer bars given them."""
    if "|" not in text[start:]:
        return text
    lines = text[start:].split("\n")
    out: list[str] = []
    changed = False
    i = 0
    while i < len(lines):
        line = lines[i].rstrip("\r")
        bars = line.count("|")
        if (
            0 < bars <= _MAX_BARS
            and i + 1 < len(lines)
            and not _barred(line)
            and _RULE.fullmatch(rule := lines[i + 1].rstrip("\r"))
            and rule.count("|") + rule.count("+") == bars
        ):
            end = "\r" if lines[i].endswith("\r") else ""
            j = i + 2
            rows = []
            while j < len(lines):
                body = lines[j].rstrip("\r")
                # a body row may leave its first or last cell empty ("C2 | b | $3 | ")
                if not body.strip() or body.count("|") != bars:
                    break
                rows.append(_row(body) + end)
                j += 1
            if rows:
                out += [_row(line) + end, "|" + "---|" * (bars + 1) + end, *rows]
                changed = True
                i = j
                continue
        out.append(lines[i])
        i += 1
    return text[:start] + "\n".join(out) if changed else text


_ESCAPED_BAR = re.compile(r"(?<!\\)((?:\\\\)*)\\\|")  # "\|", not "\\|" (a backslash, a bar)
_TABLE_LINE = re.compile(r"^[ \t]*\|.*$", re.M)


def escaped_bars(text: str, start: int = 0) -> str:
    """`text` with the bars escaped in its Markdown table rows after `start` written `¦`."""
    if "\\|" not in text[start:]:
        return text
    body = _TABLE_LINE.sub(lambda m: _ESCAPED_BAR.sub(r"\1¦", m.group(0)), text[start:])
    return text[:start] + body
