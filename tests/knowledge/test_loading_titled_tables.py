"""A table lined up by spaces under a title line of its own ("RATE TABLE … / YEAR 1"), as
a payroll extract pasted into an e-mail prints it, is read row by row (columns.py); a
title line with gaps of its own, or prose, is not taken for one."""

from __future__ import annotations

from knowledge.answering.units import cut
from knowledge.chunking import chunk_document
from knowledge.loading import load_bytes
from knowledge.loading.columns import markdown_tables
from knowledge.search import Passage

EXTRACT = (
    "Here is the extract the producer sent us.\n"
    "\n"
    "    RATE TABLE 2027-2030 / YEAR 1 / EFFECTIVE 15-Jan-2027\n"
    "    CODE      DESCRIPTION                        UNIT   AMOUNT\n"
    "    PD-SHOOT  Precision driver, shoot day        DAY    IDR 2,450,000.00\n"
    "    PD-REH    Precision driver, rehearsal day    DAY    IDR 1,470,000.00\n"
    "    DC-WEEK   Driving coach for actors           WEEK   IDR 9,600,000.00\n"
    "\n"
    "Please check your members' rates against it.\n"
)


def test_a_table_under_its_title_line_is_read_row_by_row():
    text = markdown_tables(EXTRACT)
    assert "    RATE TABLE 2027-2030 / YEAR 1 / EFFECTIVE 15-Jan-2027\n" in text  # kept
    assert "| CODE | DESCRIPTION | UNIT | AMOUNT |" in text
    assert "| PD-REH | Precision driver, rehearsal day | DAY | IDR 1,470,000.00 |" in text
    doc = load_bytes(EXTRACT.encode(), "email-thread.txt")
    chunk = next(c for c in chunk_document(doc) if "PD-REH" in c.text)
    passage = Passage("p", "email-thread.txt", "Thread", chunk.text, chunk.start, chunk.end, 1.0)
    rehearsal = [u for u in cut([passage]) if "rehearsal" in u.text]
    # the row alone, not the whole table as one sentence with the shoot day's figure
    assert len(rehearsal) == 1 and "2,450,000" not in rehearsal[0].text


def test_a_title_with_gaps_or_prose_before_aligned_lines_is_not_a_table_title():
    spaced = EXTRACT.replace("RATE TABLE 2027-2030", "RATE TABLE  2027-2030")
    assert "| PD-REH |" not in markdown_tables(spaced)
    prose = (
        "The producer sent us the figures below, which we checked line by line\n"
        "    and found that the amounts   for   rehearsal days were right\n"
        "    while the amounts   for   shoot days were wrong\n"
        "    so please tell us   about   any difference\n"
    )
    assert markdown_tables(prose) == prose
