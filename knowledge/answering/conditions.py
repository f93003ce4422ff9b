"""Which bracket of a rule a member's case falls in: "cancelled 15 hrs before the call"
is the case of "less than twenty-four (24) hours before", not of "between twenty-four (24)
and seventy-two (72) hours".

A rule often comes in brackets of one duration (cancellation, notice, overtime after so
many hours, pick-ups within so many days), side by side in one passage. When the member
states one duration and a passage gives sibling brackets of one rule, the bracket that holds
for it is preferred and one that excludes it is not; a bracket with no such sibling is
left alone. Durations only, in
English and French; nothing here names a topic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .. import figures
from ..lexical import tokenize

SIBLING = 0.4  # share of words two brackets of one rule have in common, figures aside
# number words, stemmed as the texts are ("twenti"): what two brackets differ by
_NUMBERS = frozenset(
    tokenize(
        [
            "one two three four five six seven eight nine ten eleven twelve fifteen twenty "
            "thirty forty fifty sixty seventy eighty ninety hundred un deux trois quatre cinq "
            "six sept huit neuf dix douze quinze vingt trente quarante cinquante soixante cent"
        ]
    )[0]
)
# a duration's unit, in hours ("within 14 days" and "3 weeks after" are compared)
_HOURS = {"minutes": 1 / 60, "hours": 1.0, "days": 24.0, "weeks": 168.0}
_UNITS = {
    "minute": "minutes",
    "minutes": "minutes",
    "mins": "minutes",
    "min": "minutes",
    "hour": "hours",
    "hours": "hours",
    "heure": "hours",
    "heures": "hours",
    "day": "days",
    "days": "days",
    "jour": "days",
    "jours": "days",
    "week": "weeks",
    "weeks": "weeks",
    "semaine": "weeks",
    "semaines": "weeks",
}
_UNITS_RE = r"minutes?|mins?|hours?|heures?|days?|jours?|weeks?|semaines?"
_UNIT = rf"(?P<unit>{_UNITS_RE})"
# "twenty-four (24)" or "24": the figure is the one in digits
_NUM = r"(?:[a-z-]+\s+)?\(?(?P<{0}>\d+(?:[.,]\d+)?)\)?"
_BELOW = (
    r"less\s+than|fewer\s+than|under|within|no\s+more\s+than|not\s+more\s+than|up\s+to|"
    r"at\s+most|moins\s+de|dans\s+les|au\s+plus|jusqu['’]à"
)
_ABOVE = (
    r"more\s+than|over|beyond|at\s+least|not\s+less\s+than|after|plus\s+de|au\s+moins|"
    r"au-delà\s+de|après"
)
_BETWEEN = re.compile(
    rf"\b(?:between|entre)\s+{_NUM.format('a')}(?:\s+(?:{_UNITS_RE}))?"
    rf"\s+(?:and|et)\s+{_NUM.format('b')}\s+{_UNIT}\b"
    # "30-60 min", "from 30 to 60 minutes", "de 30 à 60 min": digits on both sides; not
    # a clause's number ("Article 14 – 30 days"), nor hours of the clock ("de 9 à 17 heures")
    rf"|(?<![\d.,:§])(?<!article )(?<!section )(?<!clause )(?<!art\. )(?<!§ )"
    rf"(?P<from>(?:de|from)\s+)?(?P<c>\d{{1,3}})\s*(?:-|–|to|à)\s*(?P<d>\d{{1,3}})\s+"
    rf"(?P<unit2>{_UNITS_RE})\b",
    re.I,
)
# a word between a number and its unit: "30 finished minutes", "3 working days"
_QUALIFIER = r"(?:\s+(?!(?:and|or|et|ou|of|de|to|à)\b)[^\W\d_]{3,})?"
_SIDE = re.compile(
    rf"\b(?P<side>{_BELOW}|{_ABOVE})\s+{_NUM.format('a')}{_QUALIFIER}\s+{_UNIT}\b",
    re.I,
)
# the side after the length: "45 minutes or more", "30 min ou moins", "2 hours and over"
_AFTER = re.compile(
    rf"(?<![\d.,:§])\b(?P<a>\d+(?:[.,]\d+)?){_QUALIFIER}\s+{_UNIT}\s+(?:or|ou|and|et)\s+"
    r"(?P<side>more|longer|over|above|plus|davantage|less|fewer|shorter|under|below|moins)\b"
    # not a side of another length ("2 hours and under 4 hours"), nor "ou plus tard"
    r"(?!\s+(?:than\s+)?\d)(?!\s+(?:tard|tôt)\b)",
    re.I,
)
_AFTER_BELOW = re.compile(r"^(?:less|fewer|shorter|under|below|moins)$", re.I)
_BELOW_WORDS = re.compile(rf"^(?:{_BELOW})$", re.I)


def brackets(text: str) -> list[tuple[float, float]]:
    """The duration brackets `text` states, in hours, as (low, high): "less than 24 hours"
    is (0, 24), "between 24 and 72 hours" (24, 72), "more than 3 days" (72, ∞)."""
    return list(_brackets(text))


@lru_cache(maxsize=4096)  # supersession compares the same rows pair by pair
def _brackets(text: str) -> tuple[tuple[float, float], ...]:
    found = []
    taken: list[tuple[int, int]] = []
    for m in _BETWEEN.finditer(text):
        unit, a, b = (m["unit"], m["a"], m["b"]) if m["unit"] else (m["unit2"], m["c"], m["d"])
        scale = _HOURS[_UNITS[unit.lower()]]
        low, high = sorted((_number(a), _number(b)))
        if m["from"] and scale == 1 and low >= 6 and high <= 24:
            continue  # hours of the clock: "de 9 à 17 heures", "from 9 to 17 hours"
        found.append((low * scale, high * scale))
        taken.append(m.span())
    for m in _SIDE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        value = _number(m.group("a")) * _HOURS[_UNITS[m.group("unit").lower()]]
        if _BELOW_WORDS.match(" ".join(m.group("side").split())):
            found.append((0.0, value))
        else:
            found.append((value, float("inf")))
        taken.append(m.span())
    for m in _AFTER.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        value = _number(m.group("a")) * _HOURS[_UNITS[m.group("unit").lower()]]
        found.append((0.0, value) if _AFTER_BELOW.match(m["side"]) else (value, float("inf")))
    return tuple(found)


def case(question: str) -> float | None:
    """The one duration a member's question states, in hours ("cancelled like 15 hrs
    before the call": 15); None when it states none, or two (the case is then unclear)."""
    stated = {
        float(f.value) * _HOURS[f.kind] for f in figures.extract(question) if f.kind in _HOURS
    }
    asked = _brackets(question)
    own = stated - {end for bracket in asked for end in bracket}  # lengths besides a bracket's
    if len(own) == 1 or (len(stated) == 1 and not asked):
        return (own or stated).pop()  # "my 20-minute episode: paid within 30 days?": 20 min
    if len(asked) == 1 and not own:
        # a bracket named as the rows name it ("an episode of 30-60 min"): a length inside it
        low, high = asked[0]
        return (low + high) / 2 if high != float("inf") else low * 1.01
    return None


def differ(a: str, b: str) -> bool:
    """Whether two rows are for other brackets of one rule ("Episode under 30 min",
    "episode of 30-60 min"): the same work for another length is another item."""
    brackets_a, brackets_b = _brackets(a), _brackets(b)  # another column's ("Rest 8-10 hours")
    return bool(brackets_a and brackets_b) and not set(brackets_a) & set(brackets_b)


def fit(duration: float | None, text: str) -> int:
    """+1 when every duration bracket of `text` holds for the member's `duration`, −1 when
    one excludes it, 0 when `text` states none (or no duration is given)."""
    if duration is None:
        return 0
    verdicts = [low <= duration <= high for low, high in _brackets(text)]
    if not verdicts:
        return 0
    return 1 if all(verdicts) else -1


def fits(
    duration: float | None,
    texts: list[str],
    groups: list[int],
    verdict: Callable[[float | None, str], int] = fit,
) -> list[int]:
    """`verdict` (`fit`) of each text where a sibling bracket of the same rule (in the same
    group: its passage, or for table rows any row; and worded alike but for its figures)
    says the opposite: there, the
    one that holds is the member's case ("less than 24 hours", not "24 to 72 hours"). A
    bracket with no such sibling is left alone, whether it holds or not: "free within 14
    days" still tells a member whose pick-ups came three weeks later what does not apply,
    and "at least 10 working days' notice" answers "is it still 5 days?"."""
    if duration is None:
        return [0] * len(texts)
    found = [verdict(duration, t) for t in texts]
    words = (
        [{w for w in t if not w.isdigit()} - _NUMBERS for t in tokenize(texts)]
        if any(found)
        else []
    )
    out = [0] * len(texts)
    for i, f in enumerate(found):
        if f and any(
            found[j] == -f and groups[j] == groups[i] and _alike(words[i], words[j])
            for j in range(len(texts))
        ):
            out[i] = f
    return out


def _alike(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= SIBLING


def _number(text: str) -> float:
    return float(text.replace(",", "."))
