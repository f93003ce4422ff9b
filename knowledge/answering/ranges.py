"""Designators a document defines by a range: "Category I, a theatre of more than 1,200
seats; Category II, from 500 to 1,200 seats; Category III, fewer than 500 seats", "Tier B:
a production budget from $1 million to $5 million".

A member gives the number, not the designator: "je danse dans une salle de 400 places",
"music video with a $2M budget", "done 310 ward visits so far". The number falls in one
range, and the question is then about that range's designator, as if it had named it
("Category III", "Step 3"; see designators.py). A count of seats, an amount said to be a
budget, or a count of what a range's label counts ("Step 3 — Completed ward visits: from
300 onward" holds "310 ward visits": the question's number, then up to three words holding
the stem of the label's last word; an amount, a date or a share is no count). Read once
per index generation from every chunk and table row; nothing here names a topic.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .. import figures
from ..lexical import tokenize
from ..terms import expand
from .designators import DOC_PAIR, mark_of
from .unit import cells, is_rule

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
# "from 300 onward", "300 or more", "300+", "300 et plus"
_AND_ABOVE = re.compile(
    rf"(?:from\s+|de\s+)?(?P<a>{_NUMBER})\s*(?:onwards?|or\s+more|and\s+(?:over|above|more)"
    rf"|\+|et\s+plus|ou\s+plus)",
    re.I,
)
# what a range counts: its label's last word before a colon ("Completed ward visits: from
# 120 to 299"), or the word after its last number ("from 120 to 299 visits")
_LABEL = re.compile(r"([^\W\d_][\w'’-]*)\s*:\s*[^:]*$")
_AFTER = re.compile(r"\d\s+([^\W\d_][\w'’-]*)")
_BUDGET = re.compile(r"\bbudgets?\b|\bbudgétaires?\b", re.I)
_SEATS_WORD = re.compile(rf"\b{_SEATS}\b", re.I)
_QUESTION_SEATS = re.compile(rf"(?<![\w.,])({_NUMBER})[\s-]*(?:-\s*)?{_SEATS}\b", re.I)
# a number and what it counts: the words right after it, up to "of", "per", "a" ("310
# ward visits", "420 completed shows"; not "2 weeks of shows", "14 per show")
_QUESTION_COUNT = re.compile(
    rf"(?<![\w.,])({_NUMBER})(?![.,]\d)\s+"
    r"((?:(?!(?:of|de|du|des|per|par|a|an|un|une|in|en|for|pour)\b)[^\W\d_][\w'’-]*\s*){1,3})",
    re.I,
)
_CLAUSE = re.compile(r";|\n|(?<=[.!?])\s+(?=[A-Z(])")
_MAX_CLAUSE = 300


@dataclass(frozen=True)
class Range:
    stem: str  # the designating word's stem ("categori")
    mark: str  # its number or letter ("3")
    kind: str  # "seats", "money", or "count:" and the stem of what it counts ("count:visit")
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
    kind = kind or _counted(rest)
    if not kind:
        return None
    low, high = -math.inf, math.inf
    if (
        (m := _BETWEEN.search(rest))
        and (a := _value(m["a"], kind)) is not None
        and (b := _value(m["b"], kind)) is not None
    ):
        if kind == "money" and b >= 1e6 and a < 1e3 <= b:
            a *= 1e6  # "from 1 to 5 million"
        low, high = min(a, b), max(a, b)
    elif (m := _ONE_SIDE.search(rest)) and (a := _value(m["a"], kind)) is not None:
        above = re.match(_ABOVE, m["side"], re.I) is not None
        low, high = (a + 1e-6, math.inf) if above else (-math.inf, a - 1e-6)
    elif (m := _AND_ABOVE.search(rest)) and (a := _value(m["a"], kind)) is not None:
        low = a
    else:
        return None
    return Range(stems[0], mark_of(pair.group(2)), kind, low, high)


def _counted(rest: str) -> str:
    """ "count:" and the stem of what a range counts, or "" when it says nothing of it."""
    digit = re.search(r"\d", rest)
    head = rest[: digit.start()] if digit else rest
    word = m.group(1) if (m := _LABEL.search(head)) else ""
    if not word and (after := _AFTER.findall(rest)):
        word = after[-1]  # "from 150 to 399 shows": what the last number counts
    stems = tokenize([word])[0] if word else []
    return f"count:{stems[-1]}" if len(stems) == 1 else ""


def read(texts: list[str]) -> list[Range]:
    """The ranges every text defines, in its sentences and its tables' rows."""
    out: list[Range] = []
    for text in texts:
        if not re.search(r"\d", text) or DOC_PAIR.search(text) is None:
            continue
        for clause in _clauses(text):
            if len(clause) <= _MAX_CLAUSE and (found := _clause_range(clause)) is not None:
                out.append(found)
    return list(dict.fromkeys(out))


def _clauses(text: str) -> list[str]:
    """A text's clauses; a table row's cells each as "Step 3 — Completed shows: from 400
    onward", under its column's header."""
    out: list[str] = []
    header: list[str] | None = None
    for line in text.split("\n"):
        if not line.lstrip().startswith("|"):
            header = None
            out += _CLAUSE.split(line)
        elif not is_rule(line):
            row = cells(line)
            if header is None:
                header = row
            elif len(row) == len(header):
                out += [f"{row[0]} — {h}: {c}" for h, c in zip(header[1:], row[1:], strict=True)]
    return out


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
    counted = {r.kind for r in ranges if r.kind.startswith("count:")}
    # an amount, a date or a share is not a count ("$ 14 per show", "₡420", "in 2027")
    measured = {f.text for f in figures.extract(question) if f.kind != "number"}
    for m in _QUESTION_COUNT.finditer(question) if counted else ():
        if any(m.group(1) in t for t in measured):
            continue
        words = tokenize([m.group(2)])[0]
        kinds = [f"count:{w}" for w in words if f"count:{w}" in counted][-1:]
        values += [(k, figures.parse_number(m.group(1))) for k in kinds]
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
