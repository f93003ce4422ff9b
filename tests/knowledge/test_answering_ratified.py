"""A term that takes effect "on ratification", or falls due "within 30 days of
ratification", is quoted with the sentence of another document that dates the
ratification (answering/ratified.py, knowledge/ratification.py): the member learns the
day, which the agreement itself does not give."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.ratification import anchored, dates_ratification, ratifying

AGREEMENT = """# Riverside Puppetry Agreement 2026–2029

Signed on 14 September 2026, subject to ratification by the members. It applies to work
done from 1 July 2026 to 30 June 2029.

7.1 Puppetry workshop. A puppetry workshop in a school is paid $ 410.00 per workshop.

7.2 Signing supplement. A workshop given in sign language carries a signing supplement
of $ 65.00 per workshop. This clause takes effect on ratification.

7.3 Retroactive pay. Workshops given from 1 July 2026 to the signature were paid at the
old rate; the difference is paid within 45 days of ratification, on its own line.
"""

MINUTES = """# Procès-verbal de l'assemblée générale du 3 novembre 2026

## 1. Ouverture

La présidente ouvre la séance à 18 h 30 devant 214 membres.

## 2. Vote sur la convention

Le comité présente la convention signée en septembre avec les théâtres de marionnettes.
La convention est ratifiée le 3 novembre 2026 par 188 voix contre 19.

## 3. Divers

Le local du syndicat sera fermé pendant les fêtes de fin d'année.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    documents = {"agreement.md": AGREEMENT, "minutes.md": MINUTES}
    folder = tmp_path_factory.mktemp("ratified")
    return answerer_over(folder, documents, bundled_embedder, dt.date(2026, 12, 6))


def test_a_term_taking_effect_on_ratification_is_quoted_with_the_day_of_the_vote(answerer):
    answer = answerer.ask("signing supplement, do I get it for a workshop on 20 October 2026?")
    assert "65.00" in answer.text
    assert "3 novembre 2026" in answer.text
    assert any(s.source == "minutes.md" for s in answer.sources)


def test_a_payment_due_within_days_of_ratification_is_dated_by_the_vote(answerer):
    answer = answerer.ask("when is the retroactive pay for the workshops paid?")
    assert "45 days of ratification" in answer.text
    assert "3 novembre 2026" in answer.text


def test_a_term_with_no_ratification_in_it_brings_no_minutes(answerer):
    answer = answerer.ask("how much is a puppetry workshop in a school?")
    assert "410.00" in answer.text
    assert all(s.source != "minutes.md" for s in answer.sources)


def test_only_a_ratification_said_to_happen_on_a_day_dates_one():
    assert dates_ratification("La convention est ratifiée le 3 novembre 2026 par 188 voix.")
    assert dates_ratification("The members ratified the agreement on 3 November 2026.")
    for sentence in (
        "Signed on 14 September 2026, subject to ratification by the members.",
        "If ratified by 3 November 2026, the rates apply from 1 January 2027.",
        "Updated 28 November 2026, after the ratification vote.",
        "The agreement was ratified by a large majority.",  # no day
    ):
        assert not dates_ratification(sentence), sentence
    assert ratifying(MINUTES) and not ratifying(AGREEMENT)
    assert dates_ratification("Date of ratification: 3 November 2026")
    assert dates_ratification("The members voted to ratify the agreement on 3 November 2026.")


def test_terms_falling_due_by_a_ratification_are_read_in_english_and_french():
    for text in (
        "This clause takes effect on ratification.",
        "the difference is paid within 45 days of ratification",
        "Le rappel est versé dans les 30 jours qui suivent la ratification.",
        "Le supplément s'applique à partir de la ratification.",
    ):
        assert anchored(text), text
    for text in (
        "Signed on 14 September 2026, subject to ratification by the members.",
        "La convention est ratifiée le 3 novembre 2026.",
        "La hausse est accordée sous réserve de la ratification.",
        "The vote of ratification is held at the general meeting.",
        "Members attended a ratification vote.",
    ):
        assert not anchored(text), text
