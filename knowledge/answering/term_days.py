"""The days of a term a question names, from the document that gives them.

"when does the spring term 2027 start?" and "touring day on 12 January 2027, what's the
day rate?" (a rate "from the first day of the spring term 2027") are answered by the line
of a school's or a venue's calendar that dates the term ("| Trimestre de printemps 2027 |
lundi 11 janvier | vendredi 26 mars 2027 |"), often in another document and another
language than the rate, and one the search need not find. The documents that date each
term are read once per generation (named_periods.py); asked when a term is, or asked about
a figure a unit dates by a term, that document's lines naming the term are brought in
(`apply`), and the line dating the term is quoted: first when the question asks when, next
to the row it dates otherwise (`lift`).
"""

from __future__ import annotations

from ..engine import Engine
from ..generation import Generation
from ..search import Passage
from ..timeframe import Period
from .amendments import bring
from .cues import WANTS_FIGURE, WANTS_WHEN
from .named_periods import named_terms, term_keys
from .units import Unit

MAX_LINES = 4  # a calendar's chunks brought in for one question, at most
TOP_ROWS = 3  # the first units (searched, then best matched) read for a row a term dates


def sources(generation: Generation) -> dict[tuple[str, int], set[str]]:
    """Each dated term → the documents whose text gives its days."""
    out: dict[tuple[str, int], set[str]] = {}
    for record in generation.records:
        for text in (str(record.metadata.get("heading", "") or ""), record.text):
            for key in named_terms(text):
                out.setdefault(key, set()).add(record.source)
    return out


def apply(
    engine: Engine,
    question: str,
    units: list[Unit],
    passages: list[Passage],
    ranks: list[int] | None,
    periods: dict[tuple[str, int], Period],
    dated_in: dict[tuple[str, int], set[str]],
) -> list[Unit]:
    """The units of the lines that date the term the question asks the days of, or that
    the best unit's figure is dated by, when no passage holds them; none otherwise."""
    # before scoring, the rows a term dates are looked for among the search's first units
    keys = list(_naming(question, units[:TOP_ROWS], periods))
    found: list[Passage] = []
    for key in keys:
        have = {p.source for p in passages if key in named_terms(p.text)}
        for source in sorted(dated_in.get(key, set()) - have):
            found += [p for p in engine.passages_of(source) if key in named_terms(p.text)]
    return bring(passages, ranks, found[:MAX_LINES], 0) if found else []


def _naming(
    question: str, rows: list[Unit], periods: dict[tuple[str, int], Period]
) -> dict[tuple[str, int], float | None]:
    """The terms whose days answer: each with the best score of the `rows` it dates, or
    None when the question itself asks when the term is."""
    if WANTS_WHEN.search(question) and not WANTS_FIGURE.search(question):
        return {key: None for _, key in term_keys(question, periods)}
    scores: dict[tuple[str, int], float] = {}
    for u in rows:
        if u.row:
            for _, key in term_keys(u.display, periods):
                scores[key] = max(scores.get(key, u.score), u.score)
    return {key: score for key, score in scores.items()}


def lift(question: str, units: list[Unit], periods: dict[tuple[str, int], Period]) -> None:
    """The line dating a term that answers (see `_naming`) scores as the question's best
    unit when it is asked when the term is, just under the row it dates otherwise, and is
    quoted however few of the question's words it has."""
    best_matched = sorted(units, key=lambda u: -u.match)[:TOP_ROWS]
    naming = _naming(question, best_matched, periods)
    if not naming or not units:
        return
    best = max(u.score for u in units)
    for u in units:
        for key in named_terms(u.text):
            if key in naming:
                namer = naming[key]
                u.score = max(u.score, best + 0.01 if namer is None else namer - 0.01)
                u.referred = True
