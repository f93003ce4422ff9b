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
    priced = answerer.weekdays.get()
    assert priced[4] == "Friday" and priced[2] == "Sunday to Thursday"  # a range, expanded
    assert set(priced) == set(range(7))
    text = answerer.ask("two-set night on 15 january 2027, what's the fee per performer?").text
    assert "22,400" in text.splitlines()[0]
    weeknight = answerer.ask("two-set night on 14 january 2027, what's the fee?").text
    assert "19,400" in weeknight.splitlines()[0]
    # a Wednesday is in "Sunday to Thursday"
    midweek = answerer.ask("two-set night on 13 january 2027, what's the fee?").text
    assert "19,400" in midweek.splitlines()[0]


def test_only_a_priced_weekday_named_by_its_date_is_added():
    friday = question_timeframe("on 15 January 2027, what fee?", TODAY)
    fridays = {4: "Friday"}
    asked = with_weekday("on 15 January 2027, what fee?", friday, "en", fridays)
    assert asked == "on 15 January 2027 (Friday), what fee?"
    french = question_timeframe("le 15 janvier 2027, quel cachet ?", TODAY)
    assert with_weekday("le 15 janvier 2027, quel cachet ?", french, "fr", fridays) == (
        "le 15 janvier 2027 (Vendredi), quel cachet ?"
    )
    # the day's number is the date's, not a count before it
    crowd = "booked for 15 people on 15 January 2027, what fee?"
    assert with_weekday(crowd, question_timeframe(crowd, TODAY), "en", fridays) == (
        "booked for 15 people on 15 January 2027 (Friday), what fee?"
    )
    # named by a range in the documents: its words are added too
    assert with_weekday("on 15 January 2027, what fee?", friday, "en", {4: "Mon–Fri"}) == (
        "on 15 January 2027 (Friday, Mon–Fri), what fee?"
    )
    assert with_weekday("on 15 January 2027, what fee?", friday, "en", {5: "Saturday"}) == (
        "on 15 January 2027, what fee?"  # Fridays priced nowhere
    )
    short = "on Fri 15 Jan 2027, what fee?"  # a weekday cut short is named already
    assert with_weekday(short, question_timeframe(short, TODAY), "en", fridays) == short
    now = question_timeframe("what fee rn?", TODAY)
    assert with_weekday("what fee rn?", now, "en", dict.fromkeys(range(7), "x")) == "what fee rn?"
