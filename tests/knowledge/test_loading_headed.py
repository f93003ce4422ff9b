"""Rate lists that print an item on its own line and its "when: amount" lines under it are
read as one table whose rows carry their item (loading/headed.py)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from knowledge import Answerer, Engine, KnowledgeSettings
from knowledge.loading import load_bytes
from knowledge.loading.headed import headed_tables


def _pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    pdf.add_page()
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


SHEET = """Crew Rate Sheet 2026

Part 1 - Stage crew
A1 Rigger - per call (up to five hours)
1 March 2026 to 30 September 2026: 310.00 EUR
From 1 October 2026: 334.00 EUR
A2 Follow-spot operator - per performance
Weekdays: 205.00 EUR
Sundays and public holidays: 256.25 EUR
A3 Flyman - per week
Whole season: 1,480.00 EUR

Rates are minimums. Overtime is set by the Agreement.
"""


def test_items_over_their_value_lines_are_one_table_with_the_item_on_each_row():
    text = headed_tables(SHEET)
    assert "| Item | Period | Value |" in text
    assert "| A1 Rigger - per call (up to five hours) | From 1 October 2026 | 334.00 EUR |" in text
    assert "| A2 Follow-spot operator - per performance | Weekdays | 205.00 EUR |" in text
    assert "| A3 Flyman - per week | Whole season | 1,480.00 EUR |" in text
    # the lines around the list stay as they were
    assert "Part 1 - Stage crew\n| Item |" in text
    assert "Rates are minimums. Overtime is set by the Agreement." in text


def test_a_list_with_no_dated_label_calls_its_middle_column_case():
    text = headed_tables("Fittings\nPer hour: 98.00 EUR\nMake-up\nPer half hour: 64.00 EUR\n")
    assert "| Item | Case | Value |" in text
    assert "| Make-up | Per half hour | 64.00 EUR |" in text


@pytest.mark.parametrize(
    "text",
    [
        # one item alone is a heading and a key line, not a list
        "A1 Rigger - per call\nFrom 1 October 2026: 334.00 EUR\n\nThe end.\n",
        # prose lines with colons and no amount
        "Meeting\nChair: Ana Lind\nVenue\nPlace: the Guild House\n",
        # a sentence ending with a full stop heads nothing
        "The fee was raised.\nFrom 1 May: 12.00 EUR\nIt was raised again.\nFrom 1 June: 13.00 EUR\n",
    ],
)
def test_what_is_not_such_a_list_is_left_alone(text):
    assert headed_tables(text) == text


def test_a_pdf_rate_list_is_read_as_a_table():
    doc = load_bytes(_pdf(SHEET), "crew-rates-2026.pdf")
    assert (
        "| A1 Rigger - per call (up to five hours) | From 1 October 2026 | 334.00 EUR |" in doc.text
    )


def test_a_plain_text_rate_list_is_a_table_not_a_list_of_keys():
    doc = load_bytes(SHEET.encode(), "crew-rates-2026.txt")
    assert "| A3 Flyman - per week | Whole season | 1,480.00 EUR |" in doc.text
    assert "- From 1 October 2026" not in doc.text


def test_a_hostile_file_of_colons_is_read_in_linear_time():
    hostile = ("Item\n" + "When: 1.00 EUR\n" * 3) * 5000 + ("a: b\n" * 20000)
    started = time.perf_counter()
    out = headed_tables(hostile)
    assert time.perf_counter() - started < 20  # generous: linear, about a second here
    assert out.count("| Item | When | 1.00 EUR |") == 15000


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("headed")
    (root / "docs").mkdir()
    (root / "docs" / "crew-rate-sheet-2026.pdf").write_bytes(_pdf(SHEET))
    settings = KnowledgeSettings(
        data_dir=root / "data", source_dir=root / "docs", llm_enabled=False
    )
    engine = Engine(settings, embeddings=bundled_embedder)
    engine.reindex()
    return Answerer(engine, today=dt.date(2026, 12, 5), use_llm=False)


def test_now_the_rigger_gets_the_amount_from_october_with_its_item(answerer):
    answer = answerer.ask("rigger per call rate rn?")
    first = answer.text.splitlines()[0]
    assert "334.00" in first and "Rigger" in first
    assert "310.00" not in first


def test_a_day_before_the_change_gets_the_earlier_amount(answerer):
    answer = answerer.ask("What was the rigger's rate per call on 15 September 2026?")
    first = answer.text.splitlines()[0]
    assert "310.00" in first and "334.00" not in first


def test_a_crlf_list_keeps_its_blank_line_and_a_markdown_heading_stays_a_heading():
    crlf = headed_tables(SHEET.replace("\n", "\r\n"))
    assert "| A3 Flyman - per week | Whole season | 1,480.00 EUR |\r\n\r\nRates are" in crlf
    glued = headed_tables(
        "A1 Rigger\nPer call: 1.00 EUR\nA2 Flyman\nPer week: 2.00 EUR\nThe end.\n"
    )
    assert "| A2 Flyman | Per week | 2.00 EUR |\n\nThe end." in glued
    markdown = "## Riggers\nPer call: 1.00 EUR\n## Flymen\nPer week: 2.00 EUR\n"
    assert headed_tables(markdown) == markdown


def test_a_value_line_with_a_long_label_heads_no_lines():
    # "…in the event window (clause 4.6): ₩560,000" is a value of its own, not an item
    # whose "case" the next short value lines would be
    text = (
        "Per match, Spring Split (clause 4.2): 420,000 won\n"
        "World Invitational, per match in the event window (clause 4.6): 560,000 won\n"
        "Senior supplement, per match (clause 5.3): 55,000 won\n"
        "Co-stream, per event, plus 35 per cent of net ad revenue (clause 6.4): 850,000 won\n"
        "Per diem, per day away (clause 7.4): 92,000 won\n"
    )
    assert headed_tables(text) == text
