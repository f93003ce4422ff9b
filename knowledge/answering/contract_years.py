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

from .. import figures
from ..generation import Generation
from ..timeframe import Period, Timeframe
from . import years

# A span written from one day or month to another: "1 September 2025 to 31 August 2026",
# "Sep 2025 – Aug 2026", "du 1er octobre 2025 au 30 septembre 2026"
_SPAN = re.compile(
    rf"(?P<first>{figures.DATE_TEXT})\s*(?:-|–|—|to|until|through|au|à|jusqu['’]au)\s*"
    rf"(?P<last>{figures.DATE_TEXT})",
    re.I,
)
_LEAST = 2  # spans that begin on the same day, for the documents to have years
_YEAR = "(?:season|contract\\s+year|agreement\\s+year)"
_BACK = re.compile(
    # not "the last season (of the agreement)": the final one
    rf"\b(?:(?<!the )last|previous|prior|past)\s+{_YEAR}\b(?!\s+of\b)|"
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
    """The (month, day) the documents' year-long spans most often begin on, or None when
    fewer than _LEAST spans begin on any one day; a season defined by its days ("from 1
    September to the next 31 August") counts as _LEAST spans."""
    starts: Counter[tuple[int, int]] = Counter()
    for record in generation.records:
        text = str(record.text or "")
        starts.update(_year_starts(text))
        for first in years.defined(text):  # "A season runs from 1 September to the next
            starts[first] += _LEAST  # 31 August": said once, as good as many spans
    if not starts:
        return None
    start, count = starts.most_common(1)[0]
    return start if count >= _LEAST else None


def _year_starts(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _SPAN.finditer(text):
        first, last = _day_or_month(m.group("first")), _day_or_month(m.group("last"))
        if first is None or last is None:
            continue
        if last[1]:  # "Sep 2025 – Aug 2026": eleven months on
            whole = (last[0].year - first[0].year) * 12 + last[0].month - first[0].month == 11
        else:  # "1 September 2025 to 31 August 2026": a year less a day
            whole = not first[1] and 363 <= (last[0] - first[0]).days <= 366
        if whole:
            out.append((first[0].month, first[0].day))
    return out


def _day_or_month(text: str) -> tuple[dt.date, bool] | None:
    """The day written, or the first of the month written (and that it is a month)."""
    for f in figures.extract(text):
        if f.kind == "date":
            return dt.date.fromisoformat(f.value), False
        if f.kind == "month":
            return dt.date.fromisoformat(f.value + "-01"), True
    return None


def asked(question: str, timeframe: Timeframe, start: tuple[int, int] | None) -> Timeframe:
    """The question's timeframe, or the season or contract year it places relative to
    today ("last season"), when it names no time otherwise and the documents have years.
    A span of two years it names ("2028-2029") is one of the documents' years."""
    if start not in (None, (1, 1)) and timeframe.explicit and timeframe.period.years:
        return Timeframe(years.place(timeframe.period, start, None), timeframe.today, True)
    if timeframe.explicit or start is None:
        return timeframe
    step = -1 if _BACK.search(question) else 1 if _AHEAD.search(question) else 0
    if not step:
        return timeframe
    today = timeframe.today
    month, day = start
    begun = year_day(today.year, month, day)
    if begun > today:
        begun = year_day(today.year - 1, month, day)
    first = year_day(begun.year + step, month, day)
    last = year_day(first.year + 1, month, day) - dt.timedelta(days=1)
    return Timeframe(Period(first, last), today, True)


def year_day(year: int, month: int, day: int) -> dt.date:
    """The day a year begins on in `year` (29 February as the 28th in other years)."""
    return dt.date(year, month, min(day, 28) if month == 2 else day)
