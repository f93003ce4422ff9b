"""Designators a document defines by a range: "Category I, a theatre of more than 1,200
seats; Category II, from 500 to 1,200 seats; Category III, fewer than 500 seats", "Tier B:
a production budget from $1 million to $5 million".

A member gives the number, not the designator: "je danse dans une salle de 400 places",
"music video with a $2M budget". The number falls in one range, and the question is then
about that range's designator, as if it had named it ("Category III"; see
designators.py). Seats and budgets only: a count of seats, or an amount said to be a
budget. Read once per index generation from every chunk; nothing here names a topic.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .. import figures
from ..lexical import tokenize
from ..terms import expand
from .designators import DOC_PAIR, mark_of

_SEATS = r"(?:seats?|seating|places|sièges|fauteuils)"
_NUMBER = r"\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+"
_ABOVE = r"more\s+than|over|above|exceeding|plus\s+de|au-delà\s+de|supérieure?s?\s+à"
_BELOW = r"fewer\s+than|less\s+than|under|below|moins\s+de|inférieure?s?\s+à"
# a number of seats or an amount: "1,200", "$5 million", "5 M$"
_QUANTITY = rf"\$?\s?(?:{_NUMBER})(?:[.,]\d+)?\s*(?:million|M\$?|k)?\s*\$?"
# "from 500 to 1,200", "between 500 and 1,200", "de 500 à 1 200", "500 to 1,200"
_BETWEEN = re.compile(
    rf"(?:from|between|de|entre)?\s*(?P<a>{_QUANTITY})\s*(?:to|and|à|et|-|–)\s*(?P<b>{_QUANTITY})",
    re.I,
)
_ONE_SIDE = re.compile(rf"(?P<side>{_ABOVE}|{_BELOW})\s+(?P<a>{_QUANTITY})", re.I)
_BUDGET = re.compile(r"\bbudgets?\b|\bbudgétaires?\b", re.I)
_SEATS_WORD = re.compile(rf"\b{_SEATS}\b", re.I)
_QUESTION_SEATS = re.compile(rf"(?<![\w.,])({_NUMBER})[\s-]*(?:-\s*)?{_SEATS}\b", re.I)
_CLAUSE = re.compile(r";|\n|(?<=[.!?])\s+(?=[A-Z(])")
_MAX_CLAUSE = 300


@dataclass(frozen=True)
class Range:
    stem: str  # the designating word's stem ("categori")
    mark: str  # its number or letter ("3")
    kind: str  # "seats" or "money"
    low: float
    high: float

    def holds(self, value: float) -> bool:
        return self.low <= value <= self.high


def _value(text: str, kind: str) -> float | None:
    if kind == "money":
        money = [f for f in figures.extract(text) if f.kind == "money"]
        if money:
            return float(money[0].value)
        m = re.search(rf"({_NUMBER})(?:[.,](\d+))?\s*(million|M)\b", text, re.I)
        if m:  # "from $1 million to $5 million": the first one's sign is the second's
            whole = figures.parse_number(m.group(1) + (f".{m.group(2)}" if m.group(2) else ""))
            return whole * 1e6
        return None
    m = re.search(_NUMBER, text)
    return figures.parse_number(m.group(0)) if m else None


def _clause_range(clause: str) -> Range | None:
    pair = DOC_PAIR.search(clause)
    if pair is None or pair.start() > 100:  # the designator near the clause's start
        return None
    stems = tokenize([pair.group(1)])[0]
    if len(stems) != 1:
        return None
    rest = clause[pair.end() :]
    kind = "money" if "$" in rest or "€" in rest or "£" in rest or _BUDGET.search(rest) else ""
    kind = kind or ("seats" if _SEATS_WORD.search(rest) else "")
    if not kind:
        return None
    low, high = -math.inf, math.inf
    if (m := _BETWEEN.search(rest)) and (a := _value(m["a"], kind)) and (b := _value(m["b"], kind)):
        if kind == "money" and b >= 1e6 and a < 1e3 <= b:
            a *= 1e6  # "from 1 to 5 million"
        low, high = min(a, b), max(a, b)
    elif (m := _ONE_SIDE.search(rest)) and (a := _value(m["a"], kind)) is not None:
        above = re.match(_ABOVE, m["side"], re.I) is not None
        low, high = (a + 1e-6, math.inf) if above else (-math.inf, a - 1e-6)
    else:
        return None
    return Range(stems[0], mark_of(pair.group(2)), kind, low, high)


def read(texts: list[str]) -> list[Range]:
    """The ranges every text defines."""
    out: list[Range] = []
    for text in texts:
        if not (_SEATS_WORD.search(text) or _BUDGET.search(text)):
            continue
        for clause in _CLAUSE.split(text):
            if len(clause) <= _MAX_CLAUSE and (found := _clause_range(clause)) is not None:
                out.append(found)
    return list(dict.fromkeys(out))


def designated(question: str, ranges: list[Range]) -> dict[str, str]:
    """The designators whose range holds a number the question gives: {"categori": "3"}
    for "une salle de 400 places"."""
    if not ranges:
        return {}
    values: list[tuple[str, float]] = []
    values += [
        ("seats", figures.parse_number(m.group(1))) for m in _QUESTION_SEATS.finditer(question)
    ]
    if _BUDGET.search(question):
        values += [
            ("money", float(f.value)) for f in figures.extract(question) if f.kind == "money"
        ]
    out: dict[str, str] = {}
    for kind, value in values:
        marks: dict[str, set[str]] = {}
        for r in ranges:
            if r.kind == kind and r.holds(value):
                marks.setdefault(r.stem, set()).add(r.mark)
        for word, held in marks.items():
            if len(held) == 1:  # a number two ranges of one word both hold says nothing
                for stem in expand([word]):
                    out.setdefault(stem, next(iter(held)))
    return out
