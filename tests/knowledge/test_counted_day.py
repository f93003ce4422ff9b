"""A day counted from the day a member names (answering/counted.py): "my scan is on 12
January, by when must I get the form?" over "at least 21 days before the session" gives
22 December, from the rule the answer shows; nothing is counted for a question that names
no day or asks no day, nor over working days."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.counted import counted_day
from knowledge.timeframe import question_timeframe

TODAY = dt.date(2026, 12, 7)

AGREEMENT = """# Scan Agreement 2026-2029

## Article 13: consent

13.1 Each scan needs the performer's written consent on Form G-3.

13.2 Form G-3 must reach the performer at least 21 days before the scan session.

## Article 15: grievances

15.1 ~~A grievance must be filed within 60 days after the incident.~~ Filing is by form G-1.

## Article 14: payment

14.1 A scan session is paid $1,200.00 per session of up to 2 hours.

14.2 The fee is paid no later than 3 weeks after the scan session.
"""


def _count(question: str, texts: list[str], language: str = "en"):
    return counted_day(question, question_timeframe(question, TODAY), texts, language)


def test_a_rule_before_an_event_counts_back_from_the_day_named():
    rule = "Form G-3 must reach the performer at least 21 days before the scan session."
    said, i = _count("my scan is on tuesday 12 jan, by when must the form reach me?", [rule])
    assert said == "21 days before Tuesday 12 January 2027: Tuesday 22 December 2026"
    assert i == 0
    # after an event, in weeks; in French, whichever language the rule is written in
    paid = ["14.1 A scan session is paid $1,200.00.", "Paid no later than 3 weeks after it."]
    assert _count("scan on 2 March 2027, what's the last day they can pay me?", paid) == (
        "3 weeks after Tuesday 2 March 2027: Tuesday 23 March 2027",
        1,
    )
    said, _ = _count("scan le 12 janvier 2027, le formulaire doit arriver quand ?", [rule], "fr")
    assert said == "21 jours avant le mardi 12 janvier 2027 : le mardi 22 décembre 2026"
    civil = ["Le cachet est versé au plus tard 10 jours civils après la séance."]
    said, _ = _count("séance le 22 décembre 2026, payé d'ici quand ?", civil, "fr")
    assert said == "10 jours après le mardi 22 décembre 2026 : le vendredi 1er janvier 2027"


@pytest.mark.parametrize(
    ("question", "texts"),
    [
        # no day named, or today's: nothing to count from
        ("by when must the form reach me?", ["at least 21 days before the scan session"]),
        ("the form, by when must it reach me rn?", ["at least 21 days before the session"]),
        # no day asked
        ("my scan is on 12 January 2027, how much is it?", ["at least 21 days before it"]),
        # working days depend on holidays the rule does not give; two rules, no one answer
        ("scan on 12 January 2027, by when?", ["at least 10 working days before the scan"]),
        ("scan on 12 January 2027, by when?", ["21 days before, or 7 days after, the scan"]),
        # a "when" of a condition asks no day
        ("what's the fee when I work on 25 December 2026?", ["paid 14 days after the show"]),
        ("quel est le taux quand je travaille le 25 décembre 2026 ?", ["14 jours après"]),
    ],
)
def test_nothing_is_counted_without_one_day_one_ask_and_one_calendar_rule(question, texts):
    assert _count(question, texts) is None


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("counted")
    return answerer_over(root, {"agreement.md": AGREEMENT}, bundled_embedder, TODAY)


def test_the_answer_gives_the_day_after_the_rule_it_counts_from(answerer):
    answer = answerer.ask("my scan is on tuesday 12 jan 2027, by when must form G-3 reach me?")
    lines = answer.text.splitlines()
    rule = next(n for n, line in enumerate(lines) if "21 days before the scan" in line)
    assert "21 days before Tuesday 12 January 2027: Tuesday 22 December 2026" in lines[rule + 1]
    # asked no day, the rule alone
    assert "22 December" not in answerer.ask("how long before a scan must form G-3 reach me?").text


def test_nothing_is_counted_from_a_rule_the_answer_does_not_show(answerer):
    # struck out: "within 60 days after the incident" is not in force
    answer = answerer.ask("the incident was on 1 February 2027, by when must i file a grievance?")
    assert "60 days after" not in answer.text and "2 April 2027" not in answer.text
