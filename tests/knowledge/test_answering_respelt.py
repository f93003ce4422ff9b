"""A word the member misspells by a letter left out or added ("libery", "représentaton") is
searched and matched as the documents spell it (answering/vocabulary.py): the search's
words are exact, and a rate row named by the misspelt word was never found. A short word
is left as asked ("annee" is one letter from "annexe"), and so is a word the documents
write, an inflection of theirs, an acronym or a glossary word."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.vocabulary import Vocabulary

SCHEDULE = """# Schedule A1 – Rates

In force from 1 July 2026. See the annexe for the call sheet.

| Category | Unit | Rate |
|---|---|---|
| Trick or liberty rider | per show | ₦72,000 |
| Carriage driver | per day | ₦64,000 |

Une représentation en tournée est payée au tarif de tournée.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("respelt")
    return answerer_over(root, {"schedule.md": SCHEDULE}, bundled_embedder, dt.date(2026, 12, 6))


def test_a_word_misspelt_by_a_letter_is_read_as_the_documents_spell_it(answerer):
    vocabulary = Vocabulary(answerer.engine)
    assert vocabulary.respelt("how much does a libery rider get?") == (
        "how much does a liberty rider get?"
    )
    assert "representation" in vocabulary.respelt("combien par représentaton ?")


@pytest.mark.parametrize(
    "text", ["la premiere annee", "liberty riders", "Trick riding", "LIBERY", "combien de prises"]
)
def test_what_is_no_slip_of_a_long_written_word_is_left_as_asked(answerer, text):
    assert Vocabulary(answerer.engine).respelt(text) == text
