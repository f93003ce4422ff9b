"""Designators defined by a number of seats or a budget: a question that gives the
number asks about the designator whose range holds it (answering/ranges.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering import ranges

DEFINITIONS = (
    "§ 2.8 Categories. Minimum amounts depend on the category of the venue or the "
    "production. (a) Stage musicals and live shows: Category I, a theatre of more than "
    "1,200 seats; Category II, from 500 to 1,200 seats; Category III, fewer than 500 seats. "
    "(b) Music videos and tours: Category I, a production budget of more than $5 million; "
    "Category II, from $1 million to $5 million; Category III, less than $1 million."
)


@pytest.mark.parametrize(
    ("question", "designated"),
    [
        ("je danse dans une salle de 400 places, c'est quoi mon minimum?", "3"),
        ("pit musician in a 900-seat theatre, weekly minimum?", "2"),
        ("1,500 seat house, weekly rate?", "1"),
        ("music video with a $2M budget, day rate?", "2"),
        ("tournée avec un budget de 6 000 000 $, tarif?", "1"),
    ],
)
def test_a_number_of_seats_or_a_budget_designates_its_range(question, designated):
    found = ranges.designated(question, ranges.read([DEFINITIONS]))
    assert found.get("categori") == designated


def test_a_number_that_is_no_seat_count_or_budget_designates_nothing():
    defined = ranges.read([DEFINITIONS])
    assert ranges.designated("i worked 900 hours this year, what's my rate?", defined) == {}
    assert ranges.designated("the fee is $2M?", defined) == {}  # no budget said
    assert ranges.designated("400 places", []) == {}


SCHEDULE = """# Schedule A: weekly minimums

Signed on 20 August 2025.

| Code | Category | Work | Unit | 1 Sep 2026 – 31 Aug 2027 |
|---|---|---|---|---|
| D-1 | Category I | Dancer, stage musical | per week | $1,530.60 |
| D-2 | Category II | Dancer, stage musical | per week | $1,357.50 |
| D-3 | Category III | Dancer, stage musical | per week | $1,204.50 |
"""


def test_the_row_of_the_range_answers(tmp_path, bundled_embedder):
    documents = {"agreement.md": f"# Agreement\n\n{DEFINITIONS}\n", "schedule-a.md": SCHEDULE}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 3))
    answer = answerer.ask(
        "je danse dans une salle de 400 places, c'est quoi mon minimum par semaine?"
    )
    assert "1,204.50" in answer.text.splitlines()[0]
    answer = answerer.ask("dancer in a 900-seat theatre, weekly minimum?")
    assert "1,357.50" in answer.text.splitlines()[0]


STEPS = """# Schedule B: seniority steps

A puppeteer moves to Step 2 after 150 completed shows and to Step 3 after 400.

| Step | Completed shows | Show rate | Back pay per show for 1 March – 30 June 2026 |
|---|---|---|---|
| Step 1 | fewer than 150 | $ 212.00 | $ 9.00 |
| Step 2 | from 150 to 399 | $ 236.00 | $ 14.00 |
| Step 3 | from 400 onward | $ 259.00 | $ 21.00 |
"""


@pytest.mark.parametrize(
    ("question", "step"),
    [
        ("done 420 shows so far, what's my show rate?", "3"),
        ("j'ai fait 200 spectacles, mon cachet ?", None),  # "spectacles" is not what it counts
        ("I'm on 149 completed shows, which rate?", "1"),
        ("150 shows done: rate?", "2"),
    ],
)
def test_a_count_of_what_a_ranges_label_counts_designates_it(question, step):
    found = ranges.designated(question, ranges.read([STEPS]))
    assert found.get("step") == step


def test_an_amount_is_no_count_and_a_range_may_start_at_zero_or_be_said_in_prose():
    defined = ranges.read([STEPS])
    for question in ("paid $ 14 per show?", "is it ₡420 per show?", "2 weeks of shows"):
        assert ranges.designated(question, defined) == {}, question
    prose = ranges.read(
        ["Step 2: from 150 to 399 shows.", "| Step | Shows |\n|---|---|\n| Step 1 | 0 to 149 |"]
    )
    assert ranges.designated("I did 12 shows", prose) == {"step": "1"}
    assert ranges.designated("I did 212 shows", prose) == {"step": "2"}


def test_the_steps_rate_is_in_force_beside_its_dated_back_pay_column(tmp_path, bundled_embedder):
    answerer = answerer_over(tmp_path, {"steps.md": STEPS}, bundled_embedder, dt.date(2026, 12, 3))
    first = answerer.ask("puppeteer with 420 completed shows: what's my show rate?").text
    # the show rate leads, not "no longer in force" though its row's back pay column ended
    assert "259.00" in first.splitlines()[0] and "no longer" not in first.splitlines()[0]
    assert "236.00" not in first and "212.00" not in first  # nor another step's rate
