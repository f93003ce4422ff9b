"""A topic a member names first and then prices ("les photographes de mariage, y a un
tarif ?", topics.py) that no document mentions weighs against answering
(unknown.unknown_topic, abstain.UNKNOWN_TOPIC); a topic the documents know does not."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering import answerer as answering
from knowledge.answering.topics import topic_words
from knowledge.answering.unknown import unknown_topic

AGREEMENT = """# Accord des artistes de soirées privées 2026-2029

## 4. Cachets

4.1 Un chanteur de cérémonie reçoit 1 250,00 € par mariage, répétition comprise.

4.2 Un animateur de fête d'anniversaire reçoit 480,00 € par fête de trois heures au plus.

4.3 Un trio à cordes reçoit 1 900,00 € par réception, soit 633,33 € par musicien.

## 5. Frais

5.1 Les déplacements au-delà de 30 km sont payés 0,45 € par km.
"""


def test_the_topic_named_before_the_ask_is_read():
    assert topic_words("les photographes de mariage, y a un tarif ?") == [
        "photographes",
        "mariage",
    ]
    assert topic_words("spectacle de marionnettes pour un anniversaire, c combien ?") == [
        "spectacle",
        "marionnettes",
        "anniversaire",
    ]
    assert topic_words("rooftop stargazing evenings, is there a rate?") == [
        "rooftop",
        "stargazing",
        "evenings",
    ]
    # what the topic says of itself is not the topic; the member's own case is told, not
    # a topic; a topic with a rate noun of its own is whose figure (subject.py)
    assert topic_words("le planétarium qu'on emmène dans les écoles, y a un tarif ?") == [
        "planétarium"
    ]
    assert topic_words("my kid is 9, how much?") == []
    assert topic_words("i'm a DJ, how much?") == []
    assert topic_words("le cachet du samedi, c combien ?") == []
    assert topic_words("what is the rate for a wedding?") == []  # no topic before an ask
    # a name is where or whose; a day is when: neither is what
    assert topic_words("kilométrage dans les Hautes-Terres du Nord, c combien ?") == ["kilométrage"]
    assert topic_words("two-set night on 14 january 2027 (Thursday), what's the fee?") == [
        "two-set",
        "night",
    ]
    # a topic set off by a dash names a thing, not what the member did or has
    assert topic_words("singing coach for a stage musical – what's the day rate?") == [
        "singing",
        "coach",
        "stage",
    ]
    assert topic_words("got a corporate xmas party gig – what's the fee?") == []
    assert topic_words("subbing on a scoring session - how much cartage do i get") == []
    assert topic_words("bringing my harp - how much cartage do i get") == []
    # the rate asked may have a word before it ("the day rate")
    assert topic_words("singing coaches, what's the day rate?") == ["singing", "coaches"]
    assert topic_words("self-tape partners: what is the session fee?") == ["self-tape", "partners"]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("topics")
    return answerer_over(root, {"accord.md": AGREEMENT}, bundled_embedder, dt.date(2026, 12, 7))


def test_an_unknown_topic_weighs_against_answering(answerer, monkeypatch):
    vocabulary = answerer.vocabulary
    asked = "les photographes de mariage, y a un tarif ?"
    assert unknown_topic(vocabulary, asked, "fr") == "photographes"
    assert unknown_topic(vocabulary, "les trios à cordes, y a un tarif ?", "fr") is None
    weight, weighed = answering.UNKNOWN_TOPIC, answerer.ask(asked).match
    monkeypatch.setattr(answering, "UNKNOWN_TOPIC", 1.0)
    plain = answerer.ask(asked).match
    assert weight < 1 and plain > 0 and weighed == pytest.approx(plain * weight)
    known = answerer.ask("les trios à cordes, y a un tarif ?")
    assert known.grounded and "1 900,00" in known.text
