""" "Who pays the excess?" / "qui paie la franchise ?" asks for a party, not an amount, and
"combien de prises max par heure ?" counts, as "how many takes" does (answering/kinds.py):
a rate row's amount is no answer to either. "Franchise" is the insurance excess (glossary)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.kinds import wanted_kinds


@pytest.mark.parametrize(
    "question",
    [
        "who pays the insurance excess if a horse is injured?",
        "qui paie la franchise d'assurance si un cheval est blessé ?",
        "qui doit payer le transport des chevaux ?",
        "who covers the vet bill?",
        "who pays for separate rooms?",  # no "rate" inside "separate"
    ],
)
def test_who_pays_asks_for_no_amount(question):
    assert "money" not in wanted_kinds(question)


@pytest.mark.parametrize(
    "question",
    ["who pays for travel and how much?", "how much do they pay?", "c combien le cachet ?"],
)
def test_an_amount_asked_with_it_is_still_an_amount(question):
    assert "money" in wanted_kinds(question)


@pytest.mark.parametrize(
    "question, money",
    [
        ("combien de prises max par cheval par heure ?", False),
        ("combien d'heures de repos ?", False),
        ("combien de plus qu'avant ?", True),
        ("combien d'argent pour le scan ?", True),
        ("combien de frais de déplacement ?", True),
        ("combien d'euros par jour ?", True),
        ("combien de roupies pour le scan ?", True),
    ],
)
def test_combien_de_counts_unless_it_asks_for_money(question, money):
    assert ("money" in wanted_kinds(question)) is money


AGREEMENT = """# Equestrian Agreement 2026–2028

In force from 1 July 2026.

## Article 4 – Stunt riders

Art. 4.1 A stunt rider is paid per shooting day of 10 hours.

| Role | Unit | Rate |
|---|---|---|
| Stunt rider | per shooting day | ₦126,000 |
| Saddle fall supplement | per take | ₦24,000 |
| Horse fall supplement | per take | ₦58,000 |

## Article 13 – Insurance

Art. 13.1 The producer insures every rider, handler and supplied animal for the whole
engagement.
Art. 13.2 The producer pays any insurance excess on a claim arising from the engagement; no
excess is ever deducted from a rider's or a handler's fees.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("who-pays")
    return answerer_over(root, {"agreement.md": AGREEMENT}, bundled_embedder, dt.date(2026, 12, 6))


@pytest.mark.parametrize(
    "question",
    [
        "who pays the insurance excess if my horse gets hurt on set?",
        "qui paie la franchise d'assurance si un cheval est blessé en tournage ?",
    ],
)
def test_who_pays_is_answered_by_the_clause_not_a_rate(answerer, question):
    answer = answerer.ask(question)
    assert answer.kind == "answer"
    first = answer.text.splitlines()[0]
    assert "excess" in first and "₦" not in first
