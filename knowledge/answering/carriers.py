"""Which units carry the figure a question asks for: an amount, a share or a length of time
("how much", "how long"), or a day ("when is the next meeting?", "c'est quand ?"). The
best of them are quoted even when a sentence without a figure matches the question's words
better ("The committee records this memorandum at its next meeting"); asked about the next
or coming one, a day that has come is no answer to it."""

from __future__ import annotations

import datetime as dt
import re

from .. import figures
from .cues import ASKS_AMOUNT, ASKS_DAY
from .kinds import wanted_kinds
from .units import Unit

DAY_MATCH = 0.5  # a day's sentence matches the question at least this share of the best
_NEXT = re.compile(r"\b(?:next|upcoming|coming|prochain\w*|à venir)\b", re.I)


def wanted_carriers(
    question: str, ranked: list[Unit], chosen: list[Unit], today: dt.date | None, least: float
) -> list[Unit]:
    """The units, best first, that carry the figure asked for (a day: in a passage the
    answer quotes, or in a sentence matching the question at DAY_MATCH of the best; a coming
    one when the next is asked); asked an amount and a share together ("the base rate and
    the weekend premium"), the best carrier of each matching at `least` of the best first.
    For a day asked, and no amount, none when a unit already `chosen` gives one: any dated
    sentence carries a day."""
    best = max((u.match for u in ranked), default=0.0)
    if not (ASKS_AMOUNT.search(question) or ASKS_DAY.search(question)):
        return []
    wanted = wanted_kinds(question)
    if not ASKS_AMOUNT.search(question) and _coming(
        question, [u for u in chosen if wanted & u.kinds], today
    ):
        return []
    carriers = [u for u in ranked if wanted & u.kinds]
    if not ASKS_AMOUNT.search(question):  # a day, where the answer reads or about it
        quoted = {c.passage for c in chosen}
        carriers = [u for u in carriers if u.passage in quoted or u.match >= DAY_MATCH * best]
    carriers = upcoming(question, carriers, today)
    both = sorted(wanted & {"money", "pct"}) if wanted >= {"money", "pct"} else []
    matching = [u for u in carriers if u.match >= least * best]
    firsts = [next((u for u in matching if kind in u.kinds), None) for kind in both]
    best_each = list({id(u): u for u in firsts if u is not None}.values())  # units by identity
    ahead = {id(u) for u in best_each}
    return sorted(best_each, key=lambda u: -u.score) + [u for u in carriers if id(u) not in ahead]


def upcoming(question: str, carriers: list[Unit], today: dt.date | None) -> list[Unit]:
    """The carriers stating a day from `today` on, when the question asks on what day the
    next one is ("when is the next meeting?"); else all of them (or when none does)."""
    return _coming(question, carriers, today) or carriers


def _coming(question: str, units: list[Unit], today: dt.date | None) -> list[Unit]:
    """The units stating a day from `today` on, when the next one is asked; else all."""
    if today is None or not (ASKS_DAY.search(question) and _NEXT.search(question)):
        return units
    day = today.isoformat()
    return [
        u
        for u in units
        if any(f.kind == "date" and str(f.value) >= day for f in figures.extract(u.text))
    ]
