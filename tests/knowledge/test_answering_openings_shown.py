"""A chosen sentence is shown after its paragraph's opening sentence when that one also
matches the question (support.with_leads): "A Producer may not refuse to engage an
artist … because the artist refuses" reads under "Consent … is not a condition of
engagement". Once per paragraph, and never an opening whose figures would wear another
period's label."""

from __future__ import annotations

import datetime as dt

from knowledge import figures
from knowledge.answering.support import with_leads
from knowledge.answering.units import Unit
from knowledge.timeframe import Period

OPENING = "§ 16.3 Consent to a digital replica is not a condition of engagement."


def _unit(text: str, match: float, lead: str = "", passage: int = 0) -> Unit:
    u = Unit(passage=passage, text=text, display=text, lead=lead, match=match, score=match)
    u.figures = [f for f in figures.extract(text) if f.kind in ("money", "pct")]
    return u


def test_a_sentence_is_shown_under_the_opening_that_matches_too():
    refuses = _unit(
        "A Producer may not refuse to engage an artist because the artist refuses.", 0.65, OPENING
    )
    opening = _unit(OPENING, 0.53)
    other = _unit("Consent is given in writing for each project.", 0.6, passage=1)
    shown = with_leads([refuses, other], [refuses, opening, other])
    assert shown[0].display == f"{OPENING} {refuses.text}"
    assert other.display == other.text
    # chosen as well, the opening is not shown a second time
    refuses.display = refuses.text
    shown = with_leads([refuses, opening], [refuses, opening])
    assert [u.display for u in shown] == [f"{OPENING} {refuses.text}"]


def test_an_opening_that_matches_little_is_left_out():
    refuses = _unit(
        "A Producer may not refuse to engage an artist because the artist refuses.", 0.9, OPENING
    )
    opening = _unit(OPENING, 0.3)
    assert with_leads([refuses], [refuses, opening])[0].display == refuses.text


def test_two_sentences_of_a_paragraph_show_the_opening_once():
    first = _unit("It may be withdrawn on thirty (30) days' notice.", 0.7, OPENING)
    second = _unit("Withdrawal does not affect uses already made.", 0.6, OPENING)
    opening = _unit(OPENING, 0.6)
    shown = with_leads([first, second], [first, second, opening])
    assert [u.display.startswith(OPENING) for u in shown] == [True, False]


def test_an_opening_whose_figures_are_of_another_period_is_left_out():
    lead = "The $243 and $253 figures come from the draft 2023 agreement."
    says = _unit("Stand-In Central says the raise was retroactive.", 0.8, lead)
    says.period = Period(dt.date(2023, 11, 9), None)
    opening = _unit(lead, 0.8)
    opening.period, opening.superseded = Period(dt.date(2023, 11, 9), dt.date(2026, 6, 30)), True
    assert with_leads([says], [says, opening])[0].display == says.text


def test_only_the_openings_shown_within_a_sentence_are_left_out():
    # a chosen quote that happens to be part of another's text stays
    short = _unit("Consent is given in writing.", 0.6, passage=2)
    longer = _unit("Consent is given in writing. It names each project.", 0.7, passage=3)
    assert with_leads([longer, short], [longer, short]) == [longer, short]


def test_a_chosen_opening_that_states_the_figure_stays_the_unit_shown():
    # "5.2 … a premium of ₾65.00" and the sentence after it: shown together as the unit
    # that states the figure, so that it can still lead the answer on its figure
    opening = _unit("5.2 A visit from 18:00 on Christmas Eve is paid a premium of $65.00.", 0.9)
    after = _unit("A visit that starts before 18:00 carries no premium.", 0.8, opening.text)
    shown = with_leads([opening, after], [opening, after])
    assert shown == [opening]
    assert opening.display == f"{opening.text} {after.text}"
    assert [f.kind for f in shown[0].figures] == ["money"]
    # the sentence after it, the better answer, shows the opening within it instead
    opening.display, after.score = opening.text, 1.0
    shown = with_leads([opening, after], [opening, after])
    assert shown == [after] and after.display == f"{opening.text} {after.text}"
