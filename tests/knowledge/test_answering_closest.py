"""The sentence that matches the question best is quoted beside the answer, however far
below the best score the bonuses of dated lines left it (answering/support.py)."""

from __future__ import annotations

from knowledge.answering.support import with_closest
from knowledge.answering.units import Unit


def _unit(text: str, score: float, match: float, passage: int) -> Unit:
    u = Unit(passage, text, text)
    u.score, u.match = score, match
    return u


NOTICE = _unit("Since 1 October 2026 the producer must notify you in writing.", 2.3, 0.96, 0)
CERTIFICATE = _unit(
    "The producer then sends you a signed certificate of deletion within five days.", 1.7, 1.4, 8
)
OTHER = _unit("Every engagement is confirmed in writing before the session.", 1.3, 1.0, 9)


def test_the_best_matching_sentence_is_quoted_beside_the_best_scored_one():
    units = [NOTICE, CERTIFICATE, OTHER]
    assert with_closest([NOTICE], units, 2000, frozenset(), "en", 4) == [NOTICE, CERTIFICATE]
    # already chosen, or no room: unchanged
    assert with_closest([NOTICE, CERTIFICATE], units, 2000, frozenset(), "en", 4) == [
        NOTICE,
        CERTIFICATE,
    ]
    assert with_closest([NOTICE], units, 2000, frozenset(), "en", 1) == [NOTICE]
    assert with_closest([NOTICE], units, 50, frozenset(), "en", 4) == [NOTICE]


def test_a_news_reports_sentence_is_not_brought_in():
    units = [NOTICE, CERTIFICATE, OTHER]
    assert with_closest([NOTICE], units, 2000, frozenset({8}), "en", 4) == [NOTICE]
