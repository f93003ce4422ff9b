"""Quotes that complete an answer's others: the opening sentence of a quoted sentence's
paragraph, when it matches the question too ("Consent … is not a condition of
engagement" above "A Producer may not refuse to engage an artist … because the artist
refuses"), and the sentence of prose that matches the question best beside an answer of
table rows alone (the rule their figures are paid under: "paid in full", "overtime
starts fifteen minutes after the end"); and the sentence that matches the question best,
when the scores of dated lines left it out."""

from __future__ import annotations

import re

from .unit import repeats
from .units import SHOW_WITH_LEAD, Unit

SUPPORT_MATCH = 0.6  # a supporting quote matches the question at least this share as well
# a sentence of prose matching the question this near the best match: the best-scored of
# them (the one whose bracket the member's case falls in: "36 h before" is "less than 48
# hours", not "between 48 hours and 5 days") is the rule beside rows
NEAR_BEST = 0.95


def with_leads(chosen: list[Unit], units: list[Unit]) -> list[Unit]:
    """Each chosen sentence whose paragraph opens with a sentence that also matches the
    question (SUPPORT_MATCH of the best) is shown after that opening, when both are short:
    "A Producer may not refuse to engage an artist … because the artist refuses" reads
    under "Consent to a digital replica is not a condition of engagement"."""
    best_match = max((u.match for u in units), default=0.0)
    shown = {(u.passage, u.lead) for u in chosen if u.lead and u.display.startswith(u.lead)}
    placed: set[tuple[int, str]] = set()  # the openings now shown within a sentence
    merged: set[int] = set()  # sentences now shown within their chosen opening
    for u in chosen:  # the opening once per paragraph: two sentences under it repeat it
        if u.row or not u.lead or (u.passage, u.lead) in shown:
            continue
        if len(u.lead) + len(u.display) > SHOW_WITH_LEAD:
            continue
        opening = next(
            (o for o in units if o.passage == u.passage and o.text == u.lead and not o.row), None
        )
        if (
            opening is not None
            and opening.match >= SUPPORT_MATCH * best_match
            # its figures would wear the sentence's label: the same, or none at all
            and (
                not opening.figures
                or (opening.period == u.period and opening.superseded == u.superseded)
            )
        ):
            shown.add((u.passage, u.lead))
            if any(c is opening for c in chosen) and opening.score >= u.score:
                # the opening chosen, and the better of the two, stays the unit that
                # answers (its figures pick what leads), shown with the sentence after it
                opening.display = f"{opening.display} {u.display}"
                merged.add(id(u))
                continue
            u.display = f"{u.lead} {u.display}"
            placed.add((u.passage, u.lead))
    # the opening itself, if chosen, is now shown within the sentence it opens
    return [c for c in chosen if (c.passage, c.text) not in placed and id(c) not in merged]


def with_prose(lead: Unit, chosen: list[Unit], units: list[Unit], limit: int) -> list[Unit]:
    """An answer of table rows alone, when a sentence of prose matches the question best
    (the rows outscore it on the figures they give), gets that sentence (or the
    best-scored of those matching nearly as well, NEAR_BEST) in place of its
    weakest row: the rule the figures are paid under ("a session cancelled less than 48
    hours before is paid in full", "overtime starts fifteen minutes after the end")."""
    if len(chosen) < 2 or not all(u.row for u in chosen):
        return chosen
    best_match = max(u.match for u in units)
    prose = [
        u
        for u in units
        if not u.row
        and u.match >= NEAR_BEST * best_match
        and not (u.proposed or u.superseded or u.archived is not None)  # left out before
        and not any(repeats(u, c) for c in chosen)
    ]
    if not prose:
        return chosen
    rule = max(prose, key=lambda u: u.score)
    if len(chosen) >= limit:  # a row that matches the question better than it stays
        spare = [c for c in chosen if c is not lead and c.match < rule.match]
        if not spare:
            return chosen
        weakest = min(spare, key=lambda c: c.score)
        chosen = [c for c in chosen if c is not weakest]
    return [*chosen, rule]


def with_closest(
    chosen: list[Unit],
    units: list[Unit],
    budget: int,
    news: frozenset[int],
    language: str | None,
    limit: int,
) -> list[Unit]:
    """`chosen` with the unit that matches the question best, however far below the best
    score the bonuses of dated lines left it (a certificate's rule beside a notice's), when
    there is room: not a news report's (its figure is what was reported, ranked down for
    it), nor a fourth line of one passage, nor what a chosen one says."""
    if not chosen or len(chosen) >= limit or not units:
        return chosen
    best_match = max(u.match for u in units)
    closest = max(units, key=lambda u: (u.match >= best_match, u.score))
    if (
        closest in chosen
        or closest.passage in news
        or sum(c.passage == closest.passage for c in chosen) >= 3
        or any(repeats(closest, c, language) for c in chosen)
        or len(closest.display) + 60 > budget  # what the chosen ones left
    ):
        return chosen
    return [*chosen, closest]


# a sentence that points back to the rule before it: "… was carried forward in this way"
_POINTS_BACK = re.compile(
    r"\b(?:in\s+(?:this|that|the\s+same)\s+way|this\s+rule|that\s+rule|de\s+cette\s+"
    r"(?:façon|manière)|de\s+la\s+même\s+(?:façon|manière)|selon\s+cette\s+règle)\b",
    re.I,
)


def with_what_follows(chosen: list[Unit], units: list[Unit]) -> list[Unit]:
    """A chosen sentence that announces what follows ("Pour une lecture en français, la
    phrase est :") shown with the sentence after it (the phrase itself), and one that
    points back to the rule before it ("… was carried forward in this way") after that
    sentence (chosen or not: it is then shown there only), when the other is no list item,
    is not chosen itself (the announced) and both are short (SHOW_WITH_LEAD)."""
    shown = {id(c) for c in chosen}
    position = {id(o): n for n, o in enumerate(units)}
    merged: set[int] = set()  # chosen sentences now shown within another
    for u in chosen:
        announces = u.display.rstrip().endswith(":")
        if u.row or id(u) in merged or not (announces or _POINTS_BACK.search(u.display)):
            continue
        at = position.get(id(u))
        near = at + (1 if announces else -1) if at is not None else -1
        other = units[near] if 0 <= near < len(units) else None
        if (
            other is not None
            and other.passage == u.passage
            and not other.row
            and not other.intro
            and (id(other) not in shown or not announces)  # the rule, chosen or not
            and len(u.display) + len(other.display) < SHOW_WITH_LEAD
        ):
            pair = (u.display, other.display) if announces else (other.display, u.display)
            u.display = " ".join(pair)
            merged |= {id(other)} if id(other) in shown else set()
            shown.add(id(other))
    return [c for c in chosen if id(c) not in merged]
