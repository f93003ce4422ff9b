"""A Word document's page header is read once, under its first heading (loading/docx.py):
a schedule often prints its name and period only there ("du 01/04/2025 au 31/03/2026"),
and python-docx's body text never holds it."""

from __future__ import annotations

import io

from knowledge.loading import load_bytes


def _schedule(header_lines: list[str], heading: bool = True) -> bytes:
    import docx

    document = docx.Document()
    if heading:
        document.add_heading("Barème des cachets", 0)
    document.add_paragraph("Les montants ci-dessous sont des minimums.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Unité", "Montant"
    table.cell(1, 0).text, table.cell(1, 1).text = "Cours enregistré", "940,- Kč"
    header = document.sections[0].header
    header.paragraphs[0].text = header_lines[0]
    for line in header_lines[1:]:
        header.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


PERIOD = "Barème de l'exercice 2025-2026, du 01/04/2025 au 31/03/2026"


def test_the_page_header_is_read_once_under_the_first_heading():
    text = load_bytes(_schedule([PERIOD, "Page 1 / 3"]), "bareme.docx").text
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[0] == "# Barème des cachets"
    assert lines[1] == PERIOD
    assert text.count(PERIOD) == 1
    assert "Page 1" not in text  # a page number is no part of the document's text
    assert "| Cours enregistré | 940,- Kč |" in text


def test_with_no_heading_the_page_header_comes_first():
    text = load_bytes(_schedule([PERIOD], heading=False), "bareme.docx").text
    assert text.splitlines()[0] == PERIOD


def test_a_long_header_is_not_copied_whole():
    long = ["Clause " + "x" * 400, "Clause " + "y" * 400]
    text = load_bytes(_schedule(long), "bareme.docx").text
    assert "x" * 400 in text and "y" * 400 not in text


def test_a_header_repeating_the_title_adds_nothing():
    text = load_bytes(_schedule(["Barème des cachets", "Page 2"]), "bareme.docx").text
    assert text.count("Barème des cachets") == 1
