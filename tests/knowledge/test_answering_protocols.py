"""Lessons of an amending protocol written as unions write them: an article whose heading
names the row it changes ("Article 2 – Synthetic choirs (row AI-4 of Annex A)") replaces
that row from its own date (supersession.py); a sentence that ends one rule and starts the
next ("… until 31 December 2026; … from 1 January 2027") is not one period between the
two dates (timeframe.py); a name met in the question's context, not in what it asks
("the Opera sent me a letter. what's the training fee?"), does not narrow the answer to
what is said of that name (abstain.about_names); and a share asked in words ("what share
voted yes") asks for a percentage (kinds.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.kinds import wanted_kinds
from knowledge.answering.unit import Unit, repeats
from knowledge.stated_periods import text_period
from knowledge.timeframe import Period

AGREEMENT = """# Tidewater Lyric Agreement 2025-2028

The Agreement runs from 1 September 2025 to 31 August 2028. It was signed on 20 June 2025.

## Article 17 Voice models

17.4 Each chorus member whose voice is included in a synthetic choir receives the fee in
row AI-4 of Annex A for each production.

## Annex A

| Row | Allowance or fee | Unit | Amount |
|---|---|---|---|
| AI-2 | Training use of a performer's recordings | per performer and model | EUR 1.450,00 |
| AI-4 | Synthetic choir: each chorus member included | per production | EUR 312,50 |
| AI-7 | Synthetic voice in a trailer | per use | EUR 395,00 |
"""

PROTOCOL = """# Protocole d'accord n° 1

Signé le 9 octobre 2026, ratifié le 30 octobre 2026.

## Article 2 – Chœurs de synthèse (ligne AI-4 de l'annexe A)

2.1 À compter du 1er novembre 2026, chaque choriste dont la voix est intégrée à un chœur
de synthèse reçoit, pour chaque production, un cachet de 340,00 EUR.

## Article 3 – Post-édition

3.1 La post-édition est payée : a) 60 % du tarif pour les commandes passées jusqu'au
31 décembre 2026 ; b) 75 % du tarif pour les commandes passées à compter du
1er janvier 2027.
"""

MINUTES = """# Note to the chorus

The TOH writes to every chorus member before a recording session. The TOH rehearsal
rooms open at 9:00.
"""

MBA = """# MBA Stage Agreement 2025-2028

Overtime is paid at $85.00 for each extra hour worked.
"""

WGA = """# WGA Writers Agreement 2025-2028

The overtime rate per hour is $140.00.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    documents = {"agreement.md": AGREEMENT, "protocole-1.md": PROTOCOL, "opera.md": MINUTES}
    root = tmp_path_factory.mktemp("protocol")
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 4))


def test_an_article_whose_heading_names_a_row_replaces_that_row(answerer):
    now = answerer.ask("synthetic choir - what does each chorus member get per production now?")
    first = now.text.splitlines()[0]
    assert "340,00" in first and "312,50" not in first
    before = answerer.ask("synthetic choir fee per chorus member on 15 october 2026?")
    assert "312,50" in before.text.splitlines()[0]


def test_until_one_date_then_from_the_next_is_two_rules_not_one_period():
    sentence = (
        "3.1 La post-édition est payée : a) 60 % du tarif pour les commandes passées "
        "jusqu'au 31 décembre 2026 ; b) 75 % du tarif pour les commandes passées à "
        "compter du 1er janvier 2027."
    )
    assert text_period(sentence, {"effective_from": "2026-11-01"}) == Period(
        dt.date(2026, 11, 1), None
    )
    assert text_period(sentence, {}) is None
    # a span written from one date to the other stays one period
    span = "The rate of $5.00 applies from 1 July 2026 until 30 June 2027."
    assert text_period(span, {}) == Period(dt.date(2026, 7, 1), dt.date(2027, 6, 30))


def test_a_name_in_the_questions_context_does_not_narrow_the_answer(answerer):
    asked = "the TOH sent me a letter and asked me to sign. what's the training fee per performer?"
    answer = answerer.ask(asked)
    assert answer.kind == "answer"
    assert "1.450,00" in answer.text.splitlines()[0]


def test_an_agreement_named_in_the_context_still_narrows_the_answer(tmp_path, bundled_embedder):
    answerer = answerer_over(tmp_path, {"mba.md": MBA, "wga.md": WGA}, bundled_embedder)
    for question in (
        "I work under the MBA, whats the overtime rate per hour?",
        "working an MBA gig next week. overtime rate per hour?",
    ):
        first = answerer.ask(question).text.splitlines()[0]
        assert "$85.00" in first and "$140.00" not in first


@pytest.mark.parametrize(
    "question",
    [
        "what share of members voted yes?",
        "what proportion of the fee goes to the chorus?",
        "quelle part du cachet pour le choriste ?",
    ],
)
def test_a_share_asked_in_words_asks_for_a_percentage(question):
    assert "pct" in wanted_kinds(question)


def test_two_sentences_under_one_lead_repeat_only_when_both_show_it():
    lead = "Chair: Good evening."
    shown = Unit(0, "87.3% voted yes.", f"{lead} 87.3% voted yes.", lead=lead)
    plain = Unit(0, "The vote closed at noon.", "The vote closed at noon.", lead=lead)
    assert not repeats(shown, plain) and not repeats(plain, shown)
    both = Unit(0, "It is ratified.", f"{lead} It is ratified.", lead=lead)
    assert repeats(shown, both)


def test_a_heading_named_row_is_not_replaced_by_an_amount_added_to_it(tmp_path, bundled_embedder):
    added = PROTOCOL.replace(
        "chaque choriste dont la voix est intégrée à un chœur\nde synthèse reçoit, pour chaque "
        "production, un cachet de 340,00 EUR.",
        "une prime de 45,00 EUR s'ajoute pour chaque captation\nsupplémentaire d'un chœur de "
        "synthèse.",
    )
    assert "45,00" in added
    documents = {"agreement.md": AGREEMENT, "protocole-1.md": added}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 4))
    now = answerer.ask("synthetic choir - what does each chorus member get per production now?")
    row = next(line for line in now.text.splitlines() if "312,50" in line)
    assert "superseded" not in row


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        (  # "ending" then "from" an earlier day: one contract year
            "For the contract year ending 31 August 2027, the rates in Schedule B apply from "
            "1 September 2026.",
            Period(dt.date(2026, 9, 1), dt.date(2027, 8, 31)),
        ),
        (  # three rules, each from its own day
            "Until 31 December 2026 the rate is $5; from 1 January 2027 it is $6; from "
            "1 January 2028 it is $7.",
            None,
        ),
    ],
)
def test_which_date_comes_first_decides_a_span(sentence, period):
    assert text_period(sentence, {}) == period


def test_proportion_in_a_yes_no_question_asks_no_percentage():
    assert "pct" not in wanted_kinds("Are benefits prorated in proportion to hours?")
    assert "pct" in wanted_kinds("quelle est la part du producteur ?")
