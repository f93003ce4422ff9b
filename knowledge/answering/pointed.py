"""Terms an expired document says were replaced, and by which clause: an expired
summary's row "Payment of fees | within thirty (30) days | replaced (Art. 10.1)", or its
line "… (remplacée par l'art. 10.1)". The clause it points to, in another document in
effect by today, answers for it: the row is replaced, and that clause's sentence is
brought into the answer's passages though the search missed it ("under the old agreement
we got paid within 30 days, still the deadline?": 10.1's fifteen days).

Only a unit of a document that has ended (archived) is read, so "see Art. 10.1" in a text
in force is a reference, not a replacement (referred.py follows those)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..engine import Engine
from ..search import Passage
from .amendments import brought_units, most_like
from .units import Unit

MAX_POINTED = 2  # clause chunks brought in for one question
_CLAUSES_READ = 2  # chunks of one clause read (a long clause runs on)
# "replaced (Art. 10.1)", "superseded by Clause 7.2", "remplacée par l'art. 10.1"
_POINTER = re.compile(
    r"\b(?:replaced|superseded|remplacée?s?)\b[^|;.]{0,20}?"
    r"\b(?:art(?:icle)?s?\.?|clause|§)\s*(\d{1,3}(?:\.\d{1,3})*[a-z]?)\b",
    re.I,
)


def apply(
    engine: Engine,
    units: list[Unit],
    passages: list[Passage],
    ranks: list[int] | None,
    today: dt.date,
    start: Callable[[Passage], dt.date | None],
    written: Callable[[Passage], dt.date | None],
) -> list[Unit]:
    """Mark the units of ended documents that point to the clause replacing them, by
    `today`, as replaced by that clause's sentence most like them; return the units of
    the clause chunks brought in (their passages appended to `passages`, at the rank of
    the unit's passage in `ranks`). `start` gives a document's effective date, `written`
    when it was written (openings.DocumentStarts)."""

    def since(p: Passage) -> dt.date | None:
        return start(p) or written(p)

    have = {p.id: i for i, p in enumerate(passages)}
    first_new = len(passages)
    pointing: list[tuple[Unit, list[int]]] = []
    for u in units:
        if u.archived is None or u.replaced or u.replaced_by is not None:
            continue
        m = _POINTER.search(u.line or u.text)
        if m is None:
            continue
        old = passages[u.passage]
        # the clause of another document, in effect by today (the expired one's own
        # dates say little: a summary is written after the agreement that replaced it)
        chunks = [
            c
            for c in engine.clause_chunks(m.group(1), old.source)
            if (day := since(c)) is None or day <= today
        ][:_CLAUSES_READ]
        new = [c for c in chunks if c.id not in have]
        if not chunks or len(passages) - first_new + len(new) > MAX_POINTED:
            continue
        for c in chunks:
            if c.id not in have:
                have[c.id] = len(passages)
                passages.append(c)
                if ranks is not None:
                    ranks.append(ranks[u.passage])
        pointing.append((u, [have[c.id] for c in chunks]))
    added = brought_units(passages, first_new)
    candidates = units + added
    for u, among in pointing:
        options = [x for x in candidates if x.passage in among and not x.row]
        if options:
            u.replaced_by = most_like(u, options)
            u.superseded = u.replaced = True
    return added
