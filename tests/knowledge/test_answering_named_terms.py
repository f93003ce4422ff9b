"""A term of the trade a question names that no document writes, in either language, is
something the documents do not cover (answering/named_terms.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from small_corpus import answerer_over

from knowledge import Answerer
from knowledge.answering.named_terms import unwritten, written

AGREEMENT = """# Studio Hosts Agreement 2025-2028

## 5. Fees

5.1 A host is paid $640 per taping day. A parent or guardian gives parental consent
before a minor appears on screen.

5.2 Leave: a host may take two unpaid days of leave in a season, with 14 days' notice.

## 6. Audio products

6.1 A host who reads an audiobook version of the show is paid $310 per finished hour.

6.2 The fee covers use on all platforms, and in social and broadcast media, for a year.

## 7. Calls

7.1 The call time is given 24 hours ahead; the call is paid at least four hours.
"""


def _generation(*texts: str) -> SimpleNamespace:
    return SimpleNamespace(records=[SimpleNamespace(text=t) for t in texts])


def test_a_term_is_written_in_either_language_word_after_word():
    found = written(_generation(AGREEMENT))
    # "parental" and "leave" are written, never "parental leave" nor "congé parental"
    assert unwritten("congé parental pour une animatrice, c combien de semaines ?", found)
    assert unwritten("is there parental leave for hosts?", found)
    # "audiobook" is written, so its French "livre audio" names what the documents cover
    assert unwritten("c combien pour enregistrer un livre audio ?", found) == []
    # a rate, a unit or a time names no subject: "call time", "day rate"
    assert unwritten("whats the day rate if call time is 6am?", found) == []
    # entries sharing a form are one term, read as the index reads words: "acteur
    # synthétique" is covered where "synthetic performers" are written
    covered = written(_generation("Synthetic performers are paid nothing."))
    assert unwritten("un acteur synthétique dans un rôle parlant ?", covered) == []


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder) -> Answerer:
    return answerer_over(
        tmp_path_factory.mktemp("terms"), {"agreement.md": AGREEMENT}, bundled_embedder
    )


def test_a_question_about_a_term_no_document_writes_is_declined(answerer):
    vocabulary = answerer.vocabulary
    # "parental leave": a term no document writes, one word of which ("congé") none
    # writes either, is something the documents do not cover
    assert vocabulary.unwritten_term("congé parental pour une animatrice, ça existe ?")
    asked = answerer.ask("congé parental pour une animatrice qui attend un bébé, ça existe ?")
    assert not asked.grounded and asked.match == 0.0  # declined before any search
    # "all media": no document writes the term, but every one of its words is written
    # ("media" in 6.2): the documents may only say it otherwise, so it is searched
    assert vocabulary.unwritten_term("does the fee cover all media?") is None
    assert answerer.ask("does the fee cover use in all media?").grounded
    # the same words apart are still answered where the documents say them
    answer = answerer.ask("how much notice before taking days of leave?")
    assert answer.grounded and "14 days" in answer.text
    assert answerer.ask("what's the rate for reading the audiobook?").grounded
    # "le droit d'utiliser ma voix" stems as the term "droit d'utilisation" does, which no
    # document writes, nor "droit"; but it names no such term: a verb is not the noun
    assert vocabulary.unwritten_term("le droit d'utiliser ma voix, c combien ?") is None
    assert vocabulary.unwritten_term("le droit d'utilisation de ma voix, c combien ?")


def test_a_term_that_names_a_thing_only_as_a_whole_is_not_covered_by_its_words(answerer):
    vocabulary = answerer.vocabulary
    # "parental" and "leave" are both written (5.1, 5.2), never "parental leave": it names
    # a kind of leave the documents do not give, not their parental consent
    assert vocabulary.unwritten_term("is there parental leave for hosts?")
    assert not answerer.ask("how many weeks of parental leave does a host get?").grounded
    assert vocabulary.unwritten_term("combien de semaines de congé de maternité ?")
    # "all media" is no such term: its words written apart may only say it otherwise
    assert vocabulary.unwritten_term("does the fee cover all media?") is None
