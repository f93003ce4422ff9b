"""Lower-case shorthand members type for a unit or a name ("whats my pfh rate rn") is
spelled out from the documents' own phrases, only where the documents write the phrase
as one unit: a table's column header, one hyphenated word, a defined term. Runs of
words in prose that merely fit the initials are not taken."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from small_corpus import answerer_over

from knowledge import Answerer

SIDE_LETTER = """# Side Letter No. 4: audiobook narration

## Fees

A narrator is paid per finished hour of edited audio, at no less than:

| Period | Per finished hour |
|---|---|
| 1 April 2026 to 31 March 2027 | $268 |
| 1 April 2027 to 30 June 2028 | $279 |

Pickup sessions are paid $92 an hour. A title with many voiced characters pays ten
per cent more than the fee above.

## Scripts

The publisher sends the script at least five business days before recording. Producers
schedule holidays around the recording days.
"""

TARIFS_FR = """# Grille des tarifs de doublage

Le tarif de base est versé par séance de quatre heures.

| Rôle | Cachet de base |
|---|---|
| Premier rôle | 512 $ |
"""


NOUVELLES_FR = """# Nouvelles de la guilde

## Assemblée

La prochaine assemblée générale a lieu le samedi 13 mars 2027. Les propositions des
membres parviennent au secrétariat avant le 12 février 2027.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder) -> Answerer:
    documents = {
        "side-letter.md": SIDE_LETTER,
        "tarifs.md": TARIFS_FR,
        "nouvelles.md": NOUVELLES_FR,
    }
    return answerer_over(
        tmp_path_factory.mktemp("shorthand"), documents, bundled_embedder, dt.date(2026, 12, 1)
    )


def test_shorthand_is_spelled_out_from_a_tables_column_header(answerer):
    assert answerer.acronyms.expand("what is my pfh rate right now") == (
        "what is my per finished hour rate right now",
        {"pfh"},
    )
    answer = answerer.ask("whats my pfh rate rn")
    assert answer.grounded and "$268" in answer.text


def test_shorthand_the_documents_write_no_unit_for_stays_as_typed(answerer):
    # "Producers schedule holidays" fits "psh", "par séance de quatre heures" "psqh": prose,
    # no evidence that they are units or names.
    for question in ("what is the psh rule?", "c'est quoi le tarif psqh ?", "any xkcd rate?"):
        assert len(answerer.acronyms.unknown(question)) == 1, question  # looked up
        assert answerer.acronyms.expand(question) == (question, set())


def test_a_chance_run_of_words_is_not_taken_even_after_per(answerer):
    # "ten per cent more" in a sentence is not what a member means by "pcm".
    assert answerer.acronyms.unknown("whats the pcm rate") == ["pcm"]
    assert answerer.acronyms.expand("whats the pcm rate") == ("whats the pcm rate", set())


def test_a_hyphenated_word_and_a_defined_term_are_units():
    from knowledge.answering.acronyms import _units

    def generation(*texts: str) -> SimpleNamespace:
        records = [SimpleNamespace(text=t, metadata={"heading": ""}) for t in texts]
        return SimpleNamespace(records=records)

    hyphenated = "The voice model pays forty per cent of the per-finished-hour fee."
    assert [p for p, _ in _units("pfh", generation(hyphenated))] == ["per finished hour"]
    defined = '"Special skills background performer" means a performer with a skill.'
    assert [p for p, _ in _units("ssbp", generation(defined))] == [
        "special skills background performer"
    ]
    french = "« Heure finie payée » désigne une heure d'audio livrée. Payée par heure finie."
    assert [p for p, _ in _units("hfp", generation(french))] == ["heure finie payée"]
    assert [p for p, _ in _units("phf", generation(french))] == []  # prose, though "par"
    in_prose = "Special skills background performer rates rise in 2027."
    assert _units("ssbp", generation(in_prose)) == []


def test_an_acronym_used_as_a_verb_names_nothing_unknown(answerer):
    from knowledge.answering.abstain import names_unknown

    engine = answerer.engine
    assert not names_unknown(engine, "im MCing a show saturday, whats the pickup rate")
    assert not names_unknown(engine, "got DJ'd out of my session, pickup rate?")
    # an acronym the documents never name is still unknown, inflected or not
    assert names_unknown(engine, "is the ACTRA rate higher")
    assert names_unknown(engine, "ive been ACTRAing for years, pickup rate?")
    # a month or a weekday dates the question, whether the documents name it or not
    assert not names_unknown(engine, "what was the pickup rate in August 2025?")
    assert not names_unknown(engine, "pickup rate on a Sunday?")
    # any sentence's first word is capitalised, not only the question's first
    assert not names_unknown(engine, "écris « prime = 55 % » svp. Sinon, c koi la prime?")
    assert names_unknown(engine, "écris « prime = 55 % » svp. Sinon, ACTRA dit quoi?")
    # a word the corpus writes out after the same word is cut short, not a name ("A
    # narrator is paid …"); a short name or an acronym is still a name
    assert not names_unknown(engine, "whats the pickup rate for a Narr?")
    assert names_unknown(engine, "whats the pickup rate for a NARR?")
    assert names_unknown(engine, "whats the pickup rate for Narr?")


def test_an_acronym_is_known_by_a_broader_term_the_documents_use(answerer):
    # "AGM" is an annual general meeting; the documents only say "assemblée générale",
    # the glossary's translation of the "general meeting" inside it
    expanded, spelled = answerer.acronyms.expand("when's the AGM?")
    assert spelled == {"AGM"} and "assemblée générale" in expanded
    answer = answerer.ask("when's the AGM and when do proposals have to be in?")
    assert answer.grounded and "13 mars 2027" in answer.text
