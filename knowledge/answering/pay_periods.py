"""The pay period a term starts in, from the payroll's calendar.

"฿690.00 a segment from the first pay period beginning on or after 15 January 2027": the
day the figure applies from is the first day of a period the agreement does not list.
Asked which period, or on what pay date ("what date does that period start?", "à quelle
période de paie ?"), the answer quotes the calendar's line for it: the first period that
begins on or after the day (after it, for "after"), from the chunks that give pay periods
(`Structure.pay_calendars`, brought in by `apply` when the search missed them). None is
picked for "la première période de paie qui commence après la ratification": the day of
a vote is told in too many ways, some by sentences that only mention it. Without such a
term, asked on what pay date a figure is first paid, the period holding the day the
answer's figure applies from.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import figures
from ..engine import Engine
from ..pay_calendar import PAY_PERIOD, PayPeriod, is_calendar, periods
from ..search import Passage
from .amendments import bring
from .units import Unit

# asks which pay period, or on what pay date
ASKS_PERIOD = re.compile(
    r"\bpay\s*(?:period|date)s?\b|\bpayday\b|\bp[ée]riodes?\s+de\s+paie\b|"
    r"\bdate\s+de\s+paie\b|\bjour\s+de\s+paie\b",
    re.I,
)
MAX_CALENDARS = 4  # calendar chunks brought in for one question, at most
# the term: "first pay period beginning on or after 15 January 2027", "la première période
# de paie qui commence après la ratification"
_FIRST = re.compile(
    r"\bfirst\s+(?:full\s+)?pay(?:roll)?\s+period\s+(?:that\s+|which\s+)?"
    r"(?:beginning|starting|commencing|begins|starts|commences)\s+"
    r"(?P<rel>on\s+or\s+after|after|following)\s+(?P<rest>.{0,60})|"
    r"\bpremière\s+période\s+de\s+paie\s+(?:qui\s+)?(?:commen[cç]ant|commence|débutant|débute)\s+"
    r"(?P<rel_fr>le\s+ou\s+après\s+le|à\s+compter\s+du|dès\s+le|après)\s+(?P<rest_fr>.{0,60})",
    re.I,
)
_RATIFICATION = re.compile(r"^\W*(?:the\s+|la\s+|l['’])?ratifi", re.I)


def _trigger(text: str) -> tuple[dt.date, bool] | None:
    """The day a unit's term counts its first pay period from, and whether the period
    must begin strictly after it ("after"), or None."""
    m = _FIRST.search(text)
    if not m:
        return None
    rel = (m.group("rel") or m.group("rel_fr")).lower()
    rest = m.group("rest") or m.group("rest_fr")
    strict = rel.startswith(("after", "following", "après"))
    if _RATIFICATION.match(rest):
        # "after ratification": the day of the vote is told many ways, some of them by
        # sentences that only mention it; no period is picked from a guess
        return None
    days = [f.value for f in figures.extract(rest) if f.kind == "date"]
    return (dt.date.fromisoformat(days[0]), strict) if days else None


def apply(
    engine: Engine,
    question: str,
    units: list[Unit],
    passages: list[Passage],
    ranks: list[int] | None,
) -> list[Unit]:
    """Asked which pay period or pay date, when a unit names a first pay period and no
    passage gives pay periods: bring in the calendars' chunks and return their units."""
    if not ASKS_PERIOD.search(question):
        return []
    term = next((u for u in units if _FIRST.search(u.text)), None)
    if term is None or any(is_calendar(p.text) for p in passages):
        return []
    chunks = engine.pay_calendars()[:MAX_CALENDARS]
    if not chunks:
        return []
    rank = ranks[term.passage] if ranks is not None else 0
    return bring(passages, ranks, chunks, rank)


def with_period(
    question: str, lead: Unit, chosen: list[Unit], units: list[Unit], limit: int
) -> list[Unit]:
    """`chosen` with the calendar's line for the pay period the answer's term starts in
    (see the module's doc), in place of the least-scored supporting quote if there is no
    room; the lead stays first."""
    if not ASKS_PERIOD.search(question):
        return chosen
    # the calendar's lines: rows giving a period under a header or beside a note that
    # names pay periods or pay dates ("Pay date: 04.01.2027")
    calendar = [
        (u, p) for u in units if u.row and PAY_PERIOD.search(u.display) for p in periods(u.text)[:1]
    ]
    if not calendar:
        return chosen
    terms = [u for u in chosen if _FIRST.search(u.text)]
    trigger = next((t for u in terms if (t := _trigger(u.text))), None)
    if terms and trigger is None:
        return chosen  # a first pay period after a day the documents do not give
    if trigger is not None:
        day, strict = trigger
        after = [(u, p) for u, p in calendar if p.start > day or (p.start == day and not strict)]
        found = min(after, key=lambda x: x[1].start, default=None)
        if (
            found is not None
            and not _holds(found[1], day)
            and (found[1].start - day).days > (found[1].end - found[1].start).days + 1
        ):
            found = None  # a gap in the calendar: the period that follows the day is not there
    elif lead.period is not None and lead.period.start is not None:
        day = lead.period.start  # on what pay date the figure is first paid
        found = next(((u, p) for u, p in calendar if _holds(p, day)), None)
    else:
        return chosen
    if found is None or any(found[0] is c for c in chosen):
        return chosen
    rest = sorted((c for c in chosen if c is not lead), key=lambda c: c.score)
    if len(chosen) >= limit:
        if not rest:
            return chosen
        chosen = [c for c in chosen if c is not rest[0]]
    return [*chosen, found[0]]


def _holds(period: PayPeriod, day: dt.date) -> bool:
    return period.start <= day <= period.end
