"""Halves and quarters of a year ("H2 2026", "premier semestre 2027", "Q3 2026") are six or
three months of it, not the whole year (calendar_parts.py): a rate table whose columns, or
rows, are half-years gives each figure its own months, and a question "in H1 2027" asks
about January to June (answering/periods.py, answering/dating.py, timeframe.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.periods import header_period
from knowledge.calendar_parts import one, spans
from knowledge.timeframe import question_timeframe

TODAY = dt.date(2026, 12, 6)
D = dt.date


@pytest.mark.parametrize(
    "text, first, last",
    [
        ("H2 2026", D(2026, 7, 1), D(2026, 12, 31)),
        ("Rates by half-year, H1 2027", D(2027, 1, 1), D(2027, 6, 30)),
        ("S2 2026 (du 1er juillet au 31 décembre)", D(2026, 7, 1), D(2026, 12, 31)),
        ("au premier semestre 2027", D(2027, 1, 1), D(2027, 6, 30)),
        ("2e semestre de 2026", D(2026, 7, 1), D(2026, 12, 31)),
        ("Q3 2026", D(2026, 7, 1), D(2026, 9, 30)),
        ("T4 2026", D(2026, 10, 1), D(2026, 12, 31)),
        ("the third quarter of 2026", D(2026, 7, 1), D(2026, 9, 30)),
        ("second half of 2027", D(2027, 7, 1), D(2027, 12, 31)),
    ],
)
def test_a_half_or_quarter_is_its_months(text, first, last):
    assert one(text) == (first, last)


@pytest.mark.parametrize(
    "text",
    # a fiscal or season year's part starts where that year does: not read here; nor a
    # code, a part in lower case, a fifth half, or two parts at once
    [
        "Q2 FY27",
        "T2 2026/27",
        "H1 2026-27",
        "Form H2 20261",
        "Form T2 2026",
        "t1 2027",
        "S3 2026",
        "GH2 2026",
        "Q4 2026 and Q1 2027",
    ],
)
def test_what_is_no_single_calendar_part_gives_none(text):
    assert one(text) is None


@pytest.mark.parametrize(
    "text", ["from Q3 2026 onwards", "since H2 2026", "depuis le S2 2026", "Q3 2026 onwards"]
)
def test_a_part_that_starts_what_follows_runs_on(text):
    part = one(text)
    assert part is not None and part[1] is None


def test_two_parts_are_both_read_in_order():
    assert [a for a, _ in spans("Q4 2026 and Q1 2027")] == [D(2026, 10, 1), D(2027, 1, 1)]


def test_a_column_headed_by_a_half_year_holds_six_months_not_the_year():
    period = header_period("H2 2026")
    assert (period.start, period.end) == (D(2026, 7, 1), D(2026, 12, 31))
    period = header_period("Rate, premier semestre 2027")
    assert (period.start, period.end) == (D(2027, 1, 1), D(2027, 6, 30))


def test_a_question_naming_a_half_year_asks_about_its_months():
    frame = question_timeframe("stunt rider day rate in H1 2027?", TODAY)
    assert frame.explicit and (frame.period.start, frame.period.end) == (
        D(2027, 1, 1),
        D(2027, 6, 30),
    )
    frame = question_timeframe("le cachet au second semestre 2026 ?", TODAY)
    assert frame.period.start == D(2026, 7, 1)


COLUMNS = """# Schedule 1 – Rates by half-year

The agreement runs from 1 July 2026 to 30 June 2028.

| Role | Unit | H2 2026 | H1 2027 | H2 2027 |
|---|---|---|---|---|
| Liberty rider | per show | ₦72,000 | ₦76,500 | ₦79,000 |
| Carriage driver | per day | ₦64,000 | ₦67,500 | ₦70,000 |
"""

ROWS = """# Schedule 2 – Day rates on animal units

The agreement runs from 1 July 2026 to 30 June 2028.

| Half-year | Day rate, Handler | Animal fee, Horse |
|---|---|---|
| H2 2026 | ₦88,000 | ₦15,000 |
| H1 2027 | ₦93,500 | ₦16,000 |
| H2 2027 | ₦96,500 | ₦16,500 |
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("halves")
    return answerer_over(
        root, {"schedule-1.md": COLUMNS, "schedule-2.md": ROWS}, bundled_embedder, TODAY
    )


def test_now_takes_the_half_year_column_in_force_not_a_later_one(answerer):
    first = answerer.ask("how much does a liberty rider get per show at the moment?")
    line = first.text.splitlines()[0]
    assert "72,000" in line and "79,000" not in line


def test_a_named_half_year_takes_its_column(answerer):
    line = answerer.ask("liberty rider per show in H1 2027?").text.splitlines()[0]
    assert "76,500" in line and "72,000" not in line


def test_a_row_named_by_its_half_year_is_dated_by_it(answerer):
    line = answerer.ask("what is a handler's day rate now?").text.splitlines()[0]
    assert "88,000" in line and "96,500" not in line
    line = answerer.ask("handler day rate in February 2027?").text.splitlines()[0]
    assert "93,500" in line and "96,500" not in line


def test_a_long_header_naming_a_half_year_is_a_period_column():
    from knowledge.answering.periods import column_period

    period = column_period("Rates by half-year, H2 2026")
    assert period is not None and (period.start, period.end) == (D(2026, 7, 1), D(2026, 12, 31))
    assert column_period("Rates by category and unit, 2026") is None  # a year among words
