"""A Word redline is read as its tracked changes accepted: inserted runs are the text,
deleted ones are not (loading/docx.py). python-docx's own paragraph text skips runs
inside `w:ins`, which dropped the new figure of a redline ("a supplement of R  is paid")."""

from __future__ import annotations

import io

from knowledge.loading import load_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _run(text: str, deleted: bool = False):
    from docx.oxml import parse_xml

    tag = "w:delText" if deleted else "w:t"
    return parse_xml(f'<w:r xmlns:w="{W}"><{tag} xml:space="preserve">{text}</{tag}></w:r>')


def _change(kind: str, text: str):
    from docx.oxml import parse_xml

    change = parse_xml(
        f'<w:{kind} xmlns:w="{W}" w:id="1" w:author="A" w:date="2026-07-22T10:00:00Z"/>'
    )
    change.append(_run(text, deleted=kind == "del"))
    return change


def _redline() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Side Letter No. 3", 0)
    p = document.add_paragraph("2. Tour supplement. A tour supplement of R ")
    p._p.append(_change("del", "1,450.00"))
    p._p.append(_change("ins", "1,650.00"))
    p._p.append(_run(" is paid per show."))
    gone = document.add_paragraph()
    gone._p.append(_change("del", "A third show on a festival day is paid with a 40 % premium."))
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Item", "Amount"
    table.cell(1, 0).text = "Per diem"
    cell = table.cell(1, 1).paragraphs[0]
    cell._p.append(_change("del", "R600"))
    cell._p.append(_change("ins", "R680"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_redline_reads_as_its_changes_accepted():
    text = load_bytes(_redline(), "side-letter-3-redline.docx").text
    assert "A tour supplement of R 1,650.00 is paid per show." in text
    assert "1,450" not in text
    assert "festival" not in text  # a deleted sentence is no part of the agreed text
    assert "| Per diem | R680 |" in text and "R600" not in text
