"""A figure that lapses on a day its next sentence names: "A temporary supplement of
DT 14.750 per parade is paid to carriers. It lapses on 31 October 2026 unless the parties
renew it in writing", "Elle prend fin le 31 octobre 2026". The figure's period ends that
day (a sunset clause: nothing replaces it, it stops), and the sentence saying so is shown
with it, since it is what the member needs to know of the figure."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .. import figures
from ..timeframe import Period

# the sentence after the figure's, opening on what it is about: "It lapses on", "This
# supplement expires on", "Elle prend fin le", "Ce supplément cesse le"
# (what lapses is the figure's item, not the agreement: "This Agreement expires on …")
_NOT_ITEM = (
    r"(?!(?:agreements?|conventions?|accords?|contracts?|contrats?|ententes?|protocols?|"
    r"protocoles?|memorand\w*|documents?|avenants?|riders?|annex\w*|schedules?)\b)"
)
_LAPSES = re.compile(
    rf"\s*(?:it|il|elle|(?:this|that|ce|cet|cette)\s+{_NOT_ITEM}[^\W\d_]+)\s+"
    r"(?:(?:automatically\s+)?(?:lapses|expires|ends|ceases|runs\s+out|falls\s+away|"
    r"sunsets)\s+(?:on|at\s+the\s+end\s+of)|prend\s+fin\s+le|expire\s+le|cesse\s+le|"
    r"devient\s+caduque?\s+le|s['’]éteint\s+le)\s+([^.;]{4,40}?\d{4})",
    re.I,
)
MAX_FOLLOWING = 160  # characters: the sentence after, shown with the figure's
# one cheap look at a passage before reading its sentences
_ANY = re.compile(
    r"\b(?:lapses|expires|ends|ceases|runs\s+out|falls\s+away|sunsets|prend\s+fin|expire|"
    r"cesse|caduque?|s['’]éteint)\b",
    re.I,
)


@lru_cache(maxsize=512)
def _mentions(text: str) -> bool:
    """Whether a passage says anything lapses: read once per passage, not per sentence."""
    return _ANY.search(text) is not None


def lapse(text: str, sentence: str) -> tuple[dt.date, str] | None:
    """The day the figure of `sentence` lapses, from the sentence right after it in
    `text`, and that sentence; None when it names none."""
    if not _mentions(text):
        return None
    text, sentence = " ".join(text.split()), " ".join(sentence.split())
    at = text.find(sentence)
    if at < 0:
        return None
    after = text[at + len(sentence) : at + len(sentence) + MAX_FOLLOWING + 40]
    m = _LAPSES.match(after)
    if m is None:
        return None
    days = [f for f in figures.extract(m.group(1)) if f.kind == "date"]
    if len(days) != 1:
        return None
    try:
        day = dt.date.fromisoformat(days[0].value)
    except ValueError:
        return None
    end = after.find(". ", m.end())
    following = " ".join(after[: end + 1 if end >= 0 else len(after)].split())
    return day, following if len(following) <= MAX_FOLLOWING else ""


def ended(period: Period | None, day: dt.date) -> Period | None:
    """`period` ending on `day`, the day its figure lapses (or sooner, when it ended
    before); None when it starts after."""
    start = period.start if period is not None else None
    if start is not None and start > day:
        return None
    end = period.end if period is not None and period.end and period.end < day else day
    return Period(start, end)
