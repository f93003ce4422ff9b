"""Rate columns headed by a month ("Mar 2025") start that month and run until the next
column; a cell merged across period columns holds for all of them; a misprint named in
the sentence after its amount is corrected by the next amount; a sentence restating a
row's figure does not replace it; each ask of a question is dated by its own words
(answering/periods.py, table_rows.py, former.py, supersession.py, scoring.py,
loading/spans.py, figures.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge import figures
from knowledge.answering.periods import chain, header_period
from knowledge.answering.units import cut
from knowledge.loading import load_bytes
from knowledge.search import Passage

TODAY = dt.date(2026, 12, 3)

SCHEDULE = """# Annex 2: minimum fees 2025-2028

Signed on 12 February 2025. Each column applies from the first day of its month until the
next column starts.

| Code | Work | Unit | Mar 2025 | Mar 2026 | Mar 2027 |
|---|---|---|---|---|---|
| G-1 | Choir call (up to 3 hours) | per call | € 140.00 | € 146.50 | € 151.00 |
| G-2 | Solo passage sung by a chorister | per passage | € 60.00 | € 71.80 | € 63.60 |
| G-3 | Archive recording of a concert | per concert | € 300.00 | € 300.00 | € 300.00 |
"""

NOTICE = """From: Rates office
Date: 2 April 2026
Subject: Annex 2, row G-2

The printed copy of Annex 2 carries € 71.80 in the "Mar 2026" cell of row G-2. That is a
mistake in the copy. The signed annex has € 61.80 in that cell, as both parties confirmed.
The other cells of row G-1 are right as they stand: € 140.00 in the "Mar 2025" column
and € 146.50 in the "Mar 2026" column (from 1 March 2026).
"""

ALLOWANCES = """<html><body><h1>Touring allowances</h1>
<table>
<tr><th>Allowance</th><th>Unit</th><th>Year 1 (from 2025-03-01)</th>
<th>Year 2 (from 2026-03-01)</th><th>Year 3 (from 2027-03-01)</th></tr>
<tr><th scope="row">Instrument carriage above the free weight</th><td>per kg</td>
<td colspan="3">€ 2.40 (all years)</td></tr>
<tr><th scope="row">Meal allowance on tour</th><td>per day</td>
<td>€ 31.00</td><td>€ 32.00</td><td>€ 33.00</td></tr>
</table></body></html>"""

MEMO = """# Memorandum No. 2 to Annex 2

Signed on 20 November 2026.

1. From 1 January 2027, the fee in row G-1 for a choir call is € 149.90 per call.
2. Everything else in Annex 2 is unchanged.
"""


def _units(text: str, source: str = "a.md"):
    return cut([Passage("p", source, "A", text, 0, len(text), 1.0)])


def test_a_month_header_starts_its_column_and_the_next_one_ends_it():
    assert header_period("Mar 2026").start == dt.date(2026, 3, 1)
    assert header_period("Mar 2026").end is None
    assert header_period("until Feb 2026").end == dt.date(2026, 2, 28)
    span = header_period("Year 2 (Oct 2025 - Sep 2026)")
    assert (span.start, span.end) == (dt.date(2025, 10, 1), dt.date(2026, 9, 30))
    first, second = chain([header_period("Mar 2025"), header_period("Mar 2026")])
    assert first.end == dt.date(2026, 2, 28) and second.end is None
    # a year alone is still the calendar year
    assert header_period("2026").start == dt.date(2026, 1, 1)


def test_a_cell_printed_in_every_period_column_is_one_figure_for_all_of_them():
    rows = [u for u in _units(SCHEDULE) if u.row and u.text.startswith("G-3")]
    assert len(rows) == 1
    assert rows[0].period.start == dt.date(2025, 3, 1) and rows[0].period.end is None
    split = [u for u in _units(SCHEDULE) if u.row and u.text.startswith("G-1")]
    assert len(split) == 3  # three figures, three periods


def test_a_cell_spanning_period_columns_in_html_is_read_in_each_of_them():
    text = load_bytes(ALLOWANCES.encode(), "allowances.html").text
    row = next(line for line in text.splitlines() if "Instrument carriage" in line)
    assert row.count("€ 2.40") == 3
    carriage = [u for u in _units(text) if u.row and "carriage" in u.text]
    assert len(carriage) == 1 and carriage[0].period.end is None


def test_an_amount_the_next_sentence_calls_a_mistake_is_the_one_corrected():
    units = _units(NOTICE)
    corrected = next(u for u in units if "61.80" in u.text)
    assert "money:71.8" in corrected.former
    # a sentence that restates a figure names none as replaced
    assert not next(u for u in units if "right as they stand" in u.text).former


@pytest.mark.parametrize(
    "text, value",
    [
        ("a fee of CHF 3'120.00 a week", "3120"),
        ("a fee of CHF 1’204.50 a week", "1204.5"),
        ("Fr. 52.40 per travel day", "52.4"),
        ("environ 52 francs", "52"),
    ],
)
def test_swiss_amounts_are_read_as_money(text, value):
    money = [f for f in figures.extract(text) if f.kind == "money"]
    assert [f.value for f in money] == [value]


def test_a_web_address_and_a_long_run_of_digits_are_no_amounts():
    # "Fr." is a franc in capitals after a space, not the end of a web address
    assert [f.kind for f in figures.extract("see acme.fr. 12 members")] == ["number"]


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    documents = {
        "annex-2.md": SCHEDULE,
        "notice-row-g2.txt": NOTICE,
        "allowances.html": ALLOWANCES,
        "memorandum-2.md": MEMO,
    }
    root = tmp_path_factory.mktemp("months")
    return answerer_over(root, documents, bundled_embedder, TODAY)


def test_a_date_asked_about_takes_the_column_whose_month_had_begun(answerer):
    first = answerer.ask("what was the choir call fee in June 2025?").text.splitlines()[0]
    assert "140.00" in first
    first = answerer.ask("what was the choir call fee in June 2026?").text.splitlines()[0]
    assert "146.50" in first


def test_the_corrected_figure_answers_for_its_period_and_the_misprint_never(answerer):
    answer = answerer.ask("solo passage sung by a chorister, what was the real fee in May 2026?")
    assert "61.80" in answer.text.splitlines()[0]
    assert "71.80" not in answer.text.splitlines()[0]


def test_a_figure_merged_across_years_is_in_force_today(answerer):
    answer = answerer.ask("how much per kg for instrument carriage above the free weight?")
    first = answer.text.splitlines()[0]
    assert "2.40" in first and "superseded" not in first


def test_each_ask_is_answered_for_its_own_time(answerer):
    answer = answerer.ask("choir call fee rn and does it change in january?")
    assert "146.50" in answer.text and "149.90" in answer.text


def test_a_sentence_restating_a_rows_figure_does_not_replace_the_row(answerer):
    first = answerer.ask("choir call fee rn?").text.splitlines()[0]
    assert "**G-1**" in first and "146.50" in first and "superseded" not in first
