"""Blocks of "Key : value" lines in plain text, read as lists.

Notices and forms print their terms one per line, with no blank line between them:

    Tarif par liste de gares : 665,00 £ (jusqu'à 40 noms de gares)
    Noms supplémentaires : 9,50 £ par nom au-delà de 40
    Appel minimum : une liste de gares (clause 6.2(e))

Read as a paragraph, those lines run together into one long sentence whose figures
belong to no one key. A block of two or more such lines (a key of at most MAX_KEY
characters starting with a capital, then a colon) becomes a Markdown list, one item per
key; a line that does not open with a key continues the item above. A block whose lines
are mostly not keys (prose with a colon), or a FAQ's "Q:" and "A:", is left alone. One
pass over the lines. Markdown has lists of its own: only plain text is read so.

A record file prints one block per item, each the same keys ("Region: Lakes Province" /
"Meal allowance: 134 zł per working day" / "Mileage: …", blank lines between): read as
lists, each region's figures are items that no longer say which region they are for.
Two or more such blocks in a row (records: MIN_RECORD keys or more, each once, no other
line) opening with the same key are one table, a row per record, a column per key.
"""

from __future__ import annotations

import re

MAX_KEY = 60
_KEY = re.compile(rf"^[ \t]*[A-ZÀ-Ý][^:\n|]{{0,{MAX_KEY}}}?[ \t\u00a0]?:[ \t]+\S")
# a question and its answer ("Q: …", "A: …", "Réponse : …") are one item, not two keys
_DIALOGUE = re.compile(r"^[ \t]*(?:q|a|r|question|answer|réponse)[ \t\u00a0]?:", re.I)


def _block(lines: list[str]) -> list[str] | None:
    if any(_DIALOGUE.match(x) for x in lines):
        return None
    keys = [bool(_KEY.match(x)) for x in lines]
    if sum(keys) < 2 or 2 * sum(keys) < len(lines) or not keys[0]:
        return None
    return [f"- {x.strip()}" if key else x for x, key in zip(lines, keys, strict=True)]


_SPLIT = re.compile(r"[ \t\u00a0]?:[ \t]+")  # between a key and its value
MIN_RECORD = 3  # keys of a record: two alternating lines are as often a dialogue's turns


def _record(lines: list[str]) -> list[tuple[str, str]] | None:
    """A block's keys and values when every line is one "Key: value", each key once, and
    there are MIN_RECORD of them or more (a record)."""
    if len(lines) < MIN_RECORD or any(_DIALOGUE.match(x) or not _KEY.match(x) for x in lines):
        return None
    pairs = [tuple(_SPLIT.split(x.strip(), maxsplit=1)) for x in lines]
    if len({k for k, *_ in pairs}) < len(pairs):
        return None  # a key given twice ("Note: x" / "Note: y"): no row holds both
    return pairs  # type: ignore[return-value]


def is_record(paragraph: str) -> bool:
    """Whether a paragraph is a record ("Key: value" lines only, MIN_RECORD keys or more,
    each once), not a speaker's turn in a transcript."""
    return _record(paragraph.strip().split("\n")) is not None


def records_table(records: list[list[tuple[str, str]]]) -> list[str]:
    """Records of the same keys ("Region: …", "Meal allowance: …", one block each) as one
    Markdown table: a row per record, a column per key, in the order first given."""
    keys = list(dict.fromkeys(k for record in records for k, _ in record))
    rows = [
        "| " + " | ".join(dict(record).get(k, "").replace("|", "/") for k in keys) + " |"
        for record in records
    ]
    return ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys), *rows]


def field_lists(text: str, start: int = 0) -> str:
    """`text` with its blocks of "Key : value" lines after `start` written as lists, and
    runs of two or more blocks that are records of the same first key as one table
    ("Region: Lakes Province / Meal allowance: 134 zł" per region: a row per region)."""
    if ":" not in text[start:]:
        return text
    segments: list[tuple[bool, list[str]]] = []  # runs of lines with text, or blank
    for line in text[start:].split("\n"):
        filled = bool(line.strip())
        if segments and segments[-1][0] == filled:
            segments[-1][1].append(line)
        else:
            segments.append((filled, [line]))
    out: list[str] = []
    changed = False
    j = 0
    while j < len(segments):
        filled, block = segments[j]
        if not filled:
            out.extend(block)
            j += 1
            continue
        records = [first] if (first := _record(block)) else []
        k = j
        while (
            records
            and k + 2 < len(segments)
            and (other := _record(segments[k + 2][1]))
            and other[0][0] == records[0][0][0]
        ):
            records.append(other)
            k += 2
        if len(records) >= 2:
            out.extend(records_table(records))
            changed = True
            j = k + 1
            continue
        listed = _block(block) if len(block) >= 2 else None
        out.extend(listed or block)
        changed = changed or listed is not None
        j += 1
    return text[:start] + "\n".join(out) if changed else text
