"""A Word text box's paragraphs are read after the paragraph that anchors them
(loading/docx.py): python-docx reads none of them, and a reminder boxed in a memo ("the
pool is paid by 31 March") was lost. A DrawingML box that Word also writes as a VML
fallback is read once."""

from __future__ import annotations

import io

from knowledge.loading import load_bytes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def _box(text: str) -> str:
    return f'<w:txbxContent><w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:txbxContent>'


def _vml(text: str):
    from docx.oxml import parse_xml

    return parse_xml(
        f'<w:r xmlns:w="{W}" xmlns:v="{V}"><w:pict><v:shape><v:textbox>{_box(text)}'
        "</v:textbox></v:shape></w:pict></w:r>"
    )


def _drawing_with_fallback(text: str):
    from docx.oxml import parse_xml

    return parse_xml(
        f'<w:r xmlns:w="{W}" xmlns:v="{V}" xmlns:mc="{MC}" xmlns:wps="{WPS}">'
        "<mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{_box(text)}</wps:txbx></w:drawing>'
        "</mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{_box(text)}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def _memo() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Joint memo 2026-09", 0)
    document.add_paragraph("The voice-clone fee is set per language and per season.")
    anchor = document.add_paragraph("See the reminder below.")
    anchor._p.append(_vml("Reminder: the yearly pool of 4 800 000 Ft is paid by 31 March."))
    empty = document.add_paragraph()  # a box anchored in a paragraph with no text
    empty._p.append(_drawing_with_fallback("Deletion is confirmed in writing within 45 days."))
    document.add_paragraph("Signed for the parties.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_text_box_is_read_after_its_anchor():
    text = load_bytes(_memo(), "memo.docx").text
    box = "Reminder: the yearly pool of 4 800 000 Ft is paid by 31 March."
    assert box in text
    assert text.index("See the reminder below.") < text.index(box) < text.index("Signed")


def test_a_box_written_twice_for_older_readers_is_read_once():
    text = load_bytes(_memo(), "memo.docx").text
    assert text.count("Deletion is confirmed in writing within 45 days.") == 1
    assert "\n\n\n" not in text  # its empty anchor adds no blank paragraph


def test_a_nested_box_is_read_once_and_a_deleted_box_not_at_all():
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    anchor = document.add_paragraph("Reminders.")
    inner = _box("Inner: the fee is paid within 30 days.")
    nested = parse_xml(
        f'<w:r xmlns:w="{W}" xmlns:v="{V}"><w:pict><v:shape><v:textbox><w:txbxContent>'
        "<w:p><w:r><w:t>Outer: see the schedule.</w:t></w:r>"
        f"<w:r><w:pict><v:shape><v:textbox>{inner}</v:textbox></v:shape></w:pict></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    anchor._p.append(nested)
    gone = document.add_paragraph("Struck.")
    deleted = parse_xml(
        f'<w:del xmlns:w="{W}" xmlns:v="{V}" w:id="1" w:author="A" w:date="2026-07-22T10:00:00Z">'
        f"<w:r><w:pict><v:shape><v:textbox>{_box('Old: 45 days.')}</v:textbox></v:shape></w:pict>"
        "</w:r></w:del>"
    )
    gone._p.append(deleted)
    out = io.BytesIO()
    document.save(out)
    text = load_bytes(out.getvalue(), "memo.docx").text
    assert text.count("Inner: the fee is paid within 30 days.") == 1
    assert "Outer: see the schedule." in text
    assert "Old: 45 days." not in text
