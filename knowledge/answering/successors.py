"""A schedule's row continued by a later schedule: a row whose period has ended ("W-2,
Weather presenter, weekly: 2025/26: Rs 24,300") is continued by the row with the same
code in another document's table for a later period ("W-2, Présentateur·rice météo,
engagement hebdomadaire: 2026-2027: 25 100,00 Rs"). The code names the item, whatever
language the labels are in, so the later row is read though the question's words found
only the old one, and it answers for the old one on a day it covers: the old row is
then replaced (in_force.py leaves it out and gives its score to its successor).

The other way round, a row found for a day before it took effect ("A-8 … par jour :
265,00 $" from 1 October 2026, asked about 27 February 2026) is preceded by the row with
its code that covered that day ("A-8 Re-enactment background | Oct. 1/25 – Feb. 28/26 |
$240.00"): the figure in force then is read and answers for it.

Only a row with a code of its own is continued, by a row with that code and an amount
near its own (SUCCESSOR_RATIO): a successor raises or trims a rate, it does not make it
another item's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..engine import Engine
from ..lexical import tokenize
from ..search import Passage
from .row_codes import own_code
from .unit import cells
from .units import Unit

SUCCESSOR_CHUNKS = 8  # chunks of other documents read for the codes of ended rows, at most
SUCCESSOR_RATIO = 1.5  # a successor's amount is within this ratio of the row's, either way
SUCCESSOR_MATCH = 0.8  # of the best match, for a row read without its successor's help
TABLE_PASSAGES = 3  # found passages with ended rows whose own tables are read further
TABLE_CHUNKS = 2  # chunks of each such table read


def _ended(u: Unit, day: dt.date) -> bool:
    return bool(u.row and u.period is not None and u.period.ended_before(day) and own_code(u))


def chunks(
    engine: Engine,
    units: list[Unit],
    passages: list[Passage],
    day: dt.date,
    have: set[str],
    question: str = "",
) -> list[Passage]:
    """Other documents' chunks with a row coded as a found row that had ended by `day`
    (SUCCESSOR_CHUNKS at most: first for the rows that share most words with `question`,
    then in the order their passages were found)."""
    out: list[Passage] = []
    ended = [u for u in units if _ended(u, day)]
    asked = set(tokenize([question])[0])
    shared = (
        [len(asked.intersection(t)) for t in tokenize([u.text for u in ended])] if ended else []
    )
    order = sorted(range(len(ended)), key=lambda i: (-shared[i], ended[i].passage))
    for u in (ended[i] for i in order):
        for code in sorted(own_code(u)):
            for p in engine.coded_rows(code, passages[u.passage].source):
                if len(out) >= SUCCESSOR_CHUNKS:
                    return out
                if p.id not in have:
                    have.add(p.id)
                    out.append(p)
    return out


def table_chunks(
    engine: Engine, units: list[Unit], passages: list[Passage], day: dt.date, have: set[str]
) -> list[Passage]:
    """The other chunks of the tables of found rows that had ended by `day` (TABLE_CHUNKS
    for each of the first TABLE_PASSAGES of them): a long table's later rows ("From 6
    April 2027 (announced)") may be in a chunk the search did not find."""
    out: list[Passage] = []
    ended = dict.fromkeys(u.passage for u in units if _ended_row(u, day))
    for i in list(ended)[:TABLE_PASSAGES]:
        for p in engine.same_table(passages[i], TABLE_CHUNKS):
            if p.id not in have:
                have.add(p.id)
                out.append(p)
    return out


def _ended_row(u: Unit, day: dt.date) -> bool:
    return bool(u.row and u.period is not None and u.period.ended_before(day))


def _label(u: Unit) -> str:
    """A row's label, lower-cased: its first cell, before any " — " ("presenter, full day")."""
    return " ".join(cells(u.text)[0].partition(" — ")[0].strip("* ").lower().split())


def _amounts(u: Unit) -> list[float]:
    return [float(f.value) for f in u.figures if f.kind == "money"]


def _near(a: Unit, b: Unit) -> bool:
    """Whether an amount of `b` is within SUCCESSOR_RATIO of one of `a`'s."""
    return any(
        x > 0 and y > 0 and max(x, y) / min(x, y) <= SUCCESSOR_RATIO
        for x in _amounts(a)
        for y in _amounts(b)
    )


def continued_by(
    units: list[Unit], more: list[Unit], passages: list[Passage], day: dt.date
) -> list[tuple[Unit, Unit]]:
    """Mark each row of `units` that had ended by `day`, and that nothing newer replaces
    yet, as replaced by the row of another document (of `units` or `more`) with its code,
    an amount near its own and a period that covers `day` and starts after the row's.
    The pairs whose successor is of `more` (read for this, not found): see
    `kept_successors`."""
    pairs: list[tuple[Unit, Unit]] = []
    read = {id(b) for b in more}
    candidates = [
        b for b in units + more if b.row and b.period is not None and b.period.contains(day)
    ]
    for a in units:
        if a.replaced_by is not None or not _ended_row(a, day) or a.period is None:
            continue
        source, code, end, label = passages[a.passage].source, own_code(a), a.period.end, _label(a)
        later = [
            b
            for b in candidates
            if (
                (passages[b.passage].source != source and own_code(b) & code)
                # or, in a transposed table, its own table's later row for the same item
                # ("Presenter, full day — From 6 April 2027: £590.00")
                or (
                    a.per_column
                    and b.per_column
                    and passages[b.passage].source == source
                    and _label(b) == label
                )
            )
            and b.period is not None
            and b.period.start is not None
            and end is not None
            and b.period.start >= end
            and _near(a, b)
        ]
        if later:
            b = min(later, key=lambda b: b.period.start if b.period and b.period.start else day)
            a.replaced_by, a.replaced, a.superseded = b, True, True
            if id(b) in read:
                pairs.append((a, b))
    return pairs


def preceded_by(
    units: list[Unit],
    more: list[Unit],
    passages: list[Passage],
    day: dt.date,
    last: dt.date | None = None,
) -> list[tuple[Unit, Unit]]:
    """Pairs of a row of `units` not yet in force on the days asked, `day` to `last`
    (marked `not_yet`), and the row of another document, read in `more`, with its code,
    an amount near its own and a period that covers `day` and ends before the first one
    starts, or runs on (the latest such row)."""
    pairs: list[tuple[Unit, Unit]] = []
    covering = [b for b in more if b.row and b.period is not None and b.period.contains(day)]
    for a in units:
        start = a.period.start if a.row and a.period is not None else None
        if start is None or start <= (last or day) or not (code := own_code(a)):
            continue
        source = passages[a.passage].source
        earlier = [
            b
            for b in covering
            if passages[b.passage].source != source
            and own_code(b) & code
            and b.period is not None
            and (b.period.end is None or b.period.end < start)
            and _near(a, b)
        ]
        if earlier:
            a.not_yet = True  # the figure in force on the day asked answers for it
            pairs.append((a, max(earlier, key=_start)))
    return pairs


def _start(u: Unit) -> dt.date:
    return u.period.start if u.period is not None and u.period.start else dt.date.min


def kept_successors(pairs: list[tuple[Unit, Unit]], units: list[Unit], best: float) -> list[Unit]:
    """`units` with the successors the search did not find answering for the rows they
    continue, no better: scored as that row, so that a current period does not lift it
    over what the question matched best (a harp's cartage row, not the next season's
    tutti fee); and only for a row matched nearly as well as the best match
    (SUCCESSOR_MATCH): the next season of a row the question barely matched is left out,
    as that row is once ended."""
    dropped = set()
    for a, b in pairs:
        b.score = min(b.score, a.score)
        if a.match < SUCCESSOR_MATCH * best:
            dropped.add(id(b))
    return [u for u in units if id(u) not in dropped]


def lift_found(
    units: list[Unit],
    read: list[tuple[Unit, Unit]],
    weight: float,
    preceding: Sequence[tuple[Unit, Unit]] = (),
) -> None:
    """A later row the search found for itself ("Tournage / Shoot — Ligne: D-1 ◆") answers
    for the row it continues ("D-1 — Work: Day on set") as well as that row covered the
    question's words: their code says they are one item, whatever each label says. Raised
    by `weight` per share of coverage it lacks (those only `read` for it are scored as that
    row instead, see `kept_successors`); so does the row that `preceded` a found one on the
    day asked about (`preceded_by`)."""
    skipped = {id(b) for _, b in read}
    gain: dict[int, float] = {}
    for a, b in [(a, a.replaced_by) for a in units] + list(preceding):
        if b is None or id(b) in skipped or not (a.row and b.row) or not own_code(a) & own_code(b):
            continue
        gain[id(b)] = max(gain.get(id(b), 0.0), weight * (a.coverage - b.coverage))
    for b in units:
        if gain.get(id(b), 0.0) > 0:
            b.score += gain[id(b)]
