"""Contract years named by their two calendar years: "Agreement year: 2026-2027", "2026–27".

A table may key its rows by such a year and leave the year's first day to another page
("1 July 2025 – 30 June 2026", a schedule's rows "1 Jul 2026 - 30 Jun 2027"). Read alone,
the span covers both calendar years, so the 2026-2027 row would still seem in force in
July 2027 beside the 2027-2028 one. The documents say where their years begin: the
periods they write out that run one year across two calendar years mostly start on the
same day. A span of two consecutive years is placed on that day, and a row of a document
that took effect within that year runs from the document's start (an amendment does not
pay back). Documents whose years run with the calendar write no such period: their spans
are left as they read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from .. import figures
from ..timeframe import Period
from .periods import header_period

MIN_SEEN = 2  # one-year periods starting on the same day, for that day to be the years' start
_PIECE = re.compile(r"[^|\n;]{8,160}")  # a cell, a line or a clause: where a period is written
_YEAR = re.compile(r"(?:19|20)\d{2}")
_DATE_WORD = re.compile(rf"\b(?:{figures.MONTH_NAMES})\b|\d{{4}}-\d{{2}}-\d{{2}}|\d/\d", re.I)


# a year defined by its days, without its years: "A season runs from 1 September to the
# next 31 August", "l'année contractuelle va du 1er juillet au 30 juin suivant"
_DAY_MONTH = rf"(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({figures.MONTH_NAMES})\b\.?"
_DEFINED = re.compile(
    rf"\b(?:from|du)\s+(?:the\s+)?{_DAY_MONTH}\s+(?:to|until|au|jusqu['’]au)\s+"
    rf"(?:the\s+(?:next|following)\s+)?{_DAY_MONTH}(?!\s*(?:,\s*)?(?:19|20)\d\d)",
    re.I,
)


# what such a year is called, before its days: a season, a contract or fiscal year; not a
# paid-holiday reference year ("la période de référence des congés va du 1er juin au 31 mai")
_YEAR_NAME = re.compile(
    r"\b(?:seasons?|saisons?|(?:contract|agreement|fiscal|financial|pay|academic)\s+years?|"
    r"années?\s+(?:contractuelles?|financières?|budgétaires?)|exercices?)\b",
    re.I,
)
_NOT_A_YEAR = re.compile(
    r"\b(?:r[ée]f[ée]rence|cong[ée]s?|leave|holidays?|vacances|vacation)", re.I
)
_NAMED_WITHIN = 80  # characters before "from" where the year's name is written


def defined(text: str) -> list[tuple[int, int]]:
    """The first days of the seasons or contract years `text` defines by their days ("A
    season runs from 1 September to the next 31 August"): a span that ends the day before
    it starts again."""
    out = []
    for m in _DEFINED.finditer(text):
        before = re.split(r"[.;\n]", text[max(0, m.start() - _NAMED_WITHIN) : m.start()])[-1]
        if not _YEAR_NAME.search(before) or _NOT_A_YEAR.search(before):
            continue
        day, month, end_day, end_month = m.groups()
        try:
            start = dt.date(2001, figures.MONTHS[month.lower()], int(day))
            end = dt.date(2002, figures.MONTHS[end_month.lower()], int(end_day))
        except (KeyError, ValueError):
            continue
        if end - start == dt.timedelta(days=364):
            out.append((start.month, start.day))
    return out


def year_start(texts: list[str]) -> tuple[int, int] | None:
    """The (month, day) the one-year periods written in `texts` most often start on, when
    at least MIN_SEEN of them do, or a year defined by its days counts as MIN_SEEN; None
    when they write none."""
    seen: Counter[tuple[int, int]] = Counter()
    for text in texts:
        for first in defined(text):
            seen[first] += MIN_SEEN
        for m in _PIECE.finditer(text):
            piece = m.group(0)
            if not _YEAR.search(piece) or len(_DATE_WORD.findall(piece)) < 2:
                continue
            period = header_period(piece)
            if period is None or period.start is None or period.end is None:
                continue
            start, end = period.start, period.end
            if end.year == start.year + 1 and 360 <= (end - start).days <= 366:
                seen[(start.month, start.day)] += 1
    if not seen:
        return None
    (month, day), n = seen.most_common(1)[0]
    return (month, day) if n >= MIN_SEEN else None


def place(period: Period, start: tuple[int, int] | None, opened: dt.date | None) -> Period:
    """`period`, read from a span of two consecutive years, on the corpus's year `start`;
    from `opened` (its document's start) when that falls within it."""
    if not period.years or period.start is None or period.end is None:
        return period
    first, last = period.start.year, period.end.year
    if start is None or last != first + 1:
        return period
    month, day = start
    try:
        begin = dt.date(first, month, day)
        end = dt.date(last, month, day) - dt.timedelta(days=1)
    except ValueError:  # "29 February"
        return period
    if opened is not None and begin < opened <= end:
        begin = opened
    return Period(begin, end)


def anniversary(start: dt.date, year: int) -> dt.date:
    """The last day of a term of whole years that began on `start` and is named for its
    years up to `year`: the day before `start`'s anniversary in `year` (1 October 2026 →
    30 September 2029), or the end of `year` for a term begun on 1 January."""
    if (start.month, start.day) == (1, 1):  # "2026–2029" from 1 January: to the end of 2029
        return dt.date(year, 12, 31)
    try:
        return dt.date(year, start.month, start.day) - dt.timedelta(days=1)
    except ValueError:  # "29 February"
        return dt.date(year, start.month, start.day - 1)


def next_term(starts: dict[tuple[int, int], dt.date], span: tuple[int, int]) -> dt.date | None:
    """The day the term named for the years after `span` took effect, when one is known
    and begins in `span`'s last year ("2023–2026" is followed by "2026–2029", which took
    effect on 1 April 2026); else None."""
    found = [day for (first, last), day in starts.items() if first == span[1] and last > first]
    return min(found) if len(found) == 1 and span[0] < span[1] else None


def same_day(day: dt.date, year: int) -> dt.date:
    """`day`'s month and day in `year` (28 February for a 29 February)."""
    try:
        return dt.date(year, day.month, day.day)
    except ValueError:
        return dt.date(year, day.month, day.day - 1)
