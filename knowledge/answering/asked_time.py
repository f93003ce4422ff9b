"""When a question, and each of its asks, is about: the time it names ("in march 2027",
"next month"), else the period it names by the documents' name for it ("Season 3",
named_periods.py) or places relative to today by the documents' own years ("last
season", contract_years.py), else today.

"The day rate rn, and does it change next season?" asks now, then next season: each ask
that names a time of its own is fitted with it (scoring.py)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..figures import JOURS, MONTH_NAMES, WEEKDAY, WEEKDAYS, extract, weekday_number
from ..generation import Generation
from ..timeframe import PAST_TENSE, Period, Timeframe, question_timeframe
from . import contract_years, named_periods

When = Callable[[str], Timeframe]


def reader(
    today: dt.date, periods: dict[tuple[str, int], Period], year_start: tuple[int, int] | None
) -> When:
    """The time a text asks about, as of `today`, with the documents' named periods and
    the day their years begin."""

    def read(text: str) -> Timeframe:
        timeframe = named_periods.asked(text, question_timeframe(text, today), periods)
        return contract_years.asked(text, timeframe, year_start)

    def when(text: str) -> Timeframe:
        timeframe = read(text)
        asking = " ".join(_ASKING.findall(text))
        if timeframe.explicit and not timeframe.is_now and asking and asking != text.strip():
            # "booth rate for my daughter now? she got 168 in march": the ask says when,
            # not the member's account of what happened
            own = read(asking)
            # not when the ask is about the past ("… $309 now, did they shortchange me?")
            if own.is_now and _NOW_ASKED.search(asking) and not PAST_TENSE.search(asking):
                return own
        return timeframe

    return when


# the sentences that ask (ending in "?"), apart from those that tell
_ASKING = re.compile(r"[^.!?\n]*\?")
# a time an ask names as now: not "still" ("tmrw … cancelled. do i still get paid?")
_NOW_ASKED = re.compile(
    r"\b(?:now|currently|today|these days|at the moment|maintenant|actuellement|"
    r"aujourd['’]hui|en ce moment|présentement)\b",
    re.I,
)


def ask_frames(asks: list[str], timeframe: Timeframe, when: When) -> dict[int, Timeframe]:
    """The asks (numbered from 1) that name a time of their own, other than the whole
    question's: "the day rate rn, and does it change in january?" asks now, then January."""
    out = {}
    for i, ask in enumerate(asks, 1):
        own = when(ask)
        if own.explicit and own.period != timeframe.period:
            out[i] = own
    return out


# a day named by its weekday, written out or cut short ("Fri 15 Jan", "ven. 15 janv.")
_NAMES_A_DAY = re.compile(
    rf"\b(?:(?:{'|'.join(WEEKDAYS + JOURS)})s?|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"lun|mer|jeu|ven|sam|dim)\b",
    re.I,
)
_MONTH = rf"(?:{MONTH_NAMES})\.?"  # a month's name, written out or cut short
# "Sunday to Thursday", "du lundi au jeudi", "Mon–Thu" (named in full)
_RANGE = re.compile(
    rf"\b({'|'.join(WEEKDAYS + JOURS)})s?\s*(?:to|through|thru|until|till|-|–|—|au|à)\s*"
    rf"({'|'.join(WEEKDAYS + JOURS)})s?\b",
    re.I,
)


def priced_weekdays(generation: Generation) -> dict[int, str]:
    """The weekdays (0 is Monday) a line of the documents names beside an amount of
    money, each with the words that name it there: "Friday or Saturday: 22,400 ₸" prices
    Friday as "Friday"; a table's row "| Sunday to Thursday | 19,400 ₸ |" prices Wednesday
    as "Sunday to Thursday"."""
    days: dict[int, str] = {}
    for record in generation.records:
        for line in record.text.splitlines():
            if not WEEKDAY.search(line) or not any(f.kind == "money" for f in extract(line)):
                continue
            # a range only in a table's row: "Monday to Friday" in prose is as often an
            # office's hours beside a charge as whose fee it is
            for m in _RANGE.finditer(line) if line.lstrip().startswith("|") else ():
                first, last = weekday_number(m.group(1)), weekday_number(m.group(2))
                for k in range((last - first) % 7 + 1):
                    days.setdefault((first + k) % 7, m.group(0))
            for m in WEEKDAY.finditer(line):
                days.setdefault(weekday_number(m.group(1)), m.group(1))
    return days


def with_weekday(text: str, timeframe: Timeframe, language: str, priced: dict[int, str]) -> str:
    """`text` with the weekday of the one day it names by its number and month ("on 15
    January 2027" asks about a Friday: "on 15 January 2027 (Friday)"), and the words that
    price it in the documents when they differ ("(Wednesday, Sunday to Thursday)"), when
    it names no weekday and the documents price that weekday (`priced`)."""
    start = timeframe.period.start
    if (
        not timeframe.explicit
        or timeframe.is_now  # "rn", "ajd": not a day the member names
        or start is None
        or start != timeframe.period.end
        or _NAMES_A_DAY.search(text)
    ):
        return text
    day = rf"0?{start.day}(?:st|nd|rd|th|er)?"
    written = re.search(
        rf"\b(?:{day}\s+{_MONTH}|{_MONTH}\s+{day})(?!\w)(?:,?\s+\d{{4}}\b)?", text, re.I
    )
    weekday = start.weekday()
    if written is None or weekday not in priced:
        return text
    name = (JOURS if language == "fr" else WEEKDAYS)[weekday].capitalize()
    named = priced[weekday]
    alone = named.lower() in WEEKDAYS + JOURS  # "Friday", not "Sunday to Thursday"
    said = name if alone else f"{name}, {named}"
    return f"{text[: written.end()]} ({said}){text[written.end() :]}"
