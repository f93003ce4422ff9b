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
