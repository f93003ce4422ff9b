"""The day of a ratification, for terms that take effect on it.

An agreement signed "subject to ratification" often says a clause "takes effect on
ratification", or that back pay is paid "within 30 days of ratification", and leaves the
day to another document: the minutes of the vote ("La convention est ratifiée le 19
novembre 2026"), a bulletin, an e-mail ("the members ratified the new agreement on 19
November 2026"). A member asks "do I get it for a session on 10 November?" or "by when is
the back pay paid?": the answer quoting such a term also quotes the sentence that dates
the ratification, from whichever document holds it (`with_day`). The documents saying so
are found once per index generation (`Structure.ratifying`, read from every chunk); the
one brought in for a question is appended to its passages (`apply`).

Only a sentence that says a ratification happened, or will, on a full date: not
"subject to ratification", "if ratified" nor "once ratified". Ratification is a word of
any union's agreements, not any corpus's topic.
"""

from __future__ import annotations

from dataclasses import replace

from ..engine import Engine
from ..ratification import anchored, dates_ratification, ratification_days, ratifying
from ..search import Passage
from .amendments import bring
from .units import Unit


def apply(
    engine: Engine, units: list[Unit], passages: list[Passage], ranks: list[int] | None
) -> list[Unit]:
    """When a unit is dated by a ratification and no passage says when it was, bring in
    the chunk that does (of the unit's own document if it has one, else the first found)
    and return its units (its passage appended to `passages`, at the rank of the first
    such unit's passage in `ranks`)."""
    anchors = [u for u in units if anchored(u.text)]
    if not anchors or any(ratifying(p.text) for p in passages):
        return []
    chunks = engine.ratifying()
    if not chunks:
        return []
    # of the term's own document, else the latest vote: an earlier agreement's minutes
    # ("the 2019 agreement, ratified on 5 March 2019") date an earlier term
    own = {passages[u.passage].source for u in anchors}
    chunk = next((c for c in chunks if c.source in own), None) or max(chunks, key=_latest)
    rank = ranks[anchors[0].passage] if ranks is not None else 0
    return bring(passages, ranks, [chunk], rank)


def with_day(lead: Unit, chosen: list[Unit], units: list[Unit], limit: int) -> list[Unit]:
    """`chosen` with the sentence dating the ratification when a chosen sentence, or one of
    the answer's own paragraph ("7.2 … $65.00 per workshop. This clause takes effect on
    ratification."), takes effect by it and none says when it was: that sentence too, and
    the day, in place of the least-scored supporting quotes if there is no room (the
    answer's lead stays first)."""
    if any(dates_ratification(u.text) for u in chosen):
        return chosen
    own = [
        u
        for u in units
        if u.passage == lead.passage and _paragraph(u) == _paragraph(lead) and anchored(u.text)
    ]
    # shown without the paragraph's first sentence the answer's lead already shows
    anchors = [u for u in chosen if anchored(u.text)] or [
        replace(u, display=u.text) for u in own[:1]
    ]
    days = [u for u in units if not u.row and dates_ratification(u.text)]
    if not anchors or not days:
        return chosen
    wanted = [u for u in (*anchors[:1], max(days, key=lambda u: u.score)) if u not in chosen]
    rest = sorted((c for c in chosen if c is not lead and c not in anchors), key=lambda c: c.score)
    while len(chosen) + len(wanted) > limit:
        if not rest:
            return chosen
        drop = rest.pop(0)
        chosen = [c for c in chosen if c is not drop]
    return [*chosen, *wanted]


def _paragraph(u: Unit) -> str:
    """The first sentence of a unit's paragraph: its own, or the one it follows."""
    return u.lead or u.text


def _latest(chunk: Passage) -> str:
    """The latest day a chunk says a ratification happened (ISO, comparable as text)."""
    return max(ratification_days(chunk.text), default="")
