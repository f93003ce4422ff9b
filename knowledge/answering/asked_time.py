"""When a question, and each of its asks, is about: the time it names ("in march 2027",
"next month"), else the period it names by the documents' name for it ("Season 3",
named_periods.py) or places relative to today by the documents' own years ("last
season", contract_years.py), else today.

"The day rate rn, and does it change next season?" asks now, then next season: each ask
that names a time of its own is fitted with it (scoring.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..timeframe import Period, Timeframe, question_timeframe
from . import contract_years, named_periods

When = Callable[[str], Timeframe]


def reader(
    today: dt.date, periods: dict[tuple[str, int], Period], year_start: tuple[int, int] | None
) -> When:
    """The time a text asks about, as of `today`, with the documents' named periods and
    the day their years begin."""

    def when(text: str) -> Timeframe:
        timeframe = named_periods.asked(text, question_timeframe(text, today), periods)
        return contract_years.asked(text, timeframe, year_start)

    return when


def ask_frames(asks: list[str], timeframe: Timeframe, when: When) -> dict[int, Timeframe]:
    """The asks (numbered from 1) that name a time of their own, other than the whole
    question's: "the day rate rn, and does it change in january?" asks now, then January."""
    out = {}
    for i, ask in enumerate(asks, 1):
        own = when(ask)
        if own.explicit and own.period != timeframe.period:
            out[i] = own
    return out
