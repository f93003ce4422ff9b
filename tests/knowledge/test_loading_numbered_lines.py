"""Line-numbered pages (knowledge/loading/numbered_lines.py): a PDF set with every line
numbered in the margin, restarting on each page, is read without the numbers, so that a
clause's figures do not run into them; a page of numbered clauses is left as it is."""

from __future__ import annotations

from knowledge.loading import load_bytes
from knowledge.loading.numbered_lines import without_line_numbers

PAGE_1 = [
    "Article 4 - Casting fees",
    "4.1 A caster booked for a whole tournament",
    "day is paid 1,150,000 won for the day, for up to 4 matches.",
    "4.2 A match in a Spring Split is paid 420,000 won.",
    "4.3 A match outside both splits is paid at the rate of the split",
    "that ended last before it.",
]
PAGE_2 = [
    "Article 5 - Supplements",
    "5.1 A second-language supplement is 135,000 won.",
    *PAGE_1[2:5],
]


def _numbered_pdf(pages: list[list[str]]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for lines in pages:
        pdf.add_page()
        for n, line in enumerate(lines, 1):
            y = 20 + 8 * n
            pdf.set_xy(10, y)
            pdf.cell(10, 8, str(n))
            pdf.set_xy(25, y)
            pdf.cell(0, 8, line)
    return bytes(pdf.output())


def test_the_margin_s_line_numbers_are_not_read():
    text = load_bytes(_numbered_pdf([PAGE_1, PAGE_2]), "agreement.pdf").text
    assert "day is paid 1,150,000 won for the day" in text
    assert "4.2 A match in a Spring Split is paid 420,000 won." in text
    assert "5.1 A second-language supplement is 135,000 won." in text
    assert "3 day is paid" not in text and "\n2 4.1" not in text


def test_numbered_clauses_or_lists_are_not_line_numbers():
    clauses = "1 Minimum call\n2 Travel is paid\n4 Meals\n5 Breaks\n6 Holidays\n7 Notice"
    assert without_line_numbers([clauses, clauses]) == [clauses, clauses]  # "3" skipped
    few = "1 Fee\n2 Rate\nThe rest is prose.\nMore prose.\nAnd more."
    assert without_line_numbers([few]) == [few]
    # a list counted by days on one page of several: a list, not the margin's numbers
    days = "Overtime by consecutive days\n1 day €100\n2 days €190\n3 days €270\n4 days €350"
    prose = "The agreement.\nIts clauses.\nMore of them."
    assert without_line_numbers([prose, days, prose]) == [prose, days, prose]
