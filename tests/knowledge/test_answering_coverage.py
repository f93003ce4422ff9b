"""Whether the documents cover a question, on a small set in two languages: a figure for
someone the documents never mention is declined, while typos, acronyms the documents
spell out and names given once at a document's head do not cause refusals."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge import Answerer
from knowledge.answering.shorthand import expand_shorthand
from knowledge.answering.subject import subject_words

AGREEMENT = """# Film Agreement 2025-2028

Agreement between the Northern Producers' Alliance (NPA) and the Screen Guild,
in force from 1 September 2025 to 31 August 2028.

## Schedule A: minimums

| Category | Unit | 2025-26 (2025-09-01 to 2026-08-31) | 2026-27 (2026-09-01 to 2027-08-31) |
|---|---|---|---|
| Crowd performer | per day (8 hours) | $226 | $234 |
| Lead performer | per day (10 hours) | $918 | $951 |

## Approval

The national board approves these minimums each year.

## Notice before a body scan

The producer must give the performer at least seventy-two (72) hours' notice before a body scan.
"""

FAQ_FR = """# FAQ des membres

## Quand a lieu l'assemblée générale annuelle ?

L'assemblée générale annuelle 2027 aura lieu le samedi 13 mars 2027 à 13 h, à la salle Perreault.
Ça se passe en personne ; une copie d'archives de la séance est gardée au bureau.

## Comment se présenter au conseil d'administration ?

Les candidatures au conseil d'administration doivent être reçues au plus tard le 29 janvier 2027.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder) -> Answerer:
    documents = {"agreement.md": AGREEMENT, "faq.md": FAQ_FR}
    return answerer_over(
        tmp_path_factory.mktemp("coverage"), documents, bundled_embedder, dt.date(2026, 12, 1)
    )


def test_a_figure_for_someone_the_documents_never_mention_is_declined(answerer):
    for question in (
        "what is the stunt coordinator day rate?",
        "what's the day rate for a puppeteer?",
        "c'est combien le tarif d'un chorégraphe ?",
        "combien on est payé pour enregistrer un livre audio ?",
    ):
        answer = answerer.ask(question)
        assert not answer.grounded, question
        assert "$" not in answer.text.split("_")[0], question
    covered = answerer.ask("what is the crowd performer day rate?")
    assert covered.grounded and "$234" in covered.text
    paid = answerer.ask("how much is a crowd performer paid for a day?")
    assert paid.grounded and "$234" in paid.text


def test_shorthand_without_a_vowel_is_not_a_subject_the_documents_lack(answerer):
    from knowledge.answering.unknown import unknown_subject

    vocabulary = answerer.vocabulary
    assert unknown_subject(vocabulary, "what is my pfh rate right now?", "en") is None
    # a contraction typed without its apostrophe is no subject either
    late = "they STILL havent paid me, whats the crowd performer day rate they owe?"
    assert unknown_subject(vocabulary, expand_shorthand(late), "en") is None
    assert answerer.ask(late).grounded
    assert unknown_subject(vocabulary, "what is my puppeteer rate right now?", "en")
    # unless the glossary knows it as a word, which the documents then must write
    assert unknown_subject(vocabulary, "whats the rate for a DJ at a wedding?", "en") == "dj"
    assert unknown_subject(vocabulary, "whats the rate for cctv footage?", "en") == "cctv"


SESSIONS = """# Session rates 2026/27

| Engagement | Unit | Rate |
|---|---|---|
| Backing vocals | per singer, per 3-hour session | R$ 1.260,00 |
| Backing vocals, lead-line premium | per session | R$ 210,00 |
"""


def test_a_shorthands_other_reading_the_documents_know_is_no_reason_to_decline(
    answerer, tmp_path, bundled_embedder
):
    from knowledge.answering.unknown import unknown_subject

    # "bg" is written out "background"; documents of backing vocalists read it so
    typed = "how much is the lead-line premium for bg vocals rn?"
    expanded = expand_shorthand(typed)
    assert "background" in expanded
    studio = answerer_over(tmp_path, {"sessions.md": SESSIONS}, bundled_embedder)
    assert unknown_subject(studio.vocabulary, expanded, "en")  # without what was typed
    assert unknown_subject(studio.vocabulary, expanded, "en", typed) is None
    answer = studio.ask(typed)
    assert answer.grounded and "210,00" in answer.text.splitlines()[0]
    # typed in full, "background" is the member's word; and where the documents know no
    # reading of "bg" at all, it is no guess: both still declined
    written = "how much is the lead-line premium for background vocals?"
    assert unknown_subject(studio.vocabulary, written, "en", written) == "background"
    crowd = "how much is the bg lead-line premium rn?"
    assert unknown_subject(answerer.vocabulary, expand_shorthand(crowd), "en", crowd)


def test_a_typo_in_the_subject_is_not_a_refusal(answerer):
    answer = answerer.ask("whats the crowd preformer day rate rn?")
    assert answer.grounded
    assert "$234" in answer.text


def test_an_acronym_the_documents_spell_out_is_answered(answerer):
    same_language = answerer.ask("c'est quand l'AGA ?")
    assert same_language.grounded and "13 mars 2027" in same_language.text
    board = answerer.ask("c quand la date limite pour se présenter au CA ?")
    assert board.grounded and "29 janvier 2027" in board.text
    other_language = answerer.ask("when's the AGM and where is it?")  # via the glossary
    assert other_language.grounded and "13 mars 2027" in other_language.text


def test_a_name_given_at_a_documents_head_counts_for_all_its_clauses(answerer):
    answer = answerer.ask("the NPA says the body scan notice is waived now, how much notice?")
    assert answer.grounded
    assert "72" in answer.text.splitlines()[0]


def test_an_unknown_acronym_is_still_a_name_the_documents_never_mention(answerer):
    assert not answerer.ask("what is the ACTRA day rate for a crowd performer?").grounded


def test_a_lower_case_letter_after_schedule_is_a_word_not_a_reference(answerer):
    # "the schedule i have says": the pronoun, not a "Schedule I" the documents lack
    assert not answerer.ask("what's in Schedule Q for crowd performers?").grounded
    answer = answerer.ask("crowd performer day rate, the schedule i have says $90 - right?")
    assert answer.grounded


def test_the_words_that_say_whose_figure_is_asked_for():
    assert subject_words("what's the stunt coordinator day rate?") == ["coordinator", "stunt"]
    assert subject_words("session fee for a radio commercial") == ["session", "radio", "commercial"]
    assert subject_words("le tarif d'un chorégraphe sur un plateau", "fr") == ["chorégraphe"]
    assert subject_words("which day rate applied in September?") == []  # a unit of time
    # "paid" with an object names who paid, not whose pay; passive, it names whose
    assert subject_words("the old deal paid a buy-out for doubles, still the case?") == []
    assert subject_words("are dancers paid a minimum?") == ["dancers"]
    # what a fee is "per" says how it is counted, not whose it is ("per gig", "per diem")
    assert subject_words("whats the fee per gig for that") == []
    # a unit of time ends what is priced: an aside after it is no subject
    assert subject_words("the minimum for a finished hour sorry if dumb q") == ["finished"]
    assert subject_words("how much notice before a scan?") == []
    # "paid" names a figure too; in French what is priced comes after the verb, which an
    # English corpus may never write ("payé pour écrire des barks")
    assert subject_words("le salaire minimum WGA pour écrire un long métrage", "fr") == [
        "wga",
        "long",
        "métrage",
    ]
    assert subject_words("un cachet pour membre stagiaire", "fr") == ["membre", "stagiaire"]
    assert subject_words("combien on est payé pour enregistrer un livre audio", "fr") == [
        "livre",
        "audio",
    ]
    # which fee, or how it is paid, is not whose: "payé pareil", "upfront fee", "min rate"
    assert subject_words("est-ce que je suis payé pareil?", "fr") == []
    assert subject_words("what do i get? upfront fee + something yearly?") == []
    assert subject_words(expand_shorthand("whats the min session fee rn?")) == ["session"]
    # and in English after "to" and its verb: a corpus may write "creation", never "create"
    assert subject_words("how much do I get paid to record an audiobook?") == ["audiobook"]
    assert subject_words("how much does the studio pay to create a digital double?") == [
        "studio",
        "digital",
        "double",
    ]
    assert subject_words("rate to travel to the studio?") == ["travel"]


def test_a_question_that_asks_two_things_is_split_with_its_context():
    from knowledge.answering.asks import asks

    assert asks(
        "weekly performer here - what is my overtime rate and when does overtime start?"
    ) == [
        "weekly performer here what is my overtime rate",
        "weekly performer here when does overtime start",
    ]
    # the topic before a colon is the asks' context, not an ask: each ask carries it
    assert asks("second step of the raise: whats the new rate and which pay date has it?") == [
        "second step of the raise whats the new rate",
        "second step of the raise whats the new rate which pay date has it",
    ]
    assert asks("stunt rate: and the fitting fee?") == ["stunt rate", "and the fitting fee"]
    # An ask with one word of its own ("call") is about the ask before it.
    assert asks("what is the emergency number and when can I call it?") == []
    # unless it names it and asks with its question word last, as spoken French does
    assert asks("le supplément eau froide c'est combien, et la ratification c'était quand ?") == [
        "le supplément eau froide c'est combien",
        "et la ratification c'était quand",
    ]
    assert asks("le cachet de base c'est combien, et ça commence quand ?") == []  # "ça"
    assert asks("ok and stand-ins? daily rate now, did the memorandum change it") == [
        "ok and stand-ins daily rate now",
        "ok and stand-ins daily rate now did the memorandum change it",  # "it": the rate
    ]
    assert asks("what is the stand-in rate now?") == []
    # "the one starting july 2027" says which, of the ask before
    assert asks("stand-in daily rate for next contract year, the one starting july 2027?") == [
        "stand-in daily rate for next contract year",
        "stand-in daily rate for next contract year the one starting july 2027",
    ]
    # an ask may open with "and"; "this year" is a time, not a pointer to the ask before
    assert asks(
        "day performer - does overtime start after 9 hours? and is the meal break paid this year"
    ) == [
        "day performer does overtime start after 9 hours",
        "day performer and is the meal break paid this year",
    ]
    # an ask that names only a fee and its unit of time is about what the ask before names:
    # "the rate" is the overtime rate, "the yearly fee" the dues'
    assert asks(
        "day performer - does overtime start after 9 hours? and what is the rate this year"
    ) == [
        "day performer does overtime start after 9 hours",
        "day performer does overtime start after 9 hours and what is the rate this year",
    ]
    # a question reported is no ask: "I don't know what is in my contract"
    reported = "I don't know what is in my contract, what's the day rate for dancers?"
    assert asks(reported) == []
    # a scene set before the question word; "the rate per half hour" is of what it names
    assert asks(
        "SM here - on a long tech day when does my overtime kick in and what's the rate per "
        "half hour?"
    ) == [
        "SM here on a long tech day when does my overtime kick in",
        "SM here on a long tech day does my overtime kick in what's the rate per half hour",
    ]
    assert asks("what are union dues exactly, % and the yearly fee?") == [
        "what are union dues exactly",
        "what are union dues exactly % and the yearly fee",
    ]


def test_the_nearest_passages_by_meaning_are_found_across_languages(answerer):
    nearest = answerer.engine.nearest("combien d'heures de préavis avant un scan corporel ?", 2)
    assert any("seventy-two (72) hours" in p.text for p in nearest)
    assert len(nearest) == 2 and nearest[0].dense >= nearest[1].dense


def test_each_ask_of_a_question_gets_its_best_unit_among_the_quotes():
    from knowledge.answering.compose import MAX_UNITS, choose
    from knowledge.answering.units import Unit

    first = [
        Unit(i, f"Overtime sentence {i}.", f"Overtime sentence {i}.", score=2.0 - i / 10, match=1.2)
        for i in range(MAX_UNITS + 1)
    ]
    second = Unit(9, "The session fee is $618.", "The session fee is $618.", score=1.2, match=0.9)
    second.ask = 2
    question = "what is my OT rate, and what is the session fee?"
    chosen = choose(question, [*first, second], 2000, dt.date(2026, 12, 6))
    assert second in chosen and first[0] in chosen and len(chosen) <= MAX_UNITS


def test_a_question_typed_without_accents_finds_the_accented_text(answerer):
    from knowledge.lexical import tokenize

    assert tokenize(["Assemblée générale, Val-Clément"]) == tokenize(
        ["assemblee generale, val clement"]
    )
    answer = answerer.ask("c'est quand l'assemblee generale annuelle ?")
    assert answer.grounded and "13 mars 2027" in answer.text


def test_an_acronym_is_read_in_the_context_of_its_question(answerer):
    from knowledge.answering.acronyms import Acronyms

    acronyms = Acronyms(answerer.engine)
    spelled, known = acronyms.expand("c quand la date limite pour se présenter au CA ?")
    assert "conseil d'administration" in spelled and known == {"CA"}  # not "copie d'archives"
    assert acronyms.unknown("le CA et ça") == ["CA"]  # "ça" is not "CA"


def test_an_acronym_is_not_spelled_out_by_words_that_merely_fit_its_initials(answerer):
    # The documents say "the national board approves", which is not a name for "NBA".
    assert answerer.acronyms.expand("what is the NBA day rate?") == (
        "what is the NBA day rate?",
        set(),
    )
    assert not answerer.ask("what is the NBA day rate?").grounded


def test_a_title_is_not_evidence_that_its_words_are_a_name():
    # Every word of a heading is capitalised: "Animation and Dubbing" there does not
    # make an assistant director ("the AD") an acronym for it. In a sentence it would.
    from types import SimpleNamespace

    from knowledge.answering.acronyms import _phrases

    def generation(*texts: str) -> SimpleNamespace:
        records = [SimpleNamespace(text=t, metadata={"heading": ""}) for t in texts]
        vocab = SimpleNamespace(model=SimpleNamespace(vocab_dict={}))
        return SimpleNamespace(records=records, chunk_index=vocab)

    heading = "## Article 12 — Voice Performance, Animation and Dubbing\n\nA session is four hours."
    assert _phrases("AD", generation(heading)) == []
    sentence = "Each member of the Screen Guild Council votes on the minimums."
    assert [p for p, _ in _phrases("SGC", generation(sentence))] == ["screen guild council"]
    title = "## The Screen Guild Council"
    assert _phrases("SGC", generation(title)) == []


def test_a_french_name_for_work_conditions_finds_the_english_rows(tmp_path, bundled_embedder):
    # The glossary knows the words of on-set conditions that carry allowances: a French
    # question over an English rate sheet is not declined for "mouillé".
    sheet = (
        "# Allowances\n\n| Allowance | Amount | Unit |\n|---|---|---|\n"
        "| Wet or smoke work | $33.00 | per day |\n| Performer's vehicle on camera | $98.00 | per day |\n"
    )
    bulletin = (
        "# Bulletin\n\nLe bureau est ouvert du lundi au vendredi, de 9 h à 17 h, pour toute "
        "question sur votre travail.\n"
    )
    answerer = answerer_over(
        tmp_path, {"sheet.md": sheet, "bulletin.md": bulletin}, bundled_embedder
    )
    answer = answerer.ask(
        "l'allocation pour travail mouillé ou ds la fumée c'est combien par jour?"
    )
    assert answer.grounded and "$33.00" in answer.text


def test_an_engagement_word_in_what_is_asked_covered_is_no_subject_of_its_own(answerer):
    from knowledge.answering.unknown import unknown_subject

    vocabulary = answerer.vocabulary
    # "gigs" is any engagement, whatever the documents call theirs: the scan is asked
    assert unknown_subject(vocabulary, "does this agreement cover my scan gigs?", "en") is None
    assert unknown_subject(vocabulary, "does this agreement cover my podcast gigs?", "en") == (
        "podcast gigs"
    )


def test_what_is_taken_from_pay_is_a_thing_the_documents_must_name(
    answerer, tmp_path, bundled_embedder
):
    from knowledge.answering.unknown import unknown_subject

    # none of the documents names dues or a deduction: the fee is not theirs to give
    asked = "c combien la cotisation annuelle à la guilde ?"
    assert unknown_subject(answerer.vocabulary, asked, "fr") == "cotisation"
    dues = FAQ_FR + "\n## Cotisation\n\nLa cotisation annuelle est de 120 $.\n"
    other = answerer_over(tmp_path, {"faq.md": dues}, bundled_embedder, dt.date(2026, 12, 1))
    assert unknown_subject(other.vocabulary, asked, "fr") is None
