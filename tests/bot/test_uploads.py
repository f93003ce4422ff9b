"""Documents added with /reindex: safe names, validation before saving, undo."""

from __future__ import annotations

import pytest

from bot.uploads import UploadRejected, destination, display_name, safe_filename, save
from knowledge import DocumentError

GOOD_MD = b"---\ntitle: Overtime guide\nkind: summary\n---\n# Overtime\n\nTime and a half after 8 hours.\n"
LIMIT = 1_000_000


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ("../../etc/passwd.md", "passwd.md"),
        ("..\\..\\Windows\\evil.PDF", "evil.pdf"),
        ("/abs/path/rates.docx", "rates.docx"),
        (".hidden.txt", "hidden.txt"),
        ("Résumé IA (2023).md", "Resume-IA-2023.md"),
        ("report..html", "report.html"),
        ("a" * 300 + ".pdf", "a" * 96 + ".pdf"),  # 100 characters at most
    ],
)
def test_file_names_are_sanitised(sent, kept):
    assert safe_filename(sent) == kept


@pytest.mark.parametrize("sent", ["", "..", ".md", "notes.exe", "archive.tar.gz", "noext", "/"])
def test_unusable_names_are_rejected(sent):
    with pytest.raises(UploadRejected):
        safe_filename(sent)


def test_destination_stays_inside_the_documents_folder(tmp_path):
    path, source = destination(tmp_path, "../../../x.md", "rates")
    assert source == "rates/x.md" and path == (tmp_path / "rates" / "x.md").resolve()
    assert destination(tmp_path, "y.md", None)[1] == "uploads/y.md"


def test_a_valid_document_is_saved(tmp_path):
    saved = save(GOOD_MD, tmp_path, "overtime guide.md", "summary", LIMIT)
    assert saved.source == "summaries/overtime-guide.md" and not saved.replaced
    assert (tmp_path / "summaries" / "overtime-guide.md").read_bytes() == GOOD_MD
    assert [p.name for p in (tmp_path / "summaries").iterdir()] == ["overtime-guide.md"]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("broken.pdf", b"%PDF-1.4 not really a pdf", "PDF"),
        ("empty.md", b"", "empty file"),
        ("bad.md", b"---\ntitle: [unclosed\n---\nbody\n", "front matter"),
        ("binary.txt", b"\x00\x01\x02" * 10, "binary"),
        ("big.txt", b"x" * (LIMIT + 1), "limit"),
        ("fake.docx", b"PK not a zip", "docx"),
        ("dates.md", b"---\npublished: 2023-02-30\n---\n# Notes\n\nText.\n", "2023-02-30"),
        ("laughs.md", b"---\na: &a [x, x]\nb: [*a, *a]\n---\n# L\n\nText.\n", "alias"),
        ("random.md", bytes(range(1, 256)) * 8, "binary"),
        ("a-pdf.md", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "is a PDF"),
        ("broken.docx", "broken_docx", "broken XML"),
    ],
)
def test_a_file_that_fails_to_load_is_rejected_and_nothing_changes(tmp_path, name, data, reason):
    if data == "broken_docx":  # a real .docx whose document.xml is cut short
        data = _docx_with_broken_xml()
    (tmp_path / "uploads").mkdir()
    (tmp_path / "uploads" / name).write_bytes(b"previous version")
    with pytest.raises(DocumentError, match=reason):
        save(data, tmp_path, name, None, LIMIT)
    assert [p.name for p in (tmp_path / "uploads").iterdir()] == [name]
    assert (tmp_path / "uploads" / name).read_bytes() == b"previous version"


def _docx_with_broken_xml() -> bytes:
    import io
    import zipfile

    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            dst.writestr(
                item, body[: len(body) // 2] if item.filename == "word/document.xml" else body
            )
    return out.getvalue()


def test_an_upload_is_checked_within_the_limits_it_is_given(tmp_path):
    from fpdf import FPDF

    from knowledge import LoadLimits

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for text in ("Page one of the rates.", "Page two of the rates."):
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    data = bytes(pdf.output())

    with pytest.raises(DocumentError, match="2 pages, over the 1-page limit"):
        save(data, tmp_path, "rates.pdf", None, LIMIT, LoadLimits(max_pages=1))
    assert not (tmp_path / "uploads").exists()
    assert save(data, tmp_path, "rates.pdf", None, LIMIT, LoadLimits(max_pages=2)).source == (
        "uploads/rates.pdf"
    )


def test_undo_restores_the_replaced_file_or_removes_the_new_one(tmp_path):
    (tmp_path / "uploads").mkdir()
    old = tmp_path / "uploads" / "guide.md"
    old.write_bytes(b"# Old\n\ntext\n")
    replaced = save(GOOD_MD, tmp_path, "guide.md", None, LIMIT)
    added = save(GOOD_MD, tmp_path, "new.md", None, LIMIT)
    assert replaced.replaced and not added.replaced

    replaced.undo()
    added.undo()
    assert old.read_bytes() == b"# Old\n\ntext\n" and not (tmp_path / "uploads" / "new.md").exists()


def test_display_name_is_safe_to_quote():
    assert display_name("`evil`\nname @everyone.md") == "'evil' name @\u200beveryone.md"
