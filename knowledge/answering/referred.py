"""What a well-matched unit names: the row a clause names by its code ("is paid the swing
supplement (row U-2)"), and the clause a row names by its number ("Training an image
model (clause 17.6)"). The one answers with the other: the row gives the figure the
clause speaks of, the clause the rule behind the row's figure ("requires a separate
written consent"). A named row earns up to the naming sentence's score and is quoted
however few of the question's words it has (`Unit.referred`, compose.choose); a row that
answers brings the sentences its named clause opens with (`with_rule`, compose.extractive),
looked for only then."""

from __future__ import annotations

import re

from ..structure import clause_at
from ..timeframe import Timeframe
from . import row_codes
from .periods import fit
from .unit import repeats
from .units import Unit

REFERRED = 0.5  # a row the best-matched sentence names by its code ("row U-2")
REFERRING = 0.9  # of the best match, for a sentence to be one of the best-matched
# a clause's number as a row names it: "(clause 17.6)", "Art. 9.4", "§ 9"
_CLAUSE = re.compile(r"\b(?:clauses?|articles?|art\.|sections?|§)\s*(\d+(?:\.\d+)*)\b", re.I)


def rows_named(units: list[Unit], best: float, timeframe: Timeframe) -> None:
    """The rows the best-matched sentences name by their code give the figure those
    sentences speak of: they earn REFERRED, as much as they match, up to the naming
    sentence's score (the sentence still answers with them); not a row for another period
    than the one asked about (next year's amount of the row)."""
    if best <= 0:
        return
    naming: dict[str, float] = {}  # code → the best score of a sentence naming it
    for u in units:
        if not u.row and u.match >= REFERRING * best:
            for code in row_codes.named_codes(u.text):
                naming[code] = max(naming.get(code, u.score), u.score)
    if not naming:
        return
    for u in units:
        if not u.row or (u.period is not None and not fit(u.period, timeframe)):
            continue
        scores = [naming[c] for c in row_codes.own_code(u) if c in naming]
        if scores:
            u.score += max(0.0, min(REFERRED * min(1.0, u.match / best), max(scores) - u.score))
            u.referred = True  # quoted however its own words match (compose.choose)


def named_clauses(row: Unit) -> list[str]:
    """The numbers of the clauses a row names ("Training an image model (clause 17.6)")."""
    return [m.group(1) for m in _CLAUSE.finditer(row.text)] if row.row else []


def rules_of(row: Unit, units: list[Unit]) -> list[Unit]:
    """The sentences opening a clause the row names, or its sub-clauses ("(clause 9)":
    "9.1 …", "9.2 …"), best-scored first: the rule behind the row's figure."""
    numbers = named_clauses(row)
    if not numbers:
        return []
    opening = [u for u in units if not u.row and (n := _opens(u)) and _within(n, numbers)]
    return sorted(opening, key=lambda u: -u.score)


def _opens(u: Unit) -> str | None:
    """The number of the clause the sentence opens with ("17.6 Using … requires …")."""
    number = clause_at(u.text, 0)
    return number if number and u.text.lstrip("*# ").startswith(number) else None


def _within(number: str, named: list[str]) -> bool:
    """Whether clause `number` is one of `named` or a sub-clause of one ("9.2" of "9")."""
    return any(number == n or number.startswith(f"{n}.") for n in named)


def with_rule(lead: Unit, chosen: list[Unit], units: list[Unit], limit: int) -> list[Unit]:
    """`chosen` with the sentence opening the clause the answering row names ("Training an
    image model (clause 17.6)": "17.6 … requires a separate written consent"): the rule
    behind its figure, when there is room, or in place of the same row's figure for
    another period (next year's column of it), which adds least; and a second sub-clause
    of it ("9.2 … at most two weather days") if there is still room."""
    rules = [r for r in rules_of(lead, units) if not any(repeats(r, c) for c in chosen)]
    if not rules:
        return chosen
    if len(chosen) >= limit:
        code = row_codes.own_code(lead)
        same = [c for c in chosen if c.row and c is not lead and row_codes.own_code(c) & code]
        if not code or not same:
            return chosen
        chosen = [c for c in chosen if c is not min(same, key=lambda c: c.score)]
    chosen = [*chosen, rules[0]]
    if len(rules) > 1 and len(chosen) < limit:
        chosen.append(rules[1])
    return chosen


def with_named_rows(chosen: list[Unit], units: list[Unit], limit: int, now: bool) -> list[Unit]:
    """`chosen` with, while there is room, the row each chosen sentence names by its code
    ("paid under Art. 14.2 (row AL-12 of Annex A)"), or its paragraph's lead does: the
    figure the sentence speaks of, from another document's table if need be. When the
    question is about `now`, a replaced row is not the one named."""
    out = list(chosen)
    for sentence in sorted((c for c in chosen if not c.row), key=lambda c: -c.score):
        if len(out) >= limit:
            break
        codes = row_codes.named_by(sentence)
        rows = [
            u
            for u in units
            if u.row
            and codes & row_codes.own_code(u)
            and not (now and u.superseded)
            and not any(repeats(u, c) for c in out)
        ]
        if rows:
            out.append(max(rows, key=lambda u: u.score))
    return out
