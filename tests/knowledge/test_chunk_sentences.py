"""Chunks end at sentence ends: a hard-wrapped sentence (PDF, plain text) is never cut
between two chunks, nor by a page break, and a question stays with its answer."""

from __future__ import annotations

import re

from knowledge.chunking import chunk_document
from knowledge.loading import load_bytes


def pdf_bytes(pages: list[str]) -> bytes:
    """A PDF whose text fpdf2 wraps into lines, one string per page."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


CLAUSES = [
    "(1) This Article applies to digital replicas and synthetic performers in games and in "
    "broadcasting, whatever the platform on which the game or the programme is released.",
    "(2) A digital replica of a performer may be created or used only with the performer's "
    "informed written consent, given separately for each project after the performer has "
    "received the described-use notice of paragraph (4).",
    "(3) Consent to the creation or use of a digital replica is not a condition of engagement. "
    "A performer who refuses consent may not be refused work or treated less favourably.",
    "(4) At least ten (10) working days before the session in which a digital replica is "
    "created, the Publisher gives the performer a written described-use notice.",
    "(5) A host or presenter of a radio or television programme is paid per hour, with a "
    "minimum call of two (2) hours for each engagement, and each further half-hour at row 6.",
    "(6) The performer may withdraw a consent for future uses by written notice. The "
    "withdrawal takes effect twenty-one (21) days after the Publisher receives the notice.",
    "(7) Within ninety (90) days after the end of the last authorised use, the Publisher "
    "deletes the digital replica and certifies the deletion in writing to the performer.",
]
DECEASED = (
    "(8) A digital replica of a deceased performer may be created or used only with the "
    "written consent of the performer's estate. The use fees are paid to the estate."
)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.])\s+(?=\(?[A-Z0-9])", _flat(text)) if s]


def _agreement(pages: list[str]):
    return load_bytes(pdf_bytes(pages), "agreement.pdf")


def test_a_wrapped_sentence_is_never_cut_between_two_chunks():
    doc = _agreement(["Article 14 - Digital replicas\n" + "\n".join(CLAUSES)])
    assert "\n" in doc.text.split("(2)")[1].split("(3)")[0]  # the PDF wrapped the clause

    chunks = chunk_document(doc, 400)

    assert len(chunks) >= 3  # the article is longer than a chunk
    for chunk in chunks:
        assert not chunk.text[0].islower(), chunk.text[:60]  # no sentence's tail
        assert chunk.text.rstrip().endswith("."), chunk.text[-60:]  # no sentence's head
    texts = [_flat(c.text) for c in chunks]
    for clause in CLAUSES:
        for sentence in _sentences(clause):
            assert any(sentence in t for t in texts), sentence


def test_wrapped_lines_with_numbers_are_prose_not_a_table():
    doc = _agreement(["Article 12 - Announcers\n" + "\n".join(CLAUSES[3:])])

    chunks = chunk_document(doc, 700)

    host = next(c for c in chunks if "minimum call of two (2) hours" in _flat(c.text))
    assert "for each engagement, and each further half-hour" in _flat(host.text)
    assert not any(c.table_header for c in chunks)  # no line taken for a table's header


def test_a_sentence_cut_by_a_page_break_ends_in_its_own_chunk():
    first = "Article 14 - Digital replicas\n" + CLAUSES[6] + "\n" + DECEASED.split("estate.")[0]
    second = "estate. The use fees are paid to the estate.\nArticle 15 - Grievances\n" + (
        "(1) A grievance is filed within thirty (30) days."
    )
    doc = _agreement([first, second])
    assert len(doc.pages) == 2

    chunks = chunk_document(doc, 700)

    deceased = next(c for c in chunks if "deceased performer" in c.text)
    assert "written consent of the performer's estate." in _flat(deceased.text)
    assert deceased.page == 1  # cited where the sentence starts
    grievance = next(c for c in chunks if "grievance is filed" in c.text)
    assert grievance.page == 2 and "deceased" not in grievance.text
    assert not any(c.text[0].islower() for c in chunks)


def test_a_question_stays_with_its_answer():
    answers = [
        f"**How do I claim item {n}?**\nSend form F-{n} to the office within {n} days of the "
        "session, with your pay statement. The office answers within a week."
        for n in range(10, 19)
    ]
    doc = load_bytes(("# Member FAQ\n\n" + "\n\n".join(answers) + "\n").encode(), "faq.md")

    chunks = chunk_document(doc, 300)

    assert len(chunks) >= 3
    for chunk in chunks:
        assert not chunk.text.rstrip().endswith("?**"), chunk.text[-60:]
    for n in range(10, 19):
        asked = next(c for c in chunks if f"claim item {n}?" in c.text)
        assert f"Send form F-{n}" in asked.text


def test_a_sentence_a_page_break_cuts_before_a_number_ends_in_its_own_chunk():
    # "… each performer seen in it receives" / (next page) "35 per cent of the episode fee"
    first = "Article 14 - Reruns\n(1) For the first rerun of an episode, each performer receives"
    second = (
        "35 per cent of the episode fee paid for it.\n"
        "14.2 For each later rerun, the performer receives 25 per cent of the episode fee."
    )
    doc = _agreement([first, second])
    assert len(doc.pages) == 2

    chunks = chunk_document(doc, 700)

    rerun = next(c for c in chunks if "first rerun" in c.text)
    assert "receives 35 per cent of the episode fee paid for it." in _flat(rerun.text)
    later = next(c for c in chunks if "later rerun" in c.text)
    assert later.text.startswith("14.2")  # a clause's own number still starts a chunk


def test_a_numbered_heading_after_a_page_break_still_starts_anew():
    first = "6 Holidays\n(a) the day the employer names, and\n(b) any day the province declares a holiday"
    second = "7 Sick leave\nA performer who is ill is paid for the day of the call."
    doc = _agreement([first, second])
    assert "holiday\n\n7 Sick leave" in doc.text  # a paragraph, not a sentence run on
