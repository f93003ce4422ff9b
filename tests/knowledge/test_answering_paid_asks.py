""" "What is each of us paid?" asks an amount as "what's the rate?" does (cues.ASKS_AMOUNT):
the sentence that gives the figure leads, not one that only says how a string trio is
counted ("A string trio is three performers, each paid the rate of the band.")."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.cues import ASKS_AMOUNT

AGREEMENT = """# Private Events Agreement 2026-2029

## 3. Ceremonies

3.1 A wedding or other ceremony is paid per performer by its length band: up to 30 minutes
GH₵680.00; from 31 to 60 minutes GH₵940.00; from 61 to 90 minutes GH₵1,180.00. A string
trio is three performers, each paid the rate of the band. Time beyond 90 minutes is overtime
under clause 5.4.

## 5. Overtime

5.4 Each block of 15 minutes after the booked end is paid GH₵55.00 per performer.
"""


@pytest.mark.parametrize(
    "question",
    [
        "string trio for a 45 min ceremony - what is each of us paid?",
        "what am I paid for a ceremony?",
        "what do the harpists get paid on a wedding day?",
        "what will I be paid?",
    ],
)
def test_what_someone_is_paid_asks_an_amount(question):
    assert ASKS_AMOUNT.search(question)


@pytest.mark.parametrize(
    "question",
    [
        "how are we paid?",
        "what is paid during a break?",
        "is what is paid taxed?",
        "what does the agency do if I'm not paid?",
        "what is the process when a member isn't paid?",
        "what are the days that are not paid?",
    ],
)
def test_how_or_what_is_paid_asks_no_amount(question):
    assert not ASKS_AMOUNT.search(question)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("paid_asks")
    return answerer_over(
        root, {"agreement-2026-2029.md": AGREEMENT}, bundled_embedder, dt.date(2026, 12, 7)
    )


def test_the_figure_is_quoted_for_what_each_is_paid(answerer):
    text = answerer.ask("string trio for a 45 min ceremony - whats each of us paid?").text
    assert "GH₵940.00" in text
