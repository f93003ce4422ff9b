"""A Word content control's text (w:sdt: a date picker, a filled-in field, a wrapped block)
is read where it stands, and a table inside a table's cell is read after the outer table
under its row's name (loading/docx.py): python-docx reads neither, and a summary's
effective date and its whole rate table were lost."""

from __future__ import annotations

import io

from knowledge.loading import load_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _summary() -> bytes:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_heading("Résumé de l'entente 2026–2028", 0)
    dated = document.add_paragraph("Date d'effet de l'entente : ")
    dated._p.append(
        parse_xml(
            f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:alias w:val="Date"/></w:sdtPr><w:sdtContent>'
            "<w:r><w:t>1er juillet 2026</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    block = parse_xml(
        f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:alias w:val="Note"/></w:sdtPr><w:sdtContent>'
        "<w:p><w:r><w:t>Les cachets sont bruts, avant retenues.</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"
    )
    document.element.body.insert(len(document.element.body) - 1, block)
    outer = document.add_table(rows=3, cols=2)
    outer.cell(0, 0).text, outer.cell(0, 1).text = "Rubrique", "Détail"
    outer.cell(1, 0).text = "Cachets par semestre"
    inner = outer.cell(1, 1).add_table(rows=3, cols=3)
    for r, row in enumerate(
        [
            ("Engagement", "S2 2026", "Premier semestre 2027"),
            ("Dresseur, par jour", "88 000 ₦", "93 500 ₦"),
            ("Animal exotique sous licence, par jour", "34 000 ₦", "36 000 ₦"),
        ]
    ):
        for c, value in enumerate(row):
            inner.cell(r, c).text = value
    outer.cell(2, 0).text, outer.cell(2, 1).text = "Prime de nuit", "20 % du cachet"
    document.add_paragraph("Renseignements : bureau de la guilde.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_content_control_is_read_in_its_paragraph_and_as_a_block():
    text = load_bytes(_summary(), "resume.docx").text
    assert "Date d'effet de l'entente : 1er juillet 2026" in text
    assert "Les cachets sont bruts, avant retenues." in text
    assert text.index("1er juillet 2026") < text.index("Les cachets sont bruts")


def test_a_table_in_a_cell_is_read_after_its_table_under_the_row_name():
    text = load_bytes(_summary(), "resume.docx").text
    assert "| Animal exotique sous licence, par jour | 34 000 ₦ | 36 000 ₦ |" in text
    assert "| Dresseur, par jour | 88 000 ₦ | 93 500 ₦ |" in text
    # after the outer table (its next row first), under the name of the row that holds it
    assert text.index("Prime de nuit") < text.index("| Engagement |")
    assert text.index("Cachets par semestre", text.index("Prime de nuit")) < text.index(
        "| Engagement |"
    )
    assert text.index("| Engagement |") < text.index("Renseignements")


def _merged_nest(rows: int, levels: int) -> bytes:
    """A table whose second column is one cell merged down every row, holding a table
    shaped alike, `levels` deep: a few kilobytes a naive reader copies rows**levels times."""
    import docx

    document = docx.Document()
    parent = document
    for level in range(levels):
        table = parent.add_table(rows=rows, cols=2)
        for r in range(rows):
            table.cell(r, 0).text = f"Level {level} row {r}"
        merged = table.cell(0, 1).merge(table.cell(rows - 1, 1))
        parent = merged
    parent.add_paragraph("Innermost: the fee is 45 000 ₦.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_table_in_a_cell_merged_down_many_rows_is_read_once():
    text = load_bytes(_merged_nest(rows=12, levels=3), "nest.docx").text
    assert text.count("Level 2 row 11") == 1
    assert len(text) < 20_000


def test_a_content_control_showing_its_placeholder_is_not_read():
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("Date of engagement: ")
    paragraph._p.append(
        parse_xml(
            f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
            "<w:r><w:t>Click or tap to enter a date.</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    document.add_paragraph("The fee is paid within 30 days.")
    out = io.BytesIO()
    document.save(out)
    text = load_bytes(out.getvalue(), "form.docx").text
    assert "Click or tap" not in text and "within 30 days" in text


def test_text_in_custom_xml_markup_is_read_where_it_stands():
    """w:customXml around a run or a paragraph (older Word, generated documents): python-docx
    reads neither, and a fee and a whole paragraph were lost."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    paid = document.add_paragraph("Overtime per started half-hour: ")
    paid._p.append(
        parse_xml(
            f'<w:customXml xmlns:w="{W}" w:element="amount">'
            "<w:r><w:t>115,000 won</w:t></w:r></w:customXml>"
        )
    )
    block = parse_xml(
        f'<w:customXml xmlns:w="{W}" w:element="clause">'
        "<w:p><w:r><w:t>A grand final is paid 2,400,000 won.</w:t></w:r></w:p></w:customXml>"
    )
    document.element.body.insert(len(document.element.body) - 1, block)
    buffer = io.BytesIO()
    document.save(buffer)
    text = load_bytes(buffer.getvalue(), "notice.docx").text
    assert "Overtime per started half-hour: 115,000 won" in text
    assert "A grand final is paid 2,400,000 won." in text
