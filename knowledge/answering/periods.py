"""The periods of figures: a table's period columns, and how well a period fits a question.

A rate table often gives one column per period ("2025-26 (2025-09-01 to 2026-08-31)",
"Year 2 from 2026-10-01", "Daily, from 1 July 2026"). Each such column's header is read
as the period of the figures under it, so a row yields one figure per period, each with
its own dates; a column that only gives a start ends the day before the next one starts,
and one that starts within another's ("Rate Schedule CY26/27" | "From 2026/09/01") gives
its figure from then, in place of the other's.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import calendar_parts, figures
from ..stated_periods import BACKDATED_TO, BEFORE_DAY, BEFORE_IN_HEADER, BY_DAY
from ..timeframe import YEAR_SPAN, Period, Timeframe, month_end

_YEAR = re.compile(r"(?<![\w.,$€£-])((?:19|20)\d{2})(?![\w%-])")
# a fiscal, school, contract or agreement year named by its prefix and short years:
# "FY26/27", "SY 2026-27", "CY26/27", "AY 2026/27";
# a season by "S" and two consecutive short years: "S26/27" (not a size, "S12-14")
_NAMED_YEARS = re.compile(
    r"\b(?:(?:FY|SY|CY|AY)\s?((?:19|20)?\d{2})\s?[-–/]\s?((?:19|20)?\d{2})|S(\d{2})[-–/](\d{2}))\b"
)


_FIRST_SEASON = 16  # "S26/27"; not a code such as "S09/10" or "Studio S12-13"


def named_years(text: str) -> tuple[str, str] | None:
    """The first and last years of a year or season named by a prefix and short years."""
    for m in _NAMED_YEARS.finditer(text):
        if m.group(1):
            if int(m.group(2)[-2:]) == (int(m.group(1)[-2:]) + 1) % 100:  # not "AY 12-14"
                return m.group(1), m.group(2)
            continue
        if int(m.group(4)) == int(m.group(3)) + 1 >= _FIRST_SEASON:
            return m.group(3), m.group(4)
    return None


MONTH_DAYS = 31
_UNTIL = re.compile(r"\b(to|until|through|au|jusqu|ending|ends?)\b", re.I)


def _dates(text: str) -> list[dt.date]:
    out = []
    for f in figures.extract(text):
        if f.kind == "date":
            try:
                out.append(dt.date.fromisoformat(f.value))
            except ValueError:
                continue
    return sorted(set(out))


# A span whose first day leaves its year to the last: "1 Oct - 31 Dec 2026",
# "1 October to 31 December 2026", "du 1er mars au 28 février 2027".
_SHORT_START = re.compile(
    rf"(?:^|\bfrom\s+|\bdu\s+)(\d{{1,2}})(?:er)?\s+({figures.MONTH_NAMES})\.?\s*"
    r"(?:-|–|—|to|until|through|au|à)\s+\d",
    re.I,
)


def _first(m: re.Match[str]) -> dt.date:
    return dt.date(int(m.group(2)), figures.MONTHS[m.group(1).lower()], 1)


def _before_day(cell: str) -> int | None:
    """How many days before a header's one date its figures end: 1 after "before" /
    "avant le" ("Principal photography begun before 1 April 2027"), 0 after "on or
    before"; None when neither is said."""
    found = [f for f in figures.extract(cell) if f.kind == "date"]
    at = cell.find(found[0].text) if found else -1
    head = cell[max(0, at - 40) : at] if at >= 0 else ""
    if BY_DAY.search(head):
        return 0
    return 1 if BEFORE_DAY.search(head) or BEFORE_IN_HEADER.search(head) else None


def header_period(cell: str) -> Period | None:
    """The period a column header names, or None when it names none."""
    dates = _dates(cell)
    if len(dates) >= 2:
        return Period(dates[0], dates[-1])
    if len(dates) == 1 and (m := _SHORT_START.search(cell.strip())):
        end = dates[0]
        month = figures.MONTHS[m.group(2).lower()]
        try:
            start = dt.date(end.year, month, int(m.group(1)))
            if start > end:  # "1 March to 28 February 2027" began the year before
                start = dt.date(end.year - 1, month, int(m.group(1)))
        except ValueError:
            start = None
        if start is not None:
            return Period(start, end)
    if len(dates) == 1 and (days := _before_day(cell)) is not None:  # "begun before 1 April"
        return Period(None, dates[0] - dt.timedelta(days=days))
    if len(dates) == 1:
        before = cell[: cell.find(str(dates[0].year))] if str(dates[0].year) in cell else cell
        # "until 30 June 2027", "au 30 juin"; not "rétroactive au 1er octobre 2026"
        ends = _UNTIL.search(before) is not None and BACKDATED_TO.search(before) is None
        return Period(None, dates[0]) if ends else Period(dates[0], None)
    months = list(figures.MONTH_YEAR.finditer(cell))
    if len(months) == 2:  # "Oct 2025 – Sep 2026"
        return Period(_first(months[0]), month_end(_first(months[1])))
    if len(months) == 1 and len(_YEAR.findall(cell)) == 1:
        # "Oct 2025", "from October 2025": the month the column's figures start, each
        # closed by the next column's start (chain); "until Oct 2025": they end with it
        if _UNTIL.search(cell[: months[0].start()]):
            return Period(None, month_end(_first(months[0])))
        return Period(_first(months[0]), None)
    m = YEAR_SPAN.search(cell)
    if named := (m.group(1), m.group(2)) if m else named_years(cell):
        first, last = named
        since = int(first) if len(first) == 4 else 2000 + int(first)
        until = int(last) if len(last) == 4 else since // 100 * 100 + int(last)
        if since < until <= since + 10:
            return Period(dt.date(since, 1, 1), dt.date(until, 12, 31), years=True)
    if part := calendar_parts.one(cell):  # "H2 2026", "premier semestre 2027", "Q3 2026"
        return Period(*part)
    years = _YEAR.findall(cell)
    if len(years) == 1:
        year = int(years[0])
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31))
    return None


def chain(periods: list[Period | None]) -> list[Period | None]:
    """Open-ended column periods closed by the next column's start ("Year 2 from 2026-10-01",
    "Year 3 from 2027-09-01": Year 2 ends on 2027-08-31)."""
    starts = sorted({p.start for p in periods if p is not None and p.start})
    out: list[Period | None] = []
    for p in periods:
        if p is not None and p.start and p.end is None:
            later = [s for s in starts if s > p.start]
            if later:
                p = Period(p.start, later[0] - dt.timedelta(days=1))
        out.append(p)
    return out


def fit(period: Period, timeframe: Timeframe) -> float:
    """How well a figure's period fits what the question asks about, from 0 to 1: a point
    in time (today, a date) fits a period that contains it; a span asked about ("2026-27")
    fits in proportion to the days they share, so the column of that very year wins over
    its neighbours; a month asked about ("in jan") is nearly a point in time: it fits in
    proportion to its own days the period holds."""
    asked = timeframe.period
    if not period.overlaps(asked):
        return 0.0
    if asked.start == asked.end or None in (period.start, period.end, asked.start, asked.end):
        return 1.0
    assert period.start and period.end and asked.start and asked.end
    shared = (min(period.end, asked.end) - max(period.start, asked.start)).days + 1
    if (asked.end - asked.start).days < MONTH_DAYS:
        return max(0.0, shared / ((asked.end - asked.start).days + 1))
    union = (max(period.end, asked.end) - min(period.start, asked.start)).days + 1
    return max(0.0, shared / union)


def column_period(header: str) -> Period | None:
    """A column header's period, when the header is about a period: explicit dates, a span
    of years, or a year with at most two other words ("2024", "Rate 2024") — "Amount under
    the 2023 agreement" names an agreement, not a period."""
    period = header_period(header)
    if period is None:
        return None
    words = re.findall(r"[^\W\d_]+", header)
    # "FY26/27 in force", "Rates by half-year, H2 2026"
    span = bool(YEAR_SPAN.search(header) or named_years(header) or calendar_parts.one(header))
    return period if gives_day(header) or span or len(words) <= 2 else None


def gives_day(header: str) -> bool:
    """Whether a header gives a day: "2025-09-01", "2026/09/01", "1 October 2026",
    "October 1, 2026", "1.7.2026"."""
    return any(f.kind == "date" for f in figures.extract(header))


def cuts_short(header: list[str]) -> bool:
    """Whether a table's header has a period column that starts within another's ("Rate
    Schedule CY26/27" | "From 2026/09/01"): its rows print the figures they replaced."""
    periods = chain([column_period(h) if j else None for j, h in enumerate(header)])
    return any(cut_from(p, periods) for p in periods)


def cut_from(period: Period | None, periods: list[Period | None]) -> dt.date | None:
    """The first day another column of the row starts within `period` and runs on to its
    end or past it: from then the row gives that column's figure ("Rate Schedule CY26/27"
    | "From 2026/09/01"). Only a column that names its first day cuts short (two spans of
    years, "2025/26" and "2026/27", overlap only until they are placed on the documents'
    year), and not one that ends before `period` does (a summer festival's rate within
    the year's)."""
    if period is None or period.start is None:
        return None
    starts = [
        p.start
        for p in periods
        if p is not None
        and p.start
        and not p.years
        and p.start > period.start
        and (period.end is None or p.start <= period.end)
        and (p.end is None or (period.end is not None and p.end >= period.end))
    ]
    return min(starts, default=None)
