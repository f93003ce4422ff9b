"""Check what a chat model wrote against the passages it cites."""

from __future__ import annotations

import re

from .. import figures
from ..answers import neutralise_mentions
from ..search import Passage


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
    for n in (int(x) for x in re.findall(r"\[(\d+)\]", text)):
        if n not in order:
            order.append(n)
    return order


def evidence(passage: Passage) -> list[str]:
    md = passage.metadata
    return [
        passage.text,
        str(md.get("table_header", "")),
        passage.heading,
        str(md.get("effective_from", "")),
        str(md.get("effective_to", "")),
    ]


def unsupported(text: str, passages: list[Passage]) -> list[figures.Figure]:
    """The figures of `text` (amounts, percentages, hours, days, dates) that none of
    `passages` states."""
    found: list[str] = []
    for p in passages:
        found += evidence(p)
    return figures.unsupported(neutralise_mentions(text), found)
