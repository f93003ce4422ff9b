"""A statement of payments exported as a table: its amounts are bare numbers under a
header that names their currency ("amount_chf"), and its dates record what happened
("first_broadcast", "repeat_broadcast"), not when the row applies (table_rows.py,
currencies.names_currency, dating.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.currencies import names_currency

STATEMENT = (
    "statement\tline\tepisode\trole\tfirst_broadcast\trepeat\trepeat_broadcast\t"
    "fee_chf\tshare\tamount_chf\n"
    "RS-7\t1\tKTR-205\tnarrator\t2026-03-02\t1\t2026-05-11\t4120.00\t40%\t1648.00\n"
    "RS-7\t2\tKTR-205\tnarrator\t2026-03-02\t2\t2026-08-03\t4120.00\t30%\t1236.00\n"
    "RS-7\t3\tKTR-207\tnarrator\t2026-03-16\t1\t2026-06-01\t4120.00\t40%\t1648.00\n"
    "RS-7\t4\tKTR-207\tnarrator\t2026-03-16\t2\t2026-09-07\t4120.00\t30%\t1236.00\n"
    "RS-7\t5\tKTR-207\tsound designer\t2026-03-16\t2\t2026-09-07\t2790.00\t30%\t837.00\n"
)

AGREEMENT = """# Radio Drama Agreement 2025-2028

## Repeats

A repeat broadcast of an episode is paid as a share of the episode fee: 40 per cent for
the first repeat and 30 per cent for each later one. Each repeat is listed on the next
statement of payments, with the amount paid.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    return answerer_over(
        tmp_path_factory.mktemp("statement"),
        {"statement-rs-7.txt": STATEMENT, "agreement.md": AGREEMENT},
        bundled_embedder,
        today=dt.date(2026, 12, 2),
    )


def test_an_amount_under_a_header_naming_its_currency_answers_a_figure(answerer):
    answer = answerer.ask("what was I paid for the second repeat of KTR-207 as narrator?")
    assert answer.grounded, answer.text
    first = answer.text.splitlines()[0]
    assert "KTR-207" in first and "1236.00" in first, answer.text


def test_dates_a_statement_records_are_not_its_rows_period(answerer):
    answer = answerer.ask("what was I paid for the first repeat of KTR-205 as narrator?")
    assert "1648.00" in answer.text.splitlines()[0], answer.text
    # 2026-03-02 → 2026-05-11 is when it aired and was repeated, not a rate that ended
    assert "no longer in force" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("header", "names"),
    [
        ("amount_chf", True),
        ("Fee (€)", True),
        ("Montant en HUF", True),
        ("episode_fee_ft", True),  # "ft" beside a word for pay
        ("Rate, $", True),
        ("height_ft", False),  # feet
        ("Try count", False),  # a word, not the lira's code
        ("Amount", False),
        ("Article", False),
    ],
)
def test_a_header_names_a_currency(header, names):
    assert names_currency(header) is names


@pytest.mark.parametrize(
    ("header", "row", "events"),
    [
        # a statement's row: two happenings, each a date alone under an event's name
        (
            ["episode", "first_aired", "rerun_aired", "amount_ft"],
            ["SPW-1", "2026-09-14", "2026-10-19", "16975.00"],
            True,
        ),
        # a rate table's date column says when its row applies
        (["Date", "Hourly rate"], ["1 April 2027", "$26.00"], False),
        (["Increase date", "As of", "Rate"], ["2026-07-01", "2027-07-01", "$26.00"], False),
        # one date is no statement; a note that dates its rule is no bare date
        (["paid_on", "amount_chf"], ["2026-10-05", "1648.00"], False),
        (["rule", "note", "amount"], ["per call", "since 3 June 2026", "590 Kč"], False),
        # a payroll line: the day of its work beside when it is due, a status with its day
        (
            ["Line", "Date", "Rate", "Due_By", "Status"],
            ["PY-1", "2026-11-18", "ZMW 2,950.00", "2026-12-02", "paid 2026-12-01"],
            True,
        ),
        # a rate's start beside its end, or beside the day it was ratified, is no line of work
        (["Date", "Rate", "Until"], ["2026-07-01", "$26.00", "2027-06-30"], False),
        (["Date", "Rate", "Ratified"], ["2027-07-01", "K 640.00", "2026-11-20"], False),
    ],
)
def test_dates_a_row_records_are_told_from_the_dates_it_applies(header, row, events):
    from knowledge.answering.row_headers import event_dates

    assert event_dates(header, row) is events


def test_a_payroll_lines_day_of_work_is_no_period_it_applies_in():
    from knowledge.answering.table_rows import row_units

    header = ["Line", "Date", "Description", "Rate", "Due_By", "Status"]
    line = (
        "| PY-1 | 2026-11-18 | Workshop, 90 minutes | ZMW 2,950.00 | 2026-12-02 | paid 2026-12-01 |"
    )
    assert all(u.period is None for u in row_units(0, line, header, ""))
    rates = "| Workshop, 90 minutes | 2026-11-18 | ZMW 2,950.00 |"  # a rate from its date
    dated = row_units(0, rates, ["Item", "Date", "Rate"], "")
    assert any(u.period is not None and u.period.start.isoformat() == "2026-11-18" for u in dated)
