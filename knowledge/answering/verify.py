"""Check what a chat model wrote against the passages it cites.

The answer is read claim by claim: a claim is a sentence or a list item with the [n]
citations it carries, and each figure in it must be in a passage THAT claim cites (a
figure that only another cited passage states is not supported). A sentence that
cites nothing belongs to the next sentence of its line or paragraph that does (one
citation closing a run of sentences covers the run), else to the claim before it.
Both sides are compared with their numbers written in digits (numerals.py), so
"forty-five percent", "2k", "²⁷¹" and "9\u200b999" are read as the figures they show.
"""

from __future__ import annotations

import re

from .. import figures
from ..answers import neutralise_mentions
from ..language import detect
from ..numerals import as_digits
from ..search import Passage

_CITATION = re.compile(r"\[(\d+)\]")
# The end of a sentence: its stop, then any citations written after it.
_SENTENCE_END = re.compile(r"[.!?](?:\s*\[\d+\])*(?=\s|$)")


def normalise_citations(text: str) -> str:
    """ "[1, 3]" → "[1][3]"."""
    return re.sub(
        r"\[(\d+(?:\s*[,;]\s*\d+)+)\]",
        lambda m: "".join(f"[{n}]" for n in re.findall(r"\d+", m.group(1))),
        text,
    )


def cited(text: str) -> list[int]:
    """The passage numbers `text` cites, in first-cited order."""
    order: list[int] = []
    for n in (int(x) for x in _CITATION.findall(text)):
        if n not in order:
            order.append(n)
    return order


def claims(text: str) -> list[tuple[str, list[int]]]:
    """The claims of `text`: (its sentences, the passage numbers they cite)."""
    out: list[tuple[list[str], list[int]]] = []
    for line in text.splitlines():
        pending: list[str] = []  # sentences of this line waiting for a citation
        for sentence in _sentences(line):
            pending.append(sentence)
            numbers = cited(sentence)
            if numbers:
                out.append((pending, numbers))
                pending = []
        if pending and out:
            out[-1][0].extend(pending)  # the line's last sentences: the claim before them
        elif pending:
            out.append((pending, []))  # nothing cited yet: joined to the next claim below
    merged: list[tuple[list[str], list[int]]] = []
    carry: list[str] = []
    for sentences, numbers in out:
        if not numbers:
            carry += sentences
            continue
        merged.append((carry + sentences, numbers))
        carry = []
    if carry:
        merged.append((carry, []))  # an answer that cites nothing: checked against nothing
    return [("\n".join(s), numbers) for s, numbers in merged]


def _sentences(line: str) -> list[str]:
    parts, start = [], 0
    for m in _SENTENCE_END.finditer(line):
        parts.append(line[start : m.end()])
        start = m.end()
    parts.append(line[start:])
    return [p.strip() for p in parts if p.strip()]


def evidence(passage: Passage) -> list[str]:
    md = passage.metadata
    return [
        passage.text,
        str(md.get("table_header", "")),
        passage.heading,
        str(md.get("effective_from", "")),
        str(md.get("effective_to", "")),
    ]


def unsupported(text: str, passages: list[Passage], language: str) -> list[figures.Figure]:
    """The figures of `text` (amounts, percentages, hours, days, multiples, dates) that the
    passages its claims cite do not state; `passages` are numbered from 1, as cited."""
    read: dict[int, list[str]] = {}

    def sources(n: int) -> list[str]:
        if n not in read:
            p = passages[n - 1] if 1 <= n <= len(passages) else None
            if p is None:
                read[n] = []
            else:
                lang = str(p.metadata.get("language") or detect(p.text))
                read[n] = [as_digits(e, lang) for e in evidence(p)]
        return read[n]

    missing: list[figures.Figure] = []
    for claim, numbers in claims(neutralise_mentions(text)):
        found = [s for n in numbers for s in sources(n)]
        missing += figures.unsupported(as_digits(claim, language), found)
    return missing
