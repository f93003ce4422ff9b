"""Seasons the documents define by days of the year, each year alike: "The winter-epidemic
season runs from 1 December to 15 March of the following year", "la saison hantée (du 15
septembre au 15 novembre)", the one that is "the rest of the year" ("The rest of the year
is the normal season"), and periods named by a code ("T1 from 1 January to 30 April").

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
from calendar import isleap
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .. import figures
from ..engine import Engine
from ..generation import Generation
from ..search import Passage
from ..timeframe import Period, Timeframe
from .amendments import bring
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
# a period named by a code, each year alike: "T1 from 1 January to 30 April, T2 from 1 May
# to 31 August" (tertials), "Q3: 1 July to 30 September"; its rows say "T2 rate"
_CODED = re.compile(rf"(?<![\w-])([A-Z]{{1,2}}\d{{1,2}})(?![\w-])\s*(?:[:=(–-]\s*)?(?i:{_RANGE})")
_NOT_A_NAME = frozenset("the a each every this that our your their same whole".split())
# words before a name that are no part of it: "in peak season", "during the high season"
_LEADING = re.compile(r"^(?:(?:in|during|for|throughout|the|a|an|this|each)\s+)+", re.I)


@dataclass(frozen=True)
class Season:
    name: str  # its words ("winter-epidemic", "hantée")
    start: tuple[int, int]  # (month, day)
    end: tuple[int, int]
    french: bool
    coded: bool = False  # a code ("T2"), written as it is, not a name before "season"
    source: str = field(default="", compare=False)  # the document defining a code

    def contains(self, day: dt.date) -> bool:
        at = (day.month, day.day)
        if self.start <= self.end:
            return self.start <= at <= self.end
        return at >= self.start or at <= self.end  # across the new year

    def around(self, day: dt.date) -> Period:
        """The days of this season that `day` falls in (it does)."""
        if self.start <= self.end:
            first, last = day.year, day.year
        else:  # across the new year
            first = day.year if (day.month, day.day) >= self.start else day.year - 1
            last = first + 1
        return Period(_in_year(first, *self.start), _in_year(last, *self.end))

    def named_in(self, text: str) -> bool:
        if self.coded:
            return _code(self.name).search(text) is not None
        return _naming(self.name, self.french).search(text) is not None


@lru_cache(maxsize=256)
def _code(name: str) -> re.Pattern[str]:
    """Where a text names a season's code: "T2 rate", not "T21"."""
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


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
        coded = list(_CODED.finditer(text))
        # a series of codes of one letter ("T1 … T2 … T3"), not a room B2 closed in summer
        series = Counter(re.sub(r"\d", "", m.group(1)) for m in coded)
        for m in coded:
            start = (figures.MONTHS[m.group(3).lower()], int(m.group(2)))
            end = (figures.MONTHS[m.group(5).lower()], int(m.group(4)))
            if series[re.sub(r"\d", "", m.group(1))] >= 2 and _real(start) and _real(end):
                code = Season(m.group(1), start, end, False, True, record.source)
                seasons.setdefault(m.group(1), code)
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
    when a unit naming the day's season is among them and the question names none; an
    undated one named by the code of the day's season ("T2 rate") is in force that day."""
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
        elif season is not None and season.coded and u.period is None:
            u.period = season.around(day)  # "T2 rate": in force on the day asked


def _in_year(year: int, month: int, day: int) -> dt.date:
    """The day in `year`: 29 February is the 28th in a year without it."""
    return dt.date(year, month, day - 1 if (month, day) == (2, 29) and not isleap(year) else day)


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


def lift(units: list[Unit], seasons: list[Season]) -> None:
    """The sentence defining the code of a row's season ("T2 from 1 May to 31 August")
    scores just under the best row `fit` dated by it, and is quoted with it: the rate card
    says "T2 rate", the agreement which days T2 covers."""
    dated: dict[str, float] = {}
    for season in seasons:
        if not season.coded:
            continue
        for u in units:
            period = u.period
            if (
                u.row
                and period is not None
                and period.start is not None
                and (period.start.month, period.start.day) == season.start
                and season.named_in(u.display)
            ):
                dated[season.name] = max(dated.get(season.name, u.score), u.score)
    if not dated:
        return
    for u in units:
        if u.row:
            continue
        codes = [m.group(1) for m in _CODED.finditer(u.text) if m.group(1) in dated]
        if codes:
            u.score = max(u.score, max(dated[c] for c in codes) - 0.01)
            u.referred = True


TOP_ROWS = 3  # the search's first units read for a row named by a season's code
MAX_LINES = 2  # a definition's chunks brought in for one question, at most


def bring_defining(
    engine: Engine,
    units: list[Unit],
    passages: list[Passage],
    ranks: list[int] | None,
    seasons: list[Season],
) -> list[Unit]:
    """The units of the chunks that define the code of a season a row among the search's
    first units names ("T2 rate"), when no passage holds them: the rate card and the
    agreement that says which days T2 covers are two documents."""
    found: list[Passage] = []
    for season in seasons:
        if not season.coded or not any(
            u.row and season.named_in(u.display) for u in units[:TOP_ROWS]
        ):
            continue
        if any(_defines(p.text, season.name) for p in passages):
            continue
        found += [p for p in engine.passages_of(season.source) if _defines(p.text, season.name)]
    return bring(passages, ranks, found[:MAX_LINES], 0) if found else []


def _defines(text: str, code: str) -> bool:
    return any(m.group(1) == code for m in _CODED.finditer(text))
