"""Documents that say they have ended ("This agreement expired on 30 April 2025 and was
replaced by …", openings.py): their lines are quoted for the past only. When the question
asks nothing of the past and the terms in force answer it nearly as well, an expired
summary's "meal penalty 25.00 francs" is left out rather than set beside, or before, the
current CHF 35.00. A figure whose period merely ended, in a document that does not say
so, stays: nothing newer may give it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..lexical import STOPWORDS, tokenize
from ..timeframe import Timeframe
from .cues import ASKS_STILL, asks_change
from .unit import Unit

# A member checking an old term ("my old contract said …, still the case?") names its
# figure and words, so the expired line matches best; the terms in force answer when they
# match at least this share as well as it does.
STILL_SHARE = 0.4
# An answer led by a figure no longer in force, asked about now, shows the best figure in
# force beside it when that matches at least this share as well as the lead does.
NOW_SHARE = 0.4


def without_archived(
    question: str, units: list[Unit], timeframe: Timeframe, share: float
) -> list[Unit]:
    """`units` without those of a document that says it has ended, over by the day asked,
    when the question asks nothing of the past and another unit matches it at least
    `share` as well: then the terms in force answer, not the expired summary's."""
    day = timeframe.period.start or timeframe.period.end or timeframe.today
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
    day = timeframe.period.start or timeframe.period.end or timeframe.today
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


def with_current(
    question: str,
    lead: Unit,
    chosen: list[Unit],
    units: list[Unit],
    timeframe: Timeframe,
    limit: int,
) -> list[Unit]:
    """`chosen` with, beside a `lead` whose figure is no longer in force on a question about
    now ("the old agreement paid a one-time Rs 30,000 for a voice clone: what is it now?"),
    the best-scoring unit in force that gives a figure of the same kind, matches at least
    NOW_SHARE as well and shares two of the question's words with the lead (it is about
    the same thing: "voice", "clone"; one when the lead shares only one): what applies is
    shown, not only what did."""
    day = timeframe.period.start or timeframe.period.end or timeframe.today
    # replaced, expired with its document, or marked past; not a ballot or a period that
    # merely ran out ("applied 2026-10-26 → 2026-11-02"), which nothing newer stands for
    replaced = lead.replaced or lead.replaced_by is not None or lead.followed
    gone = (lead.superseded and (replaced or lead.archived or lead.labelled_past)) or _past(
        lead, day
    )
    if not timeframe.is_now or not lead.figures or not gone:
        return chosen
    asked = {t for t in tokenize([question])[0] if t not in STOPWORDS}
    about = {t for t in tokenize([lead.text])[0] if t in asked and t.isalpha()}
    if not about and not lead.lead and not lead.under:
        return chosen

    def same_thing(u: Unit) -> bool:
        """Matched nearly as well, and an item of the lead's own list or paragraph ("Le
        débriefing … : – c'était 30 minutes … – au moins 45 minutes") or sharing its words."""
        if u.match < NOW_SHARE * lead.match:
            return False
        if u.passage == lead.passage and (
            (lead.under and u.under == lead.under) or (lead.lead and u.lead == lead.lead)
        ):
            return True
        return bool(about) and len(about & set(tokenize([u.text])[0])) >= min(2, len(about))

    kinds = {f.kind for f in lead.figures}
    shown = {id(u) for u in chosen}
    current = [
        u
        for u in units
        if id(u) not in shown
        and not u.superseded
        and not u.proposed
        and not u.not_yet
        and not _past(u, day)
        and kinds & {f.kind for f in u.figures}
        and same_thing(u)
        and not (u.period is not None and u.period.start is not None and u.period.start > day)
    ]
    if not current:
        return chosen
    best = max(current, key=lambda u: u.score)
    if best.lead and best.lead == lead.lead:  # its list's intro is shown with the lead
        best = replace(best, display=best.text)
    at = next(n for n, u in enumerate(chosen) if u is lead)
    return [*chosen[: at + 1], best, *chosen[at + 1 :]][:limit]
