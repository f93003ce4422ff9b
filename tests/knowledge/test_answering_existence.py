"""What a question asks exists (answering/existence.py): "is there free parking for the
cast?" over documents that never mention parking is declined, whatever else they match
("the cast"); "is there a meal break after five hours?" is answered; "do we get anything
…?" names nothing, and a fee asked for is left to the reading of whose fee it is."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.existence import asked_objects

AGREEMENT = """# Stage Agreement 2025-2028

## Article 7: breaks and cancellations

7.1 The cast has a meal break of at least forty-five (45) minutes no later than five (5)
hours after the call.

7.2 A show cancelled less than twenty-four (24) hours before curtain is paid in full to
every member of the cast.

## Article 9: members' services

9.1 The union runs a legal clinic for members on the first Monday of each month.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("existence")
    return answerer_over(root, {"agreement.md": AGREEMENT}, bundled_embedder, dt.date(2026, 3, 2))


@pytest.mark.parametrize(
    ("question", "objects"),
    [
        ("is there free parking for the cast during the run?", ["parking"]),
        ("does the union have dental coverage for members", ["dental coverage"]),
        (
            "est-ce que la guilde a une assurance dentaire pour les membres ?",
            ["assurance dentaire"],
        ),
        ("y a-t-il de l'aide pour les familles ?", ["aide"]),
        ("do we get anything if the show is cancelled?", []),
        ("y a-t-il un tarif pour un mariage ?", []),  # a fee: whose it is, subject.py
        ("what is the meal break?", []),
        # how something is dealt with: the thing, not the verb
        ("how is tax handled on the cancellation pay?", ["tax"]),
        ("how are tips split between the cast?", ["tips"]),
        ("how does the holiday bank work?", ["holiday bank"]),
        ("how does the cancellation fee work?", []),  # a fee: whose it is, subject.py
        # what covers it, what is kept back, what the piece before asks is provided for
        ("is the cast covered by health insurance during the run?", ["cast", "health insurance"]),
        ("is the cast covered by the agreement on tour?", ["cast"]),  # the documents' own
        ("am i covered by a collective agreement if a show is cancelled?", []),
        ("is the cast covered by their contract on tour?", ["cast"]),
        ("Je suis comédienne et mon spectacle est annulé, c'est prévu ?", []),  # her case
        ("are extras covered provided they sign in?", ["extras"]),
        ("how much tax gets withheld from my royalty payment?", ["tax"]),
        ("congé parental pour une comédienne, c prévu dans l'accord ?", ["congé parental"]),
        ("is parental leave provided for in the agreement?", ["parental leave"]),
        # who pays for it, who must give it, a share of it
        ("the tour goes abroad, who pays for our work visas?", ["work visas"]),
        ("do promoters have to give us earplugs at loud gigs?", ["earplugs"]),
        ("does the producer have to provide a meal break?", ["meal break"]),
        ("do backing musicians get a cut of merch sales at the shows?", ["merch sales"]),
        ("la guilde a un régime de retraite pour les musiciens ?", ["régime"]),
        ("la guilde a une mutuelle pour les musiciens ?", ["mutuelle"]),
        ("do we get a cut of merchandise sales?", ["merchandise sales"]),
        ("les producteurs paient-ils la garde d'enfants ?", ["garde enfants"]),
        ("qui paie pour les visas de travail ?", ["visas"]),
        ("the producer has to pay them within 30 days", []),  # no object asked for
        ("how does the union pension plan work?", ["union pension"]),  # its first two
        ("la compagnie paie-t-elle la garde d'enfants en tournée ?", ["garde enfants"]),
        ("est-ce que les clients cotisent à une caisse de retraite ?", ["caisse"]),
        # what a party is asked to pay back or pay for
        ("does the guild reimburse lifeguard certification courses?", ["lifeguard certification"]),
        ("does the producer pay for parking at the studio?", ["parking"]),
        ("does the production company reimburse mileage?", ["mileage"]),
        ("does the guild reimburse us within 30 days?", []),  # paying back, not a thing
        ("est-ce que la guilde rembourse les cours de sauvetage ?", ["cours"]),
        # what the member asks how to claim
        ("got burned on set, how do i claim the hospital costs for treatment?", ["hospital costs"]),
        ("how can we claim overtime?", ["overtime"]),
        ("comment on obtient une carte de membre ?", ["carte"]),
        # what someone pays, "for" or not; not whom it pays
        ("my horse went lame, does the site pay the vet bills?", ["vet bills"]),
        ("does the producer pay me within 30 days?", []),
        ("does the producer pay into the pension fund?", []),
        # what the piece before names, when the ask points back to it
        ("vet school simulation w/ animals, is that covered by the agreement?", ["vet school"]),
        ("les redevances de streaming, on y a droit ?", ["redevances"]),
        ("je suis cascadeur, c'est couvert ?", []),  # the member's own case
        ("tv commercial voice over gig, what's the union rate for that?", ["tv commercial"]),
        ("dog sitting. is there a rate for that?", ["dog sitting"]),
        # "y a" for "il y a", spoken: before a thing, not "y a une prime" (a fee's reading)
        ("si le site refuse, y a une procédure pour contester ?", ["procédure"]),
        ("y a des gens qui disent que le minimum est 200 $, c'est vrai ?", []),  # who says
        ("y a une répétition samedi, c'est combien ?", []),  # what the member tells
        ("is there a per diem on tour?", ["per diem"]),
        ("does the producer pay within 30 days?", []),  # when, not what
        ("does the producer pay back my travel costs?", []),
        # what happened, or an opener, names no thing
        ("Filming ran late, who pays for it?", []),
        ("Sorry, is that covered?", []),
        ("Hotel parking, are those reimbursed?", ["hotel parking"]),
        # what a share of pay goes into
        ("how much goes into the pension scheme from each session fee?", ["pension scheme"]),
        ("combien va dans la caisse de retraite ?", ["caisse"]),
        # what the piece before a dash names and what it is for, asked what it pays
        (
            "hand modelling for a jewellery ad - what does that pay?",
            ["hand modelling", "jewellery ad"],
        ),
        ("dog sitting - is there a day rate for that?", ["dog sitting"]),
        # whoever is asked about gets it, not only "we": what is asked to exist
        ("do readers get residuals when the show airs?", ["residuals"]),
        ("do extras get a meal break?", ["meal break"]),
        ("do coaches get paid for travel?", []),  # how they are paid, not a thing
        ("do dancers have to bring shoes?", []),
        # what the member is asked to owe
        ("how much tax will i owe on my cancellation pay this year?", ["tax"]),
        ("how much money will i owe?", []),
        ("how much exactly do I owe in tax?", []),  # how much, not what
    ],
)
def test_the_object_of_an_ask_that_something_exists(question, objects):
    assert asked_objects(question) == objects


def test_what_the_documents_never_mention_is_not_provided(answerer):
    # each matches a clause well but for what it asks exists
    for question in (
        "is there free parking for the cast when a show is cancelled before curtain?",
        "how is tax handled when a show is cancelled less than 24 hours before curtain?",
        "does the union have dental coverage for members on the first Monday of each month?",
        "is the cast covered by health insurance when a show is cancelled before curtain?",
        "how much tax gets withheld when a show is cancelled less than 24 hours before curtain?",
        "who pays for our work visas when a show is cancelled before curtain?",
        "do we get a cut of merch sales when a show is cancelled before curtain?",
        "how does the union pension plan work when a show is cancelled before curtain?",
        "how do i claim physio costs when a show is cancelled less than 24 hours before curtain?",
        "does the producer pay the vet bills when a show is cancelled before curtain?",
        "kennel fees when a show is cancelled before curtain, is that covered?",
        "how much goes into the pension scheme when a show is cancelled before curtain?",
        "a show cancelled for a jewellery launch - what does that pay?",
        "how much tax will i owe on my pay when a show is cancelled less than 24 hours before?",
    ):
        assert not answerer.ask(question).grounded, question


def test_what_they_mention_is_answered(answerer):
    assert answerer.ask("is there a meal break after five hours of work?").grounded
    assert answerer.ask("does the union have a legal clinic for members?").grounded
    assert answerer.ask("is the cast covered by the agreement when a show is cancelled?").grounded
    assert answerer.ask("am i covered by a collective agreement when a show is cancelled?").grounded
    assert answerer.ask("how is a meal break handled after five hours of work?").grounded
    assert answerer.ask("does the producer have to give us a meal break after five hours?").grounded
    assert answerer.ask("does the union pay the cast in full when a show is cancelled?").grounded
    assert answerer.ask("a show cancelled 2 hrs before curtain, is that covered?").grounded
    cancelled = answerer.ask("the show got cancelled 2 hrs before curtain, do we get anything?")
    assert cancelled.grounded and "paid in full" in cancelled.text


def test_a_quality_asked_that_the_documents_never_name_is_not_theirs_to_say(answerer):
    from knowledge.answering.existence import asked_qualities

    assert asked_qualities("les cachets de tournée sont imposables ?") == ["imposables"]
    assert asked_qualities("is it taxable?") == ["taxable"]
    assert asked_qualities("ma fille a 15 ans, c possible ?") == []  # what anything may be
    assert not answerer.ask("is the full pay for a cancelled show taxable?").grounded
    assert answerer.ask("is a show cancelled before curtain paid in full?").grounded


def test_a_plural_only_noun_is_not_known_by_its_singular(tmp_path, bundled_embedder):
    # "dues" are a member's fee; "due" (owed) is another word
    owed = AGREEMENT + "\n9.2 Fees are due within fourteen (14) days of the show.\n"
    answerer = answerer_over(
        tmp_path, {"agreement.md": owed}, bundled_embedder, dt.date(2026, 3, 2)
    )
    assert not answerer.vocabulary.knows("dues")
    assert not answerer.vocabulary.knows("cotisation")  # its translation, "dues"
    assert answerer.vocabulary.knows("fees") and answerer.vocabulary.knows("due")
    (tmp_path / "b").mkdir()
    written = AGREEMENT + "\n9.2 Union dues are 2% of gross pay.\n"
    other = answerer_over(
        tmp_path / "b", {"agreement.md": written}, bundled_embedder, dt.date(2026, 3, 2)
    )
    assert other.vocabulary.knows("dues")
