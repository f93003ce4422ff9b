"""A figure a PDF hides under a dark box is not read (knowledge/loading/pdf_redacted.py):
the text layer still holds it, but a reader of the page sees a black bar. White text on a
dark header cell, and text beside the box, are read."""

from __future__ import annotations

from knowledge.loading import load_bytes


def _notice(box: bool = True) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.set_xy(10, 10)
    pdf.cell(120, 8, "Notice to performers: video calls")
    pdf.set_fill_color(0, 0, 0)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(10, 22)
    pdf.cell(120, 8, "Rates from 1 December 2026", fill=True)  # white on black: shown
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(10, 34)
    pdf.cell(120, 8, "Performer fee per booked call: 48.50 lari")
    pdf.set_xy(10, 46)
    pdf.cell(120, 8, "Client price per booked call: 59.00 lari")
    if box:  # a redaction drawn over the client's price
        pdf.rect(55, 46, 40, 8, style="F")
    return bytes(pdf.output())


def test_a_figure_under_a_dark_box_is_not_read():
    text = load_bytes(_notice(), "notice.pdf").text
    assert "48.50 lari" in text and "Rates from 1 December 2026" in text
    assert "59.00" not in text
    assert "59.00 lari" in load_bytes(_notice(box=False), "notice.pdf").text
