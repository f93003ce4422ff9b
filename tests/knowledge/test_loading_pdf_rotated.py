"""A rate card's column headers printed sideways (turned 90°, read bottom to top) are read
as words in their order, not one backwards word per line ("tinU"), so each figure keeps
the period its column names (pdf_rotated.py)."""

from __future__ import annotations

import time

from knowledge.loading import load_bytes

HEADERS = ("Item", "Unit", "Rate for productions that began before 1 April 2027", "See note")
ROWS = [("Cannon roll", "crash", "Rp 4.750.000", "B"), ("T-bone", "crash", "Rp 3.600.000", "B")]
WIDTHS = (50, 20, 30, 20)


def _card(turned: bool = True, angle: int = 90) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    pdf.set_xy(10, 10)
    pdf.cell(150, 6, "Rate card, Year 1")
    top, head = 20.0, 60.0
    x = 10.0
    for width, header in zip(WIDTHS, HEADERS, strict=True):
        pdf.rect(x, top, width, head)
        if turned and header != "Item":
            # up the page from the cell's foot, or down it from its head
            y = top + head - 2 if angle > 0 else top + 2
            with pdf.rotation(angle, x + width / 2, y):
                pdf.set_xy(x + width / 2, y)
                pdf.multi_cell(head - 4, 4, header)
        else:
            pdf.set_xy(x + 1, top + 2)
            pdf.multi_cell(width - 2, 4, header)
        x += width
    y = top + head
    for row in ROWS:
        x = 10.0
        for width, cell in zip(WIDTHS, row, strict=True):
            pdf.rect(x, y, width, 8)
            pdf.set_xy(x + 1, y + 2)
            pdf.cell(width - 2, 4, cell)
            x += width
        y += 8
    return bytes(pdf.output())


def test_a_turned_header_is_read_as_words_in_order():
    text = load_bytes(_card(), "rate-card.pdf").text
    header = next(line for line in text.splitlines() if line.startswith("| Item"))
    assert "| Unit |" in header and "tinU" not in header
    assert "Rate for productions that began before 1 April 2027" in header
    assert "| Cannon roll | crash | Rp 4.750.000 | B |" in text


def test_a_header_turned_down_the_page_is_read_in_order_too():
    text = load_bytes(_card(angle=-90), "rate-card.pdf").text
    header = next(line for line in text.splitlines() if line.startswith("| Item"))
    assert "| Unit |" in header
    assert "Rate for productions that began before 1 April 2027" in header


def test_an_upright_header_reads_as_before():
    text = load_bytes(_card(turned=False), "rate-card.pdf").text
    assert "| Item | Unit |" in text and "| T-bone | crash | Rp 3.600.000 | B |" in text


def _grid(n: int) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format=(20 + 6 * n, 20 + 6 * n), unit="mm")
    pdf.add_page()
    pdf.set_font("helvetica", size=4)
    for r in range(n):
        for c in range(n):
            x, y = 10 + 6 * c, 10 + 6 * r
            pdf.rect(x, y, 6, 6)
            with pdf.rotation(90, x + 3, y + 5):
                pdf.text(x + 3, y + 5, "abc")
    return bytes(pdf.output())


def test_a_grid_of_turned_cells_is_read_in_bounded_time():
    data = _grid(60)  # 3,600 turned cells: each character is put in its cell once
    started = time.monotonic()
    text = load_bytes(data, "grid.pdf").text
    assert time.monotonic() - started < 60  # generous: it takes a few seconds
    # the first _MAX_CELLS cells are read again; a grid's rest keeps pdfplumber's reading
    assert text.startswith("| abc | abc |")
