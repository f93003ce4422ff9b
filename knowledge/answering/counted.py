"""A day counted from the day a member names: "my scan is on Tuesday 12 January 2027, by
when must they get me the consent form?" over "the form must reach you at least 21 days
before the session": 21 days before Tuesday 12 January 2027 is Tuesday 22 December 2026.

The rule is the documents' (a count of calendar days or weeks before or after an event, in
a sentence the answer shows); the day is the member's; only the arithmetic is Steward's,
and the line says what it counted from. Working, business or clear days are not counted:
which days count depends on a calendar of holidays the documents may not give."""

from __future__ import annotations

import datetime as dt
import re

from ..figures import JOURS, WEEKDAYS
from ..timeframe import Timeframe

# a question that asks for a day: "by when", "when must …", "what's the last day", "d'ici
# quand"; not a "when" of a condition ("the rate when I work on 25 December")
ASKS_DAY = re.compile(
    r"\b(?:by|until|till)\s+when\b|"
    r"\bwhen\s+(?:is|are|was|must|do|does|did|will|would|should|can|has|have|'s)\b|"
    r"\bdeadline\b|\b(?:last|latest)\s+(?:day|date)\b|\b(?:what|which)\s+date\b|"
    r"\b(?:d['’]ici|jusqu['’]à)\s+quand\b|"
    r"\bquand\s+(?:est-ce|est|sont|dois|doit|doivent|faut|devrait|devraient|aura|va)\b|"
    r"\bc['’]?(?:est)?\s+quand\b|\bquand\s*\?|"
    r"\bdate\s+limite\b|\bdernier\s+(?:jour|délai)\b|\b(?:quelle|à\s+quelle)\s+date\b|"
    r"\bavant\s+quel\s+jour\b",
    re.I,
)
# "at least 21 days before", "twenty-one (21) calendar days prior to", "3 semaines avant";
# not "21 working days", "21 clear days", "jours ouvrables" (the qualifier is no unit)
_RULE = re.compile(
    r"(?<![\d.,])\(?(?P<n>\d{1,3})\)?\s*(?:(?:calendar|civils?)\s+)?"
    r"(?P<unit>days?|weeks?|jours?|semaines?)(?:\s+(?:civils?|calendaires?))?\s+"
    r"(?P<dir>before|prior\s+to|after|avant|après)\b",
    re.I,
)
_MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()
_MONTHS_FR = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()


def _say(day: dt.date, language: str) -> str:
    """ "Tuesday 22 December 2026", "le mardi 22 décembre 2026"."""
    if language == "fr":
        month = _MONTHS_FR[day.month - 1]
        number = "1er" if day.day == 1 else str(day.day)
        return f"le {JOURS[day.weekday()]} {number} {month} {day.year}"
    return (
        f"{WEEKDAYS[day.weekday()].capitalize()} {day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    )


def counted_day(
    question: str, timeframe: Timeframe, texts: list[str], language: str
) -> tuple[str, int] | None:
    """The day a rule of the first of `texts` (the lines an answer shows, "" for one in
    force no longer) that has exactly one counts from the one day the question names,
    when it asks for a day ("by when …?"), and that text's index:
    ("21 days before Tuesday 12 January 2027: Tuesday 22 December 2026", 0); or None."""
    day = timeframe.period.start
    if (
        not timeframe.explicit
        or timeframe.is_now
        or day is None
        or day != timeframe.period.end
        or not ASKS_DAY.search(question)
    ):
        return None
    for i, text in enumerate(texts):
        rules = list(_RULE.finditer(text))
        if len(rules) != 1:
            continue
        n, unit, way = rules[0].group("n", "unit", "dir")
        weeks = unit.lower().startswith(("week", "semaine"))
        before = way.lower() in {"before", "avant"} or way.lower().startswith("prior")
        result = day + dt.timedelta(days=(-1 if before else 1) * int(n) * (7 if weeks else 1))
        fr = language == "fr"
        unit = ("semaine" if weeks else "jour") if fr else ("week" if weeks else "day")
        plural = "s" if int(n) > 1 else ""
        way = ("avant" if before else "après") if fr else ("before" if before else "after")
        colon = " :" if fr else ":"
        return f"{n} {unit}{plural} {way} {_say(day, language)}{colon} {_say(result, language)}", i
    return None
