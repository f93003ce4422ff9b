"""A day without its year takes the year the question gives its month ("le taux en février
2027 ? j'ai un contrat le 12 février": 12 February 2027, not the 12 February just gone);
without one, the nearest such day, as before (timeframe.py)."""

from __future__ import annotations

import datetime as dt

from knowledge.timeframe import question_timeframe

TODAY = dt.date(2026, 12, 1)


def test_a_day_takes_the_year_the_question_gives_its_month():
    question = "figurant général, le taux horaire en février 2027 ? j'ai un contrat le 12 février"
    period = question_timeframe(question, TODAY).period
    assert (period.start, period.end) == (dt.date(2027, 2, 12), dt.date(2027, 2, 12))
    period = question_timeframe("rate in march 2026? my shoot was on 3 march", TODAY).period
    assert period.start == dt.date(2026, 3, 3)


def test_a_day_alone_is_the_nearest_one():
    assert question_timeframe("shoot on feb 12", TODAY).period.start == dt.date(2027, 2, 12)
    assert question_timeframe("worked on nov 5", TODAY).period.start == dt.date(2026, 11, 5)


def _span(question: str) -> tuple[dt.date | None, dt.date | None]:
    frame = question_timeframe(question, TODAY)
    assert frame.explicit, question
    return frame.period.start, frame.period.end


def test_a_span_of_months_is_asked_about_whole():
    # with its year, over a new year, and without one: the span just ended, the one that
    # holds today, or the coming one
    assert _span("back pay for july-october 2026?") == (dt.date(2026, 7, 1), dt.date(2026, 10, 31))
    assert _span("back pay for jul-oct: how much per visit?") == (
        dt.date(2026, 7, 1),
        dt.date(2026, 10, 31),
    )
    assert _span("le rappel de juillet à octobre, c'est combien ?") == (
        dt.date(2026, 7, 1),
        dt.date(2026, 10, 31),
    )
    assert _span("rate in dec-feb?") == (dt.date(2026, 12, 1), dt.date(2027, 2, 28))
    assert _span("what's the rate from march to may?") == (
        dt.date(2027, 3, 1),
        dt.date(2027, 5, 31),
    )
    assert _span("worked mar-apr, was i paid right?") == (dt.date(2026, 3, 1), dt.date(2026, 4, 30))
    # "we may to …" is a verb
    assert not question_timeframe("i may to june go on tour", TODAY).explicit


def test_before_a_past_day_or_month_is_the_time_up_to_the_day_before_it():
    for question in [
        "avant avril 2026, une séance de coaching c'était payé combien ?",
        "what was the fee before 1 April 2026?",
    ]:
        timeframe = question_timeframe(question, TODAY)
        assert (timeframe.period.start, timeframe.period.end) == (None, dt.date(2026, 3, 31))
        assert timeframe.explicit and not timeframe.is_now
    # a month asked without "before" is that month; a coming one, the time asked about
    assert question_timeframe("the fee in april 2026?", TODAY).period.start == dt.date(2026, 4, 1)
    assert question_timeframe("before june 2027 whats the rate", TODAY).period.start == dt.date(
        2027, 6, 1
    )
    # "before" a time of the day named: that day, not the time before it
    call = question_timeframe("is a call before 7am on 3 March 2026 paid extra?", TODAY).period
    assert (call.start, call.end) == (dt.date(2026, 3, 3), dt.date(2026, 3, 3))
