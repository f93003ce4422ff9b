"""A question that asks for a text's wording in the other language ("the exact French
wording of the line shown on screen") is answered from the document written in it
(answering/asked_language.py)."""

from __future__ import annotations

import pytest
from small_corpus import answerer_over

from knowledge.answering.asked_language import asked_language

AGREEMENT = """# Screen Readers Agreement 2026-2029

## Article 14 – Disclosure

14.1 Whenever a synthetic scene partner reads, the actor is told before the session, and
the screen shows the line "Synthetic reader – built from a human reader's voice, with
consent".

14.2 A synthetic scene partner never reads opposite a performer under 16.
"""

GUIDE = """# Guide des lecteurs synthétiques

## La mention à l'écran

Quand un partenaire de scène synthétique donne la réplique, le comédien en est informé
avant la séance, et l'écran affiche la mention : « Lecteur synthétique – construit à partir
de la voix d'un lecteur humain, avec son consentement ».

## Le retrait

Vous pouvez retirer un consentement avec un préavis de 30 jours.
"""


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("whats the exact french wording of the line shown on screen?", "fr"),
        ("how is the disclosure line written in French?", "fr"),
        ("la mention exacte en anglais, c'est quoi ?", "en"),
        ("le texte anglais de l'article 14 ?", "en"),
        ("what is the rate for dubbing in French?", None),  # what is done, not asked for
        ("what's the session fee if i say a line in French?", None),
        ("rates for French-speaking performers?", None),
        ("what does the screen show during a synthetic session?", None),
    ],
)
def test_the_language_a_question_asks_the_wording_in(question, language):
    assert asked_language(question) == language


def test_the_wording_asked_in_the_other_language_comes_from_its_document(
    tmp_path, bundled_embedder
):
    answerer = answerer_over(
        tmp_path, {"agreement.md": AGREEMENT, "guide-fr.md": GUIDE}, bundled_embedder
    )
    answer = answerer.ask("whats the exact french wording of the synthetic reader line on screen?")
    assert "construit à partir de la voix d'un lecteur humain" in answer.text.splitlines()[0]
