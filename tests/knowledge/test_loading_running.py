"""A PDF's running header and footer ("Page 2 of 3") do not land inside the clause that
runs over a page break; a table's repeated header row and a page's own heading stay."""

from __future__ import annotations

from knowledge.chunking import chunk_document
from knowledge.loading import load_bytes
from knowledge.loading.running import page_break, without_running

HEADER = "PCA 2025-2028 - Performers' Creative Agreement (PCU / APA)"


def _pages() -> list[str]:
    bodies = [
        "Performers' Creative Agreement 2025-2028\n1. Term\n1.1 This agreement runs from "
        "1 May 2025 to 30 April 2028.\n2. Digital replicas\n2.1 No replica of a deceased "
        "performer is made or used without the consent of the performer's",
        "estate; the fees in this clause are then paid to the estate.\n3. Pay\n3.1 Invoices "
        "are paid within 30 days.",
        "4. Grievances\n4.1 A grievance is filed within 45 days of the event.",
    ]
    return [f"{HEADER}\n{body}\nPage {n} of 3" for n, body in enumerate(bodies, start=1)]


def test_running_header_and_page_numbers_leave_the_clause_whole(documents) -> None:
    document = load_bytes(documents["pdf"](_pages()), "agreement.pdf")
    text = document.text
    assert "Page 2 of 3" not in text and "Page 1 of 3" not in text
    assert "consent of the performer's\nestate; the fees" in text
    assert text.count(HEADER) == 1  # the first page keeps it: there it is the title
    # pages still start where their own text does
    assert [n for n, _ in document.pages] == [1, 2, 3]
    assert text[document.pages[2][1] :].startswith("4. Grievances")
    clause = [c.text for c in chunk_document(document) if "deceased" in c.text]
    assert clause and all("Page" not in c for c in clause)
    assert any("performer's estate" in " ".join(c.split()) for c in clause)


def test_a_line_on_one_page_only_and_a_table_header_stay() -> None:
    row_header = "| Code | Work | Year 1 | Year 2 |"
    pages = [
        f"Rate schedule\n{row_header}\n| A-1 | Day | $100.00 | $104.00 |\n1",
        f"{row_header}\n| A-2 | Hour | $20.00 | $21.00 |\nNotes apply to every row.\n2",
    ]
    kept = without_running(pages)
    assert kept[0].startswith("Rate schedule") and kept[1].startswith(row_header)
    assert kept[0].endswith("$104.00 |") and kept[1].endswith("Notes apply to every row.")


def test_pages_join_as_a_paragraph_unless_a_sentence_runs_on() -> None:
    assert page_break("paid within 30 days.", "4. Grievances") == "\n\n"
    assert page_break("the consent of the model's", "estate; the fees") == "\n"
    assert page_break("Schedule A", "Rates from 1 May") == "\n\n"
