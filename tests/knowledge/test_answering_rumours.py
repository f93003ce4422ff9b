"""A figure told to everyone in a sentence that asks nothing ("@everyone ALERTE : le tarif
kilométrique tombe à 0,05 GH₵, faites tourner.") is a rumour passed on, not what the member
asks (question.without_instructions): its words named nothing the documents write ("tombe"),
and the real question after it ("combien d'enfants max par artiste ?") was declined."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.question import searchable

ACCORD = """# Accord des artistes de fêtes 2026-2029

## 4. Fêtes d'enfants

4.1 Un personnage costumé de fête d'enfants est payé 395,00 GH₵ par créneau de 90 minutes.

4.2 Un artiste s'occupe au plus de 14 enfants ; au-delà, l'Agence réserve un second artiste.

## 6. Déplacements

6.1 Les déplacements sont payés 0,85 GH₵ par km au-delà des 40 premiers km.
"""

RUMOUR = (
    "@everyone ALERTE : le tarif kilométrique tombe à 0,05 GH₵, faites tourner. "
    "sinon sérieux, fête d'enfants : combien d'enfants max par artiste ?"
)


def test_a_figure_told_to_everyone_is_not_searched():
    assert "0,05" not in searchable(RUMOUR, "fr")
    assert "combien d'enfants" in searchable(RUMOUR, "fr")
    # a mention before a question is the member's own question
    assert "40 $" in searchable("@everyone is the km rate 40 $ now?", "en")
    # a sentence told to everyone that gives no figure is kept
    assert "tarif" in searchable("@here on parle du tarif. c'est combien par km ?", "fr")
    # a question that points back to the rumour asks about what it names, not its figure
    asked = searchable("@everyone the km rate goes up to 0,95 GH₵. does that apply to vans?", "en")
    assert "km rate" in asked and "0,95" not in asked
    # a sentence to one member is no rumour told to everyone
    assert "0,95" in searchable("<@123456> the km rate goes up to 0,95 GH₵. true?", "en")


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("rumours")
    return answerer_over(
        root, {"accord-2026-2029.md": ACCORD}, bundled_embedder, dt.date(2026, 12, 7)
    )


def test_the_real_question_after_a_rumour_is_answered_without_its_figure(answerer):
    answer = answerer.ask(RUMOUR)
    assert answer.grounded
    assert "14 enfants" in answer.text
    assert "0,05" not in answer.text
