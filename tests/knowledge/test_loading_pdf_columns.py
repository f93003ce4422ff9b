"""A PDF page set in two columns is read column by column (loading/pdf_columns.py).

pdfplumber reads the text around a page's tables line by line across the page, so two
columns came out interleaved: "§ 21.2 Clause 9.3 of the § 23.3 Side letters are signed".
"""

from __future__ import annotations

import pytest

from knowledge.loading import load_bytes

LEFT = [
    "§ 21.2 Clause 9.3 of the previous",
    "agreement (injury recovery pay,",
    "1 150 Kč per paid recovery day)",
    "remains in force for the whole",
    "term of this Agreement and is not",
    "superseded by it in any way.",
]
RIGHT = [
    "§ 23.3 Side letters are signed by",
    "the President of the Guild and by",
    "the Chair of the Council, and are",
    "published to the members in both",
    "English and French on the same",
    "day as they are signed by both.",
]


def _two_columns() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.set_xy(10, 12)
    pdf.cell(190, 6, "Part IV - The previous agreement and final provisions")
    pdf.set_xy(10, 22)  # a ruled table above the columns: pdfplumber reads this page
    for row in (("Code", "Item", "Amount"), ("F-15", "Recovery day", "1 150 Kc")):
        for cell in row:
            pdf.cell(40, 7, cell, border=1)
        pdf.ln()
    for n, (left, right) in enumerate(zip(LEFT, RIGHT, strict=True)):
        y = 50 + 6 * n
        pdf.set_xy(10, y)
        pdf.cell(90, 6, left.replace("č", "c"))
        pdf.set_xy(110, y)
        pdf.cell(90, 6, right)
    return bytes(pdf.output())


def _plain(line: str) -> str:
    return line.replace("č", "c")


def test_two_columns_around_a_table_are_read_one_after_the_other():
    text = load_bytes(_two_columns(), "agreement.pdf").text
    joined = "\n".join(_plain(x) for x in LEFT)
    assert joined in text  # the left column whole, its lines in order
    assert "\n".join(RIGHT) in text
    assert text.index(_plain(LEFT[-1])) < text.index(RIGHT[0])
    assert "Part IV" in text and "| F-15 | Recovery day |" in text


@pytest.mark.parametrize("lines", [["Warm-up", "240 Kc"], ["Mileage per km", "9.40 Kc"]])
def test_a_label_and_amount_list_keeps_its_lines(lines):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    pdf.set_xy(10, 22)
    for row in (("Code", "Item"), ("F-1", "Minimum call")):
        for cell in row:
            pdf.cell(40, 7, cell, border=1)
        pdf.ln()
    for n in range(6):  # labels on the left, short amounts far right: no two columns
        pdf.set_xy(10, 50 + 6 * n)
        pdf.cell(60, 6, f"{lines[0]} {n} for each working day")
        pdf.set_xy(150, 50 + 6 * n)
        pdf.cell(30, 6, lines[1])
    text = load_bytes(bytes(pdf.output()), "list.pdf").text
    assert f"{lines[0]} 0 for each working day {lines[1]}" in text


def test_one_column_of_prose_is_read_as_before():
    from knowledge.loading.pdf_columns import gutter

    words = [
        {"text": "w", "x0": 10.0 + 9 * i, "x1": 17.0 + 9 * i, "top": 10.0 * n}
        for n in range(8)
        for i in range(20)
    ]
    lines = [[w for w in words if w["top"] == 10.0 * n] for n in range(8)]
    assert gutter(lines, 0, 200) is None
