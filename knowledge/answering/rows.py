"""Reading table rows against a question: how well a row's label fits it, the column a
unit of time points to ("day rate" → "Daily"), the rows of other documents for the same
items or that print a found figure as the one they replaced (FormerFigures; read to see
what replaces a row, see supersession.py), and the periods of the dated rows whose
amounts a sentence repeats."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Sequence
from functools import cache

from .. import figures
from ..engine import Engine
from ..lexical import STOPWORDS, tokenize
from ..search import Passage
from ..timeframe import Period
from . import successors
from .cues import PAST_COLUMN, PER_UNIT
from .former import NAMES_FORMER
from .generations import PerGeneration
from .periods import cuts_short
from .row_codes import label_cell, named_codes, row_codes
from .units import Unit, cells, cut

LIKE_PASSAGES = 6  # passages with dated rows whose items are looked up in other documents
LIKE_ROWS = 2  # chunks of other documents read for each, for supersession only
CODED_CHUNKS = 8  # chunks of other documents naming found rows' codes, at most


@cache
def _per_unit_tokens() -> dict[str, frozenset[str]]:
    """Token of a unit of time → tokens of its adjectives ("day" → "daili")."""
    words = sorted(PER_UNIT)
    tokens = tokenize(words + [PER_UNIT[w] for w in words])
    return {
        unit[0]: frozenset(adjectives)
        for unit, adjectives in zip(tokens[: len(words)], tokens[len(words) :], strict=True)
        if unit
    }


def per_unit(tokens: list[str]) -> set[str]:
    """The adjectives of the units of time among `tokens`: "day rate" is the "Daily"
    column (found as a translation is: half weight)."""
    table = _per_unit_tokens()
    return {a for t in tokens for a in table.get(t, ())}


@cache
def _month_tokens() -> frozenset[str]:
    return frozenset(t for word in tokenize(sorted(figures.MONTHS)) for t in word)


def label_fits(
    engine: Engine,
    units: list[Unit],
    passages: list[Passage],
    matchers: list[tuple[dict[str, float], frozenset[str]]],
    language: str,
) -> list[float]:
    """Per unit, how much less of its row label's words (weighted by rarity) the
    question has than it has of the best row's: asked about "background performers",
    the row "Background performer" fits better than "Special-skills background
    performer". 0 for the best rows and for prose (rows compete with rows here). Rows in
    another language than the question's compete among themselves, on the question's
    words' translations ("figurant": "background")."""
    asked = {t for weights, expanded in matchers for t in (*weights, *expanded)}
    other = [
        passages[u.passage].metadata.get("language") not in (None, "", language) for u in units
    ]
    own = [bool(u.row) for u in units]
    texts = [label_cell(cells(u.text)) if mine else "" for u, mine in zip(units, own, strict=True)]
    # and each row's section heading, which names what a table's rows are about
    texts += [passages[u.passage].heading.rpartition(" > ")[2] for u in units]
    tokens = tokenize(texts)  # one call
    index = engine.searcher().generation.chunk_index
    months = _month_tokens()
    out = []
    for n, label in enumerate(tokens[: len(units)]):
        words = [
            t
            for t in dict.fromkeys(label)
            if t not in STOPWORDS and t.isalpha() and t not in months
        ]
        if own[n] and not words:
            # a row labelled by its period ("1 March 2026 to 28 February 2027") says
            # when, not what: what it is about is its section's heading ("2.2 Minimum
            # session fee"); without one, it does not compete on its label
            words = [t for t in dict.fromkeys(tokens[len(units) + n]) if t.isalpha()]
            words = [t for t in words if t not in STOPWORDS and t not in months]
            own[n] = bool(words)
        weights = index.idf(words) if words else {}
        total = sum(weights.values())
        out.append(sum(w for t, w in weights.items() if t in asked) / total if total else 0.0)
    best = {
        side: max(
            (f for f, mine, o in zip(out, own, other, strict=True) if mine and o == side),
            default=0.0,
        )
        for side in (False, True)
    }
    return [fit - best[o] if mine else 0.0 for fit, mine, o in zip(out, own, other, strict=True)]


def like_rows(
    engine: Engine,
    question: str,
    passages: list[Passage],
    units: list[Unit],
    former: FormerFigures,
    day: dt.date,
) -> tuple[list[Passage], list[Unit]]:
    """Other documents' table chunks with rows for the items of the dated rows found
    (LIKE_ROWS per passage, the first LIKE_PASSAGES), and with the codes of those that had
    ended by `day` (successors.py), and their units, numbered after `passages`."""
    have = {p.id for p in passages}
    extra: list[Passage] = []
    found = sorted({u.passage for u in units if u.row and u.period is not None})
    for i in found[:LIKE_PASSAGES]:
        for p in engine.like_rows(passages[i], question, LIKE_ROWS):
            if p.id not in have:
                have.add(p.id)
                extra.append(p)
    # and the chunks of other documents that print a found figure as the one they replaced
    # ("Video game voice Session … $302.00 -> $309.00" for the schedule's "A1 … $302.00")
    # (a document the search found by another chunk counts too: its table may not be found)
    for key in dict.fromkeys(f.key for u in units for f in u.figures if f.kind == "money"):
        for p in former.naming(key)[:LIKE_ROWS]:
            if p.id not in have:
                have.add(p.id)
                extra.append(p)
    # and the chunks of other documents that name a found row's code ("From 1 February
    # 2027, the Year 2 amount in row P-3 is replaced by €652.00" for the schedule's "P-3")
    # (any dated row found: few chunks name codes, and the row asked about may rank low)
    coded = 0
    for u in units:
        if not (u.row and u.period is not None) or coded >= CODED_CHUNKS:
            continue
        for code in sorted(row_codes(cells(u.text)[0])):
            named = [p for p in former.coding(code) if p.source != passages[u.passage].source]
            for p in named[:CODED_CHUNKS]:
                if p.id not in have and coded < CODED_CHUNKS:
                    have.add(p.id)
                    extra.append(p)
                    coded += 1
    extra += successors.chunks(engine, units, passages, day, have, question)
    extra += successors.table_chunks(engine, units, passages, day, have)
    extra_units = cut(extra)
    for u in extra_units:
        u.passage += len(passages)
    return extra, extra_units


class FormerFigures:
    """Per figure, the chunks that print it as the figure they replaced ("$226.00
    ($214.00)", "(it was $318.00)", "$302.00 -> $309.00", an "Old" column); per row code,
    the chunks that name it and give an amount ("row P-3 is replaced by €652.00"). Read in
    one pass over the corpus per index generation. Thread-safe."""

    def __init__(self, engine: Engine):
        self.engine = engine
        # one pass over the corpus per generation reads both
        self._read_once = PerGeneration(engine, lambda _: self._read())

    def naming(self, key: str) -> list[Passage]:
        return self._read_once.get()[0].get(key, [])

    def coding(self, code: str) -> list[Passage]:
        """The chunks that name a row code in words ("row P-3", "ligne C-1") and give an
        amount: what a memorandum or a correction says that row now reads."""
        return self._read_once.get()[1].get(code, [])

    def _read(self) -> tuple[dict[str, list[Passage]], dict[str, list[Passage]]]:
        by_key: dict[str, list[Passage]] = {}  # a figure → chunks printing it as replaced
        by_code: dict[str, list[Passage]] = {}  # a row code → chunks naming it, with amounts
        for doc in self.engine.documents():
            for p in self.engine.passages_of(str(doc["source"])):
                codes = named_codes(p.text)
                if codes and any(f.kind == "money" for f in figures.extract(p.text)):
                    for code in codes:
                        by_code.setdefault(code, []).append(p)
                # "| Item | Old | New |": the table's header, repeated above a chunk or in it
                header = str(p.metadata.get("table_header") or "").split("\n", 1)[0]
                heads = [header] if header else []
                heads += [line for line in p.text.splitlines() if line.lstrip().startswith("|")]
                old_column = any(PAST_COLUMN.match(c) for h in heads[:40] for c in cells(h))
                old_column = old_column or any(cuts_short(cells(h)) for h in heads[:2])
                if not (NAMES_FORMER.search(p.text) or old_column):
                    continue
                for key in {k for u in cut([p]) for k in u.former}:
                    by_key.setdefault(key, []).append(p)
        return by_key, by_code


def replacing(
    units: list[Unit],
    passages: list[Passage],
    ranks: list[int] | None,
    extra: list[Passage],
    preceding: Sequence[tuple[Unit, Unit]] = (),
) -> list[Unit]:
    """The rows of `extra` (numbered after `passages`, see like_rows) that replace a unit
    found, already or from a later day: a row the search found is answered by the one that
    replaced it, and a question about that day by the one that will; and those that
    preceded one on the day asked about (successors.preceded_by). Their passages are
    appended to `passages`, at the rank of the unit each stands for in `ranks`."""
    first_extra = len(passages)
    moved: dict[int, int] = {}  # an extra passage → its place in `passages`
    out: dict[int, Unit] = {}
    for u, b in [(u, u.replaced_by) for u in units] + list(preceding):
        if b is None or b.passage < first_extra or id(b) in out:
            continue
        if b.passage not in moved:
            moved[b.passage] = len(passages)
            passages.append(extra[b.passage - first_extra])
            if ranks is not None:
                ranks.append(ranks[u.passage])
        out[id(b)] = b
    for b in out.values():
        b.passage = moved[b.passage]
    return list(out.values())


class DatedRows:
    """Each document's dated table rows by the amounts they state, read once per index
    generation. Thread-safe."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._cache: dict[str, dict[str, list[Unit]]] = {}  # source → amount → dated rows
        self._generation = ""
        self._lock = threading.Lock()

    def period_of_amounts(self, unit: Unit, source: str) -> tuple[Period, bool] | None:
        """The period spanned by the dated table rows of `source` that state the amounts
        of `unit`, and whether they are all labelled superseded — when each of its amounts
        has such a row: a sentence that only repeats them ("The $243 and $253 figures come
        from …") is about their periods."""
        money = [f.key for f in unit.figures if f.kind == "money"]
        if not money:
            return None
        generation = self.engine.searcher().generation.name
        with self._lock:  # answers run on several threads
            if self._generation != generation:
                self._cache.clear()
                self._generation = generation
            by_amount = self._cache.get(source)
            if by_amount is None:
                by_amount = {}
                for u in cut(self.engine.passages_of(source)):
                    if u.row and u.period is not None:
                        for f in figures.extract(u.text):
                            if f.kind == "money":
                                by_amount.setdefault(f.key, []).append(u)
                self._cache[source] = by_amount
        if not all(key in by_amount for key in money):
            return None
        periods = [r.period for key in money for r in by_amount[key] if r.period]
        starts = [x.start for x in periods if x.start]
        ends = [x.end for x in periods if x.end]
        # rows keyed by a contract year ("Season 2026-27") give one to be placed on the
        # corpus's year start, as theirs are (dating.py)
        years = bool(periods) and all(x.years for x in periods)
        span = Period(min(starts, default=None), max(ends, default=None), years=years)
        return span, all(r.labelled_past for key in money for r in by_amount[key])
