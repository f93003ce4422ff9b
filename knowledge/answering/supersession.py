"""Supersession as data: a figure is replaced only by a newer figure for the same item.

Among the units retrieved for a question, a unit A is superseded by a unit B when:
- B comes from another document, and B's period starts after A's does (a memorandum of
  amendment, a later rate sheet, a newer agreement, effective from its own date);
- both state a figure of the same kind (money, a share, a duration), and B states a
  value A does not;
- both are about the same item: their words, figures and dates aside, largely overlap
  ("Background performer, per day (8 hours)" and "Background performer per 8-h day").
A is then in force until the day before B starts. Nothing else supersedes a term: the
end of an agreement's term alone does not (a clause with no newer version stays in
force), and neither does a sentence in a newer document on another subject.

A document's own start date is its `effective_from`, or else the effective date its
opening states ("EFFECTIVE DATE: 1 October 2026", "with effect from …", "en vigueur le …").
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable

from .. import figures
from ..lexical import tokenize
from ..search import Passage
from ..timeframe import Period
from .units import Unit

SAME_ITEM = 0.5  # share of shared words (Jaccard) for two units to be about one item
_KINDS = ("money", "pct", "hours", "days", "weeks")
_EFFECTIVE = re.compile(
    r"(?:effective(?:\s+date)?|with effect from|in force (?:from|on)|takes effect on|"
    r"en vigueur (?:le|à compter du|dès le|depuis le)|à compter du|prend effet le)\s*:?\s*",
    re.I,
)
_OPENING_CHARS = 1500
_NUMBERS = re.compile(r"\d+")


def _item_words(unit: Unit) -> set[str]:
    text = unit.text
    for f in figures.extract(text):
        text = text.replace(f.text, " ")
    return {t for t in tokenize([_NUMBERS.sub(" ", text)])[0] if len(t) > 1}


def _values(unit: Unit) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in unit.figures:
        if f.kind in _KINDS:
            out.setdefault(f.kind, set()).add(f.key)
    return out


def stated_start(text: str) -> dt.date | None:
    """The effective date a document's opening states, if any."""
    for m in _EFFECTIVE.finditer(text[:_OPENING_CHARS]):
        for f in figures.extract(text[m.end() : m.end() + 40]):
            if f.kind == "date":
                try:
                    return dt.date.fromisoformat(f.value)
                except ValueError:
                    continue
    return None


class DocumentStarts:
    """Each document's start date, read once per generation."""

    def __init__(self) -> None:
        self._starts: dict[str, dt.date | None] = {}
        self._generation = ""
        self._lock = threading.Lock()

    def start(
        self, generation: str, passage: Passage, opening: Callable[[], str]
    ) -> dt.date | None:
        """`opening()` gives the document's first text; it is called once per document."""
        with self._lock:
            if generation != self._generation:
                self._starts.clear()
                self._generation = generation
            if passage.source not in self._starts:
                declared = passage.metadata.get("effective_from")
                start = None
                if declared:
                    try:
                        start = dt.date.fromisoformat(str(declared)[:10])
                    except ValueError:
                        start = None
                self._starts[passage.source] = start or stated_start(opening())
            return self._starts[passage.source]


def apply(units: list[Unit], passages: list[Passage], today: dt.date) -> None:
    """Mark the units that a newer unit for the same item replaces (see the module's doc)."""
    dated = [u for u in units if u.figures and u.period is not None and u.period.start]
    words = {id(u): _item_words(u) for u in dated}
    values = {id(u): _values(u) for u in dated}
    for a in dated:
        assert a.period is not None and a.period.start
        replaced_from: dt.date | None = None
        for b in dated:
            assert b.period is not None and b.period.start
            if passages[b.passage].source == passages[a.passage].source:
                continue
            if b.period.start <= a.period.start:
                continue
            if a.period.end is not None and a.period.end < b.period.start:
                continue  # A had already ended: nothing to replace
            kinds = values[id(a)].keys() & values[id(b)].keys()
            if not any(values[id(b)][k] - values[id(a)][k] for k in kinds):
                continue
            wa, wb = words[id(a)], words[id(b)]
            if not wa or not wb or len(wa & wb) / len(wa | wb) < SAME_ITEM:
                continue
            if replaced_from is None or b.period.start < replaced_from:
                replaced_from = b.period.start
        if replaced_from is not None:
            a.period = Period(a.period.start, replaced_from - dt.timedelta(days=1))
            a.period_label = ""
            a.superseded = a.period.ended_before(today)
