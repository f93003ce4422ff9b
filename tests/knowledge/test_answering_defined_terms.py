"""An acronym the documents define as a term ('"text-to-speech voice" (TTS voice)') is
what a question asks about, not a name whose documents alone answer it: the French
bulletin on the vote answers "what was the vote on the TTS buy-out?" in its own words
(answering/defined_terms.py). A union or an agreement is still a name."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.defined_terms import term_acronyms

AGREEMENT = """# Applied Performance Agreement 2025-2028

Agreed between the Orrin Association of Applied Performers (OAAP) and the clients.

14.1 In this Clause: (a) "text-to-speech voice" (TTS voice) means a synthetic voice built
from a performer's recordings; (b) "virtual patient" means training software.

14.2 No TTS voice may be built without the performer's written consent on form SV-1.
"""

BULLETIN = """# Le Porte-voix n° 22

## Les membres rejettent le rachat forfaitaire des voix de synthèse

Le 29 octobre 2026, les clients ont proposé un rachat forfaitaire unique des voix de
synthèse. Résultat du vote électronique : 88,6 % des membres ont voté contre la
proposition, 11,4 % pour. Le rachat est donc rejeté.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    documents = {"agreement.md": AGREEMENT, "porte-voix-22.md": BULLETIN}
    return answerer_over(
        tmp_path_factory.mktemp("terms"), documents, bundled_embedder, dt.date(2026, 12, 5)
    )


def test_only_acronyms_defined_by_lower_case_words_are_terms(answerer):
    assert term_acronyms(answerer.engine) == frozenset({"tts"})  # not "oaap": a name


def test_a_question_naming_a_term_is_answered_in_the_other_languages_words(answerer):
    answer = answerer.ask(
        "did members accept the one-off buyout offer for TTS voices? what was the vote?"
    )
    assert answer.grounded and "88,6" in answer.text
