"""A season or contract year asked about relative to today: "last season", "la saison
dernière", "next contract year".

A union whose agreement runs in seasons or contract years (from 1 September, from 1
July) writes their spans in its documents: "1 September 2025 to 31 August 2026", "Sep
2025 – Aug 2026". The day those spans most often begin is the documents' new year, read
once per generation. "Last season", asked on 4 December 2026 of documents whose years
begin on 1 September, is 1 September 2025 to 31 August 2026, as if those dates had been
asked. Documents that write no year-long span have no seasons, and the words are left
to the rest of the question. The words are an agreement's grammar, not a topic.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from itertools import pairwise

from .. import figures
from ..generation import Generation
from ..timeframe import Period, Timeframe

_GAP = 40  # characters between a span's two ends ("1 Sep 2025 to 31 Aug 2026")
# two years near each other: a cheap test most passages fail
_TWO_YEARS = re.compile(rf"(?:19|20)\d\d.{{1,{_GAP + 20}}}?(?:19|20)\d\d", re.S)
_YEAR = "(?:season|contract\\s+year|agreement\\s+year)"
_BACK = re.compile(
    rf"\b(?:last|previous|prior|past)\s+{_YEAR}\b|"
    r"\b(?:saison|année\s+contractuelle)\s+(?:dernière|précédente|passée)\b|"
    r"\bdernière\s+saison\b(?!\s+(?:de|du|d['’]))",  # not "la dernière saison du contrat"
    re.I,
)
_AHEAD = re.compile(
    rf"\b(?:next|coming|upcoming)\s+{_YEAR}\b|"
    r"\b(?:saison|année\s+contractuelle)\s+prochaine\b|\bprochaine\s+saison\b",
    re.I,
)


def read(generation: Generation) -> tuple[int, int] | None:
    """The (month, day) the documents' year-long spans most often begin on, or None."""
    starts: Counter[tuple[int, int]] = Counter()
    for record in generation.records:
        starts.update(_year_starts(str(record.text or "")))
    return starts.most_common(1)[0][0] if starts else None


def _year_starts(text: str) -> list[tuple[int, int]]:
    if not _TWO_YEARS.search(text):
        return []
    ends: list[tuple[int, dt.date, bool]] = []  # (where, day, a whole month)
    for f in figures.extract(text):
        if f.kind == "date":
            ends.append((text.find(f.text), dt.date.fromisoformat(f.value), False))
        elif f.kind == "month":
            ends.append((text.find(f.text), dt.date.fromisoformat(f.value + "-01"), True))
    ends.sort(key=lambda e: e[0])
    out = []
    for (at, first, _), (later, last, month) in pairwise(ends):
        near = 0 <= later - at <= _GAP + 25
        if month:  # "Sep 2025 – Aug 2026": eleven months on
            whole = (last.year - first.year) * 12 + last.month - first.month == 11
        else:  # "1 September 2025 to 31 August 2026": a year less a day
            whole = 363 <= (last - first).days <= 366
        if near and whole:
            out.append((first.month, first.day))
    return out


def asked(question: str, timeframe: Timeframe, start: tuple[int, int] | None) -> Timeframe:
    """The question's timeframe, or the season or contract year it places relative to
    today ("last season"), when it names no time otherwise and the documents have years."""
    if timeframe.explicit or start is None:
        return timeframe
    step = -1 if _BACK.search(question) else 1 if _AHEAD.search(question) else 0
    if not step:
        return timeframe
    today = timeframe.today
    month, day = start
    begun = _day(today.year, month, day)
    if begun > today:
        begun = _day(today.year - 1, month, day)
    first = _day(begun.year + step, month, day)
    last = _day(first.year + 1, month, day) - dt.timedelta(days=1)
    return Timeframe(Period(first, last), today, True)


def _day(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, 28) if month == 2 else day)
