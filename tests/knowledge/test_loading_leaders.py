"""Dotted-leader lists in plain text ("1 July 2026 to 31 January 2027 ...... EUR 616.00")
are read as tables of two columns (loading/leaders.py)."""

from __future__ import annotations

import time

from knowledge.chunking import chunk_document
from knowledge.loading import load_bytes
from knowledge.loading.leaders import leader_tables

MEMO = """MEMORANDUM OF AGREEMENT No. 1

3.4 In summary:

    Row P-3 (Band 3, performance capture day, per day)
    1 July 2026 to 31 January 2027 .......... EUR 616.00 (unchanged)
    1 February 2027 to 30 June 2027 ......... EUR 652.00
    1 July 2027 to 30 June 2028 ............. EUR 671.50

3.5 Every other row remains as printed.
"""


def test_leader_lines_become_a_table_under_the_line_naming_them():
    text = leader_tables(MEMO)
    assert "| Period | Value |" in text
    assert "| 1 February 2027 to 30 June 2027 | EUR 652.00 |" in text
    assert "Row P-3 (Band 3, performance capture day, per day)\n| Period |" in text
    assert "3.5 Every other row remains as printed." in text


def test_a_lone_leader_line_or_prose_with_an_ellipsis_is_left_alone():
    text = "Contents\nIntroduction .......... 3\n\nWe waited... and waited.... for the deal.\n"
    assert leader_tables(text) == text


def test_items_with_amounts_are_rows_of_their_own():
    statement = (
        "1. VOS COTISATIONS\n\n"
        "Cotisations versées par les producteurs ........... 3 184,20 $\n"
        "Vos cotisations retenues sur vos cachets ......... 1 415,20 $\n"
    )
    doc = load_bytes(statement.encode(), "releve.txt")
    assert "| Item | Value |" in doc.text
    chunks = chunk_document(doc)
    assert any("| Cotisations versées par les producteurs | 3 184,20 $ |" in c.text for c in chunks)


def test_a_hostile_file_of_dots_is_read_in_linear_time():
    hostile = ("x " + ". " * 5000 + "\n") * 40 + ("label ...... value\n" * 2000)
    started = time.perf_counter()
    out = leader_tables(hostile)
    assert time.perf_counter() - started < 10  # generous: linear, well under a second here
    assert out.count("| label | value |") == 2000


def test_a_price_list_aligned_with_spaces_or_tab_stops_is_a_table():
    spaced = (
        "2. PRIVATE LESSONS\n\n"
        "  One-hour lesson                        £38.00\n"
        "  Ten one-hour lessons                   £350.00\n"
        "  Exam preparation (30 hours)            £1,080.00\n\n"
        "  Evening lessons cost 10% more.\n"
    )
    text = leader_tables(spaced)
    assert "| Item | Value |" in text
    assert "| Ten one-hour lessons | £350.00 |" in text
    assert "Evening lessons cost 10% more." in text
    assert "| Prompt session – minimum | £85.00 |" in leader_tables(
        "IVR prompt – per prompt\t75p\nPrompt session – minimum\t£85.00\n"
    )
    # columns of words, or a gap before no amount, are no price list
    words = "Name        Role\nAnn Smith   Steward\nBob Jones   Treasurer\n"
    assert leader_tables(words) == words
    two_gaps = "Lesson   1 h   £38.00\nCourse   40 h   £305.00\n"
    assert leader_tables(two_gaps) == two_gaps  # a table with columns is columns.py's


def test_word_paragraphs_of_tab_stop_prices_are_one_table():
    import io

    import docx

    document = docx.Document()
    document.add_heading("4. IVR prompts", level=1)
    for line in ("IVR prompt – per prompt\t75p (£0.75)", "Prompt session – minimum\t£85.00"):
        document.add_paragraph(line)
    document.add_paragraph("A session is paid the minimum above.")
    data = io.BytesIO()
    document.save(data)
    text = load_bytes(data.getvalue(), "rates.docx").text
    assert (
        "| IVR prompt – per prompt | 75p (£0.75) |\n| Prompt session – minimum | £85.00 |" in text
    )
    assert "A session is paid the minimum above." in text
