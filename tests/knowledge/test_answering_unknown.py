"""What a question asks about that no document names (answering/unknown.py): whose
earnings, the unit a figure is asked per, what is paid extra for, covered, paid back,
withheld, counted or needed; and a glossary translation known only as the documents
write it. Declined; while frames ("any proof?", "something extra"), adverbs and any
engagement ("per gig") name nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over
from test_answering_whom import AGREEMENT, FAQ_FR

from knowledge import Answerer
from knowledge.answering.existence import asked_objects
from knowledge.answering.subject import subject_words
from knowledge.answering.unknown import earner_words, unit_words, unknown_subject


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder) -> Answerer:
    documents = {"agreement.md": AGREEMENT, "faq.md": FAQ_FR}
    return answerer_over(
        tmp_path_factory.mktemp("unknown"), documents, bundled_embedder, dt.date(2026, 1, 15)
    )


def test_what_a_french_verb_after_a_rate_noun_does_is_no_subject():
    # "pour transporter mon instrument": what is priced is the verb's object
    assert subject_words("y a une indemnité pour transporter mon instrument ?", "fr") == [
        "instrument"
    ]
    # "le cachet passe à …": how the figure changes, not whose it is
    assert subject_words("le cachet passe à 99 888,00 ৳ dès demain ?", "fr") == []


def test_what_is_paid_for_covered_or_earned_is_what_a_question_is_about():
    # "paid extra for …": what is paid for
    assert subject_words("do we get paid extra for autograph signings?") == [
        "autograph",
        "signings",
    ]
    # whose earnings: a noun phrase after "how much does a …", not a pronoun
    assert earner_words("how much does a ring-card girl get per event?") == ["ring-card", "girl"]
    assert earner_words("combien gagne un arbitre par match ?") == ["arbitre"]
    assert earner_words("how much do we get for travel?") == []
    assert earner_words("what does a child performer get for a head scan?") == [
        "child",
        "performer",
    ]
    assert earner_words("what do we get for travel?") == []
    # "do face painters get the same rate as …": whose pay, asked as yes or no
    assert earner_words("do face painters get the same per session rate as storytellers?") == [
        "face",
        "painters",
    ]
    assert earner_words("do stand-ins get paid the same as doubles?") == ["stand-ins"]
    assert earner_words("does overtime get paid?") == []  # not a person: maybe a thing
    assert earner_words("do we get paid for travel?") == []
    # whose pay an ask points back to, unless the piece before speaks of the member
    assert earner_words("le conservateur du musée, son salaire est fixé ?") == ["conservateur"]
    assert earner_words("the caterers, what's their rate?") == ["caterers"]
    assert earner_words("ma fille a 12 ans, son cachet ?") == []
    assert earner_words("Du coup, son cachet est fixé ?") == []  # an opener
    assert earner_words("In case of illness, her fee is still paid?") == []  # a condition
    # the unit a figure is asked per; not per cent, per diem, a unit of time or "each way"
    assert unit_words("is there a rate for casters? per episode?") == ["episode"]
    assert unit_words("c combien par match ?") == ["match"]
    for question in (
        "what is the rate per hour",
        "how much is the per diem",
        "per cent of what, how much?",
        "what's the fee, driving 80km each way?",
        "whats the fee per gig for that",
    ):
        assert unit_words(question) == [], question
    # entitled to, covered, reimbursed: what is asked to be provided
    assert asked_objects("j'ai droit à un congé parental pendant la saison ?") == ["congé parental"]
    assert asked_objects("le stationnement à l'aréna est remboursé svp ?") == ["stationnement"]
    assert asked_objects("are referees covered by the agreement?") == ["referees"]
    # whom the agreement is said to cover, where they work between: the people asked of
    assert asked_objects("are snowboard performers in the arena show covered too?") == [
        "snowboard performers"
    ]
    assert asked_objects("does the agreement cover the ice hockey referees at NRL rinks?") == [
        "ice hockey"
    ]
    assert asked_objects("la convention couvre-t-elle les juges de compétition ?") == ["juges"]
    assert asked_objects("l'entente s'applique-t-elle aux arbitres ?") == ["arbitres"]
    assert asked_objects("am i entitled to a meal break?") == ["meal break"]
    # what is taken from pay, and what it goes to
    assert asked_objects("does the employer withhold tax from my fees?") == ["tax"]
    assert asked_objects("l'employeur prélève-t-il l'impôt sur mes cachets ?") == ["impôt"]
    assert subject_words("whats the pension contribution on my fees rn") == ["pension"]
    # what a contribution goes to, not who pays it
    assert subject_words("la cotisation retraite de l'employeur, c'est 6,5 % ?", "fr") == [
        "retraite"
    ]
    # what a plan pays back
    assert asked_objects("le régime rembourse combien pour le dentiste ?") == ["dentiste"]
    assert asked_objects("how much is refunded for my own car?") == ["car"]
    # what is counted, needed or charged for
    assert asked_objects("how many weeks of maternity leave do we get?") == ["maternity leave"]
    assert asked_objects("combien de semaines de congé maternité ?") == ["congé maternité"]
    assert asked_objects("do i need a busking permit to play outside?") == ["busking permit"]
    # what a member asks to get or claim, not what may happen to them
    assert asked_objects("between gigs can i get unemployment benefits?") == [
        "unemployment benefits"
    ]
    assert asked_objects("can i claim unemployment benefit through the union?") == [
        "unemployment benefit"
    ]
    assert asked_objects("can i get fired for refusing a scan?") == []
    assert asked_objects("can i get paid for the fitting?") == []
    assert earner_words("how much does the conservatoire charge for lessons?") == ["conservatoire"]
    assert earner_words("combien coûtent les cours de danse ?") == ["cours"]
    # a passive participle, an adverb or anyone names nothing asked about
    for question in (
        "are dues deducted automatically?",
        "is tax withheld automatically on my fee?",
        "are union dues deducted twice?",
        "is everyone covered?",
        "is mileage refunded for my own car?",
    ):
        assert asked_objects(question) in ([], ["mileage"]), question
    assert asked_objects("combien de jours d'avis avant un scan ?") == ["avis"]
    assert asked_objects("est-ce que le stationnement est remboursé ?") == ["stationnement"]
    assert earner_words("how much does the average stand-in make a day?") == ["stand-in"]
    assert unit_words("c'est combien par jour si je suis payé par virement ?") == []
    # proof of something, or something extra, is no thing the documents must name
    assert asked_objects("no food served, do we get something extra on top?") == []
    assert asked_objects("how long till they delete my data, and do i get proof?") == []


def test_a_figure_for_work_people_or_units_the_documents_never_name_is_declined(answerer):
    for question in (
        "how much does a referee get per day?",
        "is there a rate for voice performers? per podcast?",
        "do we get paid extra for autograph signings?",
        "is parking reimbursed for background performers?",
        "ai-je droit à un congé parental ?",
        "does the producer withhold tax from my day rate?",
        "whats the pension contribution on my fees rn",
        "how many weeks of maternity leave do background performers get?",
        "do i need a busking permit to perform?",
        "what does a referee get per day?",
        "can a 12 year old be booked, any rules for minors?",
    ):
        answer = answerer.ask(question)
        assert not answer.grounded, question
    for question in (
        "how much does a background performer get per day?",
        "voice performer, what's the rate per session?",
        "how much notice before a scan, and do i get proof of it?",
        "how many hours of work is a background performer's standard day?",
        "what are the rules for a scan?",
    ):
        answer = answerer.ask(question)
        assert answer.grounded, question


def test_a_translation_is_known_as_written_not_by_a_token_it_shares(
    tmp_path_factory, bundled_embedder
):
    # "retraite" (pension) and "retrait" (withdrawal) share the token "retrait": a corpus
    # that only speaks of a "droit de retrait" says nothing of pensions
    documents = {
        "accord.md": "# Accord\n\n## Retrait\n\nLe droit de retrait s'exerce avec un "
        "préavis de quatre-vingt-dix (90) jours. Le cachet minimum est de 400 $, le "
        "salaire de base aussi.\n",
        "agreement.md": "# Agreement\n\n## Fees\n\nThe minimum fee is $400 a day.\n",
    }
    answerer = answerer_over(
        tmp_path_factory.mktemp("retrait"), documents, bundled_embedder, dt.date(2026, 12, 1)
    )
    assert not answerer.vocabulary.knows("pension")
    assert answerer.vocabulary.knows("wage")  # "salaire", written as the glossary has it
    answer = answerer.ask("whats the pension contribution on my fees rn")
    assert not answer.grounded
    documents["retraite.md"] = "# Retraite\n\nLa cotisation de retraite est de 6 %.\n"
    written = answerer_over(
        tmp_path_factory.mktemp("retraite"), documents, bundled_embedder, dt.date(2026, 12, 1)
    )
    assert written.vocabulary.knows("pension")


def test_the_rules_asked_for_are_of_whom_or_what_follows():
    assert subject_words("can a 12 year old be cast, any rules for minors?") == ["minors"]
    assert subject_words("les règles pour les doublures ?", "fr") == ["doublures"]


def test_an_adverb_of_time_names_nothing():
    """ "les épisodes déjà payés": "déjà" is no subject a document must name."""
    question = "la lecture pub par épisode, c combien mm pour les épisodes déjà payés ?"
    assert "déjà" not in subject_words(question, "fr")
    assert "already" not in subject_words("how much for the episodes already paid?")


def test_a_clipped_word_is_known_by_a_full_form_the_documents_write(answerer):
    # "prod": the agreement writes "producer"; a word that merely starts another is not
    # clipped from it ("host" of "hostage")
    assert answerer.ask("c'est combien une journée de figuration pour une prod ?").grounded
    assert not answerer.ask("what's the rate for a host per day?").grounded
    # in a phrase too: "une prod animation"
    vocabulary = answerer.vocabulary
    question = "c combien la séance pour une prod animation ?"
    assert unknown_subject(vocabulary, question, "fr") is None


def test_a_clipped_word_is_known_by_the_full_word_a_document_writes(tmp_path, bundled_embedder):
    """ "my own mic" where the documents write "microphone" (shorthand.CLIPPINGS)."""
    rules = "# Home recording\n\nThe producer pays back a microphone, up to $200, once a year.\n"
    answerer = answerer_over(tmp_path, {"home.md": rules}, bundled_embedder)
    answer = answerer.ask("is my mic covered? how much max")
    assert answer.grounded and "$200" in answer.text


def test_a_french_word_is_known_by_its_english_translation_as_written(tmp_path, bundled_embedder):
    """ "supplément rush" over an English sheet that writes "rush premium": not a word no
    document writes (glossary: supplément, rush)."""
    sheet = (
        "# Session rates\n\nA rush premium of 25% of the session fee is paid when the script "
        "arrives less than 48 hours before the session.\n"
    )
    answerer = answerer_over(tmp_path, {"rates.md": sheet}, bundled_embedder)
    answer = answerer.ask("y a tu un supplément rush si le texte arrive la veille ? combien")
    assert answer.grounded and "25%" in answer.text


def test_each_word_of_a_phrase_is_known_on_its_own(tmp_path, bundled_embedder):
    """ "snowboard performers" is not known because "performers" translates to a word the
    documents write ("interprètes"); "franchise d'assurance" is, when each of its words
    translates to one ("excess", "insurance"); a term the question holds whole ("monde
    entier": "worldwide") knows its word read alone ("monde")."""
    documents = {
        "accord.md": "# Accord\n\nLes interprètes sur glace sont payés 300 $ par spectacle.\n",
        "agreement.md": "# Agreement\n\nThe production's insurance pays the excess when a "
        "horse is hurt. A worldwide buyout is three times the fee.\n",
    }
    vocabulary = answerer_over(tmp_path, documents, bundled_embedder).vocabulary
    assert not vocabulary.knows("snowboard performers")
    assert vocabulary.knows("horse performers")
    assert vocabulary.knows("franchise assurance")
    assert not vocabulary.knows("buyout monde")
    assert vocabulary.knows("buyout monde", "le multiplicateur pour un buyout monde entier")


def test_a_cap_is_known_by_the_french_plafond(tmp_path, bundled_embedder):
    documents = {"cotisation.md": "# Cotisation\n\nLa cotisation a un plafond annuel de 900 $.\n"}
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    assert answerer.vocabulary.knows("cap")
    assert answerer.ask("is there a cap on the cotisation?").grounded


def test_an_allowance_for_care_is_known_by_the_french_entretien(tmp_path, bundled_embedder):
    documents = {
        "agreement.md": "# Allowances\n\n9.2 A performer is paid a beard-care allowance of"
        " 14.20 lari for each week with a grotto call.\n"
    }
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    assert answerer.vocabulary.knows("entretien")
    answer = answerer.ask("l'indemnité d'entretien de la barbe, c'est combien par semaine ?")
    assert answer.grounded and "14.20" in answer.text


def test_a_hyphenated_word_before_a_known_noun_is_no_unwritten_term(tmp_path, bundled_embedder):
    # "warm-up" is a term of the glossary no document writes; in "a warm-up showmatch" it
    # describes the showmatch, which the documents price
    documents = {
        "agreement.md": "# Fees\n\n4.3 A showmatch outside both splits is paid 465,000 won a match.\n"
    }
    answerer = answerer_over(tmp_path, documents, bundled_embedder)
    assert answerer.vocabulary.unwritten_term("is warm-up paid?") is not None
    assert (
        answerer.vocabulary.unwritten_term("casting a warm-up showmatch, whats the rate?") is None
    )
    assert answerer.ask("casting a warm-up showmatch, whats the per match rate?").grounded


def test_a_word_sharing_a_stems_start_is_not_known_by_it(tmp_path, bundled_embedder):
    """ "residuals" (stem "residu") is not "resident" (stem "resid") one letter on, nor
    "against" a typo of "again": a longer stem's extra letters must be an ending; a plural,
    a feminine, "sept" for "sep" and the French "rétroactif" for "retroactive" still are."""
    documents = {
        "agreement.md": "# Agreement\n\nA resident reader is paid again from 1 Sep 2027 for"
        " the rates of each session; the change is retroactive.\n",
        "accord.md": "# Accord\n\nLe changement est rétroactif pour les lectrices.\n",
    }
    vocabulary = answerer_over(tmp_path, documents, bundled_embedder).vocabulary
    assert not vocabulary.knows("residuals")
    assert not vocabulary.knows("against")
    assert vocabulary.knows("residents") and vocabulary.knows("rate")
    assert vocabulary.knows("sept") and vocabulary.knows("retroactively")
    assert vocabulary.knows("sessions")
    # a French masculine is its feminine, whose stem doubles its last consonant
    from knowledge.answering.vocabulary import _near

    assert _near("mensuel", ["mensuell"]) == "mensuell"
    assert _near("ancien", ["ancienn"]) == "ancienn"


def test_what_an_employer_is_asked_to_pay_or_take_off_the_pay_is_asked_to_exist():
    assert asked_objects("does the club pay health insurance for squad members?") == [
        "health insurance"
    ]
    assert asked_objects("is tax taken off my stipend before it's paid?") == ["tax"]
    assert asked_objects("do the clubs pay us on time?") == []
