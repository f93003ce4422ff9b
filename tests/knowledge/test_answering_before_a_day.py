"""Figures "for productions begun before 1 April 2027", and days "antérieures au 1er
février 2027", run up to the day before it; a deadline ("give notice before 1 March") is
no period (periods.py, stated_periods.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering.periods import header_period
from knowledge.stated_periods import text_period
from knowledge.timeframe import Period

TODAY = dt.date(2026, 12, 6)

CRASH_FEES = """# Crash fees, 2027

Crash fees follow the first day of the production's principal photography.

| Crash | Productions that began before 1 April 2027 | Productions beginning on or after 1 April 2027 |
|---|---|---|
| Cannon roll | Rp 4.750.000 | Rp 5.200.000 |
| T-bone | Rp 3.600.000 | Rp 3.950.000 |
| Wheelie pass | Rp 650.000 | Rp 650.000 |
"""


@pytest.mark.parametrize(
    ("header", "start", "end"),
    [
        ("Productions that began before 1 April 2027", None, dt.date(2027, 3, 31)),
        ("Tournage principal commencé avant le 1er avril 2027", None, dt.date(2027, 3, 31)),
        ("Before Jan. 1, 2027", None, dt.date(2026, 12, 31)),
        ("Productions beginning on or after 1 April 2027", dt.date(2027, 4, 1), None),
        ("Productions started on or before 31 March 2027", None, dt.date(2027, 3, 31)),
        ("Not before 1 April 2027", dt.date(2027, 4, 1), None),
        ("From 1 April 2027", dt.date(2027, 4, 1), None),
    ],
)
def test_a_column_before_a_day_ends_the_day_before(header, start, end):
    assert header_period(header) == Period(start, end)


def test_days_before_a_day_keep_the_old_rule_until_then():
    notice = {"effective_from": "2027-02-01"}
    old = "Les journées de tournage antérieures au 1er février 2027 restent soumises à 30 minutes."
    assert text_period(old, notice) == Period(None, dt.date(2027, 1, 31))
    began = "Productions that began before 1 April 2027 keep the old fees."
    assert text_period(began, {}) == Period(None, dt.date(2027, 3, 31))
    # a deadline is not a period: the document's own dates stand
    for deadline in (
        "Give the producer notice before 1 March 2027.",
        "Claims must be made before 1 March 2027.",
        "The form must be signed before 1 March 2027.",
        "La demande doit être signée avant le 1er mars 2027.",
    ):
        assert text_period(deadline, notice) == Period(dt.date(2027, 2, 1), None), deadline
    # a table row says the same as a sentence
    row = "| Journées antérieures au 1er février 2027 | 30 minutes |"
    assert text_period(row, notice) == Period(None, dt.date(2027, 1, 31))


@pytest.mark.parametrize(
    ("question", "fee", "other"),
    [
        (
            "T-bone on a production that began in January 2027: how much per crash?",
            "3.600.000",
            "3.950.000",
        ),
        (
            "T-bone on a production whose principal photography starts in June 2027?",
            "3.950.000",
            "3.600.000",
        ),
    ],
)
def test_the_fee_is_the_column_of_the_production_start(
    tmp_path, bundled_embedder, question, fee, other
):
    answerer = answerer_over(tmp_path, {"crash-fees.md": CRASH_FEES}, bundled_embedder, TODAY)
    lead = answerer.ask(question).text.splitlines()[0]
    assert fee in lead and other not in lead


def test_a_figure_the_same_in_both_columns_shows_no_empty_period(tmp_path, bundled_embedder):
    answerer = answerer_over(tmp_path, {"crash-fees.md": CRASH_FEES}, bundled_embedder, TODAY)
    text = answerer.ask("how much for a wheelie pass?").text
    lead = text.splitlines()[0]
    assert "650.000" in lead
    assert "in force )" not in text and "(in force)" not in text


@pytest.mark.parametrize(
    "row",
    [
        "| Turntable supplement, presenter engaged before 1 October 2026 | show day | Bt 980.00 |",
        "| Supplément | 980,00 Bt pour qui a été engagé pour un salon avant le 1er octobre 2026 |",
        "| Night rate, crew hired prior to 1 July 2026 | per night | $75 |",
    ],
)
def test_whom_a_row_keeps_a_figure_for_is_no_end_of_its_period(row):
    """ "engaged before 1 October 2026" says whom the figure is for: the row runs for its
    document's period (it read as ended the day before, "no longer in force")."""
    metadata = {"effective_from": "2026-10-01", "effective_to": "2029-09-30"}
    assert text_period(row, metadata) == Period(dt.date(2026, 10, 1), dt.date(2029, 9, 30))
    # a row that runs until a day still ends then
    assert text_period(
        "| Hygiene supplement | until 30 November 2026 | Bt 180 |", metadata
    ).end == (dt.date(2026, 11, 30))


def test_the_day_a_text_was_signed_bounds_no_period():
    """ "reste à 2 300,00 bahts, le tarif de l'accord signé le 15 septembre 2026 et en
    vigueur depuis le 1er octobre 2026": in force from 1 October 2026 (it read as 15
    September to 1 October, "no longer in force")."""
    text = (
        "L'heure reste donc à 2 300,00 bahts, le tarif de l'accord signé le 15 septembre "
        "2026 et en vigueur depuis le 1er octobre 2026."
    )
    assert text_period(text, {}) == Period(dt.date(2026, 10, 1), None)
    dated = "The letter dated 2 November 2026 raises the fee to $50 from 1 February 2027."
    assert text_period(dated, {}) == Period(dt.date(2027, 2, 1), None)
    # work done before a day is paid at the fees signed earlier: up to the day before
    paid = (
        "Work performed before 1 October 2026 is paid at the fees of Schedule 1 as signed on "
        "14 February 2026 ($214.00 a day)."
    )
    assert text_period(paid, {}) == Period(None, dt.date(2026, 9, 30))
    # a deadline is no period
    assert text_period("Enrolment must be done before 1 March 2027; the fee is $50.", {}) is None
    # two dates that bound the figure still do
    assert text_period("$40 from 1 January 2027 to 31 March 2027.", {}) == Period(
        dt.date(2027, 1, 1), dt.date(2027, 3, 31)
    )
