"""Figure questions about a time the documents found do not reach: "the session rate back
in 2019-2020" when their figures begin in 2022, "the feature minimum for 2029-2030" when
the agreement and its schedule run to March 2028. They do not say: the answerer declines
(answerer.py), as it does when they do not match the question (abstain.py)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .. import figures
from ..timeframe import NOW, YEAR_SPAN, month_end, question_timeframe, year_span
from .asks import asking
from .contract_years import year_day
from .cues import WANTS_FIGURE
from .units import Unit

if TYPE_CHECKING:
    from ..timeframe import Period, Timeframe
    from .asked_time import When

_DATED = ("date", "month", "year")
_DAY = dt.timedelta(days=1)
_BEST = 3  # the best-scored figures, those an answer would quote


def _asked(question: str, timeframe: Timeframe, read: When | None) -> Period | None:
    """The time a figure question asks about, read in what it asks only ("I joined in 2019,
    what is the session fee?" asks about no year) by `read` (asked_time.reader); None when
    it asks about none, or about now ("the current session fee", whatever the documents'
    dates)."""
    if not timeframe.explicit or not WANTS_FIGURE.search(question) or NOW.search(question):
        return None
    asked = asking(question)
    if not asked:
        when = timeframe
    else:
        when = read(asked) if read else question_timeframe(asked, timeframe.today)
    return when.period if when.explicit else None


def before_their_time(
    question: str, units: list[Unit], timeframe: Timeframe, read: When | None = None
) -> bool:
    """Whether a question asks for a figure at a time before any the passages found speak
    of: "the session rate back in 2019-2020" when their periods, and the years and dates
    they write, begin in 2022. Their figures are for later times: none of them answers."""
    asked = _asked(question, timeframe, read)
    if asked is None or asked.end is None or asked.end >= timeframe.today:
        return False
    days = [u.period.start for u in units if u.period is not None and u.period.start]
    for u in units:  # "In 2025 the union received 37 complaints" speaks of 2025
        for f in figures.extract(u.text):
            if f.kind in _DATED:
                days.append(dt.date(int(f.value[:4]), 1, 1))
    return bool(days) and asked.end < min(days)


def after_their_time(
    question: str,
    units: list[Unit],
    timeframe: Timeframe,
    titles: list[str] | None = None,
    named: list[Period] | None = None,
    read: When | None = None,
    year_start: tuple[int, int] | None = None,
) -> bool:
    """Whether a question asks for a figure at a future time after every year the passages
    found speak of: "the feature minimum for 2029-2030" when the agreement and its schedule
    run to March 2028. They do not say what it will be. `titles`: each passage's title;
    `named`: the periods the documents name ("Season 3", named_periods.py); `read`: the
    reader of asked times (asked_time.reader); `year_start`: the day the documents' years
    begin (contract_years.py)."""
    asked = _asked(question, timeframe, read)
    if asked is None or asked.start is None or asked.start <= timeframe.today:
        return False
    # a figure among the best that runs on with no end is in force then too, unless its
    # document's title gives the years it covers ("Rate Sheet 2025-2028") and they are
    # over, or it began within the periods the documents name ("Season 3 / 1 Sep 2027 –
    # 31 Aug 2028") and they are all over by then: the documents' own years end
    ends = [p.end for p in named or () if p.end is not None]
    last = max(ends) if ends and len(ends) == len(named or ()) else None
    best = sorted((u for u in units if u.figures), key=lambda u: -u.score)[:_BEST]
    if any(
        u.period is not None
        and u.period.end is None
        and not _covers_before(
            titles[u.passage] if titles else "", asked.start, year_start, u.period.start
        )
        and not (last and u.period.start and u.period.start <= last < asked.start)
        for u in best
    ):
        return False
    # the last day they speak of ("2028-2029" asked of an agreement that ends on 31 August
    # 2028 is after it); a year written alone ("the 2025-2028 Agreement") tells more only
    # when it is later than every day they write
    days = [d for u in units if u.period for d in (u.period.start, u.period.end) if d]
    years = []
    for u in units:
        for f in figures.extract(u.text):
            if f.kind == "year":
                years.append(int(f.value[:4]))
            elif f.kind in _DATED:
                days.append(_last_day(f.value))
    if years and (not days or max(years) > max(days).year):
        # "2025-2028" ends with the documents' year: on 31 August 2028 when theirs begin
        # on 1 September
        days.append(_year_end(max(years), year_start))
    return bool(days) and asked.start > max(days)


def _last_day(value: str) -> dt.date:
    """The last day of a date ("2028-08-31") or month ("2028-08") figure."""
    if len(value) >= 10:
        return dt.date.fromisoformat(value[:10])
    return month_end(dt.date(int(value[:4]), int(value[5:7]), 1))


def _covers_before(
    title: str, day: dt.date, year_start: tuple[int, int] | None, since: dt.date | None = None
) -> bool:
    """Whether `title` names a span of years ("2025-2028", "2026-27") that ends before
    `day`: with its last calendar year, or on the day before the documents' years begin
    in it ("Season 2026/27" ends on 31 August 2027 when they begin on 1 September). A
    figure whose own period begins `since` after that span (a row "From 6 April 2027
    (announced)" in the Rate Schedule 2026/27) is not bounded by it."""
    m = YEAR_SPAN.search(title)
    if m is None:
        return False
    first, last = year_span(m)
    end = _year_end(last, year_start)
    return first < last and end < day and not (since and since > end)


def _year_end(year: int, year_start: tuple[int, int] | None) -> dt.date:
    """The last day of the documents' year that ends in calendar `year`."""
    month, day = year_start or (1, 1)
    return year_day(year + ((month, day) == (1, 1)), month, day) - _DAY
