"""Documents another document says it replaces, from a day.

A union publishes each year's rate schedule as a new document that says so: "This Rate
Sheet replaces Rate Sheet 2025/26 from 1 September 2026", "le barème 2026-2027 remplace
le barème 2025/26 depuis le 1er juillet 2026". The rows of the old schedule are replaced
row by row (rows.py, successors.py); its notes and rules in prose are replaced with it,
and are no longer in force from that day though no row of the new one restates them.

The replaced document is the one whose title carries the year or years the sentence
names ("2025/26", "2025-2026", "2025"), and, when several do, the one whose title shares
most words with it. A sentence that says a text does not replace another ("Il ne
remplace pas l'Entente", "it does not replace Article 14") replaces nothing, nor does one
without a day. Read once per index generation.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import figures
from ..lexical import tokenize
from ..timeframe import YEAR_SPAN, year_span
from .openings import iso

_REPLACES = re.compile(
    r"\b(?:replaces|supersedes|remplace|remplacent)\s+(?P<ref>[^.;:!?\n]{3,90}?)\s+"
    r"(?P<from>from|as of|with effect from|effective|à compter du|depuis le|dès le|à partir du)"
    r"\s+(?P<day>[^.;!?\n]{6,40})",
    re.I,
)
_NEGATED = re.compile(r"\b(?:ne|n['’]|not|never|jamais|nor|ni)\s*$", re.I)
_YEAR = re.compile(r"(?<![\w.,/-])((?:19|20)\d{2})(?![\w%-])")


def replaced_documents(records: list, titles: dict[str, str]) -> dict[str, dt.date]:
    """Each document (by source) that a sentence of the generation says is replaced,
    with the day it is replaced from. `records`: the generation's chunk records;
    `titles`: each source's title."""
    spans = {source: _years(title) for source, title in titles.items()}
    words = {source: set(tokenize([title])[0]) for source, title in titles.items()}
    out: dict[str, dt.date] = {}
    for record in records:
        text = " ".join(record.text.split())
        for m in _REPLACES.finditer(text):
            if _NEGATED.search(text[max(0, m.start() - 12) : m.start()]):
                continue
            years = _years(m.group("ref"))
            day = _day(m.group("day"))
            if years is None or day is None:
                continue
            named = [s for s, y in spans.items() if y == years and s != record.source]
            if len(named) > 1:  # the one whose title shares most words with the reference
                ref = set(tokenize([m.group("ref")])[0])
                best = max(len(ref & words[s]) for s in named)
                named = [s for s in named if len(ref & words[s]) == best]
            if len(named) == 1:
                source = named[0]
                out[source] = min(day, out.get(source, day))
    return out


def _years(text: str) -> tuple[int, int] | None:
    """The year span a title or reference names ("2025/26": 2025, 2026), or its one year."""
    if m := YEAR_SPAN.search(text):
        return year_span(m)
    found = _YEAR.findall(text)
    return (int(found[0]), int(found[0])) if len(found) == 1 else None


def _day(text: str) -> dt.date | None:
    dates = [iso(f.value) for f in figures.extract(text) if f.kind == "date"]
    return next((d for d in dates if d is not None), None)
