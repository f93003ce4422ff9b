"""Loaders: each format with a good file and bad ones; a folder mixing both indexes the good."""

from __future__ import annotations

import pytest

from knowledge.chunking import chunk_document
from knowledge.errors import DocumentError
from knowledge.loading import load_bytes, load_file

FRONT_MATTER_MD = """\
---
title: Wage Scale 2024–2025
kind: rates
language: en
published: 2024-03-01
effective_from: 2024-07-01
effective_to: 2025-06-30
source_url: https://union.example/wages-2024
---
# Minimum rates

Day performers earn at least $1,204 per day from 1 July 2024.

## Overtime

Overtime is paid at time and one half after eight hours.
"""

ENGLISH_MD = """\
# Meal periods on set

A meal period of at least thirty minutes must be given no later than six hours after
the call time. When the producer fails to provide the meal on time, a meal penalty is
owed to every performer for each half hour of delay.
"""

FRENCH_MD = """\
# Pauses repas sur le plateau

Une pause repas d'au moins trente minutes doit être accordée au plus tard six heures
après l'heure de convocation. Lorsque le producteur ne fournit pas le repas à temps,
une pénalité est due à chaque interprète pour chaque demi-heure de retard.
"""

FRENCH_TEXT = (
    "Barème des cachets\r\n"
    "La rémunération minimale d'une journée de tournage est de 1 204 € pour l'interprète.\r\n"
    "Les heures supplémentaires sont majorées de 50 % après huit heures.\r\n"
)

ARTICLE_HTML = """\
<!doctype html>
<html><head><title>Members ratify the new agreement</title>
<script>var tracker = "SCRIPTTRACKER";</script></head>
<body>
<header><div class="brand">HEADERBRAND union site</div></header>
<nav><ul><li><a href="/">NAVHOME</a></li><li><a href="/join">NAVJOIN</a></li></ul></nav>
<main><article>
<h1>Members ratify the new agreement</h1>
<p>Members voted 78 percent in favour of the tentative agreement reached with the studios
after a long strike. The agreement raises minimum rates and protects performers against
unauthorised digital replicas of their voice and likeness.</p>
<h2>What changes for background actors</h2>
<p>Background actors receive an eleven percent increase in the first year, and new consent
rules apply before any scan of their likeness may be used in a production.</p>
<p>Information sessions will be held in every local during the coming weeks.</p>
</article></main>
<footer>FOOTERCOPY all rights reserved</footer>
<script>console.log("SCRIPTLOG")</script>
</body></html>
"""

PDF_PAGES = [  # prose running from page to page, no heading at the top of a page
    "The regular working day is eight consecutive hours. " * 5,
    "Overtime is paid at one and one half times the rate. " * 5,
    "Eleven paid holidays are observed each calendar year. " * 5,
]


def assert_exact_offsets(document, chunks):
    assert chunks, "no chunks"
    for chunk in chunks:
        assert document.text[chunk.start : chunk.end] == chunk.text


# ---------- good files ----------


def test_markdown_front_matter_gives_metadata_and_body_offset():
    doc = load_bytes(FRONT_MATTER_MD.encode(), "rates/wages-2024.md")

    assert doc.metadata == {
        "title": "Wage Scale 2024–2025",
        "kind": "rates",
        "language": "en",
        "published": "2024-03-01",
        "effective_from": "2024-07-01",
        "effective_to": "2025-06-30",
        "source_url": "https://union.example/wages-2024",
    }
    assert doc.text == FRONT_MATTER_MD
    assert doc.body_start == FRONT_MATTER_MD.index("# Minimum rates")
    chunks = chunk_document(doc, 700)
    assert_exact_offsets(doc, chunks)
    assert all(c.start >= doc.body_start for c in chunks)
    assert not any("source_url" in c.text for c in chunks)


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        # the names front matter gives a schedule's dates besides effective_from / _to
        ("effective: 2027-01-11\n", {"effective_from": "2027-01-11"}),
        (
            "valid_from: 2026-04-01\nvalid_until: 2027-03-31\n",
            {"effective_from": "2026-04-01", "effective_to": "2027-03-31"},
        ),
        ("date d'effet: 2026-09-07\n", {"effective_from": "2026-09-07"}),
        # the usual name wins over another; a bare "date" says nothing of which
        ("effective_from: 2026-01-01\neffective: 2027-01-01\n", {"effective_from": "2026-01-01"}),
        ("date: 2026-10-20\n", {}),
    ],
)
def test_other_names_of_a_documents_dates_in_front_matter(keys, expected):
    text = f"---\ntitle: Barème saison 15\n{keys}---\n\n# Barème\n\nLe cachet est de 4 400 Ft.\n"
    meta = load_bytes(text.encode(), "bareme.md").metadata
    dates = {k: v for k, v in meta.items() if k in ("effective_from", "effective_to", "published")}
    assert dates == expected


@pytest.mark.parametrize(
    ("name", "text", "title", "language"),
    [
        ("articles/meals.md", ENGLISH_MD, "Meal periods on set", "en"),
        ("articles/repas.md", FRENCH_MD, "Pauses repas sur le plateau", "fr"),
    ],
)
def test_markdown_without_front_matter_takes_title_from_heading_and_detects_language(
    name, text, title, language
):
    doc = load_bytes(text.encode(), name)

    assert doc.body_start == 0
    assert doc.metadata["title"] == title
    assert doc.metadata["language"] == language
    assert doc.metadata["kind"] == "article"  # from the folder name


def test_markdown_blockquote_markers_are_not_part_of_the_text():
    text = "# Summary\n\n> 9.5 An understudy who covers\n> more than one role.\n\nA > B\n"
    doc = load_bytes(text.encode(), "summary.md")
    assert "9.5 An understudy who covers\nmore than one role." in doc.text
    assert "A > B" in doc.text  # not a marker inside a line
    # plain text keeps a lone ">" ("> 50 km"); a quoted block (an e-mail's) loses them
    lone = "Mileage\n\n> 50 km: 0.45 per km\n\nOther lines.\n"
    assert "> 50 km" in load_bytes(lone.encode(), "mileage.txt").text
    assert "> 9.5" not in load_bytes(text.encode(), "summary.txt").text
    # and so does a fenced code block, where it is the text itself
    fenced = "# Rules\n\n> quoted\n\n```\n> 50 km: mileage\n```\n\n> quoted again\n"
    doc = load_bytes(fenced.encode(), "rules.md")
    assert "> 50 km: mileage" in doc.text
    assert "> quoted" not in doc.text and "quoted again" in doc.text


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_plain_text_reads_accents_and_euro_sign(tmp_path, encoding):
    path = tmp_path / "bareme.txt"
    path.write_bytes(FRENCH_TEXT.encode(encoding))

    doc = load_file(path, "rates/bareme.txt")

    assert doc.text == FRENCH_TEXT  # CRLF kept: offsets point into the file's own text
    assert "rémunération" in doc.text
    assert "1 204 €" in doc.text
    assert doc.metadata["language"] == "fr"
    assert_exact_offsets(doc, chunk_document(doc, 80))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_plain_text_saved_as_unicode_by_notepad_reads_as_utf16(tmp_path, encoding):
    path = tmp_path / "bareme.txt"
    bom = "\ufeff".encode(encoding)
    path.write_bytes(bom + FRENCH_TEXT.encode(encoding))

    doc = load_file(path, "rates/bareme.txt")

    assert doc.text == FRENCH_TEXT  # the byte-order mark is not part of the text
    assert "1 204 €" in doc.text
    assert doc.metadata["language"] == "fr"


def test_a_utf8_byte_order_mark_is_no_part_of_the_title(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes(b"\xef\xbb\xbf" + FRENCH_TEXT.encode("utf-8"))

    doc = load_file(path, "notes/note.txt")

    assert doc.metadata["title"] == FRENCH_TEXT.lstrip().splitlines()[0].strip(" #")
    # and a Markdown file's first heading after it is its title
    md = tmp_path / "bareme.md"
    md.write_bytes(b"\xef\xbb\xbf# Bar\xc3\xa8me 2026\n\n## Article 1\n\nTexte.\n")
    assert load_file(md, "rates/bareme.md").metadata["title"] == "Barème 2026"


def test_a_utf16_mark_before_broken_utf16_is_refused_not_read_as_noise():
    with pytest.raises(DocumentError, match="UTF-16"):
        load_bytes(b"\xff\xfe" + "Tarifs 2026".encode("utf-16-le") + b"\x00", "rates/bareme.txt")


def test_plain_text_in_latin1_reads_accents(tmp_path):
    text = "Rémunération des répétitions : à payer dès la première heure, reçu signé.\n"
    path = tmp_path / "repetitions.txt"
    path.write_bytes(text.encode("latin-1"))

    doc = load_file(path, "repetitions.txt")

    assert doc.text == text


def test_html_keeps_the_article_body_and_its_headings_only():
    doc = load_bytes(ARTICLE_HTML.encode(), "news/ratification.html")

    assert "# Members ratify the new agreement" in doc.text
    assert "## What changes for background actors" in doc.text
    assert "eleven percent increase" in doc.text
    for chrome in ("SCRIPTTRACKER", "SCRIPTLOG", "HEADERBRAND", "NAVHOME", "NAVJOIN", "FOOTERCOPY"):
        assert chrome not in doc.text
    assert doc.metadata["title"] == "Members ratify the new agreement"
    assert doc.metadata["kind"] == "article"
    chunks = chunk_document(doc, 300)
    assert_exact_offsets(doc, chunks)
    assert any(c.heading.endswith("What changes for background actors") for c in chunks)


def test_pdf_keeps_text_and_page_numbers(documents):
    doc = load_bytes(documents["pdf"](PDF_PAGES, title="Hours Agreement"), "contracts/hours.pdf")

    assert doc.metadata["title"] == "Hours Agreement"
    assert [number for number, _ in doc.pages] == [1, 2, 3]
    chunks = chunk_document(doc, 700)  # two pages would fit in one chunk
    assert_exact_offsets(doc, chunks)
    markers = {"consecutive": 1, "times": 2, "calendar": 3}  # a word found on one page only
    for chunk in chunks:
        # The page a chunk names is the page its text is on, and a chunk never spans two.
        on_pages = {page for word, page in markers.items() if word in chunk.text}
        assert on_pages == {chunk.page}, (chunk.page, chunk.text[:60])
    assert [c.page for c in chunks] == [1, 2, 3]


def test_docx_keeps_headings_and_tables(documents):
    doc = load_bytes(documents["docx"](), "contracts/stunts.docx")

    assert doc.metadata["title"] == "Stunt Agreement 2024"
    assert "# Article 9 Stunt adjustments" in doc.text
    assert "## Rates for stunt work" in doc.text
    assert "| Role | Day rate |" in doc.text
    assert "| Stunt performer | $1,204 |" in doc.text
    chunks = chunk_document(doc, 700)
    assert_exact_offsets(doc, chunks)
    table_chunk = next(c for c in chunks if "$1,204" in c.text)
    assert table_chunk.heading == "Article 9 Stunt adjustments > Rates for stunt work"


# ---------- bad files ----------

BAD_BYTES = {
    "empty": ("notes/empty.txt", b"", "empty"),
    "front matter only": ("notes/blank.md", b"---\ntitle: Draft\n---\n\n", "no text"),
    "bad front matter": ("notes/broken.md", b"---\ntitle: [unclosed\n---\nBody.\n", "YAML"),
    "corrupt pdf": ("contracts/broken.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type", "unreadable PDF"),
    "not a pdf": ("contracts/renamed.pdf", b"This was never a PDF file.\n", "unreadable PDF"),
    "corrupt docx": ("contracts/broken.docx", b"PK\x03\x04 not really a zip", ".docx"),
    "binary as txt": ("notes/photo.txt", bytes(range(256)) * 4, "binary"),
    "html without article": (
        "news/empty.html",
        b"<html><body><script>var a = 1;</script></body></html>",
        "no article",
    ),
    "unsupported": ("rates/rates.xlsx", b"PK\x03\x04 spreadsheet", "unsupported file type .xlsx"),
}


@pytest.mark.parametrize("case", BAD_BYTES.values(), ids=BAD_BYTES.keys())
def test_bad_file_is_a_document_error_with_a_one_line_reason(case):
    source, data, reason = case
    with pytest.raises(DocumentError) as caught:
        load_bytes(data, source)
    message = str(caught.value)
    assert reason in message
    assert "\n" not in message


def test_encrypted_pdf_is_refused(documents):
    with pytest.raises(DocumentError, match="encrypted PDF"):
        load_bytes(documents["encrypted_pdf"](PDF_PAGES), "contracts/locked.pdf")


def test_pdf_without_text_layer_is_refused(documents):
    with pytest.raises(DocumentError, match="no text layer"):
        load_bytes(documents["scanned_pdf"](), "contracts/scan.pdf")


def test_oversized_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("overtime " * 20_000)

    with pytest.raises(DocumentError, match=r"over the 0\.05 MB limit"):
        load_file(path, "big.txt", max_bytes=50_000)


# ---------- a folder of good and bad files, through the engine ----------


def test_reindex_skips_and_reports_bad_files_and_indexes_the_rest(
    make_engine, source_dir, write, documents
):
    good = {
        "rates/wages-2024.md": FRONT_MATTER_MD,
        "articles/meals.md": ENGLISH_MD,
        "articles/repas.md": FRENCH_MD,
        "rates/bareme.txt": FRENCH_TEXT.encode("cp1252"),
        "news/ratification.html": ARTICLE_HTML,
        "contracts/hours.pdf": documents["pdf"](PDF_PAGES),
        "contracts/stunts.docx": documents["docx"](),
    }
    bad = {
        "notes/empty.txt": b"",
        "contracts/broken.pdf": b"%PDF-1.7\n1 0 obj\n<< /Type",
        "contracts/locked.pdf": documents["encrypted_pdf"](PDF_PAGES),
        "contracts/scan.pdf": documents["scanned_pdf"](),
        "contracts/broken.docx": b"PK\x03\x04 not really a zip",
        "notes/photo.txt": bytes(range(256)) * 4,
        "notes/huge.txt": "overtime " * 10_000,
        "rates/rates.xlsx": b"PK\x03\x04 spreadsheet",
    }
    write(source_dir, good | bad)
    engine = make_engine(max_file_mb=0.05)

    report = engine.reindex()

    assert report.added == len(good)
    assert report.documents == len(good)
    assert {f.source for f in report.failed} == set(bad)
    reasons = {f.source: f.error for f in report.failed}
    for source, reason in reasons.items():
        assert reason.strip() and "\n" not in reason, source
    assert "encrypted" in reasons["contracts/locked.pdf"]
    assert "no text layer" in reasons["contracts/scan.pdf"]
    assert "binary" in reasons["notes/photo.txt"]
    assert "0.05 MB limit" in reasons["notes/huge.txt"]
    assert "unsupported" in reasons["rates/rates.xlsx"]
    assert {d["source"] for d in engine.documents()} == set(good)

    titles = {d["source"]: d["title"] for d in engine.documents()}
    assert titles["rates/wages-2024.md"] == "Wage Scale 2024–2025"
    assert titles["contracts/stunts.docx"] == "Stunt Agreement 2024"
    pdf_pages = {
        p.page for p in engine.search("holidays overtime hours", k=50) if p.source.endswith(".pdf")
    }
    assert pdf_pages == {1, 2, 3}
    # The fake embedder's vectors are noise, so only ask that the figure's table row is found.
    found = [p for p in engine.search("$1,487", k=3) if "| Stunt coordinator | $1,487 |" in p.text]
    assert [p.source for p in found] == ["contracts/stunts.docx"]
