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


def field_lists(text: str, start: int = 0) -> str:
    """`text` with its blocks of "Key : value" lines after `start` written as lists."""
    if ":" not in text[start:]:
        return text
    lines = text[start:].split("\n")
    out: list[str] = []
    block: list[str] = []
    changed = False

    def flush() -> None:
        nonlocal changed
        listed = _block(block) if len(block) >= 2 else None
        out.extend(listed or block)
        changed = changed or listed is not None
        block.clear()

    for line in lines:
        if line.strip():
            block.append(line)
        else:
            flush()
            out.append(line)
    flush()
    return text[:start] + "\n".join(out) if changed else text
