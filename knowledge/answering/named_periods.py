"""Periods the documents name: "Season 3", "Year 2", "l'année 3".

An agreement in contract years or seasons names them, and its rate tables head their
columns with them ("Season 3 / 1 Sep 2027 – 31 Aug 2028", "Year 2 (1 May 2026 – 30 Apr
2027)"). A member asks by that name: "saison 3, marionnettiste principal, c'est combien
par épisode?" asks about the dates the documents give Season 3, as "in September 2027"
would. The names and their dates are read from the documents once per generation: a
name followed at once by a period ("Year 2 runs from 1 April 2027 to 31 March 2028",
"Season 15 begins on 11 January 2027"), read on over a line the sentence wraps.
The words for a period (season, year, and their French) are an agreement's grammar, not
any corpus's topic; English and French names are one ("saison 3" is "Season 3").
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from ..generation import Generation
from ..packing import UNFINISHED
from ..stated_periods import text_period
from ..timeframe import Period, Timeframe
from .cues import WANTS_FIGURE, WANTS_WHEN

_KIND = {"season": "season", "saison": "season", "year": "year", "yr": "year"}
_KIND |= {"année": "year", "annee": "year"}
_NAME = re.compile(r"\b(season|saison|year|yr|année|annee)\s*(\d{1,2})\b(?![.,]\d|\s*[%$€£])", re.I)
# A term named by its time of year, and its year: "the spring term 2027", "autumn semester
# 2026", "le trimestre de printemps 2027", "saison d'été 2027" (a school's or a venue's
# calendar gives its days). Its kind is "term-<time of year>", its number the year; named
# without a year ("the autumn term") it is the one term of that name the documents date.
_TIMES_OF_YEAR = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn"}
_TIMES_OF_YEAR |= {"winter": "winter", "printemps": "spring", "été": "summer", "ete": "summer"}
_TIMES_OF_YEAR |= {"automne": "autumn", "hiver": "winter"}
# its year, or none written ("spring term 2027/28" names no year this reads; "summer
# season 14" is Season 14, numbered)
_YEAR = r"(?:\s+(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)|(?!\s*\d))"
_TERM = re.compile(
    r"\b(?P<en>spring|summer|autumn|fall|winter)\s+(?:term|semester|season)s?\b"
    + _YEAR
    + r"|\b(?:trimestre|semestre|saison)\s+(?:de\s+|d['’]\s?)(?P<fr>printemps|été|ete|automne|hiver)"
    + r"\b"
    + _YEAR.replace("year>", "an>"),
    re.I,
)
# a term's first day begins what the row or sentence gives: "from the first day of the
# spring term 2027", "à compter du premier jour du trimestre de printemps"
_FROM_FIRST = re.compile(
    r"\b(?:from|as\s+of|starting)\s+(?:the\s+)?(?:(?:first\s+day|start|beginning)\s+of\s+"
    r"(?:the\s+)?)?$"
    r"|\b(?:à\s+compter\s+du|dès\s+le|depuis\s+le)\s+(?:(?:premier\s+jour|début)\s+du\s+)?$",
    re.I,
)


def _terms(text: str) -> list[tuple[re.Match[str], str, int | None]]:
    """Each term named in `text`: its match, its kind and its year (None: not given)."""
    out = []
    for m in _TERM.finditer(text):
        time = _TIMES_OF_YEAR[(m["en"] or m["fr"]).lower()]
        year = m["year"] or m["an"]
        out.append((m, f"term-{time}", int(year) if year else None))
    return out


# a name's period that begins on a day: "begins on", "starts", "débute le" (said of the
# period named, not of any sentence's figure: "filming begins on 3 March" dates no fee)
_BEGINS = re.compile(
    r"\b(?:begins|starts|commences)(?:\s+on)?\b|\b(?:commence|débute)\s+le\b", re.I
)
_DAY = dt.timedelta(days=1)
_REACH = 32  # characters between a name and the first date of its period
_SPAN = 100  # characters read after a name for its period


def read(generation: Generation) -> dict[tuple[str, int], Period]:
    """The periods the documents give each name: from the start most often given, to the
    end given with it ("Season 14 (from 7 September 2026)" in a FAQ, "Season 14 is the
    block from 7 September 2026 to 18 December 2026" once in the agreement), or else to
    the day before the next of its kind begins (Season 15 from 11 January 2027)."""
    seen: dict[tuple[str, int], Counter[Period]] = {}
    for record in generation.records:
        for text in (record.metadata.get("heading", ""), record.text):
            for key, period in _named(str(text or "")):
                seen.setdefault(key, Counter())[period] += 1
    out: dict[tuple[str, int], Period] = {}
    for key, counts in seen.items():
        start: Counter[dt.date | None] = Counter()
        for p, n in counts.items():
            start[p.start] += n
        first = start.most_common(1)[0][0]  # a tie: the start read first
        given = [(n, p) for p, n in counts.items() if p.start == first]
        ended = [(n, p) for n, p in given if p.end is not None]
        out[key] = max(ended or given, key=lambda x: x[0])[1]
    for (kind, number), period in list(out.items()):
        if kind.startswith("term-"):
            continue  # next year's spring term does not end this one
        after = out.get((kind, number + 1))
        starts = after.start if after is not None else None
        if period.end is None and starts and period.start and starts > period.start:
            out[(kind, number)] = Period(period.start, starts - _DAY, period.years)
    return out


def named_in(text: str, periods: dict[tuple[str, int], Period]) -> Period | None:
    """The period of the one name a table row's text gives under its headers ("Season 14
    rate, Fee: HUF 9,800.00", "Touring day, autumn term | RM 1,250.00"), if the documents
    date it; from its first day on, open, when the row runs "from the first day of" it;
    None for none or several."""
    named = {
        ((_KIND[m.group(1).lower()], int(m.group(2))), False)
        for m in _NAME.finditer(text)
        if not _BOUNDED.search(text, 0, m.start())
    }
    named |= {
        (key, bool(_FROM_FIRST.search(text, 0, m.start())))
        for m, key in term_keys(text, periods)
        if not _BOUNDED.search(text, 0, m.start())
    }
    if len(named) != 1:
        return None
    key, opens = named.pop()
    period = periods.get(key)
    if period is not None and opens:
        return Period(period.start, None, period.years)
    return period


def term_keys(
    text: str, periods: dict[tuple[str, int], Period]
) -> list[tuple[re.Match[str], tuple[str, int]]]:
    """The terms `text` names, each with its key: its year as given, or else the one year
    the documents date a term of that name in."""
    out = []
    for m, kind, year in _terms(text):
        if year is None:
            years = [number for named, number in periods if named == kind]
            if len(years) != 1:
                continue
            year = years[0]
        out.append((m, (kind, year)))
    return out


# a name that bounds what the row covers, not the period it applies in: "before Season 3",
# "up to season 3", "jusqu'à la saison 3"
_BOUNDED = re.compile(
    r"\b(?:before|until|up\s+to|prior\s+to|avant|jusqu['’]?(?:à|au)?)\s+(?:(?:the|la|l['’])\s*)?"
    r"(?:(?:end|fin)\s+(?:of|du|de\s+la)\s+(?:the\s+)?)?$",
    re.I,
)


def named_terms(text: str) -> list[tuple[str, int]]:
    """The terms `text` gives the days of (see _named)."""
    if not _TERM.search(text):
        return []
    return [key for key, _ in _named(text) if key[0].startswith("term-")]


def _named(text: str) -> list[tuple[tuple[str, int], Period]]:
    out = []
    keyed = [(m, (_KIND[m.group(1).lower()], int(m.group(2)))) for m in _NAME.finditer(text)]
    keyed += [(m, (kind, year)) for m, kind, year in _terms(text) if year is not None]
    keyed.sort(key=lambda x: x[0].start())
    names = [m for m, _ in keyed]
    for i, (m, key) in enumerate(keyed):
        stop = min(m.end() + _SPAN, names[i + 1].start() if i + 1 < len(names) else len(text))
        first, _, rest = text[m.end() : stop].partition("\n")
        # a line wrapped mid-sentence runs on: "… from 7 September 2026 to" / "18 December"
        after = f"{first} {rest.split(chr(10), 1)[0]}" if UNFINISHED.search(first) else first
        after = _BEGINS.sub("from", after)  # "Season 15 begins on 11 January 2027"
        period = text_period(after, {})
        if period is None or period.start is None or not _near(after):
            continue
        out.append((key, period))
    return out


_DATE_START = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)


def _near(after: str) -> bool:
    """Whether a date begins within _REACH characters of the name."""
    m = _DATE_START.search(after)
    return m is not None and m.start() <= _REACH


def asked(question: str, timeframe: Timeframe, periods: dict[tuple[str, int], Period]) -> Timeframe:
    """The question's timeframe, or the period it names by the documents' name for it,
    when it names no time otherwise and asks for a figure, not when the period is."""
    if timeframe.explicit or not WANTS_FIGURE.search(question) or WANTS_WHEN.search(question):
        return timeframe
    keys = [(_KIND[m.group(1).lower()], int(m.group(2))) for m in _NAME.finditer(question)]
    for key in keys + [key for _, key in term_keys(question, periods)]:
        period = periods.get(key)
        if period is not None:
            return Timeframe(period, timeframe.today, True)
    return timeframe
