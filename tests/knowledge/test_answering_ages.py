"""How old whom a member asks for is, and the age brackets of rows and clauses
(answering/ages.py): "my daughter is 9" is answered by the row of the 6–11 bracket, "ma
fille de 10 ans" by the share of those under 16; a person given an age is no unknown
subject, nor a word a passage must hold."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.ages import age_tokens, aged_words, brackets, fit, stated

# One row per bracket, each in its own chunk of a long table would be as well: the
# brackets differ, the rest of the rows is alike.
RATES = """# Youth Rate Sheet 2026

Minimum fees for minors, from 1 January 2026 to 31 December 2026.

| Code | Work | Age bracket | Unit | Minimum fee |
|---|---|---|---|---|
| J-1 | Journée de tournage / Day on set | under 6 | per day | CHF 305.00 |
| J-2 | Journée de tournage / Day on set | 6–11 | per day | CHF 360.00 |
| J-3 | Journée de tournage / Day on set | 12–15 | per day | CHF 415.00 |
| J-4 | Journée de tournage / Day on set | 16–17 | per day | CHF 475.00 |
| J-5 | Journée de tournage / Day on set | adult (18 and over) | per day | CHF 620.00 |

## Trust account

Part of every fee paid to a minor is set aside in a blocked trust account until the
minor turns eighteen.

| Âge | Part versée sur le compte bloqué |
|---|---|
| Moins de 16 ans | 20 % du cachet brut |
| 16 et 17 ans | 15 % du cachet brut |
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("ages")
    return answerer_over(
        root, {"youth-rates-2026.md": RATES}, bundled_embedder, dt.date(2026, 12, 4)
    )


@pytest.mark.parametrize(
    ("question", "age"),
    [
        ("my daughter is 9, whats the minimum day rate on set rn?", 9),
        ("mon fils a 14 ans, c combien la demi-journée ?", 14),
        ("how long can a 7 yr old work on set?", 7),
        ("day rate for my 4-year-old?", 4),
        ("c'était combien pour une ado de 16 ans en 2025 ?", 16),
        ("my son just turned 12, does his rate change?", 12),
        ("the rate for a kid aged 9", 9),
    ],
)
def test_an_age_is_read_where_it_is_said_to_be_one(question, age):
    assert stated(question) == age


@pytest.mark.parametrize(
    "question",
    [
        "I have 20 years of experience, what's my rate?",
        "j'ai 5 ans d'ancienneté",
        "il y a 3 ans on était payés moins",
        "I'm 9 hours in, is it overtime?",
        "ma fille a 2 tournages cette semaine",
        "my daughter is 9 and my son is 12, what are their rates?",  # two ages: unclear
    ],
)
def test_a_number_of_years_or_hours_is_no_age(question):
    assert stated(question) is None


def test_brackets_are_read_from_cells_headed_by_an_age_and_beside_age_words():
    assert brackets("**J-2** — Work: Day on set; Age bracket: 6–11; Minimum fee: CHF 360") == [
        (6, 11)
    ]
    assert brackets("**J-1** — Âge / Age: moins de 6 ans; Cachet: Fr. 305.–") == [(0, 5)]
    assert brackets("**J-5** — Age bracket: adult (18 and over)") == [(18, float("inf"))]
    sentence = (
        "twenty per cent (20%) for a minor under sixteen (16) and fifteen per cent (15%) "
        "for a minor of sixteen (16) or seventeen (17)"
    )
    assert brackets(sentence) == [(0, 15), (16, 17)]
    # numbers that are not ages: clauses, dates, hours, and brackets as column names
    assert brackets("Articles 6-11 apply from 1–3 July 2026") == []
    assert brackets("between 9 and 17 hours") == []
    assert brackets("**A-1** — Rule: Maximum time per day; Under 6: 4 h; 6–11: 6 h") == []


def test_a_text_fits_an_age_when_one_of_its_brackets_holds():
    sentence = (
        "20% for a minor under sixteen (16) and 15% for a minor of sixteen (16) or seventeen (17)"
    )
    assert fit(10, sentence) == 1  # one share per bracket: the clause covers the case
    assert fit(10, "Age bracket: 16–17") == -1
    assert fit(10, "Work: Day on set") == 0
    assert fit(None, "Age bracket: 16–17") == 0


def test_the_person_given_an_age_and_the_age_itself_are_set_apart():
    assert "ado" in aged_words("c'était combien pour une ado de 16 ans en 2025 ?")
    assert "daughter" in aged_words("daughter is 16 — what's her day rate?")
    assert aged_words("what is the day rate?") == set()
    # the person, the age and "years old" are not words a passage must hold
    assert age_tokens("my 10 year old daughter, what's her day rate?") >= {
        "daughter",
        "10",
        "year",
        "old",
    }
    assert age_tokens("what's the day rate?") == set()


@pytest.mark.parametrize(
    ("question", "fee", "others"),
    [
        ("my daughter is 9, whats the minimum day rate on set rn?", "360", ["415", "305"]),
        ("mon fils a 14 ans, c'est combien la journée de tournage ?", "415", ["360", "475"]),
        ("whats the day rate for my 4 year old?", "305", ["360"]),
    ],
)
def test_the_row_of_the_childs_bracket_answers(answerer, question, fee, others):
    first = answerer.ask(question).text.splitlines()[0]
    assert fee in first
    assert not any(o in first for o in others)


def test_the_share_of_the_childs_bracket_answers_and_the_person_is_no_unknown_subject(
    answerer,
):
    answer = answerer.ask("c quel pourcentage sur le compte bloqué pour une ado de 12 ans ?")
    assert "20 %" in answer.text.splitlines()[0]
    assert "15 %" not in answer.text.splitlines()[0]
