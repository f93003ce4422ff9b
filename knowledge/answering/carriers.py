"""Which units carry the figure a question asks for: an amount, a share or a length of time
("how much", "how long"), or a day ("when is the next meeting?", "c'est quand ?"). The
best of them are quoted even when a sentence without a figure matches the question's words
better ("The committee records this memorandum at its next meeting"); asked about the next
one, a day that has come is no answer to it."""

from __future__ import annotations

import datetime as dt
import re

from .. import figures
from ..timeframe import PAST_TENSE
from .cues import ASKS_AMOUNT, ASKS_PAST
from .kinds import wanted_kinds
from .units import Unit

DAY_MATCH = 0.5  # a day's sentence matches the question at least this share of the best
# Asks on what day, in so many words: "when is the next meeting?", "c'est quand ?", "quel
# jour ?", "à quelle heure ?" (not a condition: "when I wrap at 2 a.m., how much is …?")
ASKS_DAY = re.compile(
    r"\bwhen(?:['’]s|\s+(?:is|are|was|were|does|do|did|will|would|can|should|has|have)\b)|"
    r"\bwhat (?:date|day|time)\b|\bquelle date\b|\bquel jour\b|\bà quelle heure\b|"
    r"\bc['’]est quand\b|\bquand\s*\?|^\W*quand\b|\bquand\s+(?:est|a lieu|aura|sera|se tient)\b",
    re.I,
)
# the next one of something (not "the next day", which dates a rule's terms)
_NEXT = re.compile(
    r"\b(?:next|prochaine?s?)\b(?!\s+(?:day|days|morning|week|month|year|jour|semaine|mois))|"
    r"\bupcoming\b|\bà venir\b",
    re.I,
)
# what something is, asked ("what's the …", "quel est le …"): not "is it paid?"
_WHATS = re.compile(r"\bwhat(?:['’]?s|\s+is|\s+are)\b|\bquel(?:le)?s?\s+(?:est|sont)\b", re.I)
_DAYS = {"date", "weekday", "month"}  # what gives a day (a time of day alone does not)


def wanted_carriers(
    question: str, ranked: list[Unit], chosen: list[Unit], today: dt.date, least: float
) -> list[Unit]:
    """The units, best first, that carry the figure asked for; asked an amount and a share
    together ("the base rate and the weekend premium"), the best carrier of each matching
    the question at `least` of the best first. A day asked, and no amount: the days in a
    passage the answer quotes or in a sentence matching at DAY_MATCH of the best, coming
    ones when the next is asked; none when a unit already `chosen` gives such a day."""
    wanted = wanted_kinds(question)
    # "whats the meal penalty rn": a sum asked for by its name, without "how much"
    asked = bool(ASKS_AMOUNT.search(question))
    named = not asked and "money" in wanted and bool(_WHATS.search(question))
    amount = asked or named
    if not amount and not ASKS_DAY.search(question):
        return []
    carriers = [u for u in ranked if wanted & u.kinds]
    asks_past = PAST_TENSE.search(question) or ASKS_PAST.search(question)
    if named and not asks_past and any(wanted & c.kinds and not _ended(c, today) for c in chosen):
        # the answer gives the sum named, in force, and the past is not asked about: one
        # that has lapsed ("a temporary supplement … lapses on 31 October") adds nothing
        carriers = [u for u in carriers if not _ended(u, today)]
    best = max((u.match for u in ranked), default=0.0)
    if not amount:
        quoted = {c.passage for c in chosen}
        days = _of_year(question, [u for u in carriers if _DAYS & u.kinds], today)
        if _coming(question, [u for u in chosen if u in days], today):
            return []
        close = [u for u in days if u.passage in quoted or u.match >= DAY_MATCH * best]
        return _coming(question, close, today)
    both = sorted(wanted & {"money", "pct"}) if wanted >= {"money", "pct"} else []
    matching = [u for u in carriers if u.match >= least * best]
    firsts = [next((u for u in matching if kind in u.kinds), None) for kind in both]
    best_each = list({id(u): u for u in firsts if u is not None}.values())  # units by identity
    ahead = {id(u) for u in best_each}
    return sorted(best_each, key=lambda u: -u.score) + [u for u in carriers if id(u) not in ahead]


def _ended(u: Unit, today: dt.date) -> bool:
    return u.period is not None and u.period.ended_before(today)


# the year a day is asked in: "when is the motor show next year?", "c'est quand l'an
# prochain ?", "when in 2027?"
_NEXT_YEAR = re.compile(r"\bnext\s+year\b|\bl['’]an\s+prochain\b|\bl['’]année\s+prochaine\b", re.I)
_IN_YEAR = re.compile(r"\b(?:in|en)\s+((?:19|20)\d\d)\b", re.I)


def _of_year(question: str, units: list[Unit], today: dt.date) -> list[Unit]:
    """The units giving a day of the year the question asks about ("next year", "in
    2027"); all of them when it names none. A day of another year ("engaged before 1
    October 2026") is no answer to "when is it next year?"."""
    if _NEXT_YEAR.search(question):
        year = str(today.year + 1)
    elif m := _IN_YEAR.search(question):
        year = m.group(1)
    else:
        return units
    return [
        u
        for u in units
        if any(
            f.kind in ("date", "month") and str(f.value).startswith(year)
            for f in figures.extract(u.text)
        )
    ]


def _coming(question: str, units: list[Unit], today: dt.date) -> list[Unit]:
    """The units stating a day or month from `today` on, when the next one is asked;
    else all of them."""
    if not _NEXT.search(question):
        return units
    day, month = today.isoformat(), today.isoformat()[:7]
    return [
        u
        for u in units
        if any(
            (f.kind == "date" and str(f.value) >= day)
            or (f.kind == "month" and str(f.value) >= month)
            for f in figures.extract(u.text)
        )
    ]
