"""A text file written in AsciiDoc (knowledge/loading/asciidoc.py) is read as Markdown: its
sections as headings, its "|===" tables as tables whose rows carry their column headers,
its title without the "=" mark, and without the lines that only set its rendering."""

from __future__ import annotations

from knowledge.loading import load_bytes

CATALOGUE = """= Beards & Robes: winter catalogue 2026
:author: Beards & Robes
:toc:

Prices include taxes; rentals run Monday to Monday.

== Robes

[cols="3,1,1",options="header"]
.Robes and full costumes
|===
|Item |Sale |Rental (week)
|Red velvet robe |189.00 |45.00
|Leather belt |33.50 |–
|===

== Beards

[cols="2*"]
|===
|Item |Price

|Yak-hair beard, 55 cm
|238.00
|===

. Rentals run Monday to Monday.
"""


def test_an_asciidoc_table_is_read_with_its_headers():
    document = load_bytes(CATALOGUE.encode(), "catalogue.txt")
    text = document.text
    assert document.title == "Beards & Robes: winter catalogue 2026"
    assert "## Robes" in text and "Robes and full costumes" in text
    assert "| Item | Sale | Rental (week) |" in text
    assert "| Red velvet robe | 189.00 | 45.00 |" in text
    # a header row told by the blank line after it, a row's cells one per line
    assert "| Item | Price |" in text and "| Yak-hair beard, 55 cm | 238.00 |" in text
    assert "- Rentals run Monday to Monday." in text
    assert "|===" not in text and "[cols" not in text and ":toc:" not in text


def test_text_that_is_not_asciidoc_is_left_as_it_is():
    plain = "Rates\n|===\n|a |b\n|===\n"  # no AsciiDoc title
    assert load_bytes(plain.encode(), "note.txt").text.strip() == plain.strip()
