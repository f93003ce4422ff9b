""" "whats a touring day rn?" asks what one touring day pays now (answering/cues.py
PRICED_NOW): the rate is quoted, not only the sentences that say what a touring day is."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.kinds import wanted_kinds

BULLETIN = """# Touring bulletin No. 14

Published on 1 December 2026 for school-touring performers: what a touring day pays this
school year, what the van and the road pay, and what changes in the new year.

## The touring day

A touring day takes one show, or up to three, to school halls by van. The term dates are
in the Guild's school calendar. A fourth show on the same day is paid RM190.00, and no
touring day has five shows.
"""

AGREEMENT = """# Presenters Agreement 2026-2029

## 7. School touring

7.1 A school-touring day, with up to three shows in school halls, is paid RM1,250.00.

7.2 The performer who drives the touring van is paid a supplement of RM45.00 per touring
day.
"""


@pytest.mark.parametrize(
    "question",
    ["whats a touring day rn?", "what is an OT hour these days?", "what's a show now"],
)
def test_one_of_a_thing_now_asks_its_price(question):
    assert "money" in wanted_kinds(question)


@pytest.mark.parametrize(
    "question",
    [
        "what is a touring day?",
        "what is the rule now?",
        "what's the status now?",
        "what is a grievance now?",
        "whats a steward doing rn",
        "what is one thing I can do right now?",
        "somewhat is a big deal now",
    ],
)
def test_what_a_thing_is_asks_no_price(question):
    assert "money" not in wanted_kinds(question)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("priced_now")
    documents = {"bulletin-14.md": BULLETIN, "agreement-2026-2029.md": AGREEMENT}
    return answerer_over(root, documents, bundled_embedder, dt.date(2026, 12, 7))


def test_the_price_of_one_now_is_quoted(answerer):
    text = answerer.ask("im on the school tour this month, whats a touring day rn?").text
    assert "RM1,250.00" in text
