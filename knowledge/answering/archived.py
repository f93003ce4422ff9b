"""Documents that say they have ended ("This agreement expired on 30 April 2025 and was
replaced by …", openings.py): their lines are quoted for the past only. When the question
asks nothing of the past and the terms in force answer it nearly as well, an expired
summary's "meal penalty 25.00 francs" is left out rather than set beside, or before, the
current CHF 35.00. A figure whose period merely ended, in a document that does not say
so, stays: nothing newer may give it."""

from __future__ import annotations

import datetime as dt

from ..timeframe import Timeframe
from .cues import ASKS_STILL, asks_change
from .unit import Unit

# A member checking an old term ("my old contract said …, still the case?") names its
# figure and words, so the expired line matches best; the terms in force answer when they
# match at least this share as well as it does.
STILL_SHARE = 0.4


def without_archived(
    question: str, units: list[Unit], timeframe: Timeframe, share: float
) -> list[Unit]:
    """`units` without those of a document that says it has ended, over by the day asked,
    when the question asks nothing of the past and another unit matches it at least
    `share` as well: then the terms in force answer, not the expired summary's."""
    day = timeframe.period.start or timeframe.today
    if asks_change(question):
        return units
    if ASKS_STILL.search(question):
        share = min(share, STILL_SHARE)
    old = [u for u in units if _past(u, day)]
    rest = [u for u in units if not _past(u, day)]
    if not old or not rest:
        return units
    if max(u.match for u in rest) < share * max(u.match for u in old):
        return units  # only the expired document speaks of it: quoted, labelled
    return rest


def without_ended(
    question: str, lead: Unit, chosen: list[Unit], timeframe: Timeframe
) -> list[Unit]:
    """`chosen` without the lines of a document that says it has ended ("This summary
    describes the agreement that expired …": "Meal break within six hours; penalty 25.00
    francs"), over by the day asked, when the answer itself is in force then and the
    question asks nothing of the past: the old terms would only stand beside the ones
    that apply. A line whose period merely ended stays: nothing newer may give it."""
    day = timeframe.period.start or timeframe.today
    if asks_change(question) or ended(lead, day):
        return chosen
    return [u for u in chosen if u is lead or not _past(u, day)]


def _past(u: Unit, day: dt.date) -> bool:
    """A line of a document that says it has ended, over by `day`."""
    if u.archived is None:
        return False
    # a line with no period of its own ("scans were deleted within twelve (12) months")
    # ended with its document
    return ended(u, day) or (u.period is None and u.archived < day)


def ended(u: Unit, day: dt.date) -> bool:
    """Whether the unit's period was over by `day` (with no period: whether it is
    superseded)."""
    return u.superseded if u.period is None else u.period.ended_before(day)
