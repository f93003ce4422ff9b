"""Word footnotes and endnotes are read after the paragraph or table that refers to them;
comments are not read (loading/footnotes.py). python-docx reads neither notes part, so a
bulletin's condition of a figure, printed as its footnote, was lost."""

from __future__ import annotations

import io
import re
import zipfile

from knowledge.loading import load_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{W}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:t>Only for members whose dues are paid up for </w:t></w:r>
<w:r><w:t>six months; one claim a year.</w:t></w:r></w:p></w:footnote>
<w:footnote w:id="2"><w:p><w:r><w:t>Paid within 30 days of the session.</w:t></w:r>
<w:del w:id="9" w:author="A"><w:r><w:delText>Paid within 60 days.</w:delText></w:r></w:del>
</w:p><w:p><w:r><w:t>Rate:</w:t><w:tab/><w:t>130 000 FCFA</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""
ENDNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:endnotes xmlns:w="{W}"><w:endnote w:id="1"><w:p><w:r>
<w:t>Instalments are due on the first of each month.</w:t></w:r></w:p></w:endnote></w:endnotes>"""
COMMENTS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments xmlns:w="{W}"><w:comment w:id="0" w:author="R"><w:p><w:r>
<w:t>Propose 125.000 F CFA instead?</w:t></w:r></w:p></w:comment></w:comments>"""


def _reference(note: int, kind: str = "footnote"):
    from docx.oxml import parse_xml

    return parse_xml(f'<w:r xmlns:w="{W}"><w:{kind}Reference w:id="{note}"/></w:r>')


def _bulletin() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Bulletin No. 14", 0)
    p = document.add_paragraph("The hardship aid rises to 100.000 F CFA from 1 December 2026.")
    p._p.append(_reference(1))
    entry = document.add_paragraph("The entry fee may be paid in three instalments.")
    entry._p.append(_reference(1, "endnote"))
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Item", "Amount"
    table.cell(1, 0).text, table.cell(1, 1).text = "Session day", "130 000 FCFA"
    table.cell(1, 1).paragraphs[0]._p.append(_reference(2))
    out = io.BytesIO()
    document.save(out)
    # add the notes and a comment part, as Word writes them
    source = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    result = io.BytesIO()
    with zipfile.ZipFile(result, "w") as z:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                    b'<Override PartName="/word/endnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
                    b'<Override PartName="/word/comments.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
                    b"</Types>",
                )
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                    b'<Relationship Id="rIdE1" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>'
                    b'<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/comments" Target="comments.xml"/>'
                    b"</Relationships>",
                )
            z.writestr(item, data)
        z.writestr("word/footnotes.xml", NOTES)
        z.writestr("word/endnotes.xml", ENDNOTES)
        z.writestr("word/comments.xml", COMMENTS)
    return result.getvalue()


def test_a_footnote_is_read_after_the_paragraph_that_refers_to_it():
    text = load_bytes(_bulletin(), "bulletin-14.docx").text
    aid = text.index("The hardship aid rises to 100.000 F CFA")
    note = text.index("Only for members whose dues are paid up for six months; one claim a year.")
    entry = text.index("The entry fee may be paid")
    assert aid < note < entry  # beside what it qualifies, before the next paragraph
    assert text.index("Instalments are due on the first of each month.") > entry  # an endnote
    # a table's note after the table; a deleted run of a note is not read
    assert re.search(r"\| Session day \| 130 000 FCFA \|\n\nPaid within 30 days", text)
    assert "60 days" not in text
    # a note's paragraphs are joined by a space, its tabs read as one
    assert "Paid within 30 days of the session. Rate: 130 000 FCFA" in text


def test_a_comment_is_no_part_of_the_text():
    text = load_bytes(_bulletin(), "bulletin-14.docx").text
    assert "125.000" not in text and "Propose" not in text
