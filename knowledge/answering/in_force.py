"""What is in force on the day asked: a figure replaced by then (or replaced before it
began: a misprint, a rate changed before it took effect) is left out, unless the question
asks about the change or names the figure; a sentence that prints an old figure beside its
new one gives way to one giving the new one alone; and a replaced figure that is shown
is shown with what replaced it."""

from __future__ import annotations

import datetime as dt

from .. import figures
from ..timeframe import Timeframe
from .cues import ASKS_STILL, asks_change
from .periods import fit
from .unit import AMOUNTS
from .units import Unit

# a sentence printing a replaced figure beside its new one gives way to a unit that gives
# the new one alone, if that scores this close to it
RESTATED_MARGIN = 0.3


def in_force(question: str, units: list[Unit], timeframe: Timeframe) -> list[Unit]:
    """Asked about now or a named day, the figure in force then answers: one that a newer
    figure for the same item had replaced by then is left out (and one replaced before
    its period began, whatever the day), and so is a row's column of the figures it
    replaced, unless the question asks about the change or the past, or names one of the
    figures ("the $243 figure"; an injected "$315" names none); so is a row not yet in
    force on the day asked whose item's row in force then is found (`not_yet`). A figure
    whose period merely ended, with nothing newer for it, stays, labelled."""
    if asks_change(question):
        return units
    named = {f.key for f in figures.extract(question) if f.kind in AMOUNTS}
    # "where does the $243 come from?" asks of that figure; "is it still $243?" asks what
    # is in force
    if named & {f.key for u in units for f in u.figures} and not ASKS_STILL.search(question):
        return units
    for u in units:  # "New: $223; Former: $212" shows the figure in force
        if u.without_past:
            u.display = u.without_past
    asked = timeframe.period.start

    def replaced_by_then(u: Unit) -> bool:
        if u.void or ((u.replaced or _only_former(u)) and timeframe.is_now):
            return True
        end = u.period.end if u.period is not None else None
        # replaced by the day asked, though not yet today ("jan 15 2027", a note's new
        # rate from 1 January 2027)
        by_then = u.replaced or u.replaced_by is not None
        return by_then and end is not None and asked is not None and end < asked

    restating = _restating([u for u in units if not replaced_by_then(u)])
    gone = [u for u in units if replaced_by_then(u)]
    kept = [
        u for u in units if not replaced_by_then(u) and id(u) not in restating and not u.not_yet
    ]
    shown = {id(u) for u in kept}
    for u in gone:  # what replaced a term answers what the member asked of that term
        b = u.replaced_by or _naming(u, kept)
        if b is not None and id(b) in shown:
            b.score, b.match = max(b.score, u.score), max(b.match, u.match)
    return kept or units


def _shown(u: Unit) -> set[str]:
    """The keys of the amounts and shares a unit shows."""
    return {f.key for f in figures.extract(u.display) if f.kind in AMOUNTS}


def _only_former(u: Unit) -> bool:
    """A sentence whose every amount is one it (or the sentence after it) says was replaced:
    "« Chaque défilé est payé 128,000 DT. »" before "Ce taux ne s'applique plus", "$421.00
    was a typing error"."""
    if u.row or not u.former:
        return False
    shown = _shown(u)
    return bool(shown) and shown <= u.former


def _naming(u: Unit, kept: list[Unit]) -> Unit | None:
    """The unit that names `u`'s figures as the ones it replaced and gives new ones ("Ce
    taux ne s'applique plus … : un défilé est payé 142,500 DT"), when `u` prints only
    former figures."""
    if not _only_former(u):
        return None
    for x in kept:
        new = _shown(x) - x.former
        if x.former & u.former and new:
            return x
    return None


def with_replacements(chosen: list[Unit], day: dt.date, limit: int) -> list[Unit]:
    """A figure shown though replaced by `day` (the day asked about: named by the question,
    or asked about as the past) is shown with what replaced it, right after it: never an old
    or misprinted figure alone. At most `limit`: the last quotes that are neither make
    room."""
    out = list(chosen)  # units compared by identity: two rows may read alike
    for u in chosen:
        b = u.replaced_by
        began = b is not None and (b.period is None or not b.period.start or b.period.start <= day)
        if (u.void or (u.replaced and began)) and b is not None and all(b is not x for x in out):
            at = next(n for n, x in enumerate(out) if x is u)
            out.insert(at + 1, b)
    while len(out) > limit:
        shown = {id(x) for x in out}
        pairs = {id(x) for u in out if id(u.replaced_by) in shown for x in (u, u.replaced_by)}
        spare = [u for u in out[1:] if id(u) not in pairs]
        if not spare:
            break
        out = [x for x in out if x is not spare[-1]]
    return out[:limit]


def _restating(units: list[Unit]) -> set[int]:
    """The units that still print a figure they say was replaced ("the scan fee of $85 is
    replaced by a scan fee of $110") while another unit, naming no replaced figure and
    scoring nearly as well, gives their new one: that one answers, without the old figure
    beside it. By id."""
    best: dict[str, float] = {}
    for u in units:
        for f in u.figures if not u.former else ():
            if f.kind in AMOUNTS:
                best[f.key] = max(best.get(f.key, u.score), u.score)
    out = set()
    for u in units:
        shown = _shown(u)
        new = shown - u.former
        near = u.score - RESTATED_MARGIN
        if u.former & shown and new and all(best.get(k, near - 1) >= near for k in new):
            out.add(id(u))
    return out


def stand_in(rows: list[Unit], units: list[Unit], timeframe: Timeframe) -> None:
    """A row replaced from a day before the one asked about ("From February 1, 2027, the
    amount in row B-5 is replaced by $9.12", asked about 15 February), or before it ever
    applied, is answered by what replaced it: that unit scores at least as the row would
    have, had its period fit. `rows`: the units that may stand so (not a row for another
    band or category than the one asked about)."""
    have = {id(u) for u in units}
    for a in rows:
        b = a.replaced_by
        if not a.row or b is None or id(b) not in have or a.period is None or b.period is None:
            continue
        share = fit(b.period, timeframe)
        if share <= 0:
            continue
        if a.void:  # never in force: its score is the row's own
            b.score = max(b.score, a.score)
        elif timeframe.explicit and fit(a.period, timeframe) == 0:
            b.score = max(b.score, a.score + 0.3 + 0.4 * share)
