"""A multiplier asked for is a multiple of a fee ("1.75 times the weeknight fee") or its
percentage ("260 %"): a sentence that gives one answers "what is the holiday
multiplier?", though it never says "multiplier" (kinds.py, unit.gives)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.kinds import wanted_kinds

AGREEMENT = """# Pub and club entertainment agreement 2026-2029

## Part C – Holidays

8.1 A night whose first set begins on New Year's Eve, 31 December, is paid 2.5 times the
weeknight fee.

8.2 A night whose first set begins on a public holiday is paid 1.75 times the weeknight fee.

8.3 Substitute day. When a public holiday falls on a Sunday, the multiplier of clause 8.2 is
paid for a night that begins on the following Monday, the observed day, and not for the
Sunday.

8.4 The multipliers apply to the weeknight fees, even on a Friday or a Saturday, and they
do not add up.
"""


def test_a_multiplier_asks_for_a_multiple_or_a_percentage():
    assert wanted_kinds("what is the public holiday multiplier?") >= {"times", "pct"}
    assert "times" in wanted_kinds("le coefficient du dimanche, c'est combien ?")
    assert "times" not in wanted_kinds("how many times a year can they use my voice?")


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("multiples")
    return answerer_over(root, {"agreement.md": AGREEMENT}, bundled_embedder, dt.date(2026, 12, 7))


def test_the_clause_that_gives_the_multiple_answers(answerer):
    first = answerer.ask("what is the public holiday multiplier?").text.splitlines()[0]
    assert "1.75 times" in first  # not 8.3, which names the multiplier without giving it
