"""A term that starts "from the first pay period beginning on or after" a day is quoted with
the payroll calendar's line for that period when a member asks which period or pay date
(pay_calendar.py, answering/pay_periods.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge import Answerer
from knowledge.pay_calendar import is_calendar, periods

AGREEMENT = """# Live Commerce Agreement 2026-2029

In force from 1 October 2026.

## 10. Product models

10.1 A live-shopping presenter is paid $230.00 per broadcast hour.

10.2 An on-air product model is paid per segment of up to 15 minutes: $64.00 a segment, and
$69.00 a segment from the first pay period beginning on or after 15 January 2027.

## 11. Breaks

11.1 A presenter has a break of 15 minutes in each period of 2 hours on air.
"""

PAYROLL = """# Payroll export PX-12

Section PERIOD lists the fortnightly pay periods, Monday to Sunday, each paid on the Friday
after it ends.

| section | code | from | to | note |
|---|---|---|---|---|
| PERIOD | PP26-2026 | 2026-12-21 | 2027-01-03 | pay date 2027-01-08 |
| PERIOD | PP01-2027 | 2027-01-04 | 2027-01-17 | pay date 2027-01-22 |
| PERIOD | PP02-2027 | 2027-01-18 | 2027-01-31 | pay date 2027-02-05 |
| PERIOD | PP03-2027 | 2027-02-01 | 2027-02-14 | pay date 2027-02-19 |
"""


def test_a_calendar_is_lines_of_pay_periods():
    found = periods(PAYROLL)
    assert [p.start for p in found][:2] == [dt.date(2026, 12, 21), dt.date(2027, 1, 4)]
    assert found[2].end == dt.date(2027, 1, 31) and found[2].paid == dt.date(2027, 2, 5)
    assert is_calendar(PAYROLL)
    # a term's dates, a season's, a single row of dates: no calendar
    assert not is_calendar(AGREEMENT)
    assert not is_calendar("The season runs from 1 December 2026 to 15 March 2027.")
    assert not is_calendar("| PP01 | 2027-01-04 | 2027-01-17 | pay date 2027-01-22 |")
    # dates a year apart are no pay period
    assert not periods("| Term | 2026-10-01 | 2029-09-30 |")
    # a tour's legs, paid: no pay periods named, nor following on
    legs = (
        "Each leg is paid at the end of the leg.\n"
        "| Spring leg | 2027-03-01 | 2027-03-14 | $400 a show |\n"
        "| Summer leg | 2027-06-01 | 2027-06-20 | $420 a show |\n"
    )
    assert not is_calendar(legs)
    assert not is_calendar(legs.replace("at the end of the leg", "on the pay date after it"))


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder) -> Answerer:
    return answerer_over(
        tmp_path_factory.mktemp("pay"),
        {"agreement.md": AGREEMENT, "payroll.md": PAYROLL},
        bundled_embedder,
        dt.date(2026, 12, 7),
    )


def test_the_first_period_on_or_after_the_day_is_quoted(answerer):
    text = answerer.ask(
        "on-air model: segment fee goes up from the first pay period on or after 15 jan - "
        "whats the new fee and what date does that pay period start?"
    ).text
    assert "$69.00" in text
    assert "2027-01-18" in text  # PP02-2027, not PP01-2027 (which holds 15 January)
    assert "2027-01-04" not in text


def test_no_period_is_added_when_none_is_asked(answerer):
    text = answerer.ask("what is the on-air product model paid per segment?").text
    assert "$64.00" in text and "PP02" not in text and "2027-01-18" not in text


def test_the_pay_period_a_term_starts_in_is_picked_by_its_own_rule():
    from knowledge.answering.pay_periods import _trigger

    day = dt.date(2027, 1, 15)
    assert _trigger("from the first pay period beginning on or after 15 January 2027") == (
        day,
        False,
    )
    assert _trigger("from the first pay period starting after 15 January 2027") == (day, True)
    assert _trigger(
        "à compter de la première période de paie qui commence le ou après le 15 janvier 2027"
    ) == (day, False)
    # after ratification: no day to count from is guessed
    assert _trigger("la première période de paie qui commence après la ratification") is None
    assert _trigger("paid within 30 days of the end of each pay period") is None


def test_asked_a_pay_date_only_pay_words_count():
    from knowledge.answering.pay_periods import ASKS_PERIOD

    assert ASKS_PERIOD.search("what date does that pay period start?")
    assert ASKS_PERIOD.search("à quelle période de paie ?")
    assert not ASKS_PERIOD.search("quelle paie pour un figurant ?")
    assert not ASKS_PERIOD.search("whats the pay day rate for bg?")
