"""How old the member, or the child they ask for, is, and the age brackets of rows and
clauses: "my daughter is 9" is the case of the row "Age bracket: 6–11", not of "12–15";
"ma fille de 10 ans" is the case of "moins de 16 ans", not of "16 et 17 ans".

Rates, hours and shares often come in age brackets side by side (a row per bracket, or a
clause per bracket). A member gives an age, not the bracket. Read like the duration
brackets of conditions.py: the bracket that holds is preferred over a sibling that
excludes it. An age is read only where it is said to be one: "9 years old", "14 ans", "my
son is 10", "a 7 yr old"; a bracket only in a cell headed by an age ("Age bracket: 6–11",
"Âge / Age: 6–11 ans") or beside an age word ("a minor under sixteen (16)", "moins de 6
ans", "16 and over"). English and French; nothing here names a topic.
"""

from __future__ import annotations

import math
import re

from ..lexical import tokenize

_MAX_AGE = 99
# whom a member asks for, given an age: a child, a teenager, a relative
_PERSONS = frozenset(
    "daughter son kid kids child children girl boy teen teenager baby toddler minor nephew "
    "niece grandson granddaughter fille fils enfant enfants gamin gamine ado ados adolescent "
    "adolescente garçon bébé mineur mineure neveu nièce petit petite jeune".split()
)
_PERSON_FR = (  # "une ado de 16 ans", "ma fille de 10 ans"; not "un contrat de 2 ans"
    "fille|fils|enfants?|gamine?|ados?|adolescente?|garçon|bébé|mineure?|neveu|nièce|petite?|jeune"
)
_YEARS = r"(?:years?|yrs?|ans)"
# "9 years old", "a 7 yr old", "my 10 yo", "4-year-old"; in French, "a 14 ans", "ma fille
# de 9 ans", "(15 ans)", not "5 ans plus tard", "depuis 5 ans" or "un contrat de 2 ans"
_AGE_GIVEN = re.compile(
    r"(?<![\d.,:/])(\d{1,2})\s*-?\s*(?:(?:years?|yrs?)[\s-]+old|y/?o|y\.o\.)(?![\w-])|"
    rf"(?:(?<!\by\s)\b(?:a|ai|as|aura|a\s+eu|âgée?s?\s+de|(?:{_PERSON_FR})\s+de)\s+|\()"
    r"(\d{1,2})\s*ans\b"
    r"(?!\s+(?:d['’]|de|du|des|dans|chez|avec|au|à|plus|après|avant)\b)",
    re.I,
)
# "my daughter is 9", "she's 16", "my son just turned 12", "aged 12"
_AGE_SAID = re.compile(
    r"\b(?:(?:daughter|son|kid|child|girl|boy|teen|teenager|he|she)\s*"
    r"(?:is|'s|’s|(?:just\s+)?turned|turns)|aged)\s+(?:only\s+|just\s+)?(\d{1,2})\b"
    r"(?!\s*(?:h\b|%|\$|€|[.,]\d|hours?|hrs?|days?|min|mins|weeks?|wks?|months?|years?|"
    r"yrs?|secs?|times?|pm|am|episodes?))",
    re.I,
)
_NUMBER = r"(?<![\d.,])\(?(\d{1,2})\)?(?![.,]?\d)"
_WORDED = rf"(?:[a-zé-]+\s+)?{_NUMBER}"  # "sixteen (16)" or "16"
_BETWEEN = re.compile(rf"{_WORDED}\s*(?:–|-|to|à|and|et|or|ou)\s*{_WORDED}(?!\s*[.,:/]\d)", re.I)
_UNDER = re.compile(
    rf"\b(?:under|below|younger\s+than|less\s+than|moins\s+de|de\s+moins\s+de)\s+{_WORDED}",
    re.I,
)
_OVER = re.compile(
    rf"{_WORDED}\s*(?:{_YEARS}\s+)?(?:and\s+over|and\s+older|or\s+over|or\s+older|\+|"
    rf"et\s+plus)",
    re.I,
)
_AGE_WORD = re.compile(
    r"\b(?:âges?|ages?|aged|minors?|mineure?s?|child(?:ren)?|enfants?|years?|ans|yrs?)\b", re.I
)
_PERSON_WORD = re.compile(r"\b(?:minors?|mineure?s?|child(?:ren)?|enfants?)\b", re.I)
_AGE_HEADER = re.compile(r"\b(?:âges?|ages?|aged|tranche\s+d['’]âge)\b", re.I)
_NOT_AN_AGE = re.compile(
    r"\s*(?:h\b|hours?|hrs?|heures?|min|minutes?|days?|jours?|weeks?|semaines?|%|\$|€|£)",
    re.I,
)
_CELL = re.compile(r"(?:^|;\s|\s—\s)([^:;—]{1,40}):\s*([^;]{1,60})")
_NEAR = 30  # characters before a bracket where an age word makes it one


def stated(question: str) -> float | None:
    """The one age a question states ("my daughter is 9": 9); None when it states none or
    two (the case is then unclear)."""
    found = {int(m.group(1) or m.group(2)) for m in _AGE_GIVEN.finditer(question)}
    found |= {int(m.group(1)) for m in _AGE_SAID.finditer(question)}
    found = {a for a in found if 0 < a <= _MAX_AGE}
    return float(found.pop()) if len(found) == 1 else None


def _read(text: str) -> list[tuple[float, float]]:
    """The brackets of a text known to speak of ages: "6–11", "under 6", "16 et 17",
    "18 and over"."""
    out: list[tuple[float, float]] = []
    taken: list[tuple[int, int]] = []
    for m in _OVER.finditer(text):
        out.append((float(m.group(1)), math.inf))
        taken.append(m.span())
    for m in _UNDER.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            out.append((0.0, float(m.group(1)) - 1))  # "under 16": 15 at most, in years
            taken.append(m.span())
    for m in _BETWEEN.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            low, high = sorted((float(m.group(1)), float(m.group(2))))
            if high - low < _MAX_AGE:
                out.append((low, high))
    return out


def brackets(text: str) -> list[tuple[float, float]]:
    """The age brackets a row or a clause states, in years (low, high), both ends held."""
    cells = [(h, v) for h, v in _CELL.findall(text) if _AGE_HEADER.search(h)]
    if cells:  # a row: the cells headed by an age ("Age bracket: 6–11")
        return [b for _, value in cells for b in _read(value)]
    out = []
    for m in re.finditer(rf"{_UNDER.pattern}|{_OVER.pattern}|{_BETWEEN.pattern}", text, re.I):
        before = text[max(0, m.start() - _NEAR) : m.start()]
        after = text[m.end() :]
        if _NOT_AN_AGE.match(after):  # "children may work 6 to 8 hours"
            continue
        # an age word or a minor before it ("a minor under sixteen (16)"), or a unit of
        # age in or after it ("6 to 11 years"); not "years of service" before it
        if (
            _AGE_HEADER.search(before)
            or _PERSON_WORD.search(before)
            or _AGE_WORD.search(m.group(0))
            or _AGE_WORD.match(after.lstrip())
        ):
            out += _read(m.group(0))
    return out


def fit(age: float | None, text: str) -> int:
    """+1 when a bracket of `text` holds for the member's `age` (a clause may give one
    share per bracket), −1 when every one excludes it, 0 when it states none."""
    if age is None:
        return 0
    verdicts = [low <= age <= high for low, high in brackets(text)]
    if not verdicts:
        return 0
    return 1 if any(verdicts) else -1


_AGE_UNITS = frozenset({"year", "years", "yr", "yrs", "old", "yo", "ans"})
# a word a question gives an age to: "une ado de 16 ans", "my son (15 ans)", "a kid aged
# 9", "my 10 year old son", "her 7 yo"
_AGED_AFTER = re.compile(
    rf"([^\W\d_][\w-]*)\s*(?:\(|,)?\s*(?:(?:de|of|a|est)?\s*\d{{1,2}}\s*(?:{_YEARS}|yo)\b|"
    rf"(?:aged|âgée?s?\s+de|is|'s|’s|turned|turns)\s+\d{{1,2}}\b)",
    re.I,
)
_AGED_BEFORE = re.compile(
    r"\d{1,2}\s*-?\s*(?:(?:years?|yrs?)[\s-]+old|y/?o|ans)\s+([^\W\d_][\w-]*)", re.I
)


def aged_words(question: str) -> set[str]:
    """The persons a question gives an age to, lower-cased ("ado", "daughter"), and the
    words of an age ("years", "old"): the age says which bracket applies (`stated`), not
    "contrat" in "un contrat de 2 ans" nor "shoot" in "the shoot is 10 hours"."""
    if stated(question) is None:
        return set()
    found = {m.group(1).lower() for m in _AGED_AFTER.finditer(question)}
    found |= {m.group(1).lower() for m in _AGED_BEFORE.finditer(question)}
    return (found & _PERSONS) | _AGE_UNITS


def age_tokens(question: str) -> set[str]:
    """The tokens of the words saying how old whom the question is about ("mon fils a 14
    ans": "fil", "14", "an"): they say which bracket applies, not what is asked, and a
    passage need not contain them ("14" is no row's code, "J-4" no age). They are still
    searched for: a clause may state the age ("a minor of sixteen (16) or seventeen
    (17) may work unaccompanied")."""
    age = stated(question)
    if age is None:
        return set()
    return set(tokenize([" ".join([*aged_words(question), str(int(age))])])[0])
