"""A number the question gives for one kind of figure ("is it still 60 days?") is not
matched by a unit that writes it for another ("60 km", "up to 60 s"): the claim's number
says what the member remembers, not what the answer is about (matching.other_kind)."""

from __future__ import annotations

from knowledge.answering.matching import claimed_numbers, other_kind
from knowledge.answering.units import Unit


def test_a_number_written_for_another_kind_does_not_match():
    claimed = claimed_numbers("is it still 60 days for them to pay us?")
    assert claimed == {"60": "days"}
    assert other_kind(claimed, Unit(0, "Touring per diem (more than 60 km)", "")) == {"60"}
    assert other_kind(claimed, Unit(0, "Notice of sixty (60) days is given.", "")) == set()
    assert other_kind(claimed, Unit(0, "Fees are paid within 30 days.", "")) == set()
    assert other_kind(claimed, Unit(0, "A synthetic voice, up to 60 s: $395.", "")) == {"60"}
    # a question with no measured figure keeps every number ("Tier 2", "Band 3")
    assert claimed_numbers("what is the Tier 2 rate for a 60 second spot?") == {}


def test_a_term_checked_by_its_duration_asks_that_duration():
    from knowledge.answering.kinds import wanted_kinds

    # "pay" would make it a money question; the figure checked is a number of days
    assert wanted_kinds("is it still 60 days for them to pay us like under the old deal?") == {
        "days"
    }
    assert wanted_kinds("on est payé dans les 21 jours après la semaine de paie c'est ça ?") == {
        "days"
    }
    # an amount checked, or asked for in so many words, stays a money question
    assert "money" in wanted_kinds("is the rate still $302 a session?")
    assert "money" in wanted_kinds("how much is it still per day, 3 days?")
    assert "money" in wanted_kinds("do i still get my day rate if the shoot runs 10 hours?")


def test_a_deadline_is_a_day_or_a_delay():
    from knowledge.answering.kinds import wanted_kinds

    assert {"date", "days"} <= wanted_kinds("deadline to send the guild copies of my forms?")
    assert "date" in wanted_kinds("c'est quoi la date limite pour renvoyer le formulaire ?")
