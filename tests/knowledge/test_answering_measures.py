"""A unit of measure asked for by name ("combien de kN minimum ?", "how many kg") asks for
that measure, not a minimum fee or a share (answering/kinds.py), unless the rest of the
question asks for one; so does a threshold asked ("à partir de quel poids on touche le
supplément ?", "from what height"), unless the question asks how much too."""

from __future__ import annotations

import pytest
from small_corpus import answerer_over

from knowledge.answering.kinds import wanted_kinds

FAQ = """# Foire aux questions

## Le harnais

Chaque harnais est homologué pour au moins 22 kN et vérifié par le gréeur avant chaque
jour de vol.

## L'indemnité d'équipement

L'indemnité d'équipement et de harnais est de 6 400,00 ₱ par année, versée avec la
première paie de l'exercice.
"""


@pytest.mark.parametrize(
    ("question", "unwanted"),
    [
        ("le harnais doit être homologué pour combien de kN minimum ?", {"money", "pct"}),
        ("how many kg can the suit weigh max?", {"money", "pct"}),
        ("what is the minimum wind speed in km/h?", {"money", "pct"}),
    ],
)
def test_a_measure_asked_by_its_unit_is_no_amount(question, unwanted):
    assert not wanted_kinds(question) & unwanted


@pytest.mark.parametrize(
    "question",
    [
        "à partir de quel poids on touche le supplément costume lourd svp ?",
        "from what height is the high fall supplement paid?",
        "above what temperature do we get the heat allowance?",
    ],
)
def test_a_threshold_asked_is_no_amount(question):
    assert not wanted_kinds(question) & {"money", "pct"}


@pytest.mark.parametrize(
    "question",
    [
        "at what rate is overtime paid?",
        "how many hours do i get paid minimum and at what hourly?",
        "from what age do kids get the supplement, and how much is it?",
        # a threshold of money or of pay is an amount
        "above what income do i pay the higher dues?",
        "à partir de quel budget on passe au tarif plein ?",
    ],
)
def test_a_rate_or_an_amount_asked_beside_a_threshold_is_still_an_amount(question):
    assert "money" in wanted_kinds(question)


def test_a_measure_asked_beside_a_pay_element_keeps_the_amount():
    assert "money" in wanted_kinds("combien de mètres pour la bande haute, et le supplément ?")


def test_the_measure_leads_not_an_allowance(tmp_path, bundled_embedder):
    answerer = answerer_over(tmp_path, {"faq.md": FAQ}, bundled_embedder)
    answer = answerer.ask("le harnais doit être homologué pour combien de kN minimum ?")
    assert answer.grounded
    assert "22 kN" in answer.text.split("\n")[0]
