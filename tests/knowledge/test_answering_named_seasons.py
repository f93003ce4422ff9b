"""A sentence that names the season or contract year its figures are for ("Pour la saison
2027/28, le supplément … est ramené à 395,00 lei") gives them that year, not its
document's start (answering/dating.py, season_named): asked about now, the figure in force
now answers, and next season's waits for its season."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.dating import season_named
from knowledge.timeframe import Period

RIDER = """# Rider No. 3 – mounted supplement

Signed 24 November 2026, in force from 1 December 2026.

The mounted supplement is reduced from 420,00 lei to 380,00 lei per engagement from
1 December 2026.

For season 2027/28, the mounted supplement is reduced from 440,00 lei to 395,00 lei per
engagement.
"""


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("Pour la saison 2027/28, le supplément est ramené à 395,00 lei.", 2027),
        ("For the 2027-28 season the fee is $5.00.", 2027),
        ("In contract year 2026-2027, the rate is $5.00.", 2026),
        ("Season 2027/28: 395,00 lei.", 2027),
    ],
)
def test_a_sentence_names_the_year_of_its_figures(sentence, first):
    period = season_named(sentence)
    assert period == Period(dt.date(first, 1, 1), dt.date(first + 1, 12, 31), years=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "The 2023-2026 agreement paid $4.00.",  # an agreement's term, not one year
        "Rates for 2026/27 and 2027/28 are $1.00 and $2.00.",  # two years: each its own
        "The fee is $5.00 (see Table 2026-27).",  # a label, not the year it is for
        "The fee of $400 paid in 2025-26 is raised to $420.",  # when the old one was paid
    ],
)
def test_what_names_no_one_year_dates_nothing(sentence):
    assert season_named(sentence) is None


def test_next_seasons_figure_waits_for_its_season(tmp_path, bundled_embedder):
    answerer = answerer_over(
        tmp_path, {"rider-3.md": RIDER}, bundled_embedder, today=dt.date(2026, 12, 6)
    )
    answer = answerer.ask("mounted supplement rn?")
    assert answer.grounded
    lead = answer.text.split("\n")[0]
    assert "380,00" in lead
    assert "395,00" not in lead
