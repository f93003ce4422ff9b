"""Clauses that a newer document replaces in so many words.

An amending memorandum or letter names the clause it replaces: "Section 14.3 of the
Agreement is deleted and replaced, from the Effective Date, by the following: …". A
sentence of clause 14.3 of an older document is then replaced from the day the
amending document takes effect, though no figure of the two is for the same item
("48 hours" and "three business days" are the same rule, differently counted). The
amending passage is brought into the answer's passages, so that the clause in force
can be quoted even when the search missed it.

An amendment in part ("In clause 13.2, for the words “within 30 days” substitute “within
14 days”") replaces only the clause's sentences that print the words it strikes out, each
by a unit of the amending text that reads as that sentence then does ("… deletes the
capture within 14 days."); the clause's other sentences stay in force.

The amending document must be another one, take effect after the amended one was
written, and have taken effect by today: a letter that takes effect next month does
not yet replace anything. Which documents amend which clauses is read once per index
generation (amended.amended_clauses).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from .. import figures
from ..engine import Engine
from ..lexical import tokenize
from ..search import Passage
from ..structure import clause_at
from ..substitutions import bare, struck_from, substituted
from ..timeframe import Period
from .unit import LASTING, MEASURED
from .units import Unit, cut

MAX_AMENDING = 3  # amending chunks brought in for one question


def apply(
    engine: Engine,
    units: list[Unit],
    passages: list[Passage],
    ranks: list[int] | None,
    today: dt.date,
    start: Callable[[Passage], dt.date | None],
    written: Callable[[Passage], dt.date | None],
    gone: set[str] | frozenset[str] = frozenset(),
) -> list[Unit]:
    """Mark the units of clauses another document has replaced by `today`; return the
    units of the amending chunks, whose passages are appended to `passages` (at the rank
    of the passage they amend, in `ranks`). `start` gives a document's effective date,
    `written` when it was written (see openings.DocumentStarts); the documents `gone`
    were withdrawn before they took effect (withdrawn.py) and amend nothing."""
    have = {p.id: i for i, p in enumerate(passages)}
    added: list[Unit] = []
    replaced: list[tuple[Unit, list[int]]] = []  # each replaced unit, its amending passages
    amended_reads: dict[int, str] = {}  # a sentence amended in part: how it reads now
    first_new = len(passages)
    # per clause: the day it is amended from, the amending chunks and, when it is amended
    # in part, the words it loses
    found: dict[tuple[str, str], tuple[dt.date, list[Passage], list[str]] | None] = {}
    for u in units:
        p = passages[u.passage]
        if p.metadata.get("kind") == "article" or u.replaced:
            continue
        at = _position(p.text, u.text)
        number = clause_at(p.text, at) if at is not None else None
        if number is None:
            continue
        if (p.source, number) not in found:  # each clause's sentences share its amendment
            amending = [
                a
                for a in engine.amending(p.source, number)
                if a.source not in gone and _names(engine, a, p, number)
            ]
            since = _amended_from(amending, p, today, start, written)
            if since is None:
                found[(p.source, number)] = None
            else:
                day, amending = since
                struck = [w for a in amending for w in struck_from(a.text, number)]
                found[(p.source, number)] = (day, amending, struck)
        amended = found[(p.source, number)]
        if amended is None:
            continue
        day, amending, struck = amended
        if struck and not any(w in bare(u.text) for w in struck):
            continue  # amended in part: this sentence keeps its words, and is in force
        if not all(a.id in have for a in amending) and len(passages) - first_new >= MAX_AMENDING:
            continue  # its replacement could not be quoted: left as it is
        own = u.period.start if u.period is not None and u.period.start else written(p)
        end = u.period.end if u.period is not None else None
        if own is not None and own >= day:
            u.void = True  # replaced before it began
        else:
            last = day - dt.timedelta(days=1)
            u.period = Period(own, min(end, last) if end else last)
            u.period_label = ""
        u.superseded = u.replaced = True
        replaced.append((u, [have[a.id] for a in amending if a.id in have]))
        if struck:  # in part: the sentence as the amendment makes it read
            reads = next(
                filter(None, (substituted(u.text, a.text, number) for a in amending)), None
            )
            if reads is not None:
                amended_reads[id(u)] = reads
        for a in amending:
            if a.id in have:
                continue
            have[a.id] = len(passages)
            passages.append(a)
            replaced[-1][1].append(have[a.id])
            if ranks is not None:
                ranks.append(ranks[u.passage])
    added += brought_units(passages, first_new)
    # Each replaced unit is answered by the amending sentence most like it: "(a) … not
    # less than three (3) business days" for "… not less than forty-eight (48) hours".
    candidates = units + added
    for u, among in replaced:
        options = [x for x in candidates if x.passage in among]
        if options:
            u.replaced_by = by = most_like(u, options)
            if (reads := amended_reads.get(id(u))) is not None:
                # "… within 14 days.": the clause's sentence as amended, a unit of its own
                # of the amending text (matched by what it says), not "for the words …"
                u.replaced_by = reading = replace(
                    by, text=reads, display=reads, without_past="", former=frozenset()
                )
                added.append(reading)
                by.replaced, by.replaced_by = True, reading  # said once, as it reads
    return added


def bring(
    passages: list[Passage], ranks: list[int] | None, found: list[Passage], rank: int
) -> list[Unit]:
    """The units of `found`, appended to `passages` (each ranked `rank`) for a question
    whose search missed them."""
    first = len(passages)
    for p in found:
        passages.append(p)
        if ranks is not None:
            ranks.append(rank)
    return brought_units(passages, first)


def brought_units(passages: list[Passage], first: int) -> list[Unit]:
    """The units of the passages brought in from index `first` on, numbered by position."""
    out: list[Unit] = []
    for i in range(first, len(passages)):
        for x in cut([passages[i]]):
            x.passage = i
            out.append(x)
    return out


def most_like(unit: Unit, options: list[Unit]) -> Unit:
    """The option that gives a figure like the unit's (an amount, a share, a length of
    time), if any does, and of those the one whose words are most like the unit's (their
    share in common): "deleted within 180 days" is replaced by "They are deleted within
    ninety (90) days", not by its clause's opening sentence that gives no time."""
    own = _measures(unit.text)
    return max(options, key=lambda x: (bool(own & _measures(x.text)), _overlap(unit.text, x.text)))


def _measures(text: str) -> set[str]:
    """What a text's figures measure: an amount, a share, a length of time (any unit)."""
    kinds = {f.kind for f in figures.extract(text) if f.kind in MEASURED}
    return {"time" if k in LASTING else k for k in kinds}


def _position(text: str, unit_text: str) -> int | None:
    """Where a unit starts in its passage's text, its lines wrapped or not."""
    words = unit_text.split()[:8]
    if not words:
        return None
    m = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return m.start() if m else None


def _names(engine: Engine, amending: Passage, amended: Passage, number: str) -> bool:
    """Whether the amending document is about the amended one: when other documents also
    have a clause `number`, its opening names a word of the amended document's title that
    theirs lack ("Screen Agreement", not "Video Game Agreement")."""
    others = {s for s in engine.clause_sources(number) if s not in (amending.source,)}
    if len(others) <= 1:
        return True
    titles = {s: set(tokenize([_title(engine, s)])[0]) for s in others}
    own = titles.get(amended.source, set())
    distinct = own - set().union(*(t for s, t in titles.items() if s != amended.source))
    opening = " ".join(x.text for x in engine.passages_of(amending.source)[:2])
    return bool(distinct & set(tokenize([f"{amending.title} {opening}"])[0]))


def _title(engine: Engine, source: str) -> str:
    passages = engine.passages_of(source)[:1]
    return passages[0].title if passages else source


def _overlap(a: str, b: str) -> float:
    ta, tb = (set(t) for t in tokenize([a, b]))
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


def _amended_from(
    amending: list[Passage],
    amended: Passage,
    today: dt.date,
    start: Callable[[Passage], dt.date | None],
    written: Callable[[Passage], dt.date | None],
) -> tuple[dt.date, list[Passage]] | None:
    """The day from which the earliest of the `amending` chunks replaces a clause of
    `amended`'s document, and those chunks; None when none does by `today`."""
    since = written(amended)
    by_day: dict[dt.date, list[Passage]] = {}
    for a in amending:
        if a.metadata.get("kind") == "article":
            continue  # a news report tells of an amendment; it does not make one
        day = start(a)
        if day is None or day > today or (since is not None and day <= since):
            continue
        by_day.setdefault(day, []).append(a)
    if not by_day:
        return None
    day = min(by_day)
    return day, by_day[day]
