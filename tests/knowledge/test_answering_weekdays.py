"""A day the member names by its date is read with its weekday when the documents price
weekdays (asked_time.with_weekday): "booked on 15 January 2027" asks about a Friday, and
the Friday fee answers; a question about now, or documents that price no weekday, are
searched as asked."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.asked_time import with_weekday
from knowledge.timeframe import question_timeframe

RATES = """# Tapwell entertainers' fees 2026-27

Fees per performer for a night of two sets of 45 minutes, from 1 November 2026.

| Night | Two sets |
|---|---|
| Sunday to Thursday | 19,400 ₸ |
| Friday or Saturday | 22,400 ₸ |
"""

AGREEMENT = """# Pub and club entertainment agreement

4.1 A two-set night is paid ₸19,400 per performer.

4.2 A booking is paid at least the two-set fee, even if fewer sets are played.

4.3 The employer pays within 14 days of the night.
"""

TODAY = dt.date(2026, 12, 7)


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("weekdays")
    documents = {"tapwell-fees.md": RATES, "agreement.md": AGREEMENT}
    return answerer_over(root, documents, bundled_embedder, TODAY)


def test_a_dated_booking_gets_the_fee_of_its_weekday(answerer):
    assert answerer.weekdays.get() == frozenset({3, 4, 5, 6})  # Thursday … Sunday priced
    text = answerer.ask("two-set night on 15 january 2027, what's the fee per performer?").text
    assert "22,400" in text.splitlines()[0]
    weeknight = answerer.ask("two-set night on 14 january 2027, what's the fee?").text
    assert "19,400" in weeknight.splitlines()[0]


def test_only_a_priced_weekday_named_by_its_date_is_added():
    friday = question_timeframe("on 15 January 2027, what fee?", TODAY)
    asked = with_weekday("on 15 January 2027, what fee?", friday, "en", frozenset({4}))
    assert asked == "on 15 January 2027 (Friday), what fee?"
    french = question_timeframe("le 15 janvier 2027, quel cachet ?", TODAY)
    assert with_weekday("le 15 janvier 2027, quel cachet ?", french, "fr", frozenset({4})) == (
        "le 15 janvier 2027 (Vendredi), quel cachet ?"
    )
    assert with_weekday("on 15 January 2027, what fee?", friday, "en", frozenset({5})) == (
        "on 15 January 2027, what fee?"  # Fridays priced nowhere
    )
    now = question_timeframe("what fee rn?", TODAY)
    assert with_weekday("what fee rn?", now, "en", frozenset(range(7))) == "what fee rn?"
