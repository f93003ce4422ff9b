"""When a question is about, and the periods terms apply in.

A question is about today unless it names a year ("in 2024", "en 2024"), a span of
years ("2023-24"), a half or quarter of one ("H1 2027", calendar_parts.py), a relative
year ("last year", "l'an dernier", "next year") or a date.
The period a row or sentence states is read in stated_periods.py.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import calendar_parts, figures

_LAST_YEAR = re.compile(
    r"\b(last year|l'an dernier|l’an dernier|l'année dernière|l’année dernière|l'an passé|l’an passé)\b",
    re.I,
)
_NEXT_YEAR = re.compile(
    r"\b(next (?:year|yr)|l['’]an prochain|l['’]année prochaine)\b",
    re.I,
)
_MONTH_NAME = figures.MONTH_NAMES
_RELATIVE_MONTH = re.compile(
    rf"\b(?:(last|this past|next|this coming)\s+({_MONTH_NAME})\.?"
    rf"|({_MONTH_NAME})\.?\s+(dernier|prochain))\b",
    re.I,
)
# "in jan", "en mars": the month coming (or this one), unless the question speaks of the past
_IN_MONTH = re.compile(
    rf"\b(?:in|en|during|pendant|this|au mois de|in early|in late|début|fin|starting|"
    rf"as of|à partir de|dès)\s+"
    rf"({_MONTH_NAME})\b\.?(?!\s*\d)",
    re.I,
)
PAST_TENSE = re.compile(
    # not "got booked for a shoot on dec 10": the booking is past, the work to come
    r"\b(?:was|were|did|worked|had|earned|got(?!\s+(?:booked|called|hired|cast|asked|offered))|"
    r"ago|started|began|était|étais|avait|avais|j'ai|"
    r"j’ai|ai été|ai travaillé|ai fait|a commencé|a débuté)\b",
    re.I,
)
_THIS_YEAR = re.compile(r"\b(this year|cette année)\b", re.I)
# A day without its year: "from jan 1", "on feb 3rd", "le 1er janvier", "10 déc."
_MONTH_DAY = re.compile(
    rf"\b(?:({_MONTH_NAME})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:er|st|nd|rd|th)?\s+"
    rf"({_MONTH_NAME})\.?)(?![\w'’])(?!,?\s*(?:19|20)\d\d)(?!\s*[:h]\s*\d)",
    re.I,
)
# a span of months: "jul-oct", "July to October 2026", "de juillet à octobre", "from
# March through May"
_MONTH_RANGE = re.compile(
    rf"\b({_MONTH_NAME})\.?\s*(?:-|–|to|through|until|à|au|jusqu['’]en)\s*({_MONTH_NAME})\b\.?"
    r"(?:\s+((?:19|20)\d\d)\b)?",
    re.I,
)
# "2023-24", "2023–2024", "2023/24": a span of years, often a contract or season year.
# "2025-2028", "2026-27"; not a date ("2025-11-01") or an amount
YEAR_SPAN = re.compile(r"(?<![\w.,$€£-])((?:19|20)\d{2})\s?[-–/]\s?((?:19|20)?\d{2})(?![\w%-])")


def year_span(m: re.Match[str]) -> tuple[int, int]:
    """The first and last years of a YEAR_SPAN match ("2026-27": 2026, 2027)."""
    since, last = int(m.group(1)), m.group(2)
    return since, int(last) if len(last) == 4 else since // 100 * 100 + int(last)


_IN_YEAR = re.compile(
    r"\b(?:in|en|during|pendant|for|pour|back in|starting(?: in)?|as of|by|à partir de|dès|"
    r"d['’]ici)\s+((?:19|20)\d{2})\b",
    re.I,
)
# "tomorrow", "demain" (group 1); "yesterday", "hier"
_NEXT_DAY = re.compile(r"\b(?:(tomorrow|(?<!-)demain)|(yesterday|(?<!-)hier))\b", re.I)
# "next month", "le mois dernier": the month after or before this one
_NEXT_MONTH = re.compile(r"\b(?:next|coming) month\b|\bmois prochain\b", re.I)
_LAST_MONTH = re.compile(r"\b(?:last|past|previous) month\b|\bmois (?:dernier|passé)\b", re.I)
NOW = re.compile(
    r"\b(now|current(?:ly)?|today|these days|at the moment|right now|still|maintenant|"
    r"actuel(?:le|lement)?|aujourd'hui|aujourd’hui|en ce moment|en vigueur|toujours|encore(?!\s+(?:plus|moins|un|une|des|mieux)\b))\b",
    re.I,
)


@dataclass(frozen=True)
class Period:
    start: dt.date | None
    end: dt.date | None
    # read from a span of years ("2026-2027"), not from dates: see answering/years.py
    years: bool = field(default=False, compare=False)

    def contains(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def overlaps(self, other: Period) -> bool:
        return (self.start is None or other.end is None or self.start <= other.end) and (
            self.end is None or other.start is None or other.start <= self.end
        )

    def ended_before(self, day: dt.date) -> bool:
        return self.end is not None and self.end < day

    def describe(self, language: str) -> str:
        def f(d: dt.date | None) -> str:
            return d.isoformat() if d else ""

        if self.start and self.end:
            return f"{f(self.start)} → {f(self.end)}"
        if self.start:
            return ("depuis le " if language == "fr" else "from ") + f(self.start)
        if self.end:
            return ("jusqu'au " if language == "fr" else "until ") + f(self.end)
        return ""


@dataclass(frozen=True)
class Timeframe:
    """What a question asks about: a period, and whether it asked about now explicitly."""

    period: Period
    today: dt.date
    explicit: bool  # the question named a time

    @property
    def is_now(self) -> bool:
        return self.period.contains(self.today) and (
            self.period.start == self.period.end or not self.explicit
        )


# "before April 2026", "avant le 1er avril 2026": the time up to the day before the one named
# right after it (not "before 7am on 3 March": a time of that day)
_M = figures.MONTH_NAMES
_BEFORE = re.compile(
    rf"\b(?:before|prior\s+to|avant)\s+(?:the\s+|le\s+|l['’])?"
    rf"(\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{_M})\.?(?:\s+(?:19|20)\d\d)?|"
    rf"(?:{_M})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?(?:\s+(?:19|20)\d\d)?|"
    rf"\d{{4}}-\d\d-\d\d|\d{{1,2}}/\d{{1,2}}/\d{{4}})\b",
    re.I,
)


def question_timeframe(question: str, today: dt.date) -> Timeframe:
    """The time a question asks about, as of `today`: the day, month, year or span it
    names (up to the day before it, when that day or month is named right after
    "before"), else today."""
    timeframe = _named_time(question, today)
    start = timeframe.period.start
    if not timeframe.explicit or start is None or start > today:
        return timeframe
    for m in _BEFORE.finditer(question):
        named = _named_time(m.group(1), today).period.start
        if named == start:  # the day read is the one named after "before"
            return Timeframe(Period(None, start - dt.timedelta(days=1)), today, True)
    return timeframe


def _named_time(question: str, today: dt.date) -> Timeframe:
    if m := YEAR_SPAN.search(question):
        since, until = year_span(m)
        if since < until <= since + 10:
            # "2026-27" may be one contract year: contract_years.asked places it
            years = until == since + 1
            period = Period(dt.date(since, 1, 1), dt.date(until, 12, 31), years=years)
            return Timeframe(period, today, True)
    if part := calendar_parts.one(question):  # "in H1 2027", "au premier semestre 2027"
        return Timeframe(Period(*part), today, True)
    if m := _IN_YEAR.search(question):
        year = int(m.group(1))
        return Timeframe(Period(dt.date(year, 1, 1), dt.date(year, 12, 31)), today, True)
    if _LAST_YEAR.search(question):
        year = today.year - 1
        return Timeframe(Period(dt.date(year, 1, 1), dt.date(year, 12, 31)), today, True)
    if _NEXT_YEAR.search(question):
        year = today.year + 1
        return Timeframe(Period(dt.date(year, 1, 1), dt.date(year, 12, 31)), today, True)
    if (m := _MONTH_RANGE.search(question)) and (span := _months(m, today, question)):
        return Timeframe(span, today, True)
    found = figures.extract(question)
    dates = [f for f in found if f.kind == "date"]
    if dates:
        day = dt.date.fromisoformat(dates[0].value)
        return Timeframe(Period(day, day), today, True)
    months = [f for f in found if f.kind == "month"]
    if (m := _MONTH_DAY.search(question)) and (near := _nearest_day(m, today, question, months)):
        return Timeframe(Period(near, near), today, True)
    if months:
        return _month(dt.date.fromisoformat(months[0].value + "-01"), today)
    if m := _RELATIVE_MONTH.search(question):
        # "last september", "septembre dernier": the latest one before this month;
        # "next march", "mars prochain": the first one after it
        name = (m.group(2) or m.group(3)).lower().rstrip(".")
        back = bool(m.group(1) and m.group(1).lower() in ("last", "this past")) or bool(
            m.group(4) and m.group(4).lower() == "dernier"
        )
        month = figures.MONTHS[name]
        year = today.year - (month >= today.month) if back else today.year + (month <= today.month)
        return _month(dt.date(year, month, 1), today)
    if m := _IN_MONTH.search(question):
        month = figures.MONTHS[m.group(1).lower()]
        if PAST_TENSE.search(question):  # "what was I owed in march": the latest one
            year = today.year - (month > today.month)
        else:  # "doing a session in jan": the coming one
            year = today.year + (month < today.month)
        return _month(dt.date(year, month, 1), today)
    if m := _NEXT_DAY.search(question):  # "shoot tomorrow" on 31 December: next year's rate
        day = today + dt.timedelta(days=1 if m.group(1) else -1)
        return Timeframe(Period(day, day), today, True)
    this_month = dt.date(today.year, today.month, 1)
    if _NEXT_MONTH.search(question):
        return _month((this_month + dt.timedelta(days=32)).replace(day=1), today)
    if _LAST_MONTH.search(question):
        return _month((this_month - dt.timedelta(days=1)).replace(day=1), today)
    if _THIS_YEAR.search(question):
        return Timeframe(Period(today, today), today, True)
    return Timeframe(Period(today, today), today, bool(NOW.search(question)))


def _nearest_day(
    m: re.Match[str], today: dt.date, question: str, months: list[figures.Figure]
) -> dt.date | None:
    """The day of "jan 1" / "le 3 février": the coming one, or in the past tense ("worked
    on nov 5") the latest one; None when no such day exists ("feb 30")."""
    month = figures.MONTHS[(m.group(1) or m.group(4)).lower().rstrip(".")]
    number = int(m.group(2) or m.group(3))
    # "en février 2027 … un contrat le 12 février": the year the question gives that month
    # (`months`: the question's months with their years)
    for f in months:
        if int(f.value[5:7]) == month:
            try:
                return dt.date(int(f.value[:4]), month, number)
            except ValueError:
                return None
    days = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            days.append(dt.date(year, month, number))
        except ValueError:
            return None
    if PAST_TENSE.search(question):
        return max(d for d in days if d <= today)
    # the coming one, unless it is a day of the last few months ("my shoot on nov 28",
    # asked on 3 December): a member rarely asks about a day most of a year away
    last = max(d for d in days if d <= today)
    coming = min(d for d in days if d >= today)
    if _FUTURE.search(question):
        return coming
    return last if (today - last).days <= _RECENT_DAYS < (coming - today).days else coming


_RECENT_DAYS = 120  # a day without its year this recent, and not coming soon, is past
_FUTURE = re.compile(
    r"\b(?:will|going to|gonna|next|upcoming|coming|booked|scheduled|vais|va|allons|prochain\w*)\b",
    re.I,
)


def _months(m: re.Match[str], today: dt.date, question: str) -> Period | None:
    """The months of "jul-oct" / "July to October 2026": of the year given, else the span
    that holds today, else the last one in the past tense or when it ended in the last few
    months and the next is not near, else the coming one."""
    first, last = (figures.MONTHS[m.group(i).lower().rstrip(".")] for i in (1, 2))
    if first == last or re.search(
        r"\b(?:i|you|we|they|he|she|it)\s+$", question[: m.start()], re.I
    ):
        return None  # "we may to …": a verb

    def span(end_year: int) -> Period:
        start = dt.date(end_year - (first > last), first, 1)
        return Period(start, month_end(dt.date(end_year, last, 1)))

    if m.group(3):
        return span(int(m.group(3)))
    spans = [span(year) for year in (today.year - 1, today.year, today.year + 1)]
    if holding := [p for p in spans if p.contains(today)]:
        return holding[0]
    ended = max((p for p in spans if p.end and p.end < today), key=lambda p: p.end or today)
    coming = min((p for p in spans if p.start and p.start > today), key=lambda p: p.start or today)
    if PAST_TENSE.search(question):
        return ended
    assert ended.end is not None and coming.start is not None
    recent = (today - ended.end).days <= _RECENT_DAYS < (coming.start - today).days
    return ended if recent and not _FUTURE.search(question) else coming


def _month(first: dt.date, today: dt.date) -> Timeframe:
    return Timeframe(Period(first, month_end(first)), today, True)


def month_end(day: dt.date) -> dt.date:
    """The last day of `day`'s month."""
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
