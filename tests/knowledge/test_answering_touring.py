"""A French question on a tour ("en tournée", "l'indemnité de tournée") over documents
that write it only in English ("touring allowance", "a show on tour") is answered from
them, beside French documents that never say it: the glossary gives "tournée" its English
words, so the word is known to the documents and the question is not declined for naming
what they never mention."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

AGREEMENT = """# Re-enactment Agreement 2027

In force from 1 November 2026.

12.3 Touring: a battle re-enactor engaged for a show on tour abroad is paid the rate of
line 3 and, beside it, a touring allowance of €450 per engagement, paid in euros.

12.4 The meal allowance is not paid abroad, where the organiser provides every meal.
"""

FAQ = """# Foire aux questions

Le bureau est ouvert du lundi au jeudi, de 9 h à 17 h 30. Le repos entre deux engagements
est d'au moins 12 heures.
"""


def test_a_french_question_on_a_tour_is_answered_from_english_documents(tmp_path, bundled_embedder):
    answerer = answerer_over(
        tmp_path, {"agreement.md": AGREEMENT, "faq.md": FAQ}, bundled_embedder, dt.date(2026, 12, 6)
    )
    answer = answerer.ask(
        "spectacle en tournée à l'étranger : l'indemnité de tournée c combien en euros ?"
    )
    assert answer.grounded
    assert "€450" in answer.text
