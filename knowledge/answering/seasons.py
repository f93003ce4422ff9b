"""Seasons the documents define by days of the year, each year alike: "The winter-epidemic
season runs from 1 December to 15 March of the following year", "la saison hantée (du 15
septembre au 15 novembre)", and the one that is "the rest of the year" ("The rest of the
year is the normal season").

A rate given per season ("Isolation supplement, winter-epidemic season | ₡3,900";
"…, normal season | ₡2,600") applies on the days of its season. Asked about now or a
day, the figure of the season that day falls in answers: a row or sentence naming another
season is left out (`Unit.not_yet`, as one not in force then), when one naming the day's
season is among the units and the question names no season itself. A sentence naming
two seasons is left as it is. Read once per index generation; the words for a season are
an agreement's grammar, not any corpus's topic.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .. import figures
from ..generation import Generation
from ..timeframe import Timeframe
from .units import Unit

_MONTH = figures.MONTH_NAMES  # English and French, with their abbreviations
_DAY = rf"(\d{{1,2}})(?:st|nd|rd|th|er)?\s+({_MONTH})\.?(?!\w)"
_NO_YEAR = r"(?![,.]?\s*\d{4})"  # "from 1 December 2026": a period, not a season
_RANGE = rf"(?:from\s+|du\s+|de\s+|between\s+)?{_DAY}{_NO_YEAR}\s*(?:to|until|through|till|and|au|à|jusqu['’]au|–|-)\s*(?:the\s+|le\s+)?{_DAY}{_NO_YEAR}"
_NAME_EN = r"([a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
_NAME_FR = r"([\w'’-]+(?:\s+[\w'’-]+){0,2}?)"
_DEFINED = (
    re.compile(
        rf"\b(?:the\s+)?{_NAME_EN}[\s-]+season,?\s+(?:runs|lasts|goes|is|extends|covers)?\s*\(?{_RANGE}",
        re.I,
    ),
    re.compile(
        rf"\bla\s+saison\s+{_NAME_FR},?\s+\(?(?:va|court|s['’]étend|dure)?\s*{_RANGE}", re.I
    ),
    # an adjective before it: "la haute saison va du 15 juin au 31 août"
    re.compile(
        rf"\bla\s+([\w'’-]+)\s+saison,?\s+\(?(?:va|court|s['’]étend|dure)?\s*{_RANGE}", re.I
    ),
)
_REST = (
    re.compile(rf"\brest\s+of\s+the\s+year\s+is\s+(?:the\s+)?{_NAME_EN}\s+season\b", re.I),
    re.compile(rf"\breste\s+de\s+l['’]année\s+est\s+(?:la\s+)?saison\s+{_NAME_FR}[\s.,;]", re.I),
)
_NOT_A_NAME = frozenset("the a each every this that our your their same whole".split())
# words before a name that are no part of it: "in peak season", "during the high season"
_LEADING = re.compile(r"^(?:(?:in|during|for|throughout|the|a|an|this|each)\s+)+", re.I)


@dataclass(frozen=True)
class Season:
    name: str  # its words ("winter-epidemic", "hantée")
    start: tuple[int, int]  # (month, day)
    end: tuple[int, int]
    french: bool

    def contains(self, day: dt.date) -> bool:
        at = (day.month, day.day)
        if self.start <= self.end:
            return self.start <= at <= self.end
        return at >= self.start or at <= self.end  # across the new year

    def named_in(self, text: str) -> bool:
        return _naming(self.name, self.french).search(text) is not None


@lru_cache(maxsize=256)
def _naming(name: str, french: bool) -> re.Pattern[str]:
    """Where a text names a season: "winter-epidemic season", "off-season", "saison
    hantée", "haute saison"."""
    words = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", name))
    if french:
        return re.compile(rf"\bsaison\s+{words}\b|\b{words}\s+saison\b", re.I)
    return re.compile(rf"\b{words}[\s-]+season\b", re.I)


def read(generation: Generation) -> list[Season]:
    """The seasons the documents define by days of the year, and the rest of the year's."""
    seasons: dict[str, Season] = {}
    for record in generation.records:
        text = record.text
        if "season" not in text.lower() and "saison" not in text.lower():
            continue
        defined = []
        for french, pattern in enumerate(_DEFINED):  # 0: English, 1 and 2: French
            for m in pattern.finditer(text):
                name = _LEADING.sub("", m.group(1).strip().lower())
                if not name or name in _NOT_A_NAME:
                    continue
                d1, m1, d2, m2 = m.group(2), m.group(3), m.group(4), m.group(5)
                start = (figures.MONTHS[m1.lower()], int(d1))
                end = (figures.MONTHS[m2.lower()], int(d2))
                if not (_real(start) and _real(end)):  # "31 April": no season
                    continue
                season = Season(name, start, end, french > 0)
                seasons.setdefault(name, season)
                defined.append(season)
        for french, pattern in enumerate(_REST):
            rest = pattern.search(text)
            if rest and len(defined) == 1:  # the rest of the year, outside the one defined
                first = defined[0]
                name = rest.group(1).strip().lower()
                seasons.setdefault(
                    name, Season(name, _after(first.end), _before(first.start), bool(french))
                )
    return list(seasons.values())


def fit(question: str, units: list[Unit], timeframe: Timeframe, seasons: list[Season]) -> None:
    """Asked about now or a day, leave out the units naming a season that day is not in,
    when a unit naming the day's season is among them and the question names none."""
    if not seasons or any(s.named_in(question) for s in seasons):
        return
    period = timeframe.period
    day = period.start or timeframe.today
    if period.end is not None and period.end != day:
        return  # a span of days, not a day
    naming = {id(u): [s for s in seasons if s.named_in(u.display)] for u in units if u.figures}
    one = {k: v[0] for k, v in naming.items() if len(v) == 1}
    if not any(s.contains(day) for s in one.values()):
        return
    for u in units:
        season = one.get(id(u))
        if season is not None and not season.contains(day):
            u.not_yet = True


def _real(day: tuple[int, int]) -> bool:
    """Whether a (month, day) is a day of some year (29 February is)."""
    try:
        dt.date(2000, *day)
    except ValueError:
        return False
    return True


def _after(day: tuple[int, int]) -> tuple[int, int]:
    following = dt.date(2000, *day) + dt.timedelta(days=1)  # 2000: a leap year
    return following.month, following.day


def _before(day: tuple[int, int]) -> tuple[int, int]:
    previous = dt.date(2000, *day) - dt.timedelta(days=1)
    return previous.month, previous.day
