"""A document another says was withdrawn before it took effect is never in force: its
figures replace nothing (answering/withdrawn.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge import Answerer
from knowledge.answering.withdrawn import withdrawn_documents
from knowledge.generation import ChunkRecord

AGREEMENT = """# Live Commerce Agreement 2026-2029

In force from 1 October 2026 to 30 September 2029.

## Schedule A: rates

| Role | Unit | Rate |
|---|---|---|
| Live-shopping presenter | broadcast hour | $230.00 |
| On-air product model | segment | $64.00 |
"""

LETTER = """GUILD OF PROMOTIONAL PERFORMERS
Letter of Amendment No. 1 to the Live Commerce Agreement 2026-2029
2 November 2026

1. From 1 February 2027, the live-shopping presenter is paid $265.00 per broadcast hour
instead of $230.00 (Schedule A of the agreement).
"""

NOTICE = """# Notice to members No. 9

## 1. Letter of Amendment No. 1 is withdrawn

On 20 November 2026 the parties withdrew Letter of Amendment No. 1 before it took effect.
It will never take effect, for any of its clauses. The broadcast hour stays at the rate of
Schedule A.
"""


def _record(source: str, text: str) -> ChunkRecord:
    return ChunkRecord(id=source, text=text, metadata={"source": source})


def test_the_document_a_sentence_withdraws_is_found_by_its_name_and_number():
    records = [_record("letter.txt", LETTER), _record("notice.md", NOTICE)]
    assert withdrawn_documents(records) == {"letter.txt"}
    # said in the active voice, with the name's kind just before its number
    active = "The parties withdrew Letter of Amendment No. 1 before it took effect."
    assert withdrawn_documents([_record("letter.txt", LETTER), _record("n.md", active)]) == {
        "letter.txt"
    }
    # not withdrawn, may be withdrawn, another number, a part of it, withdrawn in its
    # course (no "before it took effect"): none
    for sentence in (
        "Letter of Amendment No. 1 is not withdrawn before it took effect.",
        "If Letter of Amendment No. 1 is withdrawn before it took effect, the rate stays.",
        "Letter of Amendment No. 2 is withdrawn before it took effect.",
        "Paragraph 3 of Letter of Amendment No. 1 is withdrawn before it took effect.",
        "Letter of Amendment No. 1 is withdrawn from 1 March 2029.",
    ):
        found = withdrawn_documents([_record("letter.txt", LETTER), _record("n.md", sentence)])
        assert found == set(), sentence
    # a document that only refers to "No. 1" in its first lines is not named by it
    agreement = "# Agreement 2026-2029\n\nSee Schedule No. 1 for the rates.\n"
    withdrawn = "Schedule No. 1 of the 2019 agreement was rescinded before it took effect."
    records = [_record("agreement.md", agreement), _record("n.md", withdrawn)]
    assert withdrawn_documents(records) == set()


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder) -> Answerer:
    documents = {"agreement.md": AGREEMENT, "letter.txt": LETTER, "notice.md": NOTICE}
    return answerer_over(
        tmp_path_factory.mktemp("withdrawn"), documents, bundled_embedder, dt.date(2026, 12, 7)
    )


def test_a_withdrawn_letters_rate_is_never_in_force(answerer):
    first = answerer.ask("live-shopping presenter rate per broadcast hour in march 2027?")
    line = first.text.splitlines()[0]
    assert "$230.00" in line and "$265.00" not in line
    # the agreement's rate is not shown as ending when the letter would have applied
    assert "2027-01-31" not in first.text


def test_a_change_that_was_to_come_is_no_term():
    from knowledge.answering.cues import PROPOSAL

    assert PROPOSAL.search("La lettre devait porter l'heure de diffusion à 2 650,00 bahts.")
    assert PROPOSAL.search("The letter was to raise the hour to $265.00.")
    assert not PROPOSAL.search("The rate is raised to $265.00 from 1 February 2027.")
    assert not PROPOSAL.search("Le cascadeur qui devait porter un harnais reçoit 50 $.")
    assert not PROPOSAL.search("The driver was to bring the vehicle; the fee is $40.")


def test_a_withdrawn_document_replaces_no_other(tmp_path, bundled_embedder):
    """A withdrawn memorandum that said it "replaces Rate Sheet 2025/26 from 1 February
    2027" replaces nothing: the sheet is not ended on 31 January 2027."""
    sheet = "# Rate Sheet 2025/26\n\nA performer has a break of 15 minutes every 2 hours.\n"
    memo = "Memorandum No. 4\n\nThis memorandum replaces Rate Sheet 2025/26 from 1 February 2027.\n"
    notice = "# Notice\n\nMemorandum No. 4 is withdrawn and will never take effect.\n"
    documents = {"sheet.md": sheet, "memo.txt": memo, "notice.md": notice}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 7))
    replaced, _ = answerer.scorer.dating._replacing.get()
    assert "sheet.md" not in replaced


def test_a_withdrawn_letter_amends_no_clause(tmp_path, bundled_embedder):
    """A letter that replaced clause 14.3 "from 15 October 2026", withdrawn before it took
    effect, leaves the clause in force (it read as superseded by the letter's text)."""
    agreement = (
        "# Screen Agreement 2025-2028\n\nSigned on 1 July 2025.\n\n## Article 14 — Scans\n\n"
        "14.3 *Notice before a scan.* The producer gives the performer notice of any scan not "
        "less than forty-eight (48) hours before it begins.\n"
    )
    letter = (
        "LETTER OF UNDERSTANDING No. 3\nScreen Agreement 2025-2028\n\n"
        "APPLIES FROM: 15 October 2026\n\n1.1 Section 14.3 of the Agreement is deleted and "
        'replaced, from the date above, by the following: "14.3 The producer gives the '
        'performer notice of any scan not less than three (3) business days before it."\n'
    )
    notice = "# Notice\n\nLetter of Understanding No. 3 is withdrawn: it never took effect.\n"
    documents = {"agreement.md": agreement, "letter.txt": letter, "notice.md": notice}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 7))
    answer = answerer.ask("how much notice before a scan?")
    assert "forty-eight (48) hours" in answer.text.splitlines()[0]
    assert "superseded" not in answer.text.splitlines()[0]
