"""A question that asks for two kinds of figure, an amount and a percentage ("the base
rate and the weekend premium"), is answered with the best unit of each: the premium's
row is not crowded out by the other rate rows of the schedule."""

from __future__ import annotations

import pytest
from small_corpus import answerer_over

from knowledge import Answerer

SCHEDULE = """# Rate schedule 2026-27

In force from 1 April 2026 to 31 March 2027.

| Role | Length band | Rate |
|---|---|---|
| Podcast host | Episode under 30 min | G 1 250 |
| Podcast host | Episode of 30-60 min | G 1 950 |
| Podcast co-host | Episode under 30 min | G 875 |
| Podcast co-host | Episode of 30-60 min | G 1 400 |
"""

AGREEMENT = """# Podcast Agreement 2025-2028

Signed on 1 March 2025, in force from 1 April 2025.

## § 9 Premiums

§ 9.1 Work on a Saturday or a Sunday earns the weekend premium. Work between 22:00 and
06:00 earns the late-night premium. Both may be paid for the same hour.

Table 9.1 – Premiums

| Code | Premium | Applies to | Rate | Basis |
|---|---|---|---|---|
| P-1 | Weekend (Saturday or Sunday) | every role | 25 % | of the day's fee |
| P-2 | Late night (22:00 to 06:00) | every role | 30 % | of the fee, per hour |
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder) -> Answerer:
    documents = {"schedule.md": SCHEDULE, "agreement.md": AGREEMENT}
    return answerer_over(tmp_path_factory.mktemp("kinds"), documents, bundled_embedder)


def test_an_amount_and_a_percentage_asked_together_are_both_answered(answerer):
    answer = answerer.ask(
        "hosting a 20 min episode on a saturday - what's the base rate and the weekend premium?"
    ).text
    assert "G 1 250" in answer.splitlines()[0]
    assert "25 %" in answer
